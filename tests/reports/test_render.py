import io
import json
import zipfile

import pytest
from openpyxl import load_workbook

from gongkai.documents.pdf import docx_to_pdf, pdf_text, pdf_to_pngs
from gongkai.reports import render
from gongkai.reports.document import EMPTY_SECTION_TEXT, ReportDocument
from gongkai.reports.narrative import draft
from gongkai.reports.validation import validate
from tests.reports.fakes import seed_tables


@pytest.fixture
def document():
    tables = seed_tables()
    text = {**draft(tables, year=2020, compiler="淄博市人民政府办公室"), "problems": "（一）加强组织领导\n已整改。"}
    return ReportDocument(title="淄博市2020年政府信息公开工作年度报告", year=2020, version="2019",
                          compiler="淄博市人民政府办公室", scope_label="x", narrative=text, tables=tables,
                          validation=validate(tables, text))


def test_json_has_the_shape_of_the_spec_fixture(document):
    assert json.loads(render.tables_json(document.tables)) == seed_tables()


def test_html_marks_failing_cells_and_explains_empty_sections(document):
    document.tables["t4"]["cases"]["review_total"] = 168
    marked = ReportDocument(title=document.title, year=2020, version="2019", compiler="x", scope_label="x",
                            narrative=document.narrative, tables=document.tables,
                            validation=validate(document.tables, document.narrative))
    html = render.body_html(marked)
    assert 'class="num failed" data-cell="t4.cases.review_total"' in html
    assert EMPTY_SECTION_TEXT in html  # 六 is not written yet
    assert "None" not in html


def test_docx_sets_chinese_fonts_on_east_asia_and_merges_header_cells(document):
    xml = zipfile.ZipFile(io.BytesIO(render.docx(document))).read("word/document.xml").decode()
    assert 'w:eastAsia="Noto Serif CJK SC"' in xml and 'w:eastAsia="Noto Sans CJK SC"' in xml
    assert '<w:gridSpan w:val="7"/>' in xml  # 申请人情况
    assert '<w:vMerge w:val="restart"/>' in xml  # 三、本年度办理结果 …
    assert 'w:top="2098"' in xml and 'w:left="1587"' in xml  # 37 mm, 28 mm (twips)


def test_xlsx_has_one_sheet_per_table_with_merged_headers(document):
    book = load_workbook(io.BytesIO(render.xlsx(document)))
    assert book.sheetnames == ["表二 主动公开", "表三 依申请公开", "表四 复议诉讼"]
    t3 = book["表三 依申请公开"]
    assert "D2:J2" in {str(r) for r in t3.merged_cells.ranges}
    assert t3["J5"].value == 1399  # 一、本年新收 … 总计, numeric


def test_the_docx_looks_right_when_word_would_print_it(document):
    """The documented page check: LibreOffice prints the DOCX; the tables land on the pages."""
    pdf = docx_to_pdf(render.docx(document))
    text = pdf_text(pdf)
    pages = pdf_to_pngs(pdf, dpi=30)
    assert 3 <= len(pages) <= 6
    for words in ("淄博市2020年政府信息公开工作年度报告", "第二十条第（一）项", "申请人情况", "未经复议直接起诉", "631972.7378"):
        assert words in text.replace(" ", "")
