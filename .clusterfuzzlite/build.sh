#!/bin/bash -eu
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# OSS-Fuzz / ClusterFuzzLite build: honours $CC $CFLAGS $LIB_FUZZING_ENGINE
# $OUT $WORK (and $SRC).  Produces every fuzz target in $OUT, with
# <target>_seed_corpus.zip and <target>.dict beside it.
# the tree: beside this script when run in place (ci/test), else $SRC/cxlmb
# (the Dockerfile copies the tree there and this script to $SRC/build.sh)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -f $here/../fuzz/targets.txt ]]; then root=$(cd "$here/.." && pwd); else root=${SRC:?}/cxlmb; fi
: "${CC:?}" "${OUT:?}" "${WORK:?}" "${LIB_FUZZING_ENGINE:?}"
cmake -S "$root" -B "$WORK/cxlmb-build" -G Ninja -DCMAKE_C_COMPILER="$CC" \
  -DCMAKE_C_FLAGS="${CFLAGS:-}" -DCXLMB_WERROR=OFF \
  -DCXLMB_FUZZ_ENGINE=oss-fuzz -DCXLMB_LIB_FUZZING_ENGINE="$LIB_FUZZING_ENGINE"
targets=$("$root/fuzz/targets" product)   # fuzz/targets.txt
for t in $targets; do
  cmake --build "$WORK/cxlmb-build" --target "fuzz_$t"
  cp "$WORK/cxlmb-build/fuzz/fuzz_$t" "$OUT/fuzz_$t"
  cp "$root/fuzz/$t.dict" "$OUT/fuzz_$t.dict"
  # seeds and every kept regression input
  python3 - "$OUT/fuzz_${t}_seed_corpus.zip" "$root/corpus/$t" "$root/corpus/regressions/$t" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for d in sys.argv[2:]:
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                z.write(os.path.join(d, name), os.path.basename(d) + "_" + name)
PY
done
