"""Finding printed labels in the compact stream, exactly or with a few misprints.

A label such as 「1.属于国家秘密」 is searched as its numbering plus body (``1属于国家秘密``), as the
body before any parenthesis (「（二）部分公开」 without its long note) and as the body alone. When
the body is found without its numbering but the numbering stands right before it, the anchor
includes it, so a run-together digit string never swallows a label's number. Misprints (「2.其他
法律行政止公开」) are found by approximate matching inside the gap left between known labels.
"""

import re
from dataclasses import dataclass
from functools import cache

from gongkai.reportcheck.source import Index, label_key, normalize_text

_NUMBERING = re.compile(r"^\s*(?:([一二三四五六七八九十]+)\s*[、.]|\(\s*([一二三四五六七八九十]+)\s*\)|(\d+)\s*[.、])")
MIN_BODY = 4  # a body shorter than this is only searched with its numbering
PREFIX = 9  # a long label is also found by this many characters of it, with its numbering
FIRST_GAP = 48  # a wrapped label's first gap: its row's values
LATER_GAP = 8  # later gaps: characters of a group label printed beside it
MAX_GAPS = 8
SHORT_KEY = 5  # a shorter label (「3.其他」) is taken wrapped only around digits: its row's values


@dataclass(frozen=True)
class Label:
    number: str  # compact numbering: "一", "七", "1"; "" for none
    body: str  # compact label without numbering
    short: str  # compact body before its first parenthesis

    @property
    def full(self) -> str:
        return self.number + self.body

    def keys(self) -> list[str]:
        """The forms searched: numbered, short, bare, and for long labels a numbered prefix (reports
        abbreviate 「申请人无正当理由逾期不补正、行政机关不再处理…」)."""
        keys = [self.full]
        if self.short != self.body:
            keys.append(self.number + self.short)
        for body in (self.body, self.short):
            if len(body) >= MIN_BODY and body not in keys:
                keys.append(body)
        if self.number and len(self.short) > 2 * PREFIX:
            keys.append(self.number + self.short[:PREFIX])
        return keys


@cache
def parse_label(text: str) -> Label:
    text = normalize_text(text)
    match = _NUMBERING.match(text)
    number = ""
    if match:
        number = next(group for group in match.groups() if group)
        text = text[match.end():]
    short = label_key(re.split(r"[(（]", text, maxsplit=1)[0])
    return Label(number=number, body=label_key(text), short=short or label_key(text))


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    fuzzy: bool = False


def find(index: Index, label: Label, start: int, end: int, alternates: tuple[str, ...] = ()) -> Anchor | None:
    """The earliest exact occurrence of any form of the label in ``[start, end)``."""
    best = None
    for key in (*label.keys(), *alternates):
        if not key:
            continue
        position = index.find(key, start, end)
        if position >= 0 and (best is None or (position, -len(key)) < (best.start, best.start - best.end)):
            best = Anchor(position, position + len(key))
    if best is None:
        return None
    number = label.number
    if number and not index.text.startswith(number, best.start) and \
            index.text[max(start, best.start - len(number)):best.start] == number:
        return Anchor(best.start - len(number), best.end)
    return best


def find_wrapped(index: Index, label: Label, start: int, end: int) -> Anchor | None:
    """A label that a narrow table column wrapped around its own row: 「2.其他法律行政法规 / 0 0 4 0 0 4 8 /
    禁止公开」, or 「1.属 / 0 0 4 … / 于国 / 家秘 / 密」 with a group label's characters interleaved.

    Its characters are found in order: the first gap may hold the row's values, later gaps only a
    few characters of a neighbouring label. The anchor ends where the first gap begins, so the values
    are read as the row's and the rest of the label as text after them."""
    key, text = label.full, index.text
    if len(key) < 3:
        return None
    position = text.find(key[:2], start, end)
    while position >= 0:
        match = _wrapped_at(text, key, position, end)
        if match is not None:
            return match
        position = text.find(key[:2], position + 1, end)
    return None


def _wrapped_at(text: str, key: str, position: int, end: int) -> Anchor | None:
    cursor, gaps = position + 2, []
    for char in key[2:]:
        allowed = LATER_GAP if gaps else FIRST_GAP
        found = text.find(char, cursor, min(end, cursor + allowed + 1))
        if found < 0:
            return None
        if found > cursor:
            gaps.append((cursor, found))
        cursor = found + 1
    if len(gaps) > MAX_GAPS or (len(key) < SHORT_KEY and gaps and not text[slice(*gaps[0])].isdigit()):
        return None
    return Anchor(position, gaps[0][0] if gaps else cursor, fuzzy=True)


def find_fuzzy(index: Index, label: Label, start: int, end: int) -> Anchor | None:
    """The closest approximate occurrence of the numbered label in ``[start, end)``, allowing one
    error for every four characters (Sellers' algorithm)."""
    pattern = label.full
    errors = len(pattern) // 4
    if errors == 0 or end - start > 4000:
        return None
    match = approximate(index.text[start:end], pattern, errors)
    return Anchor(start + match[0], start + match[1], fuzzy=True) if match else None


def approximate(text: str, pattern: str, errors: int) -> tuple[int, int] | None:
    """(start, end) of the substring of ``text`` closest to ``pattern`` within ``errors`` edits."""
    m = len(pattern)
    cost, begin = list(range(m + 1)), [0] * (m + 1)
    best: tuple[int, int, int] | None = None
    for i, char in enumerate(text):
        new_cost, new_begin = [0] * (m + 1), [i + 1] * (m + 1)
        for j in range(1, m + 1):
            options = (
                (cost[j - 1] + (pattern[j - 1] != char), begin[j - 1]),  # match or substitute
                (cost[j] + 1, begin[j]),  # extra character in the text
                (new_cost[j - 1] + 1, new_begin[j - 1]),  # character missing from the text
            )
            new_cost[j], new_begin[j] = min(options)
        new_begin[0] = i + 1
        cost, begin = new_cost, new_begin
        if cost[m] <= errors and (best is None or cost[m] < best[0]):
            best = (cost[m], begin[m], i + 1)
    return (best[1], best[2]) if best else None


def find_any(index: Index, keys, start: int = 0, end: int | None = None) -> int:
    """The earliest position of any of the compact keys, or -1."""
    positions = [p for p in (index.find(key, start, end) for key in keys) if p >= 0]
    return min(positions) if positions else -1


def locate(index: Index, labels: list[Label], start: int, end: int,
           alternates: dict[int, tuple[str, ...]] | None = None) -> list[Anchor | None]:
    """Anchors for labels printed in this order: each searched after the previous one, then the
    labels not found exactly are searched approximately in the gap between their neighbours."""
    alternates = alternates or {}
    anchors: list[Anchor | None] = []
    cursor = start
    for number, label in enumerate(labels):
        anchor = find(index, label, cursor, end, alternates.get(number, ()))
        anchors.append(anchor)
        if anchor:
            cursor = anchor.end
    for number, anchor in enumerate(anchors):
        if anchor is None:
            low = next((a.end for a in reversed(anchors[:number]) if a), start)
            high = next((a.start for a in anchors[number + 1:] if a), end)
            anchors[number] = (find_wrapped(index, labels[number], low, high)
                               or find_fuzzy(index, labels[number], low, high))
    return anchors
