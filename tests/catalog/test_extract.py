import io
import zipfile

import docx

from gongkai.catalog.extract import extract

OFD_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>
<ofd:TextObject ID="1"><ofd:TextCode X="0" Y="0">关于棚户区</ofd:TextCode></ofd:TextObject>
<ofd:TextObject ID="2"><ofd:TextCode X="0" Y="0">改造的通知</ofd:TextCode></ofd:TextObject>
</ofd:Layer></ofd:Content></ofd:Page>"""


def test_docx_paragraphs_and_tables_are_read():
    document = docx.Document()
    document.add_paragraph("环境影响评价公示")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "表格中的文字"
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract("公示.docx", buffer.getvalue())
    assert "环境影响评价公示" in result.text and "表格中的文字" in result.text


def test_ofd_text_codes_are_read_in_page_order():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", OFD_PAGE)
    assert extract("通知.ofd", buffer.getvalue()).text == "关于棚户区改造的通知"


def test_pdf_text_is_read():
    from weasyprint import HTML

    pdf = HTML(string="<p>淄政发〔2020〕13号 行政规范性文件管理办法</p>").write_pdf()
    assert "行政规范性文件管理办法" in extract("办法.pdf", pdf).text


def test_a_damaged_file_attaches_with_a_note():
    result = extract("坏.pdf", b"not a pdf")
    assert result.text == "" and result.note == "文件已损坏、加密或格式不符，无法读取文字"


def test_other_kinds_are_not_read():
    assert extract("图解.png", b"\x89PNG").note == "该类型文件不提取文字"


def test_a_zip_bomb_ofd_is_not_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", b"<a>" + b" " * (50 * 1024 * 1024) + b"</a>")
    result = extract("炸弹.ofd", buffer.getvalue())
    assert result.text == "" and "压缩炸弹" in result.note


def test_a_broken_docx_attaches_with_a_chinese_note():
    assert extract("坏.docx", b"PK\x03\x04broken").note == "文件已损坏，无法读取文字"


def test_the_attachment_size_limit_is_50_mb():
    from gongkai.catalog.extract import size_problem

    assert size_problem(50 * 1024 * 1024) == ""
    assert size_problem(50 * 1024 * 1024 + 1) == "附件不能超过 50 MB，本文件为 50.0 MB"


def test_a_slow_pdf_is_indexed_as_far_as_it_was_read(monkeypatch):
    from weasyprint import HTML

    from gongkai.catalog import extract as module

    monkeypatch.setattr(module, "PDF_SECONDS", -1.0)
    pdf = HTML(string="<p>第一页的文字</p><p style='page-break-before: always'>第二页</p>").write_pdf()
    result = extract("慢.pdf", pdf)
    assert result.text == "第一页的文字" and "仅索引已读取的页面" in result.note
