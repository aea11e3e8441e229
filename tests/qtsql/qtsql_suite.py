#!/usr/bin/env python3
"""Runs Qt's SQL test binaries built by run-qt-sql-suite.sh and compares QSQLCIPHER with QSQLITE.

  qtsql_suite.py BIN_DIR WORK_DIR ALLOW_LIST [--timeout SECONDS]

For each test in TESTS it runs BIN_DIR/tst_<test>_qsqlite (Qt's QSQLITE plugin, the baseline)
and BIN_DIR/tst_<test>_qsqlcipher (Tallenne's QSQLCIPHER driver), reads QTest's plain text
log row by row, and prints a table (test binary x driver: passed/failed/skipped). A binary that
crashes or hangs is run again from the test function after the one it stopped in, so one bad
row does not hide the rest; the rows it never reported count as failed ("crashed").

It passes (exit 0) when every row that passes on QSQLITE passes on QSQLCIPHER, except rows
listed in ALLOW_LIST, one per line:

  tst_qsqldatabase | sqlite_enableRegexp(SQLite) | the reason

The row may be a shell-style pattern (fnmatch). Rows of QSQLCIPHER's connection are named
"SQLCipher" by the patched harness and compared under QSQLITE's name "SQLite".
"""

import argparse
import fnmatch
import os
import re
import subprocess
import sys
import time

TESTS = ["qsqldatabase", "qsqlquery", "qsqldriver", "qsql", "qsqlthread"]
DRIVERS = [("QSQLITE", "qsqlite"), ("QSQLCIPHER", "qsqlcipher")]

LINE = re.compile(r"^(PASS|FAIL!|SKIP|XFAIL|XPASS|BPASS|BFAIL|BXPASS|BXFAIL)\s*:\s+(\S+?)::(.*)$")


def split_row(rest):
    """'fn(tag) message' -> 'fn(tag)'; the tag may contain brackets."""
    open_at = rest.find("(")
    if open_at < 0:
        return rest.strip()
    depth = 0
    for i in range(open_at, len(rest)):
        if rest[i] == "(":
            depth += 1
        elif rest[i] == ")":
            depth -= 1
            if depth == 0:
                return rest[: i + 1]
    return rest.strip()


def parse_log(text):
    """Rows in order with their outcome: pass, fail or skip."""
    rows = {}
    order = []
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        kind, row = m.group(1), split_row(m.group(3))
        if row not in rows:
            rows[row] = None
            order.append(row)
        if kind in ("FAIL!", "XPASS", "BFAIL", "BXPASS"):
            rows[row] = "fail"
        elif kind == "SKIP" and rows[row] != "fail":
            rows[row] = "skip"
        elif kind in ("PASS", "BPASS") and rows[row] is None:
            rows[row] = "pass"
    return {r: (s or "pass") for r, s in rows.items()}, order


def function_of(row):
    return row.split("(", 1)[0]


def run_binary(binary, work_dir, log_stem, timeout):
    """All rows of one binary; reruns after a crash or a hang from the next function."""
    listed = subprocess.run([binary, "-functions"], cwd=work_dir, capture_output=True,
                            text=True, timeout=120)
    functions = [function_of(l.strip()) for l in listed.stdout.splitlines() if l.strip()]
    results = {}
    remaining = None  # None: all functions
    attempt = 0
    notes = []
    while True:
        attempt += 1
        log = f"{log_stem}.{attempt}.txt"
        args = [binary, "-o", f"{log},txt", "-maxwarnings", "0"] + (remaining or [])
        try:
            proc = subprocess.run(args, cwd=work_dir, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        text = open(log, encoding="utf-8", errors="replace").read() if os.path.exists(log) else ""
        rows, order = parse_log(text)
        results.update(rows)
        finished = "Totals:" in text and code != "timeout" and (code == 0 or code > 0 and code < 128)
        if finished:
            break
        pending = remaining if remaining is not None else functions
        seen = [function_of(r) for r in order if function_of(r) in pending]
        if seen:
            culprit = seen[-1]
            left = pending[pending.index(culprit) + 1:]
        else:
            culprit = pending[0] if pending else "initTestCase"
            left = pending[1:]
        results[f"{culprit}(<crashed>)"] = "fail"
        notes.append(f"{os.path.basename(binary)}: stopped in {culprit}() ({code}); "
                     f"run again from the next function")
        if not left:
            break
        remaining = left
    return results, notes


def load_allow_list(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|", 2)]
            if len(parts) != 3 or not parts[2]:
                sys.exit(f"{path}:{number}: expected 'test | row | reason'")
            entries.append({"test": parts[0], "row": parts[1], "reason": parts[2], "used": False})
    return entries


def allowed(entries, test, row):
    for e in entries:
        if e["test"] == test and fnmatch.fnmatchcase(row, e["row"]):
            e["used"] = True
            return e
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin_dir")
    parser.add_argument("work_dir")
    parser.add_argument("allow_list")
    parser.add_argument("--timeout", type=int, default=900)
    opts = parser.parse_args()
    opts.bin_dir = os.path.abspath(opts.bin_dir)
    opts.work_dir = os.path.abspath(opts.work_dir)
    os.makedirs(opts.work_dir, exist_ok=True)
    entries = load_allow_list(opts.allow_list)
    env_note = []

    table = []
    regressions = []
    listed = []
    gains = []
    notes = []
    for test in TESTS:
        per_driver = {}
        for driver, suffix in DRIVERS:
            binary = os.path.join(opts.bin_dir, f"tst_{test}_{suffix}")
            started = time.monotonic()
            rows, run_notes = run_binary(binary, opts.work_dir,
                                         os.path.join(opts.work_dir, f"tst_{test}_{suffix}"),
                                         opts.timeout)
            elapsed = time.monotonic() - started
            notes += run_notes
            rows = {r.replace("SQLCipher", "SQLite"): s for r, s in rows.items()}
            per_driver[driver] = rows
            counts = {k: sum(1 for s in rows.values() if s == k) for k in ("pass", "fail", "skip")}
            table.append((f"tst_{test}", driver, counts["pass"], counts["fail"], counts["skip"],
                          elapsed))
        base, ours = per_driver["QSQLITE"], per_driver["QSQLCIPHER"]
        for row, status in base.items():
            if status != "pass":
                continue
            got = ours.get(row, "missing")
            if got == "pass":
                continue
            entry = allowed(entries, f"tst_{test}", row)
            if entry:
                listed.append((f"tst_{test}", row, got, entry["reason"]))
            else:
                regressions.append((f"tst_{test}", row, got))
        for row, status in ours.items():
            if status == "pass" and base.get(row) not in (None, "pass"):
                gains.append((f"tst_{test}", row, base.get(row)))

    out = []
    out.append("| test binary | driver | passed | failed | skipped | seconds |")
    out.append("|---|---|---:|---:|---:|---:|")
    for test, driver, p, f, s, t in table:
        out.append(f"| {test} | {driver} | {p} | {f} | {s} | {t:.0f} |")
    out.append("")
    if notes:
        out.append("Crashes or hangs:")
        out += [f"  {n}" for n in notes]
        out.append("")
    out.append(f"Rows that pass on QSQLITE and not on QSQLCIPHER, allow-listed: {len(listed)}")
    for test, row, got, reason in listed:
        out.append(f"  {test} {row}: {got} ({reason})")
    out.append("")
    if gains:
        out.append(f"Rows that pass on QSQLCIPHER and not on QSQLITE: {len(gains)}")
        for test, row, got in gains:
            out.append(f"  {test} {row}: {got} on QSQLITE")
        out.append("")
    unused = [e for e in entries if not e["used"]]
    if unused:
        out.append(f"Allow-list entries no longer needed (their rows pass): {len(unused)}")
        out += [f"  {e['test']} | {e['row']}" for e in unused]
        out.append("")
    out.append(f"Rows that pass on QSQLITE and not on QSQLCIPHER, NOT allow-listed: "
               f"{len(regressions)}")
    for test, row, got in regressions:
        out.append(f"  {test} {row}: {got}")
    out.append("")
    out.append("RESULT: " + ("PASS" if not regressions else "FAIL"))
    report = "\n".join(out + env_note)
    print(report)
    with open(os.path.join(opts.work_dir, "results.txt"), "w", encoding="utf-8") as f:
        f.write(report + "\n")
    return 0 if not regressions else 1


if __name__ == "__main__":
    sys.exit(main())
