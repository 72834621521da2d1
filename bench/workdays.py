"""Benchmark of the working-day calendar, each figure against a baseline measured in the same run.

    PYTHONPATH=src python -m bench.workdays            # SQLite in a temporary data directory
    DATABASE_URL=postgres://… PYTHONPATH=src python -m bench.workdays

- ``current_calendar()`` with a warm cache (one stamp query) against reloading the table on
  every call (the baseline a cache-less implementation would pay).
- ``count_working_days`` over a whole year (weekday arithmetic + bisect on the rearranged days)
  against asking ``is_working_day`` for each day.
- ``add_working_days(d, 20)``, the Art. 33 deadline, on a calendar held by the caller against
  the module-level convenience, which checks the cache stamp on every call.
"""

import statistics
import time
from datetime import date, timedelta


def _per_call(function, repeat: int = 7, number: int = 200) -> float:
    """Median microseconds per call over ``repeat`` runs of ``number`` calls."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            function()
        runs.append((time.perf_counter() - started) / number * 1e6)
    return statistics.median(runs)


def _day_by_day_count(calendar, first: date, last: date) -> int:
    return sum(calendar.is_working_day(first + timedelta(days=i)) for i in range((last - first).days + 1))


def measure() -> list[tuple[str, float, str, float]]:
    from django.conf import settings

    from gongkai.workdays import service
    from gongkai.workdays.models import CalendarYear
    from gongkai.workdays.rules import WorkCalendar

    calendar = service.current_calendar()
    year = (date(2026, 1, 1), date(2026, 12, 31))
    received = date(2026, 9, 30)
    return [
        ("current_calendar(), warm cache", _per_call(service.current_calendar),
         "reload the table each call",
         _per_call(lambda: WorkCalendar(CalendarYear.objects.schedules(), settings.WORKDAY_COUNTING), number=10)),
        ("count_working_days(2026)", _per_call(lambda: calendar.count_working_days(*year), number=2000),
         "is_working_day × 365", _per_call(lambda: _day_by_day_count(calendar, *year), number=200)),
        ("calendar.add_working_days(2026-09-30, 20)",
         _per_call(lambda: calendar.add_working_days(received, 20), number=2000),
         "workdays.add_working_days (stamp each call)",
         _per_call(lambda: service.add_working_days(received, 20), number=500)),
    ]


def main() -> None:
    from bench._django import setup_django

    setup_django()
    from django.db import connection

    print(f"working-day calendar, {connection.vendor}; median µs per call (7 runs)\n")
    print("| operation | µs | baseline | µs | baseline ÷ operation |")
    print("|---|---:|---|---:|---:|")
    for name, micros, baseline, baseline_micros in measure():
        print(f"| {name} | {micros:.1f} | {baseline} | {baseline_micros:.1f} | {baseline_micros / micros:.1f}× |")


if __name__ == "__main__":
    main()
