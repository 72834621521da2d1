"""Throughput of the report checker on 1,000 reports: copies of the real corpus and generated
reports in every layout, against the baseline of plainly reading the same files in the same run.

    PYTHONPATH=src:. python -m bench.reportcheck_throughput [--reports 1000] [--seed 1]

Per layout it prints: reports, megabytes, the baseline (read the file and decode its bytes),
the readers alone (file → segments), the full check (readers, tables, every rule), the full
check's cost as a multiple of the baseline, and the cell accuracy where the truth is known
(generated reports: every cell; corpus copies: the hand-checked truth files).
"""

import argparse
import random
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tests.reportcheck.synth import LAYOUTS, SLOW_LAYOUTS, random_report
from tests.reportcheck.synth_grid import render
from tests.reportcheck.truth import CORPUS, cells, entries, truth

from gongkai.reportcheck.checker import check_bytes
from gongkai.reportcheck.readers import read
from gongkai.reportformat import cell_addresses, get_cell, load

CORPUS_SHARE = 0.3  # of the reports, byte-for-byte copies of the real corpus (truth files known)


def build(directory: Path, count: int, seed: int) -> list[tuple[Path, str, object]]:
    """(file, layout, truth) for ``count`` reports written under ``directory``."""
    rng = random.Random(seed)
    files = []
    corpus = [(e["id"], path) for e in entries() for path in sorted((CORPUS / "raw").glob(f"{e['id']}.*"))]
    for number in range(int(count * CORPUS_SHARE)):
        entry_id, path = corpus[number % len(corpus)]
        target = directory / f"corpus-{number:04d}{path.suffix}"
        shutil.copyfile(path, target)
        files.append((target, "corpus", ("truth", entry_id)))
    generated = count - len(files)
    layouts = LAYOUTS + SLOW_LAYOUTS
    for number in range(generated):
        layout = layouts[number % len(layouts)]
        report = random_report(rng)
        target = directory / f"generated-{number:04d}.{ {'html': 'html', 'docx': 'docx', 'pdf': 'pdf'}.get(layout, 'txt') }"
        target.write_bytes(render(report, layout))
        files.append((target, layout, ("tables", report.tables)))
    return files


def baseline(path: Path) -> None:
    path.read_bytes().decode("utf-8", errors="replace")


def readers_only(path: Path) -> None:
    read(path.read_bytes())


def accuracy(result, expected) -> tuple[int, int, int]:
    """(right, unread, wrong) cells."""
    kind, value = expected
    if kind == "tables":
        pairs = [(get_cell(value, a), get_cell(result.tables, a)) for a in cell_addresses(load(value["version"]))]
    else:
        pairs = [(c.expected, get_cell(result.tables, c.address)) for c in cells(truth(value), result.versions)
                 if not isinstance(c.expected, dict)]
    right = sum(1 for want, got in pairs if str(want) == str(got))
    unread = sum(1 for want, got in pairs if got is None and want is not None)
    return right, unread, len(pairs) - right - unread


def measure(files) -> dict[str, dict]:
    """Timings and accuracy per layout; real reports are grouped by the layout the checker met."""
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    for path, layout, expected in files:
        timings = {}
        for name, work in (("baseline", baseline), ("readers", readers_only), ("check", None)):
            started = time.perf_counter()
            result = work(path) if work else check_bytes(path.read_bytes(), path.name)
            timings[name] = time.perf_counter() - started
        right, unread, wrong = accuracy(result, expected) if result.error is None else (0, 0, 0)
        row = rows[f"corpus: {result.layout}" if layout == "corpus" else layout]
        for key, value in (*timings.items(), ("reports", 1), ("bytes", path.stat().st_size), ("right", right),
                           ("unread", unread), ("wrong", wrong), ("errors", result.error is not None)):
            row[key] += value
    return rows


def report(rows: dict[str, dict]) -> None:
    print("| layout | reports | MB | baseline reports/s | readers reports/s | check reports/s | × baseline | "
          "cells right | unread | wrong | unreadable |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    total = defaultdict(float)
    for layout in sorted(rows):
        _line(layout, rows[layout])
        for key, value in rows[layout].items():
            total[key] += value
    _line("**all**", total)


def _line(layout: str, row) -> None:
    cells_total = row["right"] + row["unread"] + row["wrong"]
    share = f"{100 * row['right'] / cells_total:.1f}%" if cells_total else "—"
    print(f"| {layout} | {int(row['reports'])} | {row['bytes'] / 2**20:.1f} | {row['reports'] / row['baseline']:,.0f} | "
          f"{row['reports'] / row['readers']:,.0f} | {row['reports'] / row['check']:,.1f} | "
          f"{row['check'] / row['baseline']:,.0f} | {share} | {int(row['unread'])} | {int(row['wrong'])} | "
          f"{int(row['errors'])} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gongkai-reportcheck-") as directory:
        files = build(Path(directory), args.reports, args.seed)
        started = time.perf_counter()
        rows = measure(files)
        elapsed = time.perf_counter() - started
    report(rows)
    checked = sum(r["check"] for r in rows.values())
    print(f"\n{len(files)} reports checked in {checked:.1f} s ({len(files) / checked:.1f} reports/s, one process); "
          f"whole run {elapsed:.1f} s")


if __name__ == "__main__":
    main()
