"""The all-units report run on the demo, against baselines measured in the same run.

    GONGKAI_HOME=/tmp/gk-bench PYTHONPATH=src python -m bench.reports_all_units --build
    DATABASE_URL=postgres://… PYTHONPATH=src python -m bench.reports_all_units --build

``--build`` first builds the demo (every ``gongkai demo`` step) into that database; without it the
demo must be there already. Rows, each the median of ``--repeat`` runs:

- baseline: one report on its own — the city-wide 2020 tables (``tables_for_units``);
- every report computed on its own (each unit, each subtree), the way a naive run would (once);
- ``gongkai report --all`` as the command runs it (JSON files), in the 2019 and 2021 formats;
- one report rendered as HTML, DOCX, XLSX and PDF.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median(function, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def _cases(out: Path):
    from gongkai.orgs.models import Unit
    from gongkai.reports import bulk, render
    from gongkai.reports import statistics as stats
    from gongkai.reports.models import ScopeKind
    from gongkai.reports.scope import Scope

    city = Unit.objects.get(name="淄博市人民政府")
    scope = Scope(ScopeKind.SUBTREE, city)
    document = bulk.document(scope, 2020, stats.tables_for_units(scope.units(), 2020, "2019"))

    def every_report_on_its_own():
        for unit in Unit.objects.all():
            stats.tables_for_units(Unit.objects.filter(pk=unit.pk), 2020, "2019")
            if unit.children.exists():
                stats.tables_for_units(Unit.objects.in_subtree(unit), 2020, "2019")

    return [
        ("baseline: the city-wide 2020 report on its own", lambda: stats.tables_for_units(scope.units(), 2020, "2019"),
         True),
        ("every unit and subtree report computed on its own", every_report_on_its_own, False),
        ("report --all --year 2020 (2019 format, JSON files)",
         lambda: bulk.run(2020, "2019", out / "v2019", progress=False), True),
        ("report --all --year 2020 --template 2021", lambda: bulk.run(2020, "2021", out / "v2021", progress=False),
         True),
        ("one report as HTML", lambda: render.render(document, "html"), True),
        ("one report as DOCX", lambda: render.render(document, "docx"), True),
        ("one report as XLSX", lambda: render.render(document, "xlsx"), True),
        ("one report as PDF (WeasyPrint)", lambda: render.render(document, "pdf"), True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true", help="build the demo first")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from bench._django import setup_django

    setup_django(mode="demo", migrate=False)
    from django.db import connection

    from gongkai.orgs.models import Unit
    from gongkai.reports.models import ImportedFigure

    if args.build:
        from gongkai.core import demo

        started = time.perf_counter()
        demo.build(out=sys.stderr)
        print(f"demo built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if not ImportedFigure.objects.exists():
        sys.exit("no demo in this database: run with --build (or gongkai demo --no-serve) first")
    with tempfile.TemporaryDirectory(prefix="gongkai-bench-reports-") as tmp:
        results = [(name, _median(fn, args.repeat if repeat else 1)) for name, fn, repeat in _cases(Path(tmp))]
    base = results[0][1]
    print(f"database: {connection.vendor}; units: {Unit.objects.count()}; median of {args.repeat} runs")
    print("| case | seconds | × baseline |\n|---|---:|---:|")
    for name, seconds in results:
        print(f"| {name} | {seconds:.3f} | {seconds / base:.1f} |")


if __name__ == "__main__":
    main()
