"""HTML pages: text in document order, and real ``<table>`` markup with rowspan/colspan.

A table that holds another table is page layout, not data: its cells are read as text and the
inner tables as grids. Scripts, styles and hidden form parts are dropped.
"""

import re

from lxml import etree
from lxml import html as lxml_html

from gongkai.reportcheck.limits import MAX_SEGMENTS, Budget, UnreadableReport
from gongkai.reportcheck.readers.grid import Cell, add_grid, span
from gongkai.reportcheck.readers.text import check_text_size, decode_text
from gongkai.reportcheck.source import Location, Segment, Source, normalize_text

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DROP = {"script", "style", "noscript", "template", "select", "option", "button", "svg", "head"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "dd", "dt",
    "dl", "hr", "center", "form", "caption", "tbody", "thead", "title", "body",
}


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def html_source(data: bytes, budget: Budget) -> Source:
    text = decode_text(data, declared_charset(data))
    check_text_size(text)
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text) or "<html></html>")
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableReport(f"HTML文件无法解析：{exc}") from None
    title = " ".join((root.findtext(".//title") or "").split())
    reader = _Reader(budget)
    reader.walk(root)
    return Source(kind="html", segments=reader.segments, title=normalize_text(title).strip())


class _Reader:
    def __init__(self, budget: Budget):
        self.budget = budget
        self.segments: list[Segment] = []
        self.line: list[str] = []
        self.line_at: int | None = None
        self.line_links = False  # some of the line's text is a link's
        self.links: list = []  # the <a href> elements open around the walk's position
        self.tables = 0

    def walk(self, root) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if event == "start":
                self._start(walker, element, tag)
            else:
                if tag in _BLOCK:
                    self.flush()
                if self.links and self.links[-1] is element:
                    self.links.pop()
                self.add(element.tail, element)
            if len(self.segments) > MAX_SEGMENTS:
                raise UnreadableReport(f"网页内容过多，超过单份报告上限{MAX_SEGMENTS}段")
            if len(self.segments) % 512 == 0:
                self.budget.check()
        self.flush()

    def _start(self, walker, element, tag: str) -> None:
        if not tag or tag in _DROP or _hidden(element):
            walker.skip_subtree()
            return
        if tag in _BLOCK:
            self.flush()
        if tag == "table" and element.find(".//table") is None:
            self.tables += 1
            add_grid(self.segments, _rows(element), self.tables)
            walker.skip_subtree()
            return
        if tag == "a" and element.get("href"):
            self.links.append(element)
        self.add(element.text, element)

    def add(self, text: str | None, element) -> None:
        if text and text.strip():
            if not self.line:
                self.line_at = getattr(element, "sourceline", None)
            self.line.append(text)
            self.line_links = self.line_links or bool(self.links)

    def flush(self) -> None:
        if self.line:
            text = " ".join(normalize_text("".join(self.line)).split())
            if text:
                self.segments.append(Segment(text, Location(line=self.line_at), len(self.segments),
                                             link=self.line_links))
            self.line, self.line_links = [], False


def _hidden(element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "mso-hide:all" in style or element.get("hidden") is not None


def _rows(table) -> list[list[Cell]]:
    rows = []
    for tr in table.iter("tr"):
        cells = []
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            for dropped in [e for e in td.iterdescendants() if isinstance(e.tag, str)
                            and (e.tag.lower() in ("script", "style") or _hidden(e))]:
                dropped.drop_tree()
            cells.append(Cell("".join(td.itertext()), span(td.get("rowspan")), span(td.get("colspan")),
                              getattr(td, "sourceline", None)))
        rows.append(cells)
    return rows
