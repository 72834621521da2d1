"""Limits that keep any input, hostile or broken, from crashing or stalling the checker."""

import time
from dataclasses import dataclass

MB = 1024 * 1024

MAX_FILE_BYTES = 20 * MB  # one report file; real reports are well under 5 MB
MAX_TEXT_CHARS = 3_000_000  # text extracted from one file
MAX_SEGMENTS = 300_000  # lines and cells of one file
MAX_TABLE_CELLS = 20_000  # cells of one table after spans are expanded
MAX_SPAN = 100  # rowspan / colspan honoured
SECONDS_PER_FILE = 30.0  # the internal time budget of one file
PDF_SECONDS = 20.0  # pdftotext on one file


class UnreadableReport(Exception):
    """The file cannot be read as an annual report; ``reason`` says why, in Chinese."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Budget:
    """A deadline checked at every loop that could grow with the input."""

    seconds: float = SECONDS_PER_FILE
    started: float = 0.0

    def __post_init__(self):
        self.started = time.monotonic()

    def check(self) -> None:
        if time.monotonic() - self.started > self.seconds:
            raise UnreadableReport(f"处理超过{self.seconds:.0f}秒仍未完成，已停止；文件可能过大或结构异常")

    def remaining(self) -> float:
        return max(0.0, self.seconds - (time.monotonic() - self.started))


def size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB / 10 else f"{size / 1024:.0f} KB"
