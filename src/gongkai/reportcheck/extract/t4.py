"""Table 四 (行政复议、行政诉讼): fifteen values after its header, whatever the header's shape.

The header is read as text and skipped; the values are the first fifteen numbers after it, cut
by the three totals (复议, 直接起诉, 复议后起诉) when they were printed together. A table printed
down the page (the five results as rows) is read label by label: one value beside each of the
fifteen labels, or three beside each of five (复议 · 直接起诉 · 复议后起诉 as columns).
"""

import re

from gongkai.reportcheck.extract.common import TableReading, region_tokens
from gongkai.reportcheck.extract.sections import DOWN, T4_HEADER_SPAN, section5, t4_start
from gongkai.reportcheck.limits import Budget
from gongkai.reportcheck.numbers import Token, decode
from gongkai.reportcheck.source import Index
from gongkai.reportformat import load

SPAN = 3000  # compact characters table 四 can take
RESULTS = 5  # 维持 · 纠正 · 其他 · 尚未审结 · 总计, in each of the three groups
_RESULT = re.compile(r"(?:结果)?维持|(?:结果)?纠正|其他结果|结果其他|(?:结果)?尚未审结|总计")


def read_t4(index: Index, after: int, version: str, budget: Budget) -> TableReading | None:
    """Table 四 from ``after`` (the end of table 三, or 0 when there is none)."""
    start = t4_start(index, after)
    if start < 0:
        return None
    end = min(section5(index, start), start + SPAN)
    fmt = load(version)
    columns = [c.key for c in fmt.t4.columns]
    groups = _groups(fmt)
    tokens = _down_tokens(index, start, end, len(columns)) or region_tokens(index, start, end, len(columns))
    decoded = decode(tokens, ["int"] * len(columns), groups)
    budget.check()
    reading = TableReading("t4", version, span=(start, end))
    reading.store_row("t4.cases", columns, decoded)
    return reading


def _groups(fmt) -> list[tuple[list[int], int]]:
    """(positions of the parts, position of their 总计) for each 总计 identity of table 四."""
    position = {c.key: i for i, c in enumerate(fmt.t4.columns)}
    groups = []
    for identity in fmt.t4.identities:
        if identity.lhs and identity.rhs:
            total = position[identity.lhs[0].split(".")[-1]]
            groups.append(([position[a.split(".")[-1]] for a in identity.rhs], total))
    return groups


def _down_tokens(index: Index, start: int, end: int, needed: int) -> list[Token] | None:
    """The values of a table printed down the page, in the template's column order; None when the
    table is printed across (or its labels and values do not pair up)."""
    if not DOWN.search(index.text, start, min(end, start + T4_HEADER_SPAN)):
        return None
    labels = [m.span() for m in _RESULT.finditer(index.text, DOWN.search(index.text, start, end).start(), end)]
    if len(labels) < needed // RESULTS:
        return None
    per_label = 1 if len(labels) >= needed else needed // RESULTS  # one value each, or a row of three
    labels = labels[:needed // per_label]
    values = []
    for (_, label_end), (next_start, _) in zip(labels, [*labels[1:], (end, end)], strict=True):
        row = region_tokens(index, label_end, next_start, per_label)
        if len(row) != per_label:
            return None
        values.append(row)
    if per_label == 1:
        return [row[0] for row in values]
    return [values[result][group] for group in range(per_label) for result in range(RESULTS)]
