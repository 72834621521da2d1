"""What the table extractors share: the reading of one table and where each value came from."""

from dataclasses import dataclass, field

from gongkai.reportcheck.numbers import Decoded, Token, gather_split, tokenize
from gongkai.reportcheck.source import Index

LONG_LINE = 120  # past this, a location also names the character where the value starts


@dataclass
class TableReading:
    """One table as read: values in the template's keys, and the evidence for each."""

    key: str  # t2 | t3 | t4
    version: str
    values: dict = field(default_factory=dict)
    locations: dict[str, dict] = field(default_factory=dict)  # address → where it was read
    blank: list[str] = field(default_factory=list)  # cells printed blank (or with a dash)
    absent_rows: list[str] = field(default_factory=list)  # row labels not found
    empty_rows: list[str] = field(default_factory=list)  # rows found without any value
    short_rows: list[str] = field(default_factory=list)  # rows with fewer separate values than columns
    unresolved: list[dict] = field(default_factory=list)  # run-together digits with several readings
    span: tuple[int, int] = (0, 0)  # compact range of the table in the stream
    methods: list[str] = field(default_factory=list)  # how each row's values were read

    def store(self, address: str, value, token: Token | None, method: str) -> None:
        *path, last = address.split(".")[1:]
        node = self.values
        for part in path:
            node = node.setdefault(part, {})
        node[last] = value
        if token is not None:
            self.locations[address] = describe_token(token, method)
            if value is None:
                self.blank.append(address)

    def store_row(self, prefix: str, columns: list[str], decoded: Decoded) -> None:
        """The cells of one row from its decoding; unread cells stay ``None``."""
        self.methods.append(decoded.method)
        if decoded.values is None:
            for column in columns:
                self.store(f"{prefix}.{column}", None, None, decoded.method)
            if decoded.method == "missing":
                self.empty_rows.append(prefix)
            elif len(decoded.tokens) > 1 and not decoded.candidates:
                self.short_rows.append(prefix)
            else:
                self.unresolved.append(unresolved_entry(prefix, columns, decoded))
            return
        for column, value, (token, _) in zip(columns, decoded.values, decoded.parts, strict=True):
            self.store(f"{prefix}.{column}", value, token, decoded.method)


def describe_token(token: Token, method: str) -> dict:
    where = token.segment.where
    text = where.describe()
    if len(token.segment.text) > LONG_LINE and not token.segment.cell:
        text += f"第{token.offset + 1}字起"
    entry = {"where": text, "location": where.as_dict(), "text": token.text or "（空白）"}
    if method != "direct":
        entry["method"] = method
    return entry


def unresolved_entry(prefix: str, columns: list[str], decoded: Decoded) -> dict:
    where = describe_token(decoded.tokens[0], decoded.method)["where"] if decoded.tokens else ""
    return {"cells": [f"{prefix}.{c}" for c in columns], "raw": decoded.raw, "where": where,
            "candidates": [list(values) for values, _ in decoded.candidates[:10]]}


def region_tokens(index: Index, start: int, end: int, needed: int) -> list[Token]:
    return region_split(index, start, end, needed)[0]


def region_split(index: Index, start: int, end: int, needed: int) -> tuple[list[Token], list[Token], bool]:
    """(values, leftover numbers, late) between two compact positions (``numbers.gather_split``)."""
    tokens: list[Token] = []
    for segment, piece, offset in index.between(start, end):
        tokens.extend(tokenize(segment, piece, offset))
    return gather_split(tokens, needed)


def dashes_within(index: Index, start: int, end: int) -> list[Token]:
    """The dashes printed between the characters of a label: a row of 「—」 has no place in the
    compact view, so a label wrapped around it reads as one piece with the row inside it."""
    tokens: list[Token] = []
    for segment, piece, offset in index.between(start + 1, end):
        tokens.extend(t for t in tokenize(segment, piece, offset) if t.kind == "blank" and t.text)
    return tokens
