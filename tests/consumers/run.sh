#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# Build and run a small consumer the ways users take cxlmb in (ctest runs
# each mode as a test; see CMakeLists.txt here).
#   run.sh --src=DIR --work=DIR --cc=CC [--cflags=F] [--ldflags=F] [--build=DIR] MODE
#   MODE: install | find_package | pkgconfig | subdir | mismatch
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src= work= cc=cc cflags= ldflags= build=
while (($# > 1)); do
  case $1 in
    --src=*) src=${1#*=} ;; --work=*) work=${1#*=} ;; --cc=*) cc=${1#*=} ;;
    --cflags=*) cflags=${1#*=} ;; --ldflags=*) ldflags=${1#*=} ;; --build=*) build=${1#*=} ;;
    *) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
mode=${1:?mode}
mkdir -p "$work"
prefix=$work/prefix
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
fail() { echo "consumer $mode: $*" >&2; exit 1; }
configure() { # dir source [args...]
  local dir=$1 s=$2; shift 2
  rm -rf "$dir"
  cmake -S "$s" -B "$dir" "${gen[@]}" -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$cflags" \
    -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" "$@" >"$dir.log" 2>&1 ||
    { cat "$dir.log"; fail "configure failed"; }
}

case $mode in
install)
  [[ -n $build ]] || fail "--build needed"
  rm -rf "$prefix"
  cmake --install "$build" --prefix "$prefix" >/dev/null
  libdir=$(dirname "$(find "$prefix" -name 'libcxlmb.*' | head -1)")
  [[ -n $libdir && -d $libdir ]] || fail "no libcxlmb installed"
  for f in include/cxlmb/cxlmb.h include/cxlmb/version.h share/doc/cxlmb/LICENSE; do
    [[ -f $prefix/$f ]] || fail "$f not installed"
  done
  for f in cmake/cxlmb/cxlmbConfig.cmake cmake/cxlmb/cxlmbConfigVersion.cmake \
           cmake/cxlmb/cxlmbTargets.cmake pkgconfig/cxlmb.pc; do
    [[ -f $libdir/$f ]] || fail "$libdir/$f not installed"
  done
  # the tool, when this build has it
  if grep -q '^CXLMB_BUILD_TOOLS:BOOL=ON' "$build/CMakeCache.txt"; then
    "$prefix/bin/cxlmb" --help >/dev/null || fail "installed cxlmb tool does not run"
  fi
  # nothing from the build tree leaks into the installed package
  if grep -rl "$src" "$libdir/cmake" "$libdir/pkgconfig"; then fail "build paths in the package"; fi
  echo "consumer install: $(find "$prefix" -type f | wc -l) files under $prefix"
  ;;
find_package)
  configure "$work/fp" "$here/find_package" -DCMAKE_PREFIX_PATH="$prefix"
  cmake --build "$work/fp" >/dev/null || fail "build failed"
  "$work/fp/consumer"
  ;;
pkgconfig)
  pc=$(dirname "$(find "$prefix" -name cxlmb.pc | head -1)")
  export PKG_CONFIG_PATH=$pc
  want=$(sed -n 's/^#define CXLMB_VERSION_STRING "\(.*\)"/\1/p' "$src/core/include/cxlmb/version.h")
  got=$(pkg-config --modversion cxlmb)
  [[ $got == "$want" ]] || fail "pkg-config says $got, version.h $want"
  # shellcheck disable=SC2046,SC2086
  "$cc" $cflags -o "$work/pc_consumer" "$here/consumer.c" $(pkg-config --cflags --libs cxlmb) $ldflags ||
    fail "build failed"
  "$work/pc_consumer"
  ;;
mismatch)
  # a user compiled with other knobs than the library must not link
  pc=$(dirname "$(find "$prefix" -name cxlmb.pc | head -1)")
  export PKG_CONFIG_PATH=$pc
  # shellcheck disable=SC2046,SC2086
  if "$cc" $cflags -DCXLMB_TUNNEL_MAX_DEPTH=3 -o "$work/mm_consumer" "$here/consumer.c" \
       $(pkg-config --cflags --libs cxlmb) $ldflags 2>"$work/mm.log"; then
    fail "a consumer built with CXLMB_TUNNEL_MAX_DEPTH=3 linked against the default library"
  fi
  grep -q 'cxlmb_abi_depth3_names1' "$work/mm.log" || { cat "$work/mm.log"; fail "failed, but not on the knob symbol"; }
  echo "consumer mismatch: refused at link time (cxlmb_abi_depth3_names1 undefined)"
  ;;
subdir)
  configure "$work/sd" "$here/subdir" -DCXLMB_SOURCE="$src" -DBUILD_SHARED_LIBS=ON
  # a subproject builds the core alone and forces no -Werror, no cmocka
  targets=$(cmake --build "$work/sd" --target help 2>/dev/null || true)
  for t in cxlmb_sim test_catalog fuzz_cci bench_sim; do
    if grep -qw "$t" <<<"$targets"; then fail "subproject builds $t"; fi
  done
  if grep -rq -- '-Werror' "$work/sd"/build.ninja "$work/sd"/cxlmb/CMakeFiles 2>/dev/null; then
    fail "subproject compiles with -Werror"
  fi
  cmake --build "$work/sd" -j2 >/dev/null || fail "build failed"
  so=$(find "$work/sd" -name 'libcxlmb.so.*.*.*' | head -1)
  [[ -n $so ]] || fail "no versioned shared library"
  soname=$(objdump -p "$so" | awk '$1 == "SONAME" {print $2}')
  major=$(sed -n 's/^#define CXLMB_VERSION_MAJOR \([0-9]*\)/\1/p' "$src/core/include/cxlmb/version.h")
  minor=$(sed -n 's/^#define CXLMB_VERSION_MINOR \([0-9]*\)/\1/p' "$src/core/include/cxlmb/version.h")
  if ((major == 0)); then want=libcxlmb.so.0.$minor; else want=libcxlmb.so.$major; fi
  [[ $soname == "$want" ]] || fail "soname $soname, want $want"
  "$work/sd/consumer"
  echo "consumer subdir: shared core, soname $soname"
  ;;
*) fail "unknown mode" ;;
esac
