"""PDF files with a text layer: ``pdftotext -layout`` (poppler), else pdfplumber.

The layout mode keeps a table row on one line, so a PDF reads like the column-aligned text
layout. A scanned PDF has no text layer and is refused with that reason.
"""

import shutil
import subprocess

from gongkai.reportcheck.limits import PDF_SECONDS, Budget, UnreadableReport
from gongkai.reportcheck.readers.text import text_source
from gongkai.reportcheck.source import Source


def pdf_source(data: bytes, budget: Budget) -> Source:
    text = _pdftotext(data, budget) if shutil.which("pdftotext") else _pdfplumber(data, budget)
    if not text.replace("\f", "").strip():
        raise UnreadableReport("PDF中没有可提取的文字（可能是扫描件或图片），无法核查")
    return text_source(text, kind="pdf")


def _pdftotext(data: bytes, budget: Budget) -> str:
    try:
        done = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", "-q", "-", "-"], input=data, capture_output=True,
            timeout=min(PDF_SECONDS, max(budget.remaining(), 1.0)), check=False,
        )
    except subprocess.TimeoutExpired:
        raise UnreadableReport(f"PDF文字提取超过{PDF_SECONDS:.0f}秒，已停止；文件可能损坏或过于复杂") from None
    if done.returncode != 0:
        reason = "文件已加密" if done.returncode == 3 else "文件已损坏或不是PDF"
        raise UnreadableReport(f"PDF文件无法读取：{reason}")
    return done.stdout.decode("utf-8", errors="replace")


def _pdfplumber(data: bytes, budget: Budget) -> str:
    import io

    import pdfplumber

    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text(layout=True) or "")
                budget.check()
    except UnreadableReport:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise UnreadableReport(f"PDF文件无法读取：{exc.__class__.__name__}") from None
    return "\f".join(pages)
