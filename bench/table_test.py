#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
"""Checks of bench/table.py, ci/bench's table and comparison (ctest bench_table):
rows become JSON, --compare divides new by old and says which way is better
by unit, a bad --compare file writes nothing, --readme replaces only its
section."""
import json
import os
import subprocess
import sys
import tempfile

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "table.py")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def run(*args):
    return subprocess.run([sys.executable, TABLE, *args], capture_output=True, text=True)


with tempfile.TemporaryDirectory() as d:
    rows = os.path.join(d, "rows.tsv")
    with open(rows, "w", encoding="utf-8") as f:
        f.write("meta\tnproc\t2\n")
        f.write("row\tcodec\tIdentify\t200\tns/decode\tchecksum ok\n")
        f.write("row\tsim\tround trips\t3000000\tround trips/s\t\n")
        f.write("row\tconform\twhole suite\tn/a\tms\tn/a (no conformance suite in this build)\n")
    old = os.path.join(d, "old.json")
    with open(old, "w", encoding="utf-8") as f:
        json.dump({"meta": {}, "rows": [
            {"group": "codec", "name": "Identify", "unit": "ns/decode", "value": 100.0, "note": ""},
            {"group": "sim", "name": "round trips", "unit": "round trips/s", "value": 1500000.0,
             "note": ""}]}, f)
    new = os.path.join(d, "latest.json")
    r = run(rows, new, "--compare", old)
    check(r.returncode == 0, f"compare run failed: {r.stderr}")
    out = r.stdout.splitlines()
    ident = [l for l in out if l.startswith("codec")]
    sim = [l for l in out if l.startswith("sim")]
    check(ident and ident[0].rstrip().endswith("2.00 worse"), f"ns/decode doubled is worse: {ident}")
    check(sim and sim[0].rstrip().endswith("2.00 better"), f"round trips/s doubled is better: {sim}")
    conf = [l for l in out if l.startswith("conform")]
    check(conf and "n/a" in conf[0] and conf[0].rstrip().endswith("-"), f"n/a row has no ratio: {conf}")
    with open(new, encoding="utf-8") as f:
        run_json = json.load(f)
    check(run_json["meta"] == {"nproc": "2"}, f"meta: {run_json['meta']}")
    check([x["value"] for x in run_json["rows"]] == [200.0, 3000000.0, None],
          f"values: {run_json['rows']}")

    os.remove(new)
    bad = os.path.join(d, "bad.json")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("{}")
    r = run(rows, new, "--compare", bad)
    check(r.returncode == 2 and "not a ci/bench JSON file" in r.stderr, f"bad compare: {r.returncode} {r.stderr}")
    check(not os.path.exists(new), "a bad --compare file still wrote the JSON")

    run(rows, new)
    readme = os.path.join(d, "README.md")
    with open(readme, "w", encoding="utf-8") as f:
        f.write("intro\n<!-- ci/bench --readme: begin -->\nstale\n<!-- ci/bench --readme: end -->\nafter\n")
    r = run("--readme", new, readme)
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    check(r.returncode == 0, f"--readme failed: {r.stderr}")
    check(text.startswith("intro\n") and text.endswith("-->\nafter\n") and "stale" not in text
          and "| codec | Identify | 200 | ns/decode | checksum ok |" in text, f"README: {text}")
    with open(readme, "w", encoding="utf-8") as f:
        f.write("no markers\n")
    r = run("--readme", new, readme)
    check(r.returncode == 2, "--readme without markers must fail")

for f in failures:
    print("bench_table:", f, file=sys.stderr)
sys.exit(1 if failures else 0)
