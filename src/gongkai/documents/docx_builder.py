"""DOCX in official-document style (GB/T 9704-2012 《党政机关公文格式》).

Page: A4, margins 上37mm 下35mm 左28mm 右26mm (版心 156 × 225 mm). Title 二号 (22pt) 小标宋;
body 三号 (16pt) 仿宋 with a fixed line pitch that gives 22 lines a page; 一级标题 黑体, 二级标题 楷体;
page numbers 「— 1 —」 in 四号 at the foot. Chinese faces are set on ``w:eastAsia`` (Word ignores
``w:ascii`` for CJK text). Tables come from ``documents.grid.Grid`` with their merges.
"""

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from gongkai.documents.fonts import FontRole, font_for
from gongkai.documents.grid import Grid

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGINS = {"top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}
TEXT_WIDTH_MM = 210 - 28 - 26
TITLE_SIZE = Pt(22)  # 二号
BODY_SIZE = Pt(16)  # 三号
PAGE_NUMBER_SIZE = Pt(14)  # 四号
TABLE_SIZE = Pt(10.5)  # 五号
LINE_PITCH = Pt(28.9)  # 225 mm / 22 lines
FIRST_LINE_INDENT = Pt(32)  # two characters of 三号


def set_run_font(run, family: str, size, *, bold: bool = False) -> None:
    run.font.name = family  # w:ascii and w:hAnsi
    run.font.size = size
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), family)
    fonts.set(qn("w:cs"), family)


def _field(run, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) inside ``run``."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == instruction else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} " if text == instruction else text
        run._element.append(element)


class OfficialDocument:
    """Builds one DOCX; call the block methods in reading order, then ``to_bytes()``."""

    def __init__(self):
        self.document = Document()
        self.body_font = font_for(FontRole.BODY)
        self._setup_page(self.document.sections[0])
        normal = self.document.styles["Normal"]
        normal.font.name, normal.font.size = self.body_font, BODY_SIZE
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), self.body_font)
        normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        normal.paragraph_format.line_spacing = LINE_PITCH
        normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)

    def _setup_page(self, section) -> None:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
        section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
        section.footer_distance = Mm(28) - Mm(7)  # page number 7 mm below the text block's bottom edge
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text in ("— ", None, " —"):
            run = footer.add_run(text or "")
            set_run_font(run, self.body_font, PAGE_NUMBER_SIZE)
            if text is None:
                _field(run, "PAGE")

    def _paragraph(self, text: str, role: FontRole, size, *, align=None, indent=None, bold=False):
        paragraph = self.document.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if indent is not None:
            paragraph.paragraph_format.first_line_indent = indent
        if text:
            set_run_font(paragraph.add_run(text), font_for(role), size, bold=bold)
        return paragraph

    def title(self, text: str) -> None:
        """The document title, centred, followed by one empty line."""
        paragraph = self._paragraph(text, FontRole.TITLE, TITLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.line_spacing = Pt(36)
        self.blank_line()

    def doc_number(self, text: str) -> None:
        """发文字号, centred under the title (e.g. 淄政公开告〔2020〕12号)."""
        self._paragraph(text, FontRole.BODY, BODY_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER)

    def addressee(self, text: str) -> None:
        """主送: flush left, ending with a full-width colon."""
        self._paragraph(text, FontRole.BODY, BODY_SIZE, indent=Pt(0))

    def heading(self, text: str, level: int = 1) -> None:
        """一级 「一、」 in 黑体, 二级 「（一）」 in 楷体, indented like body text."""
        role = FontRole.HEADING if level == 1 else FontRole.SUBHEADING
        paragraph = self._paragraph(text, role, BODY_SIZE, indent=FIRST_LINE_INDENT)
        paragraph.paragraph_format.keep_with_next = True  # never a heading alone at the foot of a page

    def paragraph(self, text: str, *, indent: bool = True, align=None):
        return self._paragraph(text, FontRole.BODY, BODY_SIZE, indent=FIRST_LINE_INDENT if indent else Pt(0), align=align)

    def blank_line(self):
        return self.document.add_paragraph()

    def signature(self, unit_name: str, date_text: str, seal_text: str = "（印章）") -> None:
        """发文机关署名, the seal's place and the date, right-aligned with four characters to spare."""
        self.blank_line().paragraph_format.keep_with_next = True
        for index, text in enumerate((unit_name, seal_text, date_text)):
            paragraph = self._paragraph(text, FontRole.BODY, BODY_SIZE, align=WD_ALIGN_PARAGRAPH.RIGHT)
            paragraph.paragraph_format.right_indent = Pt(64)
            paragraph.paragraph_format.keep_with_next = index < 2  # never split the block over pages

    def note(self, text: str) -> None:
        """附注: in parentheses, indented two characters, under the date."""
        self._paragraph(f"（{text}）", FontRole.BODY, BODY_SIZE, indent=FIRST_LINE_INDENT)

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, grid: Grid, size=TABLE_SIZE) -> None:
        grid.check()
        table = self.document.add_table(rows=grid.n_rows, cols=grid.n_cols)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = sum(grid.widths)
        widths = [Mm(TEXT_WIDTH_MM * w / total) for w in grid.widths]
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.w = width  # LibreOffice lays out by the grid, Word by the cells: set both
        for row in table.rows:
            for index, cell in enumerate(row.cells):
                cell.width = widths[index]
        for index in range(grid.header_rows):
            table.rows[index]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for spec in grid.cells:
            cell = table.cell(spec.row, spec.col)
            if spec.rowspan > 1 or spec.colspan > 1:
                cell = cell.merge(table.cell(spec.last_row, spec.last_col))
            self._fill_cell(cell, spec, size)
        self.document.add_paragraph()

    def _fill_cell(self, cell, spec, size) -> None:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        paragraph.paragraph_format.first_line_indent = Pt(0)
        centred = spec.header or spec.numeric
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
        role = FontRole.HEADING if spec.header else FontRole.BODY
        set_run_font(paragraph.add_run(spec.text), font_for(role), size)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()
