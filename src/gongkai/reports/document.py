"""A report ready to render (plain Python): title, sections with their text lines and tables,
and the marks validation puts on cells. Every renderer (HTML, DOCX, XLSX, PDF) reads this."""

import re
from dataclasses import dataclass, field
from datetime import date

from gongkai.documents.grid import Grid
from gongkai.reportformat import load
from gongkai.reports import layout
from gongkai.reports.narrative import PREAMBLE
from gongkai.reports.validation import Validation

EMPTY_SECTION_TEXT = "（本部分尚未撰写）"
_SUBHEADING = re.compile(r"^（[一二三四五六七八九十]+）[^。；]{1,30}$")


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False  # a 「（一）主动公开」 line: 二级标题


@dataclass
class SectionView:
    key: str
    label: str
    lines: list[Line]
    table_key: str | None = None
    grid: Grid | None = None


@dataclass
class ReportDocument:
    title: str
    year: int
    version: str
    compiler: str  # the unit that compiles and publishes it
    scope_label: str
    narrative: dict[str, str]
    tables: dict
    validation: Validation | None = None
    published_on: date | None = None
    sections: list[SectionView] = field(init=False)

    def __post_init__(self):
        fmt = load(self.version)
        grids = layout.grids(self.tables)
        if self.validation is not None:
            for grid in grids.values():
                layout.mark(grid, self.validation.failed_cells, "failed")
                layout.mark(grid, self.validation.warned_cells, "warning")
        self.sections = [
            SectionView(s.key, s.label, lines(self.narrative.get(s.key, ""), empty_text=not s.table),
                        s.table, grids.get(s.table) if s.table else None)
            for s in fmt.sections
        ]

    @property
    def preamble(self) -> list[Line]:
        return lines(self.narrative.get(PREAMBLE, ""), empty_text=False)

    @property
    def format_label(self) -> str:
        fmt = load(self.version)
        return f"《{fmt.title}》（{fmt.doc_no}）"


def lines(text: str, *, empty_text: bool) -> list[Line]:
    """Paragraph lines of a section; an empty section says so instead of showing a blank."""
    found = [Line(line.strip(), bool(_SUBHEADING.match(line.strip()))) for line in text.splitlines() if line.strip()]
    if not found and empty_text:
        return [Line(EMPTY_SECTION_TEXT)]
    return found
