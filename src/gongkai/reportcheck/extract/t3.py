"""Table 三 (收到和处理政府信息公开申请情况): rows found by their labels, seven values each.

The version is told by the rows: the 2021 format splits （六）其他处理 into three sub-rows
(逾期不补正 / 逾期未缴费 / 其他). Rows whose digits ran together and admit several cuts are settled
together by the column identities (一+二 = 三（七）+四, （七） = the sum of the results).
"""

import itertools
import math

from gongkai.reportcheck.anchors import find_any, find_wrapped, locate, parse_label
from gongkai.reportcheck.extract.common import TableReading, dashes_within, region_split
from gongkai.reportcheck.extract.sections import section5, t4_start
from gongkai.reportcheck.limits import Budget
from gongkai.reportcheck.numbers import Decoded, decode
from gongkai.reportcheck.source import Index
from gongkai.reportformat import ReportFormat, load

SPAN = 8000  # compact characters a table 三 can take, labels and values together
MIN_ROWS = 3  # fewer row labels than this in sequence is not a table
MAX_COMBINATIONS = 50_000
_2021_ROWS = ("逾期不补正", "未按收费通知", "逾期未按收费")


def read_t3(index: Index, budget: Budget) -> TableReading | None:
    start = _start(index)
    if start is None:
        return None
    limit = min(len(index.text), start + SPAN)
    version = "2021" if find_any(index, _2021_ROWS, start, limit) >= 0 else "2019"
    fmt = load(version)
    rows = fmt.t3.data_rows
    anchors = locate(index, [parse_label(r.label) for r in rows], start, limit)
    found = [a for a in anchors if a]
    if len(found) < MIN_ROWS:
        return None
    end = _end(index, found[-1].end, limit)
    columns = [c.key for c in fmt.t3.columns]
    kinds = ["int"] * len(columns)
    total = columns.index("total")
    groups = [([i for i in range(len(columns)) if i != total], total)]
    decoded: dict[str, Decoded] = {}
    above: list = []  # a row's worth of numbers left over after the previous row: this row's, printed
    # above its label, when it has none of its own or they come only after some other text
    for number, (row, anchor) in enumerate(zip(rows, anchors, strict=True)):
        if anchor is None:
            above = []
            continue
        stop = next((a.start for a in anchors[number + 1:] if a), end)
        tokens, leftover, late = region_split(index, anchor.end, stop, len(columns))
        if len(above) >= len(columns) and (late or not tokens):  # values printed above their label
            tokens, leftover = above, tokens + leftover
        if not tokens:  # a row of dashes centred between the lines of its wrapped label
            tokens = dashes_within(index, anchor.start, anchor.end)
        decoded[row.key] = decode(tokens, kinds, groups)
        above = leftover
        budget.check()
    _resolve_together(decoded, fmt, budget)
    reading = TableReading("t3", version, span=(found[0].start, end))
    for row in rows:
        if row.key in decoded:
            reading.store_row(f"t3.{row.key}", columns, decoded[row.key])
        else:
            reading.absent_rows.append(f"t3.{row.key}")
            for column in columns:
                reading.store(f"t3.{row.key}.{column}", None, None, "missing")
    return reading


def _start(index: Index) -> int | None:
    """Where table 三 begins: of the places where its first rows are printed, the one from which
    the most row labels follow in order (the latest such place, so a narrative that quotes the
    labels before the table does not count)."""
    labels = [parse_label(r.label) for r in load("2019").t3.data_rows]
    candidates = []
    for label, back in ((labels[0], len(labels[0].number)), (labels[1], 300)):
        position = index.find(label.body)
        while position >= 0 and len(candidates) < 12:
            candidates.append(max(0, position - back))
            position = index.find(label.body, position + 1)
    if not candidates:  # a narrow column wrapped the first labels
        candidates = [a.start for a in (find_wrapped(index, label, 0, len(index.text)) for label in labels[:2]) if a]
    best, best_score = None, 0
    for candidate in sorted(set(candidates)):
        score = _score(index, labels, candidate)
        if score >= MIN_ROWS and score >= best_score:
            best, best_score = candidate, score
    return best


def _score(index: Index, labels, candidate: int) -> int:
    """How many row labels follow ``candidate`` in order, printed whole or wrapped."""
    limit = min(len(index.text), candidate + SPAN)
    cursor, score = candidate, 0
    for label in labels:
        position = find_any(index, label.keys(), cursor, limit)
        if position < 0:
            wrapped = find_wrapped(index, label, cursor, limit)
            position = wrapped.start if wrapped else -1
        if position >= 0:
            score, cursor = score + 1, position + 1
    return score


def _end(index: Index, after: int, limit: int) -> int:
    """Table 三 ends where table 四 begins, or section 五 if there is no table 四."""
    position = t4_start(index, after, limit)
    return position if position >= 0 else min(section5(index, after), limit)


def _rules(fmt: ReportFormat) -> list[tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """The column identities of table 三 as (lhs cells, rhs cells), cells as (row, column)."""
    rules = []
    for identity in fmt.t3.identities:
        if identity.id not in ("T3.BALANCE", "T3.RESULT_TOTAL"):
            continue
        for column in fmt.t3.columns:
            lhs = [tuple(a.format(c=column.key).split(".")[1:]) for a in identity.lhs]
            rhs = [tuple(a.format(c=column.key).split(".")[1:]) for a in identity.rhs]
            rules.append((lhs, rhs))
    return rules


def _resolve_together(decoded: dict[str, Decoded], fmt: ReportFormat, budget: Budget) -> None:
    """Choose among the readings of ambiguous rows the combination that keeps the columns
    consistent; a row is settled only when every consistent combination agrees on it."""
    ambiguous = [key for key, d in decoded.items() if d.values is None and len(d.candidates) > 1]
    if not ambiguous or math.prod(len(decoded[k].candidates) for k in ambiguous) > MAX_COMBINATIONS:
        return
    columns = {c.key: i for i, c in enumerate(fmt.t3.columns)}
    rules = [r for r in _rules(fmt) if any(row in ambiguous for row, _ in r[0] + r[1])]
    known = {key: d.values for key, d in decoded.items() if d.values is not None}
    solutions = []
    for number, combination in enumerate(itertools.product(*(decoded[k].candidates for k in ambiguous))):
        if number % 1000 == 0:
            budget.check()
        table = known | {key: reading[0] for key, reading in zip(ambiguous, combination, strict=True)}
        if all(_holds(rule, table, columns) for rule in rules):
            solutions.append(combination)
    for position, key in enumerate(ambiguous):
        readings = {tuple(s[position][0]) for s in solutions}
        if len(readings) == 1:
            decoded[key].take(solutions[0][position])


def _holds(rule, table: dict, columns: dict[str, int]) -> bool:
    """True when the identity holds or cannot be evaluated (a row absent or unread)."""
    sides = []
    for cells in rule:
        values = [table.get(row, [None] * len(columns))[columns[column]] for row, column in cells]
        if any(v is None for v in values):
            return True
        sides.append(sum(values))
    return sides[0] == sides[1]

