#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
"""Convert fuzz inputs that chose commands by row position to inputs that
choose them by opcode (fuzz/fuzz_target.h: fuzz_pick), so each still runs
the command it ran before.  Run it ONCE over inputs of the old format
(corpora kept outside this tree, a ClusterFuzzLite store, ...): inputs are
not marked with their format, and a second run would convert them again.

    fuzz/migrate/by_opcode.py ROWS DIR...

ROWS: the row positions as they were (rows-93504ab.txt).  Each DIR is
corpus/<target> or corpus/regressions/<target>, converted in place; the
target is the directory's name.  Files named by their SHA-1 (libFuzzer
merges) are renamed to the SHA-1 of their new contents.

Old formats -> new:
  rsp_decode, req_decode, roundtrip: sel(2 LE) mode(1) payload
      row k = sel % (catalog rows + 1), k == rows: the vendor row (C000h)
      -> opcode(2 LE) mode(1) payload
  stateful: device(1), steps of sel(1) len(1) time(1) body
      sel < F0: the root endpoint's command (sel % its count)
          -> kind(00h) time len(2 LE) opcode(2 LE) body
      F0-F9: -> kind time len(2 LE) body
      FA-FF on the switch with a body of 2+ bytes: body = LD, the inner
          endpoint's command index (two levels: Type 3, one: FM-owned LD), request
          -> kind time len(2 LE) LD opcode(2 LE) request
      trailing bytes short of a step header stay as they are
"""
import hashlib
import os
import re
import subprocess
import sys


def load_rows(path):
    rows = {}
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            table, index, opcode = line.split()
            rows.setdefault(table, []).append((int(index), int(opcode, 16)))
    out = {}
    for table, entries in rows.items():
        entries.sort()
        if [i for i, _ in entries] != list(range(len(entries))):
            sys.exit(f"by_opcode.py: {path}: table '{table}' has gaps in its row numbers")
        out[table] = [op for _, op in entries]
    return out


def check_against_git(rows, path):
    """The catalog rows file against the catalog .def files at its commit."""
    m = re.search(r"rows-([0-9a-f]{7,40})\.txt$", path)
    if not m:
        return
    ops = []
    for part in ("generic", "memdev", "fmapi"):
        try:
            text = subprocess.run(["git", "show", f"{m.group(1)}:core/src/catalog_{part}.def"],
                                  capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            print(f"by_opcode.py: git cannot show commit {m.group(1)}: rows not cross-checked")
            return
        ops += [int(x, 16) for x in re.findall(r"\b(?:CXLMB_ROW|GFD|OPAQUE)\(\s*0x([0-9A-Fa-f]+)", text)]
    if ops != rows["catalog"]:
        sys.exit(f"by_opcode.py: {path} disagrees with the catalog at {m.group(1)}")
    print(f"by_opcode.py: {len(ops)} catalog rows agree with the catalog at {m.group(1)}")


def le16(v):
    return bytes((v & 0xFF, v >> 8))


def convert_decoder(data, rows):
    if len(data) < 3:
        return data  # the harness never ran these: nothing to re-point
    cat = rows["catalog"]
    k = (data[0] | data[1] << 8) % (len(cat) + 1)
    return le16(cat[k] if k < len(cat) else 0xC000) + data[2:]


def convert_stateful(data, rows):
    if not data:
        return data
    switch = data[0] & 1
    root = rows["switch" if switch else "type3"]
    out = bytearray(data[:1])
    pos = 1
    while pos + 3 <= len(data):
        sel, n, wait = data[pos], data[pos + 1], data[pos + 2]
        pos += 3
        body = data[pos:pos + n]  # the old harness cut n to the bytes left
        pos += len(body)
        if sel < 0xF0:
            body = le16(root[sel % len(root)]) + body
            sel = 0x00  # any kind below F0h is a command: write the one seeds use
        elif sel >= 0xFA and switch and len(body) >= 2:
            inner = rows["type3" if sel & 1 else "fmld"]
            body = body[:1] + le16(inner[body[1] % len(inner)]) + body[2:]
        out += bytes((sel, wait)) + le16(len(body)) + body
    out += data[pos:]
    return bytes(out)


CONVERT = {"rsp_decode": convert_decoder, "req_decode": convert_decoder,
           "roundtrip": convert_decoder, "stateful": convert_stateful}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.split("\n\n")[1])
    rows = load_rows(sys.argv[1])
    check_against_git(rows, sys.argv[1])
    for d in sys.argv[2:]:
        target = os.path.basename(os.path.normpath(d))
        if target not in CONVERT:
            sys.exit(f"by_opcode.py: '{d}': no old command selector in target '{target}' inputs")
        changed = renamed = 0
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            with open(path, "rb") as f:
                old = f.read()
            new = CONVERT[target](old, rows)
            if new == old:
                continue
            changed += 1
            dest = path
            if re.fullmatch(r"[0-9a-f]{40}", name) and hashlib.sha1(old).hexdigest() == name:
                dest = os.path.join(d, hashlib.sha1(new).hexdigest())
                os.remove(path)
                renamed += 1
            with open(dest, "wb") as f:
                f.write(new)
        print(f"by_opcode.py: {d}: {changed} inputs converted ({renamed} renamed to their new SHA-1)")


if __name__ == "__main__":
    main()
