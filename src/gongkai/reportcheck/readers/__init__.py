"""Readers: any supported file → a ``Source`` (segments with locations).

The format is recognised from the content, not the file name: ``%PDF``, a ZIP with a Word body,
HTML markup, or else text.
"""

import re

from gongkai.reportcheck.limits import MAX_FILE_BYTES, Budget, UnreadableReport, size_text
from gongkai.reportcheck.readers.docx import docx_source
from gongkai.reportcheck.readers.html import html_source
from gongkai.reportcheck.readers.pdf import pdf_source
from gongkai.reportcheck.readers.text import decode_text, text_source
from gongkai.reportcheck.source import Source

_HTML = re.compile(rb"<(?:!doctype\s+html|html|body|table|div|p)\b", re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536] else "zip"
    if data.startswith(_OLE):
        return "ole"
    if _HTML.search(data[:65536]):
        return "html"
    return "text"


def read(data: bytes, budget: Budget | None = None) -> Source:
    """The report file as a segment stream; ``UnreadableReport`` says why it cannot be."""
    budget = budget or Budget()
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableReport(f"文件过大（{size_text(len(data))}），超过单份报告上限{size_text(MAX_FILE_BYTES)}")
    if not data.strip():
        raise UnreadableReport("文件是空的")
    kind = sniff(data)
    if kind == "pdf":
        return pdf_source(data, budget)
    if kind == "docx":
        return docx_source(data, budget)
    if kind == "zip":
        raise UnreadableReport("这是压缩包而不是报告文件；请在网页上传压缩包，或解压后逐个核查")
    if kind == "ole":
        raise UnreadableReport("这是旧版Word（.doc）或其他Office二进制文件，暂不支持；请另存为.docx或PDF后再核查")
    if kind == "html":
        return html_source(data, budget)
    return text_source(decode_text(data))


__all__ = ["read", "sniff"]
