import io
import random
import zipfile

import pytest

from gongkai.reportcheck.limits import UnreadableReport
from gongkai.reportcheck.readers import read, sniff
from tests.reportcheck.synth import random_report
from tests.reportcheck.synth_grid import render_docx, render_html
from tests.reportcheck.truth import CORPUS


def cells(source):
    return [(s.where.row, s.where.column, s.text) for s in source.segments if s.cell]


def test_page_numbers_of_a_pdf_conversion_are_dropped():
    source = read("一、总体情况\n  -3-  \n第 2 页 共 5 页\n正文".encode())
    assert [s.text for s in source.segments] == ["一、总体情况", "正文"]


def test_tab_separated_rows_become_cells_with_blanks_kept():
    source = read("一、本年新收\t26\t\t\t26\n".encode())
    assert [s.text for s in source.segments] == ["一、本年新收", "26", "", "", "26"]
    assert source.segments[1].where.describe() == "第1行第2格"


def test_markdown_pipe_tables_become_cells_and_rules_are_skipped():
    source = read("| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n".encode())
    assert source.kind == "markdown"
    assert cells(source) == [(1, 1, "信息内容"), (1, 2, "本年制发件数"), (2, 1, "规章"), (2, 2, "0")]


def test_html_spans_give_each_cell_its_column_in_the_expanded_grid():
    page = ('<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>'
            '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr></table>')
    assert cells(read(page.encode())) == [
        (1, 1, "三、本年度办理结果"), (1, 2, "（一）予以公开".replace("（", "(").replace("）", ")")), (1, 4, "5"),
        (2, 2, "(三)不予公开"), (2, 3, "1.属于国家秘密"), (2, 4, "0")]


def test_html_scripts_hidden_parts_and_layout_tables_are_handled():
    page = ('<html><head><title>某县2023年政府信息公开工作年度报告</title><script>var a=1;</script></head><body>'
            '<div style="display: none">隐藏</div><table><tr><td><p>正文</p><table><tr><td>7</td></tr></table>'
            '</td></tr></table></body></html>')
    source = read(page.encode())
    assert source.title == "某县2023年政府信息公开工作年度报告"
    assert [(s.text, s.cell) for s in source.segments] == [("正文", False), ("7", True)]


def test_a_gbk_page_is_decoded_by_its_declared_charset():
    page = '<html><head><meta charset="gbk"></head><body><p>行政复议</p></body></html>'.encode("gbk")
    assert read(page).segments[0].text == "行政复议"


def test_docx_merged_cells_are_read_once_at_their_first_row():
    source = read(render_docx(random_report(random.Random(3), year=2022)))
    assert source.kind == "docx"
    results = [s for s in source.segments if s.cell and s.text == "三、本年度办理结果"]
    assert len(results) == 1 and results[0].where.column == 1


def test_docx_and_html_renderings_of_one_report_read_the_same_cells():
    report = random_report(random.Random(5), year=2021)
    from_docx = [s.text for s in read(render_docx(report)).segments if s.cell]
    from_html = [s.text for s in read(render_html(report)).segments if s.cell]
    assert from_docx == from_html


def test_a_pdf_without_text_is_refused_as_a_scan():
    with pytest.raises(UnreadableReport, match="扫描件"):
        read(_blank_pdf())


def _blank_pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "空"),
    (b"%PDF-1.4 garbage", "PDF"),
    (b"PK\x03\x04word/document.xml" + b"\0" * 40, "损坏"),
    (b"PK\x03\x04" + b"\0" * 40, "压缩包"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".doc"),
])
def test_unreadable_files_get_a_reason(data, reason):
    with pytest.raises(UnreadableReport, match=reason):
        read(data)


def test_formats_are_recognised_by_content_not_name():
    assert sniff(b"<!DOCTYPE html><p>x") == "html"
    assert sniff(b"%PDF-1.7") == "pdf"
    assert sniff("一、总体情况".encode()) == "text"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    assert sniff(buffer.getvalue()) == "zip"


def test_without_poppler_pdfplumber_reads_the_same_tables(monkeypatch):
    from gongkai.reportcheck.checker import check_bytes
    from gongkai.reportcheck.readers import pdf

    data = (CORPUS / "raw" / "002.pdf").read_bytes()
    with_poppler = check_bytes(data, "002.pdf")
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    without = check_bytes(data, "002.pdf")
    assert without.tables == with_poppler.tables
    assert [f.message for f in without.findings] == [f.message for f in with_poppler.findings]


def test_a_word_table_used_for_page_layout_is_opened_to_its_inner_tables():
    from docx import Document

    document = Document()
    outer = document.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "三、收到和处理政府信息公开申请情况"
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "一、本年新收政府信息公开申请数量", "26"
    buffer = io.BytesIO()
    document.save(buffer)
    source = read(buffer.getvalue())
    assert [(s.text, s.cell) for s in source.segments if s.text] == [
        ("三、收到和处理政府信息公开申请情况", False), ("一、本年新收政府信息公开申请数量", True), ("26", True)]
