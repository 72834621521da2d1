"""Text of attachments, for search. Plain Python (pdfplumber, python-docx, zip/XML for OFD).

OFD (GB/T 33190-2016, 版式文档) is a zip of XML: page text is in ``ofd:TextCode`` elements of
``Doc_N/Pages/Page_N/Content.xml``. A file whose text cannot be read still attaches; the
note says why, and the file is simply not searchable by its content.
"""

import io
import re
import time
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from gongkai.catalog import encoding

MAX_CHARS = 1_000_000
MAX_BYTES = 50 * 1024 * 1024  # the largest attachment accepted
MAX_UNPACKED = 200 * 1024 * 1024  # DOCX/OFD are zips: what their members may unpack to in all
PDF_SECONDS = 60.0  # a PDF whose pages take longer is indexed as far as it was read
MAX_RATIO = 200  # a zip that unpacks to more than 200× its size is treated as a zip bomb
KINDS = {"pdf", "docx", "ofd", "txt", "xlsx", "jpg", "jpeg", "png", "doc", "wps", "zip"}
_PAGE = re.compile(r"(^|/)Pages/Page_\d+/Content\.xml$")


@dataclass(frozen=True)
class Extracted:
    kind: str
    text: str
    note: str = ""


def kind_of(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


class _Partial(Exception):
    """Reading stopped at the time limit; ``text`` is what was read by then."""

    def __init__(self, text: str):
        super().__init__("partial")
        self.text = text


def _pdf(data: bytes) -> str:
    import pdfplumber

    deadline = time.monotonic() + PDF_SECONDS
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            pages.append(page.extract_text() or "")
            if time.monotonic() > deadline:
                raise _Partial("\n".join(pages))
    return "\n".join(pages)


def _docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _ofd(data: bytes) -> str:
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pages = sorted(n for n in archive.namelist() if _PAGE.search(n))
        for name in pages:
            root = ElementTree.fromstring(archive.read(name))
            texts.extend(el.text or "" for el in root.iter() if el.tag.endswith("TextCode"))
    return "".join(texts)


READERS = {"pdf": _pdf, "docx": _docx, "ofd": _ofd, "txt": encoding.decode}
ZIPPED = {"docx", "ofd"}


def size_problem(size: int) -> str:
    """Why a file of ``size`` bytes cannot be attached ("" when it can)."""
    if size <= MAX_BYTES:
        return ""
    return f"附件不能超过 {MAX_BYTES // (1024 * 1024)} MB，本文件为 {size / (1024 * 1024):.1f} MB"


def _zip_problem(data: bytes) -> str:
    """A zip whose members would unpack to too much is not opened (declared sizes bound reads)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "文件已损坏，无法读取文字"
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(len(data), 1):
        return "文件解压后过大（疑似压缩炸弹），未提取文字"
    return ""


def extract(name: str, data: bytes) -> Extracted:
    kind = kind_of(name)
    reader = READERS.get(kind)
    if reader is None:
        return Extracted(kind, "", "该类型文件不提取文字")
    problem = _zip_problem(data) if kind in ZIPPED else ""
    if problem:
        return Extracted(kind, "", problem)
    note = ""
    try:
        text = reader(data)
    except _Partial as partial:
        text, note = partial.text, f"文字提取超过{PDF_SECONDS:.0f}秒，仅索引已读取的页面"
    except Exception:  # damaged or encrypted files: attach, but say why nothing is searchable
        return Extracted(kind, "", "文件已损坏、加密或格式不符，无法读取文字")
    text = re.sub(r"[ \t]+", " ", text).strip()
    if not text:
        return Extracted(kind, "", note or "文件中没有可提取的文字（可能是扫描件）")
    if len(text) > MAX_CHARS:
        note = "文字过长，仅索引前100万字"
    return Extracted(kind, text[:MAX_CHARS], note)
