"""Serial numbers per unit and year, safe under concurrent submissions.

The counter row is created if missing (an INSERT that ignores a conflict, so two first
submissions cannot both create it), then incremented with an UPDATE that takes the row lock
until the transaction commits: concurrent callers queue on that row (PostgreSQL) or on the
database write lock (SQLite, IMMEDIATE transactions), and each reads back its own value.
"""

from django.db import transaction
from django.db.models import F

from gongkai.foi.models import SerialCounter


def next_serial(unit, year: int) -> int:
    """The next serial for ``unit`` in ``year``; call inside the transaction that uses it."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial must run inside the transaction that stores the serial")
    SerialCounter.objects.bulk_create([SerialCounter(unit=unit, year=year, last=0)], ignore_conflicts=True)
    SerialCounter.objects.filter(unit=unit, year=year).update(last=F("last") + 1)
    return SerialCounter.objects.values_list("last", flat=True).get(unit=unit, year=year)


def tracking_number(unit_id: int, year: int, serial: int) -> str:
    """The number an applicant types to follow a request: year, unit and serial, digits only."""
    return f"{year}{unit_id:05d}{serial:05d}"
