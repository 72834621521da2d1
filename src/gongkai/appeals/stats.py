"""Table 四 of the annual report from the appeals, by GROUP BY queries only.

Year rule: a case counts in the year it was filed (``filed_on``: 行政复议申请 received by the
review organ, 行政诉讼 立案). Its column is its outcome if it was decided by 31 December of that
year, otherwise 尚未审结 (``*_pending``) — also when it is decided later: a report, once
published, is not rewritten, and the next year's report does not count the case again.
"""

from collections import defaultdict
from datetime import date

from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.db.models.functions import Concat

from gongkai.appeals.models import AppealKind, AppealOutcome, LitigationRoute
from gongkai.reportformat import load

GROUPS = ("review", "lit_direct", "lit_after_review")
STATUSES = (*AppealOutcome.values, "pending")
TOTAL = "total"


def empty_t4() -> dict:
    return {"cases": {column.key: 0 for column in load("2021").t4.columns}}


def _t4_counts(appeals, year: int, group: tuple[str, ...]) -> dict:
    start, end = date(year, 1, 1), date(year, 12, 31)
    prefix = Case(
        When(kind=AppealKind.REVIEW, then=Value("review")),
        When(route=LitigationRoute.DIRECT, then=Value("lit_direct")),
        default=Value("lit_after_review"), output_field=CharField())
    status = Case(When(Q(decided_on__lte=end), then=F("outcome")), default=Value("pending"), output_field=CharField())
    rows = appeals.order_by().filter(filed_on__gte=start, filed_on__lte=end).annotate(
        column=Concat(prefix, Value("_"), status, output_field=CharField())).values(*group, "column").annotate(
        n=Count("pk"))
    tables: dict = defaultdict(empty_t4)
    for row in rows:
        tables[tuple(row[g] for g in group)]["cases"][row["column"]] += row["n"]
    for table in tables.values():
        cases = table["cases"]
        for name in GROUPS:
            cases[f"{name}_{TOTAL}"] = sum(cases[f"{name}_{status}"] for status in STATUSES)
    return tables


def table4(appeals, year: int) -> dict:
    """Table 四 ``{"cases": {15 column keys}}`` for a queryset of appeals."""
    return _t4_counts(appeals, year, ()).get((), empty_t4())


def table4_by_unit(appeals, year: int) -> dict[int, dict]:
    """Table 四 of every unit with a case filed in the year (others: ``empty_t4()``)."""
    return {key[0]: table for key, table in _t4_counts(appeals, year, ("unit_id",)).items()}
