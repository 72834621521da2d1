"""Table 四 (行政复议、行政诉讼): fifteen values after its header, whatever the header's shape.

The header is read as text and skipped; the values are the first fifteen numbers after it, cut
by the three totals (复议, 直接起诉, 复议后起诉) when they were printed together.
"""

from gongkai.reportcheck.extract.common import TableReading, region_tokens
from gongkai.reportcheck.extract.sections import section5, t4_start
from gongkai.reportcheck.limits import Budget
from gongkai.reportcheck.numbers import decode
from gongkai.reportcheck.source import Index
from gongkai.reportformat import load

SPAN = 3000  # compact characters table 四 can take


def read_t4(index: Index, after: int, version: str, budget: Budget) -> TableReading | None:
    """Table 四 from ``after`` (the end of table 三, or 0 when there is none)."""
    start = t4_start(index, after)
    if start < 0:
        return None
    end = min(section5(index, start), start + SPAN)
    fmt = load(version)
    columns = [c.key for c in fmt.t4.columns]
    groups = _groups(fmt)
    tokens = region_tokens(index, start, end, len(columns))
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
