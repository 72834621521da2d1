"""Numbers in a region of the stream, and the arithmetic that splits cells printed together.

A page that loses its table markup prints a row as ``640020470``; the row's own identity (the
total equals the sum of the other cells) leaves, in practice, one way to cut it:
64 · 0 · 0 · 2 · 0 · 4 · 70. ``decode`` enumerates the cuts that respect each column's type and
keeps those that satisfy the identity; when several remain it says so instead of guessing.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from gongkai.reportcheck.source import _KEY_RUN, Segment

_SIGN = r"(?:[+\-]|(?<!\d)—)?"  # an em dash straight before digits is a minus sign (本年增/减 —5)
_NUMBER = re.compile(_SIGN + r"\d[\d,]*(?:\.\d+)?")
# a number, or a dash (or 「无」) standing alone for one
_VALUE = re.compile(_SIGN + r"\d[\d,]*(?:\.\d+)?|(?<!\S)(?:[-—/／~～]+|无)(?!\S)")
_UNIT = re.compile(r"\s*(?:万\s*元|元|件|个|项|条|起)")
_LETTER = re.compile(r"[^\W\d_]")
_DASH_CELL = re.compile(r"^[-—/／\\~～]+$|^无$")
_SPACED_THOUSANDS = re.compile(r"[+\-]?[1-9]\d{0,2}(?: \d{3})+(?:\.\d+)?")  # 1 396 (space, thin space, nbsp)
_PART = {
    "int": re.compile(r"0|[1-9]\d*"),
    "signed_int": re.compile(r"[+\-]?(?:0|[1-9]\d*)"),
    "decimal": re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?"),
}
MAX_CUTS = 20_000  # ways to cut one region before giving up
MAX_CELL_CHARS = 16  # no count or amount in a report table is longer
MAX_RUN_CHARS = 64  # a longer run of digits is not a row of a table, however run together
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
    """Tokens of one segment's piece; a table cell is one token when it holds one value. The rest
    of a cell that holds a label is not a blank cell."""
    if segment.cell and offset == 0 and len(piece) == len(segment.text):
        token = _cell_token(segment, piece.strip())
        if token is not None:
            return [token]
    tokens, position = [], 0
    for match in _VALUE.finditer(piece):
        before = piece[position:match.start()]
        if _KEY_RUN.search(before):
            tokens.append(Token("text", before.strip(), segment, offset + position))
        if not match.group()[-1].isdigit():
            tokens.append(Token("blank", match.group(), segment, offset + match.start()))
            position = match.end()
            continue
        after = piece[match.end():match.end() + 1]
        kind = "text" if after in ("%", "‰") or len(match.group()) > MAX_RUN_CHARS else "num"
        number = match.group().replace("—", "-")
        text = number + after if after in ("%", "‰") else number.rstrip(",")
        tokens.append(Token(kind, text, segment, offset + match.start()))
        unit = _UNIT.match(piece, match.end())
        position = unit.end() if unit else match.end()
    rest = piece[position:]
    if _KEY_RUN.search(rest):
        tokens.append(Token("text", rest.strip(), segment, offset + position))
    return tokens


def _cell_token(segment: Segment, text: str) -> Token | None:
    """A whole table cell as one token: blank, a dash, a number (with its unit), or a label."""
    if not text or _DASH_CELL.match(text):
        return Token("blank", text, segment, 0)
    spaced = _SPACED_THOUSANDS.match(text)
    if spaced and (spaced.end() == len(text) or _UNIT.fullmatch(text, spaced.end())):
        return Token("num", spaced.group().replace(" ", ""), segment, 0)  # one cell, one value: 1 396件
    number = _NUMBER.match(text)
    if number and len(number.group()) <= MAX_RUN_CHARS and (
            number.end() == len(text) or _UNIT.fullmatch(text, number.end())):
        return Token("num", number.group().replace("—", "-"), segment, 0)
    if _LETTER.search(text):
        return Token("text", text, segment, 0)
    return None


def gather(tokens: Sequence[Token], needed: int) -> list[Token]:
    """The value tokens of a region (see ``gather_split``)."""
    return gather_split(tokens, needed)[0]


def gather_split(tokens: Sequence[Token], needed: int) -> tuple[list[Token], list[Token], bool]:
    """(values, leftover, late) of a region: text before the first value is a label or a header; text
    after enough values ends the row (a note or a group label follows it), and so does another line
    once there is a value for every cell. Numbers after that end are the leftover: in a vertically
    centred layout they are the next row's, printed above its label. ``late`` says that text came
    between the label and the first value.

    Empty cells count only in table rows that also hold a number: an empty header cell or an empty
    cell in front of the next row's label is not a value. A printed dash or 「无」 always counts: it
    stands for a cell even on a line of its own or in a row printed with dashes only.
    """
    groups_with_numbers = {t.segment.group for t in tokens if t.kind == "num"}
    values: list[Token] = []
    leftover: list[Token] = []
    late = False
    for position, token in enumerate(tokens):
        if token.kind == "blank" and not token.text and token.segment.group not in groups_with_numbers:
            continue
        enough = values and (sum(t.capacity for t in values) >= needed if token.kind == "text" else
                             len(values) >= needed and token.segment.group != values[-1].segment.group)
        if enough:  # a full row already, and text or another line follows
            leftover = [t for t in tokens[position:] if t.kind == "num" or (t.kind == "blank" and t.text)]
            break
        if token.kind != "text":
            values.append(token)
        elif not values:
            late = True
    while len(values) > needed and values and values[-1].kind == "blank":
        values.pop()
    while len(values) > needed and values and values[0].kind == "blank":
        values.pop(0)
    return values, leftover, late


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
Groups = Sequence[tuple[Sequence[int], int]]  # (positions of the parts, position of their total)


class _TooMany(Exception):
    """More ways to cut a region than are worth trying."""


def holds(groups: Groups, values: Sequence) -> bool:
    """Every total equals the sum of its parts (a blank part or total leaves it unchecked)."""
    for parts, total in groups:
        numbers = [values[i] for i in parts]
        if values[total] is None or any(v is None for v in numbers):
            continue
        if not all(isinstance(v, int) for v in (*numbers, values[total])) or sum(numbers) != values[total]:
            return False
    return True


def decode(tokens: list[Token], kinds: Sequence[str], groups: Groups = (), soft: Check | None = None) -> Decoded:
    """Cells for ``kinds`` (column types) from value tokens, cutting run-together digits if needed.

    ``groups`` are the row's hard identities: a cut must satisfy them; ``soft`` only chooses
    between cuts that all do."""
    n = len(kinds)
    if not tokens:
        return Decoded(None, "missing")
    if len(tokens) > n:
        grouped = _digit_groups_joined(tokens)
        if len(grouped) == n and holds(groups, [parse_value(t.text, k) if t.kind == "num" else None
                                                for t, k in zip(grouped, kinds, strict=True)]):
            tokens = grouped
    if len(tokens) >= n:
        chosen = _window(tokens, kinds, groups) if len(tokens) > n else tokens
        values = [None if t.kind == "blank" else parse_value(t.text, k) for t, k in zip(chosen, kinds, strict=True)]
        return Decoded(values, "direct", [(t, 0) for t in chosen], tokens=tokens)
    valid = _cuts(tokens, kinds, groups) or []
    decoded = Decoded(None, "unresolved", candidates=valid[:MAX_CANDIDATES], tokens=tokens)
    if len(valid) > 1 and soft is not None:
        valid = [v for v in valid if _safe(soft, v[0])] or valid
    if len(valid) == 1:
        decoded.take(valid[0])
        return decoded
    repeated = [v for v in valid if _repeats(v)]
    if len(repeated) == 1:
        decoded.take(repeated[0], "repeated")
    return decoded


_GROUP_HEAD = re.compile(r"[+\-]?[1-9]\d{0,2}")
_GROUP = re.compile(r"\d{3}")


def _digit_groups_joined(tokens: list[Token]) -> list[Token]:
    """The tokens with digits grouped by single spaces on one line (``1 396``) joined into one
    number; used only when a row has more values than cells."""
    joined: list[Token] = []
    end, chained = -1, False  # where the last token ends in its segment's text; whether it was joined
    for token in tokens:
        last = joined[-1] if joined else None
        if (last is not None and token.kind == last.kind == "num" and last.segment is token.segment
                and not token.segment.cell and _GROUP.fullmatch(token.text) and token.offset == end + 1
                and token.segment.text[end] == " " and (chained or _GROUP_HEAD.fullmatch(last.text))):
            joined[-1], chained = Token("num", last.text + token.text, last.segment, last.offset), True
        else:
            joined.append(token)
            chained = False
        end = token.offset + len(token.text)
    return joined


def _window(tokens, kinds, groups):
    """When a region holds more values than cells, the first run of them that satisfies the row."""
    n = len(kinds)
    for start in range(len(tokens) - n + 1):
        window = tokens[start:start + n]
        if all(t.kind == "num" for t in window) and holds(
                groups, [parse_value(t.text, k) for t, k in zip(window, kinds, strict=True)]):
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


def _cuts(tokens: list[Token], kinds: Sequence[str], groups: Groups) -> list | None:
    """Every way to cut the tokens into ``len(kinds)`` typed cells that keeps the row's totals, as
    (values, parts) pairs; None when there are more than ``MAX_CUTS`` (the row is left unresolved).

    A depth-first search over the cells in order: a cell takes a piece of the current token (a
    token is never shared with the next), and a total is not guessed but computed from its parts
    and matched against the digits, which prunes almost every branch."""
    search = _Search(tokens, kinds, groups)
    try:
        search.cell(0, 0, 0, 0)
    except _TooMany:
        return None
    return search.found


class _Search:
    def __init__(self, tokens: list[Token], kinds: Sequence[str], groups: Groups):
        self.tokens, self.kinds = tokens, kinds
        self.texts = [t.text.replace(",", "") if t.kind == "num" else "" for t in tokens]
        self.totals = {total: list(parts) for parts, total in groups}
        self.values: list = [None] * len(kinds)
        self.parts: list = [None] * len(kinds)
        self.found: list = []
        # characters left from each token on: a cell needs at least one
        self.after = [sum(max(1, len(t)) for t in self.texts[i + 1:]) for i in range(len(tokens))]

    def cell(self, cell: int, token: int, position: int, piece: int) -> None:
        n = len(self.kinds)
        if token == len(self.tokens) or cell == n:
            if token == len(self.tokens) and cell == n:
                self.found.append((list(self.values), list(self.parts)))
                if len(self.found) > MAX_CUTS:
                    raise _TooMany
            return
        if self.tokens[token].kind == "blank":
            self.values[cell], self.parts[cell] = None, (self.tokens[token], 0)
            self.cell(cell + 1, token + 1, 0, 0)
            return
        for end in self._ends(cell, token, position):
            text = self.texts[token][position:end]
            if not _PART[self.kinds[cell]].fullmatch(text):
                continue
            self.values[cell] = parse_value(text, self.kinds[cell])
            self.parts[cell] = (self.tokens[token], piece)
            if end == len(self.texts[token]):
                self.cell(cell + 1, token + 1, 0, 0)
            else:
                self.cell(cell + 1, token, end, piece + 1)

    def _ends(self, cell: int, token: int, position: int) -> list[int]:
        """Where this cell's piece of the token may end, leaving room for the cells after it."""
        text = self.texts[token]
        cells_after = len(self.kinds) - cell - 1
        tokens_after = len(self.tokens) - token - 1
        ends = range(position + 1, min(len(text), position + MAX_CELL_CHARS) + 1)
        if cell in self.totals:
            parts = [self.values[i] for i in self.totals[cell]]
            if all(isinstance(v, int) for v in parts):
                total = str(sum(parts))
                ends = [position + len(total)] if text.startswith(total, position) else []
        return [end for end in ends if end <= len(text) and self._room(end, text, cells_after, tokens_after, token)]

    def _room(self, end: int, text: str, cells_after: int, tokens_after: int, token: int) -> bool:
        if end == len(text):  # this token is used up: one cell at least, and at most a character each
            return tokens_after <= cells_after <= self.after[token]
        return tokens_after + 1 <= cells_after <= len(text) - end + self.after[token]
