"""Text of attachments, for search. Plain Python (pdfplumber, python-docx, zip/XML for OFD).

OFD (GB/T 33190-2016, 版式文档) is a zip of XML: page text is in ``ofd:TextCode`` elements of
``Doc_N/Pages/Page_N/Content.xml``. A file whose text cannot be read still attaches; the
note says why, and the file is simply not searchable by its content.
"""

import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from gongkai.catalog import encoding

MAX_CHARS = 1_000_000
KINDS = {"pdf", "docx", "ofd", "txt", "xlsx", "jpg", "jpeg", "png", "doc", "wps", "zip"}
_PAGE = re.compile(r"(^|/)Pages/Page_\d+/Content\.xml$")


@dataclass(frozen=True)
class Extracted:
    kind: str
    text: str
    note: str = ""


def kind_of(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _pdf(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


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


def extract(name: str, data: bytes) -> Extracted:
    kind = kind_of(name)
    reader = READERS.get(kind)
    if reader is None:
        return Extracted(kind, "", "该类型文件不提取文字")
    try:
        text = reader(data)
    except Exception as exc:  # damaged or encrypted files: attach, but say why nothing is searchable
        return Extracted(kind, "", f"无法读取文字：{type(exc).__name__}")
    text = re.sub(r"[ \t]+", " ", text).strip()
    if not text:
        return Extracted(kind, "", "文件中没有可提取的文字（可能是扫描件）")
    return Extracted(kind, text[:MAX_CHARS], "文字过长，仅索引前100万字" if len(text) > MAX_CHARS else "")
