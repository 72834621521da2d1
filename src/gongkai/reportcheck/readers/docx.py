"""Word (.docx) files: paragraphs and tables in document order, merged cells resolved.

The document XML is read straight from the package (no entity expansion, bounded size), so a
hostile file cannot inflate or reach the network.
"""

from lxml import etree

from gongkai.reportcheck.archive import open_zip, read_member
from gongkai.reportcheck.limits import MAX_FILE_BYTES, MAX_SEGMENTS, MB, Budget, UnreadableReport
from gongkai.reportcheck.readers.grid import Cell, add_grid, span
from gongkai.reportcheck.source import Location, Segment, Source, normalize_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def docx_source(data: bytes, budget: Budget) -> Source:
    archive = open_zip(data, "Word文件")
    try:
        info = archive.getinfo("word/document.xml")
    except KeyError:
        raise UnreadableReport("Word文件中没有正文（缺少word/document.xml）") from None
    xml = read_member(archive, info, 4 * MAX_FILE_BYTES, "Word文件正文")
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableReport(f"Word文件正文无法解析：{exc}") from None
    body = root.find(f"{W}body")
    if body is None:
        raise UnreadableReport("Word文件中没有正文")
    return Source(kind="docx", segments=_segments(body, budget), title=_title(archive))


def _segments(body, budget: Budget) -> list[Segment]:
    """Paragraphs and tables in document order (content controls opened)."""
    segments: list[Segment] = []
    paragraphs = tables = 0
    stack = list(reversed(list(body)))
    while stack:
        element = stack.pop()
        if element.tag == f"{W}p":
            paragraphs += 1
            segments += [Segment(normalize_text(line).strip(), Location(paragraph=paragraphs), len(segments) + n)
                         for n, line in enumerate(line for line in _text(element).split("\n") if line.strip())]
        elif element.tag == f"{W}tbl" and element.find(f".//{W}tc//{W}tbl") is not None:
            # a table holding a table is page layout: read its cells' content in order
            stack.extend(reversed([child for tc in element.iter(f"{W}tc") if tc.getparent().getparent() is element
                                   for child in tc if child.tag in (f"{W}p", f"{W}tbl", f"{W}sdt")]))
        elif element.tag == f"{W}tbl":
            tables += 1
            add_grid(segments, _rows(element), tables)
        elif element.tag == f"{W}sdt":
            content = element.find(f"{W}sdtContent")
            stack.extend(reversed(list(content if content is not None else [])))
        if len(segments) > MAX_SEGMENTS:
            raise UnreadableReport(f"Word文件内容过多，超过单份报告上限{MAX_SEGMENTS}段")
        budget.check()
    return segments


_REMOVED = (f"{W}moveFrom", f"{W}del")  # tracked changes: text no longer in the document
_WRAPPERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml")  # content controls around rows or cells


def _text(element) -> str:
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if any(ancestor.tag in _REMOVED for ancestor in node.iterancestors()):
            continue
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == f"{W}tab" else "\n")
    return "".join(parts)


def _rows(table) -> list[list[Cell]]:
    """Rows of cells; a vertically merged cell becomes one cell with a rowspan."""
    layout = []  # per row: [(column, cell, merge)] where merge is "restart", "continue" or None
    for tr in _children(table, "tr"):
        column, row = 0, []
        for tc in _children(tr, "tc"):
            properties = tc.find(f"{W}tcPr")
            colspan = span(_val(properties, "gridSpan") or 1)
            merge_node = properties.find(f"{W}vMerge") if properties is not None else None
            merge = None if merge_node is None else (merge_node.get(f"{W}val") or "continue")
            text = "".join(_text(p) for p in tc.iter(f"{W}p"))
            row.append((column, Cell(text.replace("\n", " "), colspan=colspan), merge))
            column += colspan
        layout.append(row)
    rows = []
    for r, row in enumerate(layout):
        cells = []
        for column, cell, merge in row:
            if merge == "continue":
                continue
            if merge == "restart":
                cell.rowspan = span(1 + _continued(layout, r, column))
            cells.append(cell)
        rows.append(cells)
    return rows


def _children(element, name: str):
    """The ``w:<name>`` children of a table or row, content controls opened."""
    for child in element:
        if child.tag == f"{W}{name}":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, name)


def _continued(layout, r: int, column: int) -> int:
    count = 0
    for row in layout[r + 1:]:
        if not any(c == column and merge == "continue" for c, _, merge in row):
            break
        count += 1
    return count


def _val(properties, name: str):
    node = properties.find(f"{W}{name}") if properties is not None else None
    return node.get(f"{W}val") if node is not None else None


def _title(archive) -> str:
    try:
        info = archive.getinfo("docProps/core.xml")
        core = etree.fromstring(read_member(archive, info, MB, "Word文件属性"), _PARSER)
    except (KeyError, UnreadableReport, etree.XMLSyntaxError):
        return ""
    title = core.find("{http://purl.org/dc/elements/1.1/}title")
    return normalize_text(title.text or "").strip() if title is not None else ""
