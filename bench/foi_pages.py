"""Benchmark: the request pages at scale — a clerk's list, a supervisor's subtree, the start page.

    PYTHONPATH=src:. python -m bench.foi_pages [--requests 200000] [--runs 20]

Builds a throw-away SQLite (or ``DATABASE_URL``: an empty database created for it) database with
the Zibo unit tree and ``requests`` requests written in bulk over the units by the demo's weights
(80 % closed, 15 % running with due dates around today, 3 % waiting for 补正, 2 % to confirm), then
renders each page with Django's test client (the whole request: middleware, queries, template)
and prints the median milliseconds and the ratio to the baseline measured in the same run: the
public tracking form, a page that reads nothing from the database.
"""

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from bench.foi_stats import setup_django

TODAY = date(2026, 11, 26)
PHASES = (("closed", 0.80), ("running", 0.15), ("correction", 0.03), ("pending", 0.02))


def populate(count: int) -> None:
    from gongkai.foi.demo.writer import unit_weight
    from gongkai.foi.models import Application
    from gongkai.orgs import demo as orgs_demo
    from gongkai.orgs.models import Unit

    if Unit.objects.exists():
        raise SystemExit("基准测试需要一个空数据库（默认使用临时 SQLite；DATABASE_URL 应指向新建的空库）")
    orgs_demo.build()
    units = list(Unit.objects.order_by("path"))
    rng = random.Random(7)
    chosen = rng.choices(units, [unit_weight(u) for u in units], k=count)
    phases = rng.choices([p for p, _ in PHASES], [w for _, w in PHASES], k=count)
    rows = []
    for i, (unit, phase) in enumerate(zip(chosen, phases, strict=True)):
        received = TODAY - timedelta(days=rng.randrange(1, 900 if phase == "closed" else 40))
        rows.append(Application(
            unit=unit, year=received.year, serial=i + 1, tracking_number=f"B{i}", channel="online",
            submitted_on=received, applicant_type="natural", applicant_name="演示", id_kind="resident_id",
            subject="演示申请", delivery_form="online", phase=phase,
            received_on=None if phase == "pending" else received,
            closed_on=received + timedelta(days=20) if phase == "closed" else None,
            outcome="granted" if phase == "closed" else "",
            due_on=received + timedelta(days=28) if phase == "running" else None,
            paused=phase == "running" and rng.random() < 0.05))
    Application.objects.bulk_create(rows, batch_size=5000)


def median_ms(client, url: str, runs: int) -> float:
    client.get(url)  # warm: templates, calendar cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    populate(args.requests)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    import time_machine

    from gongkai.foi.models import Application
    from gongkai.orgs.models import Unit

    users = get_user_model().objects
    city = Unit.objects.get(name="淄博市人民政府")
    clerk, supervisor = Client(), Client()
    clerk.force_login(users.get(username="shizhengfu.jingban"))
    supervisor.force_login(users.get(username="jiandu"))
    pages = [
        ("baseline: public tracking form (no query)", Client(), "/track/"),
        ("clerk: open requests, page 1 of the unit", clerk, "/workbench/requests/"),
        ("clerk: overdue tab", clerk, "/workbench/requests/?tab=overdue"),
        ("clerk: workbench start page (to-do counts)", clerk, "/workbench/"),
        ("supervisor: subtree per unit + overdue list", supervisor, "/workbench/requests/oversight/"),
        ("supervisor: workbench start page (subtree counts)", supervisor, "/workbench/"),
    ]
    own_open = Application.objects.filter(unit=city).open().count()
    print(f"{connection.vendor}: {Application.objects.count()} requests, {Application.objects.open().count()} open "
          f"({own_open} at the clerk's unit), {Unit.objects.count()} units; median of {args.runs} runs")
    with time_machine.travel(TODAY, tick=True):
        results = [(label, median_ms(client, url, args.runs)) for label, client, url in pages]
    base = results[0][1]
    print(f"| {'page':<52} | ms | ratio |")
    print(f"|{'-' * 54}|---:|---:|")
    for label, ms in results:
        print(f"| {label:<52} | {ms:.1f} | {ms / base:.1f} |")


if __name__ == "__main__":
    main()
