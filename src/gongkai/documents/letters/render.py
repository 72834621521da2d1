"""A letter in every output format: an HTML fragment for previews (styled by the site's CSS),
a standalone HTML page for print, DOCX in 公文 style, and PDF (from the print HTML)."""

from gongkai.documents.docx_builder import OfficialDocument
from gongkai.documents.letters.compose import LetterDocument, compose
from gongkai.documents.letters.context import LetterContext
from gongkai.documents.letters.kinds import LetterKind
from gongkai.documents.pdf import html_to_pdf
from gongkai.documents.templating import print_css, render_html

FORMATS = ("html", "print.html", "docx", "pdf")


def letter_html(letter: LetterDocument) -> str:
    return render_html("letters/letter.html", {"letter": letter})


def letter_print_html(letter: LetterDocument) -> str:
    return render_html("letters/print.html", {"letter": letter, "css": print_css()})


def letter_docx(letter: LetterDocument) -> bytes:
    document = OfficialDocument()
    document.title(letter.title)
    if letter.doc_no:
        document.doc_number(letter.doc_no)
        document.blank_line()
    document.addressee(letter.addressee)
    for text in letter.paragraphs:
        paragraph = document.paragraph(text)
    paragraph.paragraph_format.keep_with_next = True  # 特此告知 never leaves the signature alone on a page
    document.signature(letter.unit_name, letter.date_text, letter.seal)
    if letter.note:
        document.note(letter.note)
    return document.to_bytes()


def render(kind: LetterKind | str, context: LetterContext, fmt: str = "html") -> str | bytes:
    """``fmt``: "html" (fragment), "print.html", "docx" or "pdf"."""
    letter = compose(kind, context)
    if fmt == "html":
        return letter_html(letter)
    if fmt == "print.html":
        return letter_print_html(letter)
    if fmt == "docx":
        return letter_docx(letter)
    if fmt == "pdf":
        return html_to_pdf(letter_print_html(letter))
    raise ValueError(f"unknown letter format {fmt!r}; expected one of {FORMATS}")
