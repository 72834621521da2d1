"""Checking uploaded files by their content, never by their name. Plain Python, no Django.

Accepted: PDF, OFD (GB/T 33190 版式文档), JPEG, PNG, Word (DOC, DOCX). A file's type is what its
bytes say; the stored name gets the extension of that type.
"""

import hashlib
import io
import zipfile
from dataclasses import dataclass

import filetype

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_FILES = 5
ACCEPTED = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/ofd": "ofd",
}
ACCEPTED_LABEL = "PDF、OFD、JPG、PNG、Word"


class AttachmentRejected(ValueError):
    """The message names the file and the reason, in Chinese."""


@dataclass(frozen=True)
class Inspected:
    name: str
    content_type: str
    extension: str
    size: int


def _is_ofd(content: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "OFD.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def content_type(content: bytes) -> str | None:
    kind = filetype.guess(content)
    if kind is None:
        return None
    if kind.mime == "application/zip":
        return "application/ofd" if _is_ofd(content) else kind.mime
    return kind.mime


def inspect(name: str, content: bytes) -> Inspected:
    """The file's real type, or ``AttachmentRejected`` saying what is wrong with it."""
    label = f"附件“{name}”"
    if not content:
        raise AttachmentRejected(f"{label}是空文件")
    if len(content) > MAX_FILE_BYTES:
        raise AttachmentRejected(f"{label}超过{MAX_FILE_BYTES // (1024 * 1024)}MB")
    mime = content_type(content)
    if mime not in ACCEPTED:
        raise AttachmentRejected(f"{label}的内容不是允许的文件类型（{ACCEPTED_LABEL}），请勿仅修改扩展名")
    return Inspected(name=name, content_type=mime, extension=ACCEPTED[mime], size=len(content))


def inspect_all(files: list[tuple[str, bytes]]) -> list[Inspected]:
    """Every file checked, plus the limits on their number and total size."""
    if len(files) > MAX_FILES:
        raise AttachmentRejected(f"附件最多{MAX_FILES}个，实际为{len(files)}个")
    if sum(len(content) for _, content in files) > MAX_TOTAL_BYTES:
        raise AttachmentRejected(f"附件合计不能超过{MAX_TOTAL_BYTES // (1024 * 1024)}MB")
    return [inspect(name, content) for name, content in files]


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
