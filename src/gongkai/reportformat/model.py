"""The national annual-report formats as data, loaded from ``data/report_templates.json``.

Two versions: ``"2019"`` (国办公开办函〔2019〕60号, report years 2019–2020) and ``"2021"``
(国办公开办函〔2021〕30号, from the 2021 report on). Plain Python, no Django.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "report_templates.json"
VERSIONS = ("2019", "2021")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    group: tuple[str, ...] = ()
    type: str = "int"  # int | signed_int | decimal
    unit: str = ""


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    data: bool = True
    level: int = 0
    parent: str | None = None
    basis: str = ""


@dataclass(frozen=True)
class Block:
    """One 第二十条 block of table 二: a caption, its own columns and rows."""

    key: str
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Identity:
    id: str
    kind: str  # hard | soft
    expr: str
    source: str
    lhs: tuple[str, ...] = ()
    rhs: tuple[str, ...] = ()
    for_each: dict = field(default_factory=dict)

    @property
    def across_years(self) -> bool:
        return "report[" in self.expr


@dataclass(frozen=True)
class Table:
    key: str  # t2 | t3 | t4
    section: str
    title: str
    columns: tuple[Column, ...] = ()
    rows: tuple[Row, ...] = ()
    blocks: tuple[Block, ...] = ()
    identities: tuple[Identity, ...] = ()
    derived_rows: dict[str, tuple[str, ...]] = field(default_factory=dict)
    header_rows: tuple = ()
    corner_note: str = ""

    @property
    def data_rows(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.data)

    def row(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(f"{self.key} has no row {key!r}")

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"{self.key} has no column {key!r}")

    def children(self, parent_key: str | None) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.parent == parent_key)


@dataclass(frozen=True)
class Section:
    no: int
    key: str
    label: str
    table: str | None = None


@dataclass(frozen=True)
class ReportFormat:
    version: str
    doc_no: str
    title: str
    sections: tuple[Section, ...]
    tables: dict[str, Table]

    @property
    def t2(self) -> Table:
        return self.tables["t2"]

    @property
    def t3(self) -> Table:
        return self.tables["t3"]

    @property
    def t4(self) -> Table:
        return self.tables["t4"]

    def identities(self) -> list[Identity]:
        return [identity for table in self.tables.values() for identity in table.identities]


def _column(raw: dict) -> Column:
    group = raw.get("group") or ()
    return Column(key=raw["key"], label=raw["label"], group=tuple([group] if isinstance(group, str) else group),
                  type=raw.get("type", "int"), unit=raw.get("unit", ""))


def _row(raw: dict) -> Row:
    return Row(key=raw["key"], label=raw["label"] or "", data=raw.get("data", True), level=raw.get("level", 0),
               parent=raw.get("parent"), basis=raw.get("basis", ""))


def _identity(raw: dict) -> Identity:
    return Identity(id=raw["id"], kind=raw["kind"], expr=raw["expr"], source=raw.get("source", ""),
                    lhs=tuple(raw.get("lhs", ())), rhs=tuple(raw.get("rhs", ())), for_each=raw.get("for_each", {}))


def _table(raw: dict) -> Table:
    header = raw.get("header", {})
    return Table(
        key=raw["key"], section=raw["section"], title=raw["title"],
        columns=tuple(_column(c) for c in raw.get("columns", ())),
        rows=tuple(_row(r) for r in raw.get("rows", ())),
        blocks=tuple(
            Block(key=b["key"], caption=b["caption"], columns=tuple(_column(c) for c in b["columns"]),
                  rows=tuple(_row(r) for r in b["rows"]))
            for b in raw.get("blocks", ())
        ),
        identities=tuple(_identity(i) for i in raw.get("identities", ())),
        derived_rows={d["key"]: tuple(d["expr_rows"]) for d in raw.get("derived_rows", ())},
        header_rows=tuple(tuple(r) for r in header.get("header_rows", raw.get("header_rows", ()))),
        corner_note=header.get("corner_note", ""),
    )


@cache
def raw_spec() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@cache
def load(version: str) -> ReportFormat:
    """The report format of one version (``"2019"`` or ``"2021"``)."""
    if version not in VERSIONS:
        raise ValueError(f"unknown report format version {version!r}; expected one of {VERSIONS}")
    raw = raw_spec()["versions"][version]
    return ReportFormat(
        version=version, doc_no=raw["doc_no"], title=raw["title"],
        sections=tuple(Section(no=s["no"], key=s["key"], label=s["label"], table=s.get("table"))
                       for s in raw["sections"]),
        tables={key: _table(table) for key, table in raw["tables"].items()},
    )


FIRST_REPORT_YEAR = 2008  # the first 条例 (国务院令第492号) took effect on 2008-05-01


def version_for_year(report_year: int) -> str:
    """The format a report for ``report_year`` uses by default: 2019 up to 2020, 2021 after."""
    return "2019" if report_year <= 2020 else "2021"
