"""What every file import shares: all-or-nothing rejection with row-numbered Chinese errors."""

import sys
from collections.abc import Callable
from pathlib import Path


class ImportRejected(Exception):
    """Nothing was imported. ``errors`` lists the problems by row (possibly capped);
    ``total`` counts all of them."""

    def __init__(self, errors: list[str], total: int | None = None):
        super().__init__("；".join(errors[:3]))
        self.errors = errors
        self.total = total if total is not None else len(errors)


def print_rejection(rejected: ImportRejected, stream=None) -> None:
    stream = stream or sys.stderr
    print(f"导入失败，未做任何修改。共 {rejected.total} 处错误：", file=stream)
    for error in rejected.errors:
        print(f"  {error}", file=stream)
    if rejected.total > len(rejected.errors):
        print(f"  ……另有 {rejected.total - len(rejected.errors)} 处错误未列出", file=stream)


def import_file_command(path: Path, do_import: Callable[[bytes], str]) -> int:
    """The command-line side of a file import: read the file (exit 2 if it cannot be read), import
    it all or nothing (exit 1 with the errors by row), print the summary ``do_import`` returns (0)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"无法读取文件 {path}：{exc.strerror}", file=sys.stderr)
        return 2
    try:
        summary = do_import(data)
    except ImportRejected as rejected:
        print_rejection(rejected)
        return 1
    print(summary)
    return 0
