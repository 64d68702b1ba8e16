#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
"""Gather benchmark rows into one table and JSON (ci/bench).

  table.py ROWS.tsv JSON_OUT [--compare OLD.json]
  table.py --markdown RUN.json        the README's table and machine line
  table.py --readme RUN.json README   put that between README's bench markers

ROWS.tsv holds the rows every benchmark printed:
  row<TAB>group<TAB>name<TAB>value<TAB>unit<TAB>note   (value 'n/a': not measured)
and 'meta<TAB>key<TAB>value' lines (machine, date, mode).  A row is known by
(group, name, unit); --compare prints new/old per row that both runs have."""
import json
import sys

# which way is better, by unit
HIGHER = ("/s",)


def better_higher(unit):
    return unit.endswith(HIGHER)


def fmt(v):
    if v is None:
        return "n/a"
    if v >= 100 or v == int(v):
        return f"{v:,.0f}"
    return f"{v:.1f}"


def load_rows(path):
    rows, meta = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "meta" and len(p) == 3:
                meta[p[1]] = p[2]
            elif p[0] == "row" and len(p) == 6:
                v = None if p[3] == "n/a" else float(p[3])
                rows.append({"group": p[1], "name": p[2], "value": v, "unit": p[4],
                             "note": p[5]})
    return rows, meta


def key(r):
    return (r["group"], r["name"], r["unit"])


def markdown(path):
    with open(path, encoding="utf-8") as f:
        run = json.load(f)
    m = run["meta"]
    out = [f"Measured {m.get('date', '?')} at {m.get('commit', '?')} ({m.get('mode', '?')}) on "
           f"{m.get('nproc', '?')} cores, {m.get('cpu', '?')}, load average {m.get('load', '?')}.",
           "",
           "| group | row | value | unit | note |",
           "|---|---|--:|---|---|"]
    for r in run["rows"]:
        cells = [r["group"], r["name"], fmt(r["value"]), r["unit"], r["note"]]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


BEGIN, END = "<!-- ci/bench --readme: begin -->", "<!-- ci/bench --readme: end -->"


def readme(run, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        sys.stderr.write(f"ci/bench: {path} has no '{BEGIN}' ... '{END}' section\n")
        return 2
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + markdown(run) + END + tail)
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--markdown":
        sys.stdout.write(markdown(argv[2]))
        return 0
    if len(argv) == 4 and argv[1] == "--readme":
        return readme(argv[2], argv[3])
    args = [a for a in argv[1:] if not a.startswith("--")]
    compare = None
    if "--compare" in argv:
        compare = argv[argv.index("--compare") + 1]
        args.remove(compare)
    rows, meta = load_rows(args[0])
    old = {}
    if compare:
        try:
            with open(compare, encoding="utf-8") as f:
                old = {key(r): r for r in json.load(f)["rows"]}
        except (OSError, ValueError, KeyError, TypeError) as e:
            print(f"ci/bench: --compare {compare}: not a ci/bench JSON file ({e})", file=sys.stderr)
            return 2
    with open(args[1], "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "rows": rows}, f, indent=1)
        f.write("\n")
    head = ["group", "row", "value", "unit", "note"] + (["old", "new/old"] if compare else [])
    table = []
    for r in rows:
        line = [r["group"], r["name"], fmt(r["value"]), r["unit"], r["note"]]
        if compare:
            o = old.get(key(r))
            ov = o["value"] if o else None
            if ov and r["value"] is not None:
                ratio = r["value"] / ov
                good = ratio > 1 if better_higher(r["unit"]) else ratio < 1
                verdict = "" if abs(ratio - 1) < 0.005 else (" better" if good else " worse")
                line += [fmt(ov), f"{ratio:.2f}{verdict}"]
            else:
                line += [fmt(ov) if o else "-", "-"]
        table.append(line)
    w = [max(len(h), *(len(l[i]) for l in table)) if table else len(h) for i, h in enumerate(head)]
    right = {2, 5, 6}
    def show(cells):
        print("  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i])
                        for i, c in enumerate(cells)).rstrip())
    show(head)
    show(["-" * x for x in w])
    for line in table:
        show(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
