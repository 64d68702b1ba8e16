#!/usr/bin/env bash
# Behaviour of the cxlmb tool: exit statuses, one-line errors naming the bad
# input, and the output of list/decode/send.   usage: cli_test.sh <cxlmb>
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# expect <status> <stderr-regex or -> <stdout-regex or -> -- args...
expect() {
  local want=$1 errre=$2 outre=$3; shift 4
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$? ok=1
  [[ $got -eq $want ]] || ok=0
  if [[ $errre != - ]]; then
    grep -Eq -- "$errre" "$tmp/err" || ok=0
    [[ $(wc -l <"$tmp/err") -eq 1 ]] || ok=0   # one line
  fi
  [[ $outre == - ]] || grep -Eq -- "$outre" "$tmp/out" || ok=0
  if ((ok)); then pass=$((pass + 1)); else
    fail=$((fail + 1))
    echo "FAIL: cxlmb $* -> status $got (want $want)"; sed 's/^/  stderr: /' "$tmp/err"; head -5 "$tmp/out" | sed 's/^/  stdout: /'
  fi
}

# Identify (0001h) response, CXL r3.2 Table 8-39, written by hand
ID=8680930df41a001101020304050607080b03

# usage errors: exit 2, one line naming the input
expect 2 'missing command' - --
expect 2 "unknown command 'frob'" - -- frob
expect 2 "list: unknown option '--bogus'" - -- list --bogus
expect 2 'decode: missing --opcode' - -- decode --response 00
expect 2 'option --opcode needs a value' - -- decode --opcode
expect 2 "bad opcode 'zz'" - -- decode --opcode zz --response 00
expect 2 "bad opcode '12345'" - -- decode --opcode 12345 --response 00
expect 2 'opcode 3F00 is not in the catalog' - -- decode --opcode 3f00 --response 00
expect 2 "bad hex digit 'g' at offset 3" - -- decode --opcode 0001 --response 868g
expect 2 'odd number of hex digits \(3\)' - -- decode --opcode 0001 --response 868
expect 2 "cannot open '$tmp/nope'" - -- decode --opcode 0001 --response "@$tmp/nope"
expect 2 'missing --request or --response' - -- decode --opcode 0001
expect 2 "send: no such device 'pci:0000'" - -- send --device pci:0000 --opcode 0001
expect 2 'send: missing --device' - -- send --opcode 0001
expect 2 "unknown quirk 'nope'" - -- send --device sim --opcode 0001 --quirk nope
expect 2 'not a valid 0401h Get Log request .*TRUNCATED' - -- send --device sim --opcode 0401 --payload 00
expect 2 "bad --timeout-ms 'x'" - -- send --device sim --opcode 0001 --timeout-ms x

# help goes to stdout, exit 0
expect 0 - 'usage: cxlmb <command>' -- --help
expect 0 - 'usage: cxlmb decode' -- decode --help

# list
expect 0 - '^4000h +Identify Memory Device' -- list
expect 0 - '^total: [0-9]+ of [0-9]+ catalog commands have typed codecs' -- list --coverage
"$bin" list --json >"$tmp/list.json" && python3 -m json.tool "$tmp/list.json" >/dev/null \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: list --json is not JSON"; }
"$bin" list --coverage --json | python3 -m json.tool >/dev/null \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: list --coverage --json is not JSON"; }

# decode: every field, text and JSON, from hex and from a file
expect 0 - 'vendor_id: 0x8086' -- decode --opcode 0001 --response "$ID"
expect 0 - 'serial_number: 0x807060504030201' -- decode --opcode 0x0001 --response "$ID"
expect 0 - 'component_type: 0x3' -- decode --opcode 0001h --response "86 80 93 0d f4 1a 00 11 01 02 03 04 05 06 07 08 0b 03"
printf '%s' "$ID" | xxd -r -p >"$tmp/id.bin" 2>/dev/null || python3 -c "import sys;sys.stdout.buffer.write(bytes.fromhex('$ID'))" >"$tmp/id.bin"
expect 0 - 'max_msg_size: 11' -- decode --opcode 0001 --response "@$tmp/id.bin"
"$bin" decode --opcode 0001 --response "$ID" --json >"$tmp/d.json" &&
  python3 -c "import json,sys; d=json.load(open('$tmp/d.json')); f=d['fields']; sys.exit(0 if f['vendor_id']==0x8086 and f['serial_number']==0x0807060504030201 and d['length']==18 else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: decode --json fields"; }
# a payload that does not decode: exit 1, the precise error
expect 1 'Identify response \(17 bytes\): TRUNCATED' - -- decode --opcode 0001 --response "${ID:0:34}"
expect 1 'OVERSIZE' - -- decode --opcode 0001 --response "${ID}00"
expect 1 'RESERVED_SET' - -- decode --opcode 0002 --response 0001000000000000
expect 0 - 'opcode: 0x0' -- decode --opcode 0002 --response 0001000000000000 --lenient

# send to the simulated device through the real transport
expect 0 - 'total_capacity: 4' -- send --device sim --opcode 4000
expect 0 - 'fw_revision: "cxlmb-sim 0.1"' -- send --device sim:type3 --opcode 4000
expect 0 - 'return code: 0001h BACKGROUND_STARTED' -- send --device sim --opcode 4400
expect 1 'device returned 0003h UNSUPPORTED' 'return code: 0003h' -- send --device sim --opcode c000
expect 1 'transport: TIMEOUT' - -- send --device sim --opcode 0001 --quirk stuck-doorbell
expect 1 'transport: OUTPUT_TOO_LARGE' - -- send --device sim --opcode 0001 --quirk output-overflow
expect 1 'mailbox: MBOX_NOT_READY' - -- send --device sim --opcode 0001 --quirk not-ready
expect 1 'device returned 0016h INVALID_PAYLOAD_LENGTH' - -- send --device sim --opcode 0001 --payload 00 --raw
"$bin" send --device sim --opcode 4000 --json >"$tmp/s.json" &&
  python3 -c "import json,sys; d=json.load(open('$tmp/s.json')); sys.exit(0 if d['return_code']==0 and d['fields']['lsa_size']==4096 else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: send --json"; }
expect 0 - 'stuck-doorbell' -- sim --list-quirks

# the switch CCI, and tunnels down to the MLD behind port 1
expect 0 - 'component_type: 0x0' -- send --device sim:switch --opcode 0001
expect 0 - 'num_physical_ports: 4' -- send --device sim:switch --opcode 5100
expect 0 - 'ld_count: 4' -- send --device sim:switch --tunnel 1 --opcode 5400
expect 0 - 'fw_revision: "cxlmb-sim 0.1"' -- send --device sim:switch --tunnel 1,0 --opcode 4000
expect 1 'device returned 0002h INVALID_INPUT' - -- send --device sim:switch --tunnel 2 --opcode 0001
expect 1 '--tunnel: response level 1: ROUTE' - -- send --device sim:switch --tunnel 1,9 --opcode 4000
expect 2 "bad --tunnel hop 'x'" - -- send --device sim:switch --tunnel 1,x --opcode 4000
expect 2 'more than 4 levels' - -- send --device sim:switch --tunnel 1,0,0,0,0 --opcode 4000
"$bin" send --device sim:switch --tunnel 1,0 --opcode 4000 --json >"$tmp/t.json" &&
  python3 -c "import json,sys; d=json.load(open('$tmp/t.json')); sys.exit(0 if d['fields']['total_capacity']==4 else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: send --tunnel --json"; }

# background operations: --wait polls them to the end
expect 0 - 'background: 4400h finished, 100%, return code 0000h SUCCESS' -- send --device sim --opcode 4400 --wait
expect 0 - 'BACKGROUND_STARTED' -- send --device sim --opcode 4400
expect 1 'background operation at 50%: BG_TIMEOUT' - -- send --device sim --opcode 4400 --wait --quirk bg-never-completes --timeout-ms 50
expect 0 - '"background": \{"opcode": "5201", "percent": 100, "return_code": 0' -- send --device sim:switch --opcode 5201 --payload 000201000200 --wait --json
expect 2 '--wait polls the mailbox.s own background operation: not with --tunnel' - -- send --device sim:switch --tunnel 1 --opcode 5400 --wait
# the newer device models, from the command line
expect 0 - 'active_volatile: 2' -- send --device sim --opcode 4100
expect 0 - 'uuid: "96dad7d6-fde8-482b-a733-75774e06db8a"' -- send --device sim --opcode 0500 --payload 6800000000000000
expect 0 - 'extents_supported: 8' -- send --device sim --opcode 4800 --payload 0800
expect 0 - 'num_vppbs: 3' -- send --device sim:switch --opcode 5200 --payload 00080100
expect 1 'device returned 0006h BUSY' - -- send --device sim:switch --opcode 5201 --payload 000001000000

echo "$pass passed, $fail failed"
((fail == 0))
