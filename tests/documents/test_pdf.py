from dataclasses import replace

from gongkai.documents.letters import LetterKind, render
from gongkai.documents.pdf import docx_to_pdf, html_to_pdf, pdf_text, pdf_to_pngs
from tests.documents.test_letters import reply


def test_html_becomes_a_pdf_with_chinese_text():
    pdf = html_to_pdf("<html><body><p>政府信息公开</p></body></html>")
    assert "政府信息公开" in pdf_text(pdf)


def test_a_letter_in_word_prints_on_one_a4_page_with_its_seal_and_date():
    """The documented check for letters: LibreOffice prints the DOCX, pdftoppm makes page images."""
    docx = render(LetterKind.REPLY, replace(reply("granted"), letter_no="张政办公开告〔2020〕12号"), "docx")
    pdf = docx_to_pdf(docx)
    text = pdf_text(pdf).replace(" ", "")
    pages = pdf_to_pngs(pdf, dpi=20)
    assert len(pages) == 1 and pages[0].startswith(b"\x89PNG")
    assert "政府信息公开申请答复书" in text and "（印章）" in text and "2020年3月20日" in text
