"""A report in every format: JSON (the tables, comparable by machine), HTML (the publishable
page's body), DOCX (公文 style, the template's merged headers), XLSX (one sheet per table, for
roll-ups) and PDF (from the print HTML)."""

import json
from decimal import Decimal

from django.template.loader import render_to_string

from gongkai.documents.docx_builder import OfficialDocument
from gongkai.documents.pdf import html_to_pdf
from gongkai.documents.templating import print_css
from gongkai.documents.xlsx import workbook
from gongkai.reportformat import load
from gongkai.reports.document import ReportDocument
from gongkai.reports.narrative import PREAMBLE

FORMATS = {
    "json": ("application/json", "json"),
    "html": ("text/html; charset=utf-8", "html"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "pdf": ("application/pdf", "pdf"),
}
TABLE_FONT_SIZES = {"t2": 10.5, "t3": 9.0, "t4": 8.0}  # pt: table 四 has fifteen columns
SHEET_NAMES = {"t2": "表二 主动公开", "t3": "表三 依申请公开", "t4": "表四 复议诉讼"}


def tables_json(tables: dict) -> str:
    """``{"version", "t2", "t3", "t4"}``, the shape of ``fixtures.zibo_2020`` in the spec."""
    data = {key: tables[key] for key in ("version", "t2", "t3", "t4")}
    return json.dumps(data, ensure_ascii=False, indent=2, default=lambda v: format(v, "f") if isinstance(
        v, Decimal) else str(v)) + "\n"


def body_html(document: ReportDocument) -> str:
    """The report itself (title, text, tables): the publishable page's content, also frozen on publish."""
    return render_to_string("reports/_report_body.html", {"doc": document})


def print_html(document: ReportDocument) -> str:
    return render_to_string("reports/print.html", {"doc": document, "css": print_css(), "body": body_html(document)})


def docx(document: ReportDocument) -> bytes:
    from docx.shared import Pt

    out = OfficialDocument()
    out.title(document.title)
    for line in document.preamble:
        out.paragraph(line.text)
    for section in document.sections:
        out.heading(section.label, level=1)
        for line in section.lines:
            out.heading(line.text, level=2) if line.heading else out.paragraph(line.text)
        if section.grid is not None:
            out.table(section.grid, size=Pt(TABLE_FONT_SIZES[section.table_key]))
    return out.to_bytes()


def xlsx(document: ReportDocument) -> bytes:
    fmt = load(document.version)
    sheets = [(SHEET_NAMES[s.table_key], f"{document.title}　{s.label}（{fmt.tables[s.table_key].title}）", s.grid)
              for s in document.sections if s.grid is not None]
    return workbook(sheets)


def pdf(document: ReportDocument) -> bytes:
    return html_to_pdf(print_html(document))


def render(document: ReportDocument, fmt: str) -> str | bytes:
    if fmt == "json":
        return tables_json(document.tables)
    if fmt == "html":
        return print_html(document)
    renderers = {"docx": docx, "xlsx": xlsx, "pdf": pdf}
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; expected one of {sorted(FORMATS)}")
    return renderers[fmt](document)


__all__ = ["FORMATS", "PREAMBLE", "body_html", "docx", "pdf", "print_html", "render", "tables_json", "xlsx"]
