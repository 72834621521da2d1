"""A batch of report files as the user gave them: single files and ZIP archives of them.

Archives are opened under limits (number of files, size of each, total size, compression ratio,
nesting) so that a zip bomb is refused with a message instead of filling memory. Every entry
that cannot be checked is kept with its reason, so the user sees what was skipped and why.
"""

import time
import zipfile
from dataclasses import dataclass

from gongkai.reportcheck.archive import open_zip, read_member
from gongkai.reportcheck.checker import CheckResult, check_bytes
from gongkai.reportcheck.limits import (
    MAX_FILE_BYTES,
    MB,
    SECONDS_PER_FILE,
    Budget,
    UnreadableReport,
    size_text,
)
from gongkai.reportcheck.readers import sniff

NOT_REPORTS = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".svg", ".css", ".js", ".webp"}


@dataclass(frozen=True)
class Limits:
    files: int = 200  # reports in one batch, archives opened
    file_bytes: int = MAX_FILE_BYTES  # one report
    total_bytes: int = 200 * MB  # everything, uncompressed
    nesting: int = 1  # archives inside an archive, at most this deep
    seconds: float = 600.0  # the whole batch


@dataclass
class Entry:
    name: str
    data: bytes | None = None
    error: str | None = None  # why this entry is not checked


class Batch:
    """Collects entries, enforcing the limits across all of them."""

    def __init__(self, limits: Limits | None = None):
        self.limits = limits or Limits()
        self.entries: list[Entry] = []
        self.total = 0
        self.started = time.monotonic()
        self.refused: str | None = None  # set when the batch as a whole hit a limit

    def add(self, name: str, data: bytes, depth: int = 0) -> None:
        if self.refused:
            return
        if len(self.entries) >= self.limits.files:
            self._refuse(f"文件数量超过上限{self.limits.files}个，其余文件未核查")
            return
        kind = sniff(data)
        if len(data) > self.limits.file_bytes and kind != "zip":
            self.entries.append(Entry(name, error=f"文件过大（{size_text(len(data))}），超过上限"
                                                 f"{size_text(self.limits.file_bytes)}"))
            return
        if kind == "zip":
            self._add_archive(name, data, depth)
            return
        if _suffix(name) in NOT_REPORTS:
            self.entries.append(Entry(name, error="图片、样式或脚本文件，不是报告，已跳过"))
            return
        self.total += len(data)
        if self.total > self.limits.total_bytes:
            self._refuse(f"解压后总大小超过上限{size_text(self.limits.total_bytes)}，其余文件未核查")
            return
        self.entries.append(Entry(name, data=data))

    def _add_archive(self, name: str, data: bytes, depth: int) -> None:
        if depth >= self.limits.nesting:
            self.entries.append(Entry(name, error=f"压缩包嵌套超过{self.limits.nesting}层，未解压"))
            return
        try:
            archive = open_zip(data)
            members = [m for m in archive.infolist() if not m.is_dir() and not _hidden(m.filename)]
        except UnreadableReport as exc:
            self.entries.append(Entry(name, error=exc.reason))
            return
        if sum(m.file_size for m in members) + self.total > self.limits.total_bytes:
            self.entries.append(Entry(name, error=f"压缩包解压后共{size_text(sum(m.file_size for m in members))}，"
                                                  f"超过上限{size_text(self.limits.total_bytes)}，疑似压缩炸弹，已拒绝"))
            return
        for member in members:
            if time.monotonic() - self.started > self.limits.seconds:
                self._refuse("解压超时，其余文件未核查")
                return
            inner = f"{name}/{_member_name(member)}"
            try:
                content = read_member(archive, member, self.limits.file_bytes, f"「{_member_name(member)}」")
            except UnreadableReport as exc:
                self.entries.append(Entry(inner, error=exc.reason))
                continue
            self.add(inner, content, depth + 1)

    def _refuse(self, reason: str) -> None:
        self.refused = reason


def check_entries(entries: list[Entry], seconds: float = float("inf")) -> list[CheckResult]:
    """Check every entry within ``seconds`` in all (the carry-over between reports is left to
    ``across.check_across``, once every file of the batch is checked). Data is released as it goes."""
    started = time.monotonic()
    results = []
    for entry in entries:
        left = seconds - (time.monotonic() - started)
        if entry.error is not None:
            results.append(CheckResult(file=entry.name, error=entry.error))
        elif left <= 0:
            results.append(CheckResult(file=entry.name, error="超出本次核查的时间上限，未核查；请分批提交"))
        else:
            results.append(check_bytes(entry.data, entry.name, Budget(min(SECONDS_PER_FILE, left))))
        entry.data = None
    return results


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.rfind("/") else ""


def _hidden(name: str) -> bool:
    parts = name.split("/")
    return parts[0] == "__MACOSX" or parts[-1].startswith(".")


def _member_name(member: zipfile.ZipInfo) -> str:
    """Member names of archives made on Chinese Windows are GBK without the UTF-8 flag."""
    if member.flag_bits & 0x800:
        return member.filename
    try:
        raw = member.filename.encode("cp437")
    except UnicodeEncodeError:
        return member.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return member.filename
