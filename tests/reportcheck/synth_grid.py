"""Synthetic reports with real tables: HTML (rowspan/colspan, as Word exports them) and DOCX
(merged cells written by python-docx)."""

import io
from html import escape

from gongkai.reportformat import load
from tests.reportcheck.synth import T3_COLUMNS, Report, narrative, t2_rows, t4_values, title


def _t3_grid(report: Report, blank_zero_organisations: bool = False) -> list[list[tuple[str, int, int]]]:
    """Table 三 as rows of (text, rowspan, colspan), merged the way the national format draws it."""
    t3 = load(report.version).t3
    rows = [
        [(t3.corner_note or "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(label, 1, 1) for label in T3_COLUMNS[1:6]],
    ]
    results = [r for r in t3.rows if r.parent == "results"]
    result_rows = sum(max(1, len(t3.children(r.key))) for r in results)
    for row in t3.rows:
        if not row.data:
            continue
        cells = []
        if row.parent is None:
            cells.append((row.label, 1, 3))
        else:
            parent = t3.row(row.parent)
            siblings = t3.children(parent.key)
            first_result = row.key == (t3.children(results[0].key) or [results[0]])[0].key
            if first_result:
                cells.append((t3.row("results").label, result_rows, 1))
            if parent.key == "results":
                cells.append((row.label, 1, 2))
            else:
                if row.key == siblings[0].key:
                    cells.append((parent.label, len(siblings), 1))
                cells.append((row.label, 1, 1))
        for column in t3.columns:
            value = report.tables["t3"][row.key][column.key]
            blank = blank_zero_organisations and column.group and value == 0
            cells.append(("" if blank or value is None else str(value), 1, 1))
        rows.append(cells)
    return rows


def _t4_grid(report: Report) -> list[list[tuple[str, int, int]]]:
    labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [*[(label, 2, 1) for label in labels], ("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(label, 1, 1) for label in labels * 2],
        [(value, 1, 1) for value in t4_values(report)],
    ]


def _t2_grid(report: Report) -> list[list[tuple[str, int, int]]]:
    grid = []
    for kind, cells in t2_rows(report):
        if kind == "caption":
            grid.append([(cells[0], 1, 4)])
        else:
            span = 4 - len(cells) + 1
            grid.append([(cells[0], 1, 1), *[(c, 1, span if i == len(cells) - 2 else 1) for i, c in enumerate(cells[1:])]])
    return grid


def render_html(report: Report, blank_zero_organisations: bool = False) -> bytes:
    def table(grid):
        rows = "".join(
            "<tr>" + "".join(
                f'<td rowspan="{r}" colspan="{c}"><p><span>{escape(text)}</span></p></td>' for text, r, c in row
            ) + "</tr>\n" for row in grid)
        return f"<table border=\"1\">\n{rows}</table>\n"

    body = "".join(f"<p>{escape(p)}</p>\n" for p in narrative(report))
    page = (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{escape(title(report))}</title></head>"
            f"<body><div class=\"nav\">首页 &gt; 政务公开 &gt; 年报</div><h1>{escape(title(report))}</h1>"
            f"<div>发布日期：{report.published}</div>{body}<p>二、主动公开政府信息情况</p>{table(_t2_grid(report))}"
            f"<p>三、收到和处理政府信息公开申请情况</p>{table(_t3_grid(report, blank_zero_organisations))}"
            f"<p>四、政府信息公开行政复议、行政诉讼情况</p>{table(_t4_grid(report))}"
            f"<p>五、存在的主要问题及改进情况</p><p>无。</p><script>var x = 'None';</script></body></html>")
    return page.encode("utf-8")


def render_docx(report: Report) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(title(report), level=1)
    document.add_paragraph(f"发布日期：{report.published}")
    for paragraph in narrative(report):
        document.add_paragraph(paragraph)
    for heading, grid in (("二、主动公开政府信息情况", _t2_grid(report)),
                          ("三、收到和处理政府信息公开申请情况", _t3_grid(report)),
                          ("四、政府信息公开行政复议、行政诉讼情况", _t4_grid(report))):
        document.add_paragraph(heading)
        _docx_table(document, grid)
    document.add_paragraph("五、存在的主要问题及改进情况")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_table(document, grid) -> None:
    """Lay the merged grid out as Word does: w:gridSpan across, w:vMerge down (restart, continue)."""
    width = max(sum(c for _, _, c in row) for row in grid)
    slots: list[dict[int, tuple]] = [{} for _ in grid]
    for r, row in enumerate(grid):
        c = 0
        for text, rowspan, colspan in row:
            while c in slots[r]:
                c += 1
            slots[r][c] = (text, colspan, "restart" if rowspan > 1 else None)
            for below in range(r + 1, r + rowspan):
                slots[below][c] = (None, colspan, "continue")
            c += colspan
    table = document.add_table(rows=len(grid), cols=width)
    for r, tr in enumerate(table._tbl.tr_lst):
        for tc in tr.tc_lst:
            tr.remove(tc)
        for _, slot in sorted(slots[r].items()):
            tr.append(_docx_cell(*slot))


def _docx_cell(text: str | None, colspan: int, merge: str | None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc = OxmlElement("w:tc")
    properties = tc.get_or_add_tcPr()
    if colspan > 1:
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), str(colspan))
        properties.append(span)
    if merge:
        vmerge = OxmlElement("w:vMerge")
        if merge == "restart":
            vmerge.set(qn("w:val"), "restart")
        properties.append(vmerge)
    paragraph = OxmlElement("w:p")
    if text:
        run, value = OxmlElement("w:r"), OxmlElement("w:t")
        value.text = text
        run.append(value)
        paragraph.append(run)
    tc.append(paragraph)
    return tc


def render_pdf(report: Report) -> bytes:
    """The HTML page printed to PDF by WeasyPrint: long labels wrap around their row's values."""
    from weasyprint import HTML

    return HTML(string=render_html(report).decode()).write_pdf()


def render(report: Report, layout: str) -> bytes:
    from tests.reportcheck.synth import render_text

    if layout == "pdf":
        return render_pdf(report)
    if layout == "html":
        return render_html(report)
    if layout == "docx":
        return render_docx(report)
    return render_text(report, layout)
