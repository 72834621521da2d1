"""Numbers as reports print them (plain Python): percentages to two decimals, 同比 growth,
and the result groups of table 三 (予以公开 … 其他处理) with their totals."""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from gongkai.reportformat import load
from gongkai.reportformat.tables import as_number

TWO_PLACES = Decimal("0.01")
RESULT_TOTAL = "result_total"
_NUMBERING = re.compile(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])")


def plain_label(label: str) -> str:
    """「（二）部分公开（区分处理的…）」 → 「部分公开」, 「1.属于国家秘密」 → 「属于国家秘密」."""
    text = _NUMBERING.sub("", label)
    return text.split("（", 1)[0]


def percent(part, whole) -> Decimal | None:
    """part/whole in per cent, rounded half up to two places; ``None`` when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def growth_phrase(current: int, previous: int | None) -> str:
    """「同比增长3.10%」, 「同比下降2.00%」, 「与上年持平」 (equal figures only: a change too small to
    show is 「同比增长不足0.01%」); "" without a usable previous figure."""
    if not previous:
        return ""
    if current == previous:
        return "与上年持平"
    change = abs(percent(current - previous, previous))
    shown = f"{change}%" if change else "不足0.01%"
    return f"同比增长{shown}" if current > previous else f"同比下降{shown}"


@dataclass(frozen=True)
class ResultGroup:
    key: str  # the 2021/2019 t3 row key of the group or the single data row
    label: str  # 予以公开
    rows: tuple[tuple[str, str], ...]  # (data row key, plain label) of its sub-rows; () for a one-row group


def result_groups(version: str) -> tuple[ResultGroup, ...]:
    """The outcome groups under 「三、本年度办理结果」, in table order, without （七）总计."""
    t3 = load(version).t3
    groups = []
    for row in t3.children("results"):
        if row.key == RESULT_TOTAL:
            continue
        subrows = tuple((child.key, plain_label(child.label)) for child in t3.children(row.key) if child.data)
        groups.append(ResultGroup(row.key, plain_label(row.label), subrows))
    return tuple(groups)


def group_total(t3: dict, group: ResultGroup, column: str = "total"):
    keys = [key for key, _ in group.rows] or [group.key]
    values = [as_number(t3[key][column]) for key in keys]
    return None if None in values else sum(values)
