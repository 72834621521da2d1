"""Reading members of ZIP files (DOCX files and uploaded archives) without trusting their headers.

A zip bomb declares small sizes or compresses a huge run of zeros: every member is read through
a bounded reader, and its declared ratio is checked before a byte is inflated.
"""

import io
import zipfile

from gongkai.reportcheck.limits import MB, UnreadableReport, size_text

MAX_RATIO = 200  # uncompressed / compressed; XML and text stay far below, bombs far above


def open_zip(data: bytes, what: str = "压缩包") -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableReport(f"{what}已损坏，无法打开（{exc}）") from None


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, what: str) -> bytes:
    """The member's bytes, refusing oversized or suspiciously compressed members."""
    if info.file_size > limit:
        raise UnreadableReport(f"{what}解压后为{size_text(info.file_size)}，超过上限{size_text(limit)}")
    if info.file_size > MB and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise UnreadableReport(
            f"{what}压缩比异常（{info.file_size // max(info.compress_size, 1)}倍），疑似压缩炸弹，已拒绝")
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise UnreadableReport(f"{what}无法解压（{exc}）") from None
    if len(data) > limit:
        raise UnreadableReport(f"{what}解压后超过上限{size_text(limit)}")
    return data
