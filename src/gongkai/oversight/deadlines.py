"""Annual-report deadlines (条例第49条). Plain Python, no Django.

- 县级以上地方人民政府 (a government at city or county level): its own area's report — the report
  of the government and everything below it — is published by **31 March** (by its 政府信息公开
  工作主管部门).
- Every other body — government departments, dispatched bodies (管委会, 街道办事处), institutions,
  and township governments (乡镇人民政府) — publishes its own report by **31 January**. Townships
  are not named in 第49条; they report to the county's competent department and are held to the
  department deadline (decided here, see docs/architecture.md).
"""

from dataclasses import dataclass
from datetime import date

GOVERNMENT_LEVELS = ("city", "county")


@dataclass(frozen=True)
class Requirement:
    due: date
    scope: str  # "subtree" (the government's area) or "unit"
    basis: str


def requirement(kind: str, level: str, report_year: int) -> Requirement:
    """What a unit must publish for ``report_year`` and by when."""
    if kind == "government" and level in GOVERNMENT_LEVELS:
        return Requirement(date(report_year + 1, 3, 31), "subtree", "条例第四十九条：县级以上地方人民政府，3月31日前")
    return Requirement(date(report_year + 1, 1, 31), "unit", "条例第四十九条：政府部门及其他机关，1月31日前")


def state(due: date, published_on: date | None, today: date) -> str:
    """on_time | late | overdue (not published, deadline passed) | pending (not yet due)."""
    if published_on is not None:
        return "on_time" if published_on <= due else "late"
    return "overdue" if today > due else "pending"


STATE_LABELS = {"on_time": "按时发布", "late": "逾期发布", "overdue": "逾期未发布", "pending": "尚未到期"}
PROBLEM_STATES = ("late", "overdue")
