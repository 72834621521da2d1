"""Benchmark: annual-report tables 三/四 for every unit of a province-sized history.

    PYTHONPATH=src:. python -m bench.foi_stats [--copies 20]

Builds a throw-away SQLite (or ``DATABASE_URL``: an empty database created for it) database with the Zibo unit tree and ``copies``
times the demo plan's requests and appeals written in bulk (3 years × ~1 400 requests each copy),
then times, in the same run:

- ``table3_by_unit`` / ``table4_by_unit``: every unit at once (the GROUP BY queries);
- baseline 1: ``table3`` / ``table4`` called unit by unit (one query set per unit);
- baseline 2: a Python loop over every row applying the same definitions.

Prints the seconds and the ratio to the by-unit queries.
"""

import argparse
import time
from collections import defaultdict
from datetime import date


def populate(copies: int) -> int:
    from gongkai.foi.demo import plan_history
    from gongkai.foi.demo.bulk import write_in_bulk
    from gongkai.foi.demo.writer import unit_weight
    from gongkai.foi.services.common import calendar
    from gongkai.orgs import demo as orgs_demo
    from gongkai.orgs.models import Unit

    if Unit.objects.exists():
        raise SystemExit("基准测试需要一个空数据库（默认使用临时 SQLite；DATABASE_URL 应指向新建的空库）")
    orgs_demo.build()
    units = list(Unit.objects.order_by("path"))
    weights = [unit_weight(u) for u in units]
    for copy in range(copies):
        _, requests, appeals = plan_history(weights, date(2026, 11, 28), calendar(), seed=copy)
        write_in_bulk(units, requests, appeals, offset=copy * 10_000)
    return len(units)


def python_loop(year: int) -> dict:
    from gongkai.foi.models import Application

    start, end = date(year, 1, 1), date(year, 12, 31)
    tables: dict = defaultdict(lambda: defaultdict(int))
    for unit, kind, received, closed, outcome in Application.objects.values_list(
            "unit_id", "applicant_type", "received_on", "closed_on", "outcome").iterator():
        table = tables[unit]
        if received is None or received > end or (closed and closed < start):
            continue
        table["new", kind] += received >= start
        table["carried_in", kind] += received < start
        table["carry_next", kind] += closed is None or closed > end
        if closed and closed <= end:
            table[outcome, kind] += 1
    return tables


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    from bench._django import setup_django

    setup_django()
    unit_count = populate(args.copies)
    from django.db import connection

    from gongkai.appeals import stats as appeal_stats
    from gongkai.appeals.models import Appeal
    from gongkai.foi import stats
    from gongkai.foi.models import Application
    from gongkai.orgs.models import Unit

    units = list(Unit.objects.all())
    rows = [
        ("table3_by_unit (all units, 2 queries)", lambda: stats.table3_by_unit(Application.objects.all(), 2020)),
        ("baseline: table3 per unit", lambda: [stats.table3(Application.objects.filter(unit=u), 2020) for u in units]),
        ("baseline: Python loop over rows", lambda: python_loop(2020)),
        ("table4_by_unit (all units, 1 query)", lambda: appeal_stats.table4_by_unit(Appeal.objects.all(), 2020)),
        ("baseline: table4 per unit", lambda: [appeal_stats.table4(Appeal.objects.filter(unit=u), 2020) for u in units]),
    ]
    print(f"{connection.vendor}: {Application.objects.count()} requests, {Appeal.objects.count()} appeals, "
          f"{unit_count} units, report year 2020")
    results = [(label, timed(function)) for label, function in rows]
    base3, base4 = results[0][1], results[3][1]
    print(f"| {'measure':<40} | seconds | ratio |")
    print(f"|{'-' * 42}|---------|-------|")
    for index, (label, seconds) in enumerate(results):
        ratio = seconds / (base3 if index < 3 else base4)
        print(f"| {label:<40} | {seconds:7.3f} | {ratio:5.1f} |")


if __name__ == "__main__":
    main()
