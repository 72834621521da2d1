"""Subtree queries on a 10,000-unit tree: the materialized-path range scan against the baseline
of fetching one unit by primary key (the cheapest indexed query), measured in the same run.

    PYTHONPATH=src python -m bench.orgs_subtree [--units 10000] [--repeat 200]

Runs on the database in DATABASE_URL (default: a throw-away SQLite file under /tmp).
"""

import argparse
import random
import statistics
import time


def build_tree(n: int):
    """A city → 150 counties → towns/departments tree of ``n`` units, created in path order."""
    from gongkai.orgs import credit_code
    from gongkai.orgs.models import Unit

    rng = random.Random(1)
    codes = set()
    while len(codes) < n:
        codes.add(credit_code.generate("370300", rng))
    codes = iter(sorted(codes))
    Unit.objects.all().delete()
    city = Unit.objects.create(name="市", credit_code=next(codes), level="city", kind="government")
    counties = [Unit.objects.create(name=f"县{i}", credit_code=next(codes), level="county", kind="government",
                                    parent=city) for i in range(150)]
    for i in range(n - 151):
        Unit.objects.create(name=f"单位{i}", credit_code=next(codes), level="town", kind="department",
                            parent=counties[i % len(counties)])
    return city, counties


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    from bench._django import setup_django

    setup_django()
    from django.db import connection

    from gongkai.orgs.models import Unit

    started = time.perf_counter()
    city, counties = build_tree(args.units)
    build_seconds = time.perf_counter() - started
    county = counties[7]
    cases = {
        "baseline: one unit by pk": lambda: list(Unit.objects.filter(pk=county.pk)),
        "county subtree (~66 units)": lambda: list(Unit.objects.in_subtree(county).values_list("pk", flat=True)),
        "county subtree count": lambda: Unit.objects.in_subtree(county).count(),
        "city subtree (all units)": lambda: list(Unit.objects.in_subtree(city).values_list("pk", flat=True)),
    }
    results = {name: statistics.median(timed(fn, args.repeat)) for name, fn in cases.items()}
    base = results["baseline: one unit by pk"]
    print(f"database: {connection.vendor}; units: {Unit.objects.count()}; built in {build_seconds:.1f} s "
          f"({Unit.objects.count() / build_seconds:.0f} units/s)")
    print(f"{'query':<30} {'median ms':>10} {'× baseline':>11}")
    for name, value in results.items():
        print(f"{name:<30} {value:>10.3f} {value / base:>11.1f}")


if __name__ == "__main__":
    main()
