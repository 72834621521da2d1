"""Table 三 of the annual report from the requests, by GROUP BY queries only.

Definitions (the year's bounds are 1 January and 31 December; only received requests count —
a submission whose receipt was never confirmed, or that was transferred, was never the unit's):

- 一、本年新收 (``new``): received in the year;
- 二、上年结转 (``carried_in``): received before 1 January and not closed before it;
- 三、办理结果: closed in the year, in the row of its outcome (2021 categories), plus
  （七）总计 (``result_total``);
- 四、结转下年度继续办理 (``carry_next``): received by 31 December and not closed by it.

So 一 + 二 = 三（七） + 四 for every column, and a request open at 31 December is 结转 in that
year and 上年结转 in the next: counted once on each side, never lost.
"""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.db.models import Count, Q

from gongkai.reportformat import load

TOTAL = "total"
RESULT_TOTAL = "result_total"


def empty_t3() -> dict:
    """Every 2021 data row × every column (including ``total``), all zero."""
    t3 = load("2021").t3
    return {row.key: {column.key: 0 for column in t3.columns} for row in t3.data_rows}


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _t3_counts(applications, year: int, group: tuple[str, ...]) -> dict:
    start, end = _year_bounds(year)
    relevant = applications.order_by().filter(received_on__isnull=False, received_on__lte=end).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gte=start))
    open_after = Q(closed_on__isnull=True) | Q(closed_on__gt=end)
    tables: dict = defaultdict(empty_t3)
    boundary = relevant.values(*group, "applicant_type").annotate(
        new=Count("pk", filter=Q(received_on__gte=start)),
        carried_in=Count("pk", filter=Q(received_on__lt=start)),
        carry_next=Count("pk", filter=open_after),
    )
    for row in boundary:
        table = tables[tuple(row[g] for g in group)]
        for key in ("new", "carried_in", "carry_next"):
            table[key][row["applicant_type"]] += row[key]
    results = relevant.filter(closed_on__lte=end).values(*group, "applicant_type", "outcome").annotate(n=Count("pk"))
    for row in results:
        tables[tuple(row[g] for g in group)][row["outcome"]][row["applicant_type"]] += row["n"]
    for table in tables.values():
        _add_totals(table)
    return tables


def _add_totals(table: dict) -> None:
    t3 = load("2021").t3
    outcome_rows = [row.key for row in t3.data_rows if row.parent and row.key != RESULT_TOTAL]
    for column in (c.key for c in t3.columns if c.key != TOTAL):
        table[RESULT_TOTAL][column] = sum(table[row][column] for row in outcome_rows)
    for cells in table.values():
        cells[TOTAL] = sum(value for column, value in cells.items() if column != TOTAL)


def table3(applications, year: int) -> dict:
    """Table 三 (2021 rows × columns with ``total``) for a queryset of requests, e.g. a subtree's.
    Fold into the 2019 rows with ``gongkai.reportformat.t3_2021_to_2019``."""
    return _t3_counts(applications, year, ()).get((), empty_t3())


def table3_by_unit(applications, year: int) -> dict[int, dict]:
    """Table 三 of every unit that has a counted request in the year (others: ``empty_t3()``).
    A subtree's table is the ``sum_tables`` of its units' tables."""
    return {key[0]: table for key, table in _t3_counts(applications, year, ("unit_id",)).items()}


def sum_tables(tables: Iterable[dict]) -> dict:
    """Cell-by-cell sum of tables of the same shape (nested dicts of ints)."""
    total: dict = {}
    for table in tables:
        for key, value in table.items():
            if isinstance(value, dict):
                total[key] = sum_tables([total.get(key, {}), value])
            else:
                total[key] = total.get(key, 0) + value
    return total
