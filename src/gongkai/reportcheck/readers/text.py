"""Plain text: one cell per line, rows of cells separated by spaces or tabs, cells run together,
Markdown pipe tables, and the text of PDFs (pages separated by form feeds)."""

import codecs
import re

from gongkai.reportcheck.limits import MAX_SEGMENTS, MAX_TEXT_CHARS, UnreadableReport
from gongkai.reportcheck.source import Location, Segment, Source, normalize_text

_PAGE_MARK = re.compile(r"^\s*(?:[-—]\s*\d{1,4}\s*[-—]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)\s*$")
_MD_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a page number that only its place tells from a value: 「4」, 「4 / 9」, 「Page 4」
_BARE_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?(\d{1,4})\s*(?:/\s*\d{1,4})?\s*$", re.IGNORECASE)
EDGE_LINES = 2  # a running header or footer is among the first or last lines of a page
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a BOM, then the declared charset, then UTF-8, then GB18030 (GBK pages)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in (declared, "utf-8", "gb18030"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") > max(16, len(text) // 100):
        raise UnreadableReport("文件既不是可识别编码的文本，也不是HTML、Word（.docx）或PDF文件")
    return text


def check_text_size(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableReport(f"文件文字过多（{len(text)}字），超过单份报告上限{MAX_TEXT_CHARS}字")


def text_source(text: str, kind: str = "text") -> Source:
    """Segments of a text: lines, tab-separated cells and Markdown table cells.

    In PDF text (``kind="pdf"``) a form feed starts a new page and lines are counted per page.
    """
    check_text_size(text)
    segments: list[Segment] = []
    table = 0
    in_table = False
    pages = text.split("\f") if kind == "pdf" else [text]
    running = _running_lines(pages) if kind == "pdf" else {}
    for page, page_text in enumerate(pages, start=1):
        for number, raw in enumerate(page_text.splitlines(), start=1):
            if number in running.get(page, ()):
                continue
            line = normalize_text(raw)
            where = Location(line=number, page=page if kind == "pdf" else None)
            stripped = line.strip()
            if stripped.startswith("|"):
                if not in_table:
                    table, in_table, row = table + 1, True, 0
                if not _MD_RULE.match(stripped):
                    row += 1
                    _add_cells(segments, _pipe_cells(stripped), where, table, row)
                continue
            in_table = False
            if _PAGE_MARK.match(line):
                continue
            if "\t" in line.strip():
                _add_cells(segments, line.strip().split("\t"), where, None, None)
            else:
                segments.append(Segment(line, where, len(segments)))
            if len(segments) > MAX_SEGMENTS:
                raise UnreadableReport(f"文件行数过多，超过单份报告上限{MAX_SEGMENTS}行")
    found_markdown = table > 0
    return Source(kind="markdown" if kind == "text" and found_markdown else kind, segments=segments)


def _running_lines(pages: list[str]) -> dict[int, set[int]]:
    """Line numbers, per page, of a running header or footer (「某县2023年政府信息公开工作年度报告」
    atop every page): a line with Chinese text printed among the edge lines of two pages or more
    after the first. Its digits would otherwise land among a table's values where a page breaks it.
    The first page keeps it (it may be the title)."""
    edges: dict[str, list[tuple[int, int]]] = {}
    for page, page_text in enumerate(pages[1:], start=2):
        lines = [(n, " ".join(raw.split())) for n, raw in enumerate(page_text.splitlines(), start=1) if raw.strip()]
        for number, line in {*lines[:EDGE_LINES], *lines[-EDGE_LINES:]}:
            if _CJK.search(line) and not _PAGE_MARK.match(line):
                edges.setdefault(line, []).append((page, number))
    running: dict[int, set[int]] = {}
    for places in edges.values():
        if len({page for page, _ in places}) >= 2:
            for page, number in places:
                running.setdefault(page, set()).add(number)
    for page, number in _page_numbers(pages):
        running.setdefault(page, set()).add(number)
    return running


def _page_numbers(pages: list[str]) -> list[tuple[int, int]]:
    """(page, line) of bare page numbers: an edge line holding only a number that counts the pages,
    i.e. is the page's own number plus an offset shared by two pages or more."""
    found: dict[int, list[tuple[int, int]]] = {}  # offset → places
    for page, page_text in enumerate(pages, start=1):
        lines = [(n, raw) for n, raw in enumerate(page_text.splitlines(), start=1) if raw.strip()]
        for number, line in {*lines[:EDGE_LINES], *lines[-EDGE_LINES:]}:
            match = _BARE_PAGE_NUMBER.match(line)
            if match:
                found.setdefault(int(match.group(1)) - page, []).append((page, number))
    places = max(found.values(), key=len, default=[])
    return places if len({page for page, _ in places}) >= 2 else []


def _pipe_cells(line: str) -> list[str]:
    inner = line[1:-1] if line.endswith("|") and len(line) > 1 else line[1:]
    return inner.split("|")


def _add_cells(segments: list[Segment], cells: list[str], where: Location, table, row) -> None:
    group = len(segments)
    for column, cell in enumerate(cells, start=1):
        location = Location(line=where.line, page=where.page, table=table, row=row, column=column)
        segments.append(Segment(cell.strip(), location, group, cell=True))
