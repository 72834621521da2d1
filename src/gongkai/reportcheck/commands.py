"""``gongkai check FILE... [--json] [--xlsx SUMMARY.xlsx]``: check published annual reports.

Exit status: 0 when every file was read and nothing was found, 1 when there are findings, 2 when
a file could not be read as a report (the reason is printed). Needs no database.
"""

import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    check = subparsers.add_parser(
        "check", help="核查已公开的政府信息公开工作年度报告（文本、网页、Word、PDF，或它们的ZIP压缩包）")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE", help="报告文件、压缩包或目录")
    check.add_argument("--json", action="store_true", help="每个文件输出一行JSON（JSON Lines）")
    check.add_argument("--xlsx", type=Path, metavar="SUMMARY.xlsx", help="同时写出核查结果汇总表")
    check.set_defaults(func=run_check, setup_django=False)


def run_check(args) -> int:
    from tqdm import tqdm

    from gongkai.reportcheck.across import check_across
    from gongkai.reportcheck.batch import Batch, Entry, Limits, check_entries

    results = []
    for path in tqdm(list(_expand(args.files)), desc="核查", unit="个文件", file=sys.stderr, disable=None):
        batch = Batch(Limits(files=100_000, total_bytes=2**40, seconds=float("inf")))
        try:
            batch.add(str(path), _read(path))
        except OSError as exc:
            batch.entries.append(_unreadable(path, exc))
        except _Refused as refused:
            batch.entries.append(Entry(str(path), error=str(refused)))
        results += check_entries(batch.entries)
    check_across(results)
    for result in results:
        print(json.dumps(result.as_json(), ensure_ascii=False) if args.json else _human(result))
    if args.xlsx:
        from gongkai.reportcheck.xlsx import workbook

        try:
            args.xlsx.write_bytes(workbook(results))
        except OSError as exc:
            print(f"无法写出汇总表 {args.xlsx}：{exc.strerror or exc}", file=sys.stderr)
            return 2
    return exit_status(results)


def exit_status(results) -> int:
    if any(r.error for r in results):
        return 2
    return 1 if any(r.findings for r in results) else 0


def _expand(paths: list[Path]):
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


MAX_INPUT_BYTES = 200 * 1024 * 1024  # one file or archive given on the command line


class _Refused(Exception):
    """A path that is not read at all (the message is for the user)."""


def _read(path: Path) -> bytes:
    """The file's bytes; a device, pipe or oversized file is refused before reading (reading
    /dev/zero or a FIFO would never end)."""
    if not path.is_file():
        if not path.exists():
            raise _Refused("无法读取文件：文件不存在")
        raise _Refused("不是普通文件（目录以外的设备、管道等），未读取")
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise _Refused(f"文件过大（{size // (1024 * 1024)} MB），超过命令行单个文件上限 {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    return path.read_bytes()


def _unreadable(path: Path, exc: OSError):
    from gongkai.reportcheck.batch import Entry

    return Entry(str(path), error=f"无法读取文件：{exc.strerror or exc}")


def _human(result) -> str:
    from gongkai.reportcheck.findings import KIND_LABELS, SEVERITY_LABELS
    from gongkai.reportcheck.xlsx import template_label

    if result.error:
        return f"{result.file}\n  无法作为年度报告读取：{result.error}"
    meta = result.metadata
    head = (f"{result.file}  {meta.unit or '单位未识别'} {meta.year or '年度未识别'}年度 "
            f"{template_label(result)} · ")
    head += f"{len(result.findings)}个问题（{result.errors}个错误，{result.warnings}个提示）" if result.findings else "未发现问题"
    lines = [head]
    for finding in result.findings:
        where = f"（{finding.where}）" if finding.where else ""
        lines.append(f"  [{SEVERITY_LABELS[finding.severity]}] {KIND_LABELS[finding.kind]}：{finding.message}{where}")
    for item in result.unresolved:
        lines.append(f"  [说明] 数字连写无法唯一拆分：「{item['raw']}」（{item['where']}）")
    return "\n".join(lines)
