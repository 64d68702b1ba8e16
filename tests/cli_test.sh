#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
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
expect 2 "send: no such device 'mctp:0'" - -- send --device mctp:0 --opcode 0001
expect 2 'send: missing --device' - -- send --opcode 0001
expect 2 "unknown quirk 'nope'" - -- send --device sim --opcode 0001 --quirk nope
expect 2 'not a valid 0401h Get Log request .*TRUNCATED' - -- send --device sim --opcode 0401 --payload 00
expect 2 "bad --timeout-ms 'x'" - -- send --device sim --opcode 0001 --timeout-ms x

expect 0 - '^cxlmb [0-9]+\.[0-9]+\.[0-9]+$' -- --version
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
expect 0 - 'fw_revision: "cxlmb-sim 0.1"' -- send --device sim:switch --tunnel 2 --opcode 4000
expect 1 '--tunnel: hop 1 \(target 3\) refused by the level above it: 0002h INVALID_INPUT' - -- send --device sim:switch --tunnel 3 --opcode 0001
expect 1 '--tunnel: hop 2 \(target 9\) refused by the level above it: 0002h INVALID_INPUT' - -- send --device sim:switch --tunnel 1,9 --opcode 4000
expect 2 "bad --tunnel '1,x': hop 2 is not a number" - -- send --device sim:switch --tunnel 1,x --opcode 4000
# an empty hop is an error, never skipped (',,,' once sent Sanitize to the local device)
expect 2 "bad --tunnel ',,,': hop 1 is not a number" - -- send --device sim --opcode 4400 --tunnel ,,,
expect 2 "bad --tunnel '1,,0': hop 2 is not a number" - -- send --device sim:switch --opcode 4000 --tunnel 1,,0
expect 2 "bad --tunnel '1,': hop 2 is not a number" - -- send --device sim:switch --opcode 0001 --tunnel 1,
expect 2 "bad --tunnel ''" - -- send --device sim:switch --opcode 0001 --tunnel=
expect 2 "bad --tunnel '256': hop 1 is not a number 0..255" - -- send --device sim:switch --opcode 0001 --tunnel 256
expect 2 'more than 4 levels' - -- send --device sim:switch --tunnel 1,0,0,0,0 --opcode 4000
"$bin" send --device sim:switch --tunnel 1,0 --opcode 4000 --json >"$tmp/t.json" &&
  python3 -c "import json,sys; d=json.load(open('$tmp/t.json')); sys.exit(0 if d['fields']['total_capacity']==4 else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: send --tunnel --json"; }

# background operations: --wait polls them to the end
expect 0 - 'background: 4400h finished, 100%, return code 0000h SUCCESS' -- send --device sim --opcode 4400 --wait
expect 0 - 'BACKGROUND_STARTED' -- send --device sim --opcode 4400
expect 1 'background operation at 50%: BG_TIMEOUT' - -- send --device sim --opcode 4400 --wait --quirk bg-never-completes --timeout-ms 50
expect 0 - '"background": \{"opcode": "5201", "percent": 100, "return_code": 0' -- send --device sim:switch --opcode 5201 --payload 000201000200 --wait --json
# --wait through a tunnel polls the LD's own Background Operation Status (0002h)
expect 0 - 'background: 4400h finished, 100%, return code 0000h SUCCESS' -- send --device sim:switch --tunnel 1,0 --opcode 4400 --wait
# a payload the device cannot carry is a usage error
head -c 3000 /dev/zero >"$tmp/big.bin"
expect 2 'send: --payload: 3000 bytes do not fit the 2048-byte payload' - -- send --device sim --opcode 4103 --raw --payload "@$tmp/big.bin"
# send --policy: the policy decides before anything is sent
expect 3 'send: denied: 4400h Sanitize: security command set \(44xxh\) is kernel-only under linux-raw' - -- send --device sim --opcode 4400 --policy linux-raw
expect 3 'denied: 4400h Sanitize \(tunnel level 2\).*under lockdown' - -- send --device sim:switch --tunnel 1,0 --opcode 4400 --policy lockdown
expect 0 - 'total_capacity' -- send --device sim --opcode 4000 --policy lockdown
expect 2 "unknown policy profile 'nope'" - -- send --device sim --opcode 4000 --policy nope
expect 3 'denied: 4103h Set LSA.*under cel' - -- send --device sim --opcode 4103 --payload 0000000000000000 --policy cel
# --force-rc sets the code the force-rc quirk answers
expect 1 'device returned 0007h MEDIA_DISABLED' - -- send --device sim --opcode 4000 --force-rc 0007
expect 2 "bad --force-rc 'zz'" - -- send --device sim --opcode 4000 --force-rc zz
expect 2 "bad --force-rc '10000'" - -- send --device sim --opcode 4000 --force-rc 10000
# the newer device models, from the command line
expect 0 - 'active_volatile: 2' -- send --device sim --opcode 4100
expect 0 - 'uuid: "96dad7d6-fde8-482b-a733-75774e06db8a"' -- send --device sim --opcode 0500 --payload 6800000000000000
expect 0 - 'extents_supported: 8' -- send --device sim --opcode 4800 --payload 0800
expect 0 - 'num_vppbs: 3' -- send --device sim:switch --opcode 5200 --payload 00080100
expect 1 'device returned 0006h BUSY' - -- send --device sim:switch --opcode 5201 --payload 000001000000

# argument parsing (issue 10): one form of each number, help only where it is
# not an option's value, bad input echoed escaped
expect 2 "bad opcode '0x0x0001'" - -- decode --opcode 0x0x0001 --response 00
expect 2 "bad opcode '0x0001h'" - -- decode --opcode 0x0001h --response 00
expect 2 "bad opcode '-h'" - -- decode --opcode -h --response 00
expect 2 "--response: bad hex digit '-' at offset 0" - -- decode --opcode 0001 --response -h
expect 2 "--response: bad hex digit '-' at offset 0" - -- decode --opcode 0001 --response --help
expect 0 - 'usage: cxlmb decode' -- decode --opcode 0001 -h
expect 2 "bad hex digit '[\\]x1b' at offset 2" - -- decode --opcode 0001 --response $'86\e[31m'
expect 2 "unknown option '--x[\\]x07'" - -- decode --opcode 0001 --response 00 $'--x\a'
# JSON: one key per object (5200h: each VCS entry lists its vPPBs as entry objects)
"$bin" decode --opcode 5200 --response 01000000000102020100000001020300 --json |
  python3 -c "import json,sys
def nodup(p):
    k=[a for a,_ in p]; assert len(k)==len(set(k)), k; return dict(p)
d=json.load(sys.stdin, object_pairs_hook=nodup); v=d['fields']['vcs'][0]['vppbs']
sys.exit(0 if [e['bound_port_id'] for e in v]==[0,2] and [e['bound_ld_id'] for e in v]==[0,3] else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: 5200h --json keeps every vPPB"; }
# the central policy: the table, one request explained, refusals exit 3
expect 0 - '^4400h  Sanitize +deny +security-set +security command set \(44xxh\) is kernel-only$' -- policy --profile linux-raw
expect 0 - '"opcode": "5100", "name": "Identify Switch Device", "decision": "allow"' -- policy --profile fabric-readonly --json
expect 3 - '^denied: 4400h Sanitize: security command set \(44xxh\) is kernel-only under linux-raw$' -- policy --profile linux-raw --opcode 4400
expect 3 - '^level 2  4400h Sanitize .* deny' -- policy --profile linux-raw --opcode 4400 --tunnel 1,0
expect 0 - '^allowed with taint: 0403h Clear Log: raw command' -- policy --profile linux-raw --opcode 0403 --payload 5e1819d911a9400c811fd60719403d86
expect 3 - 'only the Vendor Debug log may be cleared' -- policy --profile linux-raw --opcode 0403 --payload 0da9c0b5bf414b788f7996b1623b3f17
expect 3 - 'denied: 4401h Secure Erase \(tunnel level 2\)' -- policy --profile lockdown --opcode 5300 --payload 01001c0000070000531000000000000000000c00000700014400000000000000
expect 0 - '^allowed: 0001h Identify: the CEL lists it without effects under cel$' -- policy --profile cel --cel 01000000 --opcode 0001
expect 3 - 'not-in-cel' -- policy --profile cel --cel 01000000 --opcode 0002
expect 2 "unknown policy profile 'bogus' \(profiles: linux-raw, lockdown" - -- policy --profile bogus
expect 2 'policy: missing --profile' - -- policy
expect 2 '--payload and --tunnel explain one request: give --opcode too' - -- policy --profile lockdown --tunnel 1
expect 2 'bad --tunnel .1,,0.' - -- policy --profile lockdown --opcode 0001 --tunnel 1,,0
expect 2 '--cel: 3 bytes is not a whole number' - -- policy --profile cel --cel 010000
# cel over the CELs the simulated devices report (Get Log), per target
expect 0 - '^allowed: 4000h Identify Memory Device \(tunnel level 2\): the CEL lists it' -- policy --profile cel --device sim:switch --tunnel 1,0 --opcode 4000
expect 3 - '^denied: 4000h Identify Memory Device: the target.s Command Effects Log does not list it' -- policy --profile cel --device sim:switch --opcode 4000
expect 3 - '^denied: 4400h Sanitize: its effects' -- policy --profile cel --device sim --opcode 4400
expect 2 "--device reads the CELs of the cel profile \(not with 'lockdown'\)" - -- policy --profile lockdown --device sim

# the conformance suite: clean sims pass (exit 0); a quirk fails its checks (exit 1)
expect 0 - '[0-9]+ checks: [0-9]+ pass, 0 fail' -- conform --device sim
expect 0 - ', 0 fail, ' -- conform --device sim:switch --tunnel 1,0 --destructive
expect 1 - 'fail  bnd.get-log.past-end' -- conform --device sim --quirk lax-bounds --only 'bnd.*'
expect 1 - 'fail  bnd.get-log.unknown-log.*' -- conform --device sim --force-rc 0006 --only 'bnd.get-log.*'
expect 2 "bad --force-rc 'zz'" - -- conform --device sim --force-rc zz
expect 0 - '^not ok|^TAP version 14' -- conform --device sim --format tap --only 'cel.*'
expect 0 - '<testsuite name="cxlmb-conform" tests="8" failures="0"' -- conform --device sim --format junit --only 'cel.*'
expect 0 - '"mandatory_failed":0' -- conform --device sim:switch --format json
expect 0 - 'needs --destructive' -- conform --device sim --only sec.retry-limit
expect 0 - 'fm.bind-vppb-state' -- conform --list
expect 2 'conform: no check matches the --only/--skip selection' - -- conform --device sim --only nothing
expect 3 'denied: 5809h Proxy GFD Management Command: carries a command the policy does not unwrap' - -- send --device sim:switch --opcode 5809 --payload 00000000000000000000000000000000000000000000 --policy lockdown
expect 2 "conform: unknown --format 'xml'" - -- conform --device sim --format xml
expect 2 'conform: missing --device' - -- conform
expect 2 'conform: device sim: mailbox: MBOX_NOT_READY' - -- conform --device sim --quirk not-ready
expect 2 "conform: cannot write --output '/nonexistent/x'" - -- conform --device sim --output /nonexistent/x
"$bin" conform --device sim --only 'mbox.*' --format json --output "$tmp/c.json" &&
  python3 -c "import json,sys; d=json.load(open('$tmp/c.json')); sys.exit(0 if d['summary']['pass']==6 else 1)" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: conform --output --format json"; }

echo "$pass passed, $fail failed"
((fail == 0))
