"""Numbers in a region of the stream, and the arithmetic that splits cells printed together.

A page that loses its table markup prints a row as ``640020470``; the row's own identity (the
total equals the sum of the other cells) leaves, in practice, one way to cut it:
64 · 0 · 0 · 2 · 0 · 4 · 70. ``decode`` enumerates the cuts that respect each column's type and
keeps those that satisfy the identity; when several remain it says so instead of guessing.
"""

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from gongkai.reportcheck.source import _KEY_RUN, Segment

_NUMBER = re.compile(r"[+\-]?\d[\d,]*(?:\.\d+)?")
_UNIT = re.compile(r"\s*(?:万元|元|件|个|项|条|起)")
_LETTER = re.compile(r"[^\W\d_]")
_DASH_CELL = re.compile(r"^[-—/／\\~～]+$|^无$")
_PART = {
    "int": re.compile(r"0|[1-9]\d*"),
    "signed_int": re.compile(r"[+\-]?(?:0|[1-9]\d*)"),
    "decimal": re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?"),
}
MAX_CUTS = 20_000  # ways to cut one region before giving up
MAX_CANDIDATES = 200  # readings of one row kept for the table-wide identities to choose from


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # num | blank | text
    text: str
    segment: Segment
    offset: int = 0  # where the token starts in the segment's text

    @property
    def capacity(self) -> int:
        """How many cells this token could stand for."""
        if self.kind == "blank":
            return 1
        return max(1, sum(ch.isdigit() for ch in self.text))


def tokenize(segment: Segment, piece: str, offset: int) -> list[Token]:
    """Tokens of one segment's piece; a table cell is one token when it holds one value."""
    stripped = piece.strip()
    if segment.cell:
        if not stripped:
            return [Token("blank", "", segment, offset)]
        if _DASH_CELL.match(stripped):
            return [Token("blank", stripped, segment, offset)]
        number = _NUMBER.match(stripped)
        if number and (number.end() == len(stripped) or _UNIT.fullmatch(stripped, number.end())):
            return [Token("num", number.group(), segment, offset)]
        if _LETTER.search(stripped):
            return [Token("text", stripped, segment, offset)]
    tokens, position = [], 0
    for match in _NUMBER.finditer(piece):
        before = piece[position:match.start()]
        if _KEY_RUN.search(before):
            tokens.append(Token("text", before.strip(), segment, offset + position))
        after = piece[match.end():match.end() + 1]
        if after in ("%", "‰"):
            tokens.append(Token("text", match.group() + after, segment, offset + match.start()))
        else:
            tokens.append(Token("num", match.group().rstrip(","), segment, offset + match.start()))
        unit = _UNIT.match(piece, match.end())
        position = unit.end() if unit else match.end()
    rest = piece[position:]
    if _KEY_RUN.search(rest):
        tokens.append(Token("text", rest.strip(), segment, offset + position))
    return tokens


def gather(tokens: Sequence[Token], needed: int) -> list[Token]:
    """The value tokens of a region: text before the first value is a label or a header; text after
    enough values ends the row (a note or a group label follows it).

    Blank cells count only in table rows that also hold a number: an empty header cell or an empty
    cell in front of the next row's label is not a value.
    """
    groups_with_numbers = {t.segment.group for t in tokens if t.kind == "num"}
    values: list[Token] = []
    for token in tokens:
        if token.kind == "text":
            if values and sum(t.capacity for t in values) >= needed:
                break
            continue
        if token.kind == "blank" and token.segment.group not in groups_with_numbers:
            continue
        values.append(token)
    while len(values) > needed and values and values[-1].kind == "blank":
        values.pop()
    while len(values) > needed and values and values[0].kind == "blank":
        values.pop(0)
    return values


def parse_value(text: str, kind: str = "int"):
    """A printed number as stored in the tables: an int, or a decimal string for amounts (as the
    spec's fixture stores them), or a decimal string where a whole number was expected (so the
    identity check can say so)."""
    clean = text.replace(",", "").lstrip("+")
    if kind == "decimal":
        return clean
    if "." in clean:
        number = Decimal(clean)
        return int(number) if number == number.to_integral_value() else clean
    return int(clean)


@dataclass
class Decoded:
    """The values of one row, or the candidates when the printed digits allow several."""

    values: list | None
    method: str  # direct | split | repeated | unresolved | missing
    parts: list[tuple[Token, int]] = field(default_factory=list)  # each cell's token, part number
    candidates: list[tuple[list, list]] = field(default_factory=list)  # (values, parts) readings
    tokens: list[Token] = field(default_factory=list)  # what was printed

    @property
    def raw(self) -> str:
        return " ".join(t.text or "（空白）" for t in self.tokens)

    def take(self, candidate: tuple[list, list], method: str = "split") -> None:
        self.values, self.parts = list(candidate[0]), list(candidate[1])
        self.method = method


Check = Callable[[Sequence], bool]


class _TooMany(Exception):
    """More ways to cut a region than are worth trying."""


def decode(tokens: list[Token], kinds: Sequence[str], hard: Check | None = None,
           soft: Check | None = None) -> Decoded:
    """Cells for ``kinds`` (column types) from value tokens, cutting run-together digits if needed."""
    n = len(kinds)
    if not tokens:
        return Decoded(None, "missing")
    if len(tokens) >= n:
        chosen = _window(tokens, kinds, hard) if len(tokens) > n else tokens
        values = [None if t.kind == "blank" else parse_value(t.text, k) for t, k in zip(chosen, kinds, strict=True)]
        return Decoded(values, "direct", [(t, 0) for t in chosen], tokens=tokens)
    cuts = _cuts(tokens, kinds)
    valid = [c for c in cuts or () if hard is None or _safe(hard, c[0])]
    decoded = Decoded(None, "unresolved", candidates=valid[:MAX_CANDIDATES], tokens=tokens)
    if len(valid) == 1:
        decoded.take(valid[0])
        return decoded
    if soft is not None and len(valid) > 1:
        valid = [v for v in valid if _safe(soft, v[0])] or valid
        if len(valid) == 1:
            decoded.take(valid[0])
            return decoded
    repeated = [v for v in valid if _repeats(v)]
    if len(repeated) == 1:
        decoded.take(repeated[0], "repeated")
    return decoded


def _window(tokens, kinds, hard):
    """When a region holds more values than cells, the first run of them that satisfies the row."""
    n = len(kinds)
    for start in range(len(tokens) - n + 1):
        window = tokens[start:start + n]
        if all(t.kind == "num" for t in window):
            values = [parse_value(t.text, k) for t, k in zip(window, kinds, strict=True)]
            if hard is None or _safe(hard, values):
                return window
    return tokens[:n]


def _safe(check: Check, values) -> bool:
    try:
        return bool(check(values))
    except (TypeError, ArithmeticError):
        return False


def _repeats(cut) -> bool:
    """Every token was cut into equal pieces (``898989`` → 89 · 89 · 89): a printed repetition."""
    values, parts = cut
    by_token: dict[int, list[str]] = {}
    for (token, _), value in zip(parts, values, strict=True):
        by_token.setdefault(id(token), []).append(str(value))
    pieces = [p for p in by_token.values() if len(p) > 1]
    return bool(pieces) and all(len(set(p)) == 1 for p in pieces)


def _cuts(tokens: list[Token], kinds: Sequence[str]) -> list | None:
    """Every way to cut the tokens into ``len(kinds)`` typed cells as (values, parts) pairs; None
    when there are too many ways to try (the row is then left unresolved)."""
    n = len(kinds)
    capacities = [t.capacity if t.kind == "num" and _splittable(t.text) else 1 for t in tokens]
    if sum(capacities) < n:
        return []
    cuts = []
    for counts in _compositions(n, capacities):
        options = []
        column = 0
        try:
            for token, count in zip(tokens, counts, strict=True):
                options.append(list(_split(token, kinds[column:column + count])))
                column += count
        except _TooMany:
            return None
        if not all(options):
            continue
        if len(cuts) + math.prod(len(o) for o in options) > MAX_CUTS:
            return None
        for combination in itertools.product(*options):
            values = [v for piece in combination for v in piece[0]]
            parts = [p for piece in combination for p in piece[1]]
            cuts.append((values, parts))
    return cuts


def _splittable(text: str) -> bool:
    return bool(re.fullmatch(r"[+\-]?\d+(?:\.\d+)?", text))


def _compositions(n: int, capacities: list[int]):
    """Ways to give each token 1..capacity cells so that they add up to n."""
    if len(capacities) == 1:
        if 1 <= n <= capacities[0]:
            yield (n,)
        return
    rest_min = len(capacities) - 1
    rest_max = sum(capacities[1:])
    for first in range(max(1, n - rest_max), min(capacities[0], n - rest_min) + 1):
        for tail in _compositions(n - first, capacities[1:]):
            yield (first, *tail)


def _split(token: Token, kinds: Sequence[str]):
    """Ways to cut one token into ``len(kinds)`` cells of those types."""
    if token.kind == "blank":
        if len(kinds) == 1:
            yield [None], [(token, 0)]
        return
    text = token.text.replace(",", "")
    k = len(kinds)
    if k == 1:
        if _PART[kinds[0]].fullmatch(text):
            yield [parse_value(text, kinds[0])], [(token, 0)]
        return
    if math.comb(len(text) - 1, k - 1) > MAX_CUTS:
        raise _TooMany
    yield from _pieces(token, text, kinds)


def _pieces(token: Token, text: str, kinds: Sequence[str]):
    k = len(kinds)
    for positions in itertools.combinations(range(1, len(text)), k - 1):
        bounds = (0, *positions, len(text))
        pieces = [text[a:b] for a, b in itertools.pairwise(bounds)]
        if all(_PART[kind].fullmatch(piece) for piece, kind in zip(pieces, kinds, strict=True)):
            yield ([parse_value(p, kind) for p, kind in zip(pieces, kinds, strict=True)],
                   [(token, i) for i in range(k)])
