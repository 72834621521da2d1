"""PDF from HTML (WeasyPrint), and the helpers to look at Word output: DOCX → PDF with
LibreOffice (headless, ≈2 s), PDF → PNG page images with pdftoppm, PDF → text with pdftotext."""

import shutil
import subprocess
import tempfile
from pathlib import Path


class ConversionError(RuntimeError):
    """An external converter failed or is not installed (message in English, for operators)."""


ALLOWED_URL_SCHEMES = frozenset({"data"})


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """Only ``data:`` URLs are read: the HTML may carry text an applicant or case worker wrote, and a
    PDF step must never fetch http(s) or file URLs (server-side request forgery, local file reads)."""
    from weasyprint import HTML, URLFetcher  # heavy import: only when a PDF is asked for

    fetcher = URLFetcher(allowed_protocols=ALLOWED_URL_SCHEMES, allow_redirects=False)
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()


def _run(command: list[str], timeout: int = 120) -> None:
    if shutil.which(command[0]) is None:
        raise ConversionError(f"{command[0]} is not installed")
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)
    except subprocess.CalledProcessError as exc:
        raise ConversionError(f"{command[0]} failed: {exc.stderr.decode(errors='replace')[-500:]}") from exc
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(f"{command[0]} timed out after {timeout} s") from exc


def docx_to_pdf(docx: bytes) -> bytes:
    """Convert with LibreOffice in a private profile, so parallel conversions do not collide."""
    with tempfile.TemporaryDirectory(prefix="gongkai-docx-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        source.write_bytes(docx)
        _run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
              "--convert-to", "pdf", "--outdir", str(folder), str(source)])
        return (folder / "document.pdf").read_bytes()


def pdf_to_pngs(pdf: bytes, dpi: int = 60) -> list[bytes]:
    """One PNG per page."""
    with tempfile.TemporaryDirectory(prefix="gongkai-pdf-") as tmp:
        folder = Path(tmp)
        (folder / "in.pdf").write_bytes(pdf)
        _run(["pdftoppm", "-r", str(dpi), "-png", str(folder / "in.pdf"), str(folder / "page")])
        return [page.read_bytes() for page in sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem[5:]))]


def pdf_text(pdf: bytes) -> str:
    """The text layer, in reading order (``pdftotext -layout``)."""
    with tempfile.TemporaryDirectory(prefix="gongkai-pdf-") as tmp:
        folder = Path(tmp)
        (folder / "in.pdf").write_bytes(pdf)
        _run(["pdftotext", "-layout", "-enc", "UTF-8", str(folder / "in.pdf"), str(folder / "out.txt")])
        return (folder / "out.txt").read_text(encoding="utf-8")

