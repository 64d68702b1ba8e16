#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
# The tool's real-device kinds (pci:, file:, linux:): each refusal exits 2
# with one line naming the input; a register block nobody answers exits 1.
#   usage: cli_backends_test.sh <cxlmb>
set -u
bin=$1
tmp=$(mktemp -d)
trap "rm -rf \"$tmp\"" EXIT
pass=0 fail=0

# expect <status> <stderr-regex> -- args...
expect() {
  local want=$1 errre=$2; shift 3
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$? ok=1
  [[ $got -eq $want ]] || ok=0
  grep -Eq -- "$errre" "$tmp/err" || ok=0
  [[ $(wc -l <"$tmp/err") -eq 1 ]] || ok=0
  if ((ok)); then pass=$((pass + 1)); else
    fail=$((fail + 1))
    echo "FAIL: cxlmb $* -> status $got (want $want)"; sed 's/^/  stderr: /' "$tmp/err"
  fi
}

# A Type-3 register block as QEMU 7.2 lays out BAR2 (cxl-facts §10.2):
# array (count 3), Device Status 080h, Primary Mailbox 088h (2 KiB payload),
# Memory Device Status 8A8h reading 14h (media and mailbox ready).
python3 - "$tmp/bar2" <<'PY'
import struct, sys
b = bytearray(4096)
struct.pack_into('<Q', b, 0x00, 0x0000000300010000)
struct.pack_into('<III', b, 0x10, 0x00010001, 0x080, 8)
struct.pack_into('<III', b, 0x20, 0x00010002, 0x088, 0x820)
struct.pack_into('<III', b, 0x30, 0x00014000, 0x8A8, 8)
struct.pack_into('<I', b, 0x088, 11)
struct.pack_into('<Q', b, 0x8A8, 0x14)
open(sys.argv[1], 'wb').write(b)
PY

# file: discovery and readiness work on the bare file; nothing answers the doorbell
# (the doorbell stays rung in the file afterwards: the next command sees it busy)
cp "$tmp/bar2" "$tmp/rung"
expect 1 'transport: TIMEOUT' -- send --device "file:$tmp/rung@0" --opcode 4000 --timeout-ms 5
expect 1 'transport: DOORBELL_BUSY' -- send --device "file:$tmp/rung" --opcode 4000 --timeout-ms 5
expect 2 "bad offset 'x1'" -- send --device "file:$tmp/bar2@x1" --opcode 4000
# a real device keeps what a command changes: destructive commands need --destructive
cp "$tmp/bar2" "$tmp/guard"
expect 2 '4400h Sanitize may change data.*pass --destructive' -- send --device "file:$tmp/guard" --opcode 4400
expect 2 '4103h Set LSA may change data.*pass --destructive' -- send --device "file:$tmp/guard" --opcode 4103 --payload 0000000000000000
expect 1 'transport: TIMEOUT' -- send --device "file:$tmp/guard" --opcode 4400 --destructive --timeout-ms 5
expect 2 'offset 0x2000 is outside' -- send --device "file:$tmp/bar2@0x2000" --opcode 4000
expect 2 'cannot open .*/absent: No such file' -- send --device "file:$tmp/absent" --opcode 4000
head -c 1024 "$tmp/bar2" >"$tmp/short"
expect 2 'shorter than the register block' -- send --device "file:$tmp/short" --opcode 4000

# pci: on a fake sysfs tree (CXLMB_SYSFS_ROOT)
export CXLMB_SYSFS_ROOT=$tmp/sys
dev=$tmp/sys/bus/pci/devices/0000:0d:00.0
mkdir -p "$dev"
cp "$tmp/bar2" "$dev/resource2"
python3 - "$dev/config" <<'PY'
import struct, sys
c = bytearray(4096)
struct.pack_into('<III', c, 0, 0x0D938086, 0x00100006, 0x05021001)
struct.pack_into('<III', c, 0x100, 0x0023 | 1 << 16 | 0x138 << 20, 0x1E98 | 1 << 16 | 0x38 << 20, 0)
struct.pack_into('<III', c, 0x138, 0x0023 | 1 << 16, 0x1E98 | 0x24 << 20, 8)
struct.pack_into('<II', c, 0x144, 0x100, 0)
struct.pack_into('<II', c, 0x14C, 0x302, 0)
open(sys.argv[1], 'wb').write(c)
PY
expect 1 'transport: TIMEOUT' -- send --device pci:0000:0d:00.0 --opcode 4000 --timeout-ms 5
cp "$tmp/bar2" "$dev/resource2"
expect 1 'transport: TIMEOUT' -- send --device pci:0d:00.0 --opcode 4000 --timeout-ms 5
expect 2 "bad PCI address '0d:00'" -- send --device pci:0d:00 --opcode 4000
expect 2 'no PCI device 0000:0e:00.0' -- send --device pci:0000:0e:00.0 --opcode 4000
ln -s ../../../../bus/pci/drivers/cxl_pci "$dev/driver"
expect 2 "bound to kernel driver 'cxl_pci'" -- send --device pci:0000:0d:00.0 --opcode 4000
rm "$dev/driver"
cp "$dev/config" "$tmp/config.good"
printf '\x04' | dd of="$dev/config" bs=1 seek=4 conv=notrunc status=none
expect 2 'memory space decoding off' -- send --device pci:0000:0d:00.0 --opcode 4000
cp "$tmp/config.good" "$dev/config"
printf '\x02\x08\x01' | dd of="$dev/config" bs=1 seek=9 conv=notrunc status=none
expect 2 'class code 010802h' -- send --device pci:0000:0d:00.0 --opcode 4000
cp "$tmp/config.good" "$dev/config"
printf '\x02\x03\x01' | dd of="$dev/config" bs=1 seek=$((0x14C)) conv=notrunc status=none
expect 2 'offset 0x10000, outside BAR 2' -- send --device pci:0000:0d:00.0 --opcode 4000
cp "$tmp/config.good" "$dev/config"
truncate -s 1024 "$dev/resource2"
expect 2 'shorter than the register block' -- send --device pci:0000:0d:00.0 --opcode 4000
unset CXLMB_SYSFS_ROOT

# linux:
expect 2 "bad device 'linux:nvme0'" -- send --device linux:nvme0 --opcode 4000
[[ -e /dev/cxl/mem4711 ]] || expect 2 'cannot open /dev/cxl/mem4711' -- send --device linux:mem4711 --opcode 4000
expect 2 'is not a character device' -- send --device "linux:$tmp/bar2" --opcode 4000

echo "cli_backends: $pass passed, $fail failed"
((fail == 0))
