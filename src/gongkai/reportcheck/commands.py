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
    from gongkai.reportcheck.batch import Batch, Limits, check_entries

    results = []
    for path in tqdm(list(_expand(args.files)), desc="核查", unit="个文件", file=sys.stderr, disable=None):
        batch = Batch(Limits(files=100_000, total_bytes=2**40, seconds=float("inf")))
        try:
            batch.add(str(path), path.read_bytes())
        except OSError as exc:
            batch.entries.append(_unreadable(path, exc))
        results += check_entries(batch.entries)
    check_across(results)
    for result in results:
        print(json.dumps(result.as_json(), ensure_ascii=False) if args.json else _human(result))
    if args.xlsx:
        from gongkai.reportcheck.xlsx import workbook

        args.xlsx.write_bytes(workbook(results))
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
