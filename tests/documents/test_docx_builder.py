import io
import zipfile

from docx import Document
from docx.shared import Pt

from gongkai.documents.docx_builder import OfficialDocument
from gongkai.documents.fonts import FontRole, font_for
from gongkai.documents.grid import Cell, Grid


def built() -> bytes:
    document = OfficialDocument()
    document.title("关于测试的通知")
    document.heading("一、总体情况")
    document.paragraph("正文段落。")
    grid = Grid(n_cols=3, widths=(2, 1, 1), header_rows=1)
    grid.add(Cell("项目", 0, 0, rowspan=2, header=True))
    grid.add(Cell("数量", 0, 1, colspan=2, header=True))
    grid.add(Cell("1", 1, 1, numeric=True))
    grid.add(Cell("2", 1, 2, numeric=True))
    document.table(grid)
    document.signature("淄博市人民政府办公室", "2021年3月9日")
    return document.to_bytes()


def test_the_page_follows_gb_t_9704():
    section = Document(io.BytesIO(built())).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]


def test_title_body_and_heading_use_their_faces_on_east_asia():
    document = Document(io.BytesIO(built()))
    title, heading, body = document.paragraphs[0], document.paragraphs[2], document.paragraphs[3]

    def east_asia(paragraph):
        return paragraph.runs[0]._element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")

    assert east_asia(title) == font_for(FontRole.TITLE) and title.runs[0].font.size == Pt(22)
    assert east_asia(heading) == font_for(FontRole.HEADING) and heading.paragraph_format.keep_with_next
    assert east_asia(body) == font_for(FontRole.BODY) and body.runs[0].font.size == Pt(16)


def test_tables_keep_their_merges_and_header_rows():
    xml = zipfile.ZipFile(io.BytesIO(built())).read("word/document.xml").decode()
    assert '<w:gridSpan w:val="2"/>' in xml and '<w:vMerge w:val="restart"/>' in xml and "<w:tblHeader/>" in xml


def test_pages_are_numbered_in_the_footer():
    xml = zipfile.ZipFile(io.BytesIO(built())).read("word/footer1.xml").decode()
    assert "PAGE" in xml and "— " in xml
