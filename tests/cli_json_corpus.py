#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
"""Every decoder corpus input through `cxlmb decode --json`: the output must
be one valid JSON document with no name twice in an object, and lossless:
as many values as the text form prints.

usage: cli_json_corpus.py <cxlmb> <corpus-dir>
Corpus inputs (fuzz/fuzz_decode.h): the opcode (2 bytes, little-endian),
1 byte the flags, the rest is payload."""
import json
import os
import subprocess
import sys
import tempfile


class Dup(Exception):
    pass


def no_dups(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise Dup(k)
        seen.add(k)
    return dict(pairs)


def leaves(v):
    if isinstance(v, dict):
        return sum(leaves(x) for x in v.values())
    if isinstance(v, list):
        return sum(leaves(x) for x in v)
    return 1


def text_values(out):
    """Value lines of the text form: '  name: value', not array headers
    ('name: N entries') nor entry markers ('[i]')."""
    n = 0
    for line in out.splitlines()[1:]:
        s = line.strip()
        if s.startswith('[') or not line.startswith(' '):
            continue
        head, _, val = s.partition(': ')
        if val.endswith(' entries') or val.endswith(' entry'):
            continue
        n += 1
    return n


def main():
    cxlmb, root = sys.argv[1], sys.argv[2]
    checked = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        payload = os.path.join(tmp, 'p.bin')
        for sub, opt in (('rsp_decode', '--response'), ('req_decode', '--request')):
            d = os.path.join(root, sub)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                data = open(os.path.join(d, name), 'rb').read()
                if len(data) < 3:
                    continue
                op = '%04X' % (data[0] | data[1] << 8)
                mode = '--strict' if data[2] & 1 else '--lenient'
                with open(payload, 'wb') as f:
                    f.write(data[3:])
                args = [cxlmb, 'decode', '--opcode', op, opt, '@' + payload, mode]
                j = subprocess.run(args + ['--json'], capture_output=True, text=True)
                if j.returncode != 0:
                    continue  # not in the catalog, or does not decode: nothing printed
                t = subprocess.run(args, capture_output=True, text=True)
                checked += 1
                try:
                    doc = json.loads(j.stdout, object_pairs_hook=no_dups)
                    got, want = leaves(doc['fields']), text_values(t.stdout)
                    if got != want:
                        raise ValueError(f'{got} JSON values, {want} in the text form')
                except (ValueError, Dup) as e:
                    failed += 1
                    print(f'FAIL {sub}/{name} ({op} {opt} {mode}): {type(e).__name__}: {e}')
    print(f'{checked} decoded corpus inputs checked, {failed} failed')
    return 1 if failed or not checked else 0


if __name__ == '__main__':
    sys.exit(main())
