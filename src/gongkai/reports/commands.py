"""``gongkai report …`` (one report or all of a year) and ``gongkai import figures|template``."""

import argparse
import sys
from datetime import date
from pathlib import Path

from gongkai.reportformat import FIRST_REPORT_YEAR, VERSIONS

FORMAT_CHOICES = ("json", "html", "docx", "xlsx", "pdf")


def report_year(text: str) -> int:
    """``--year``: a report year from the first 条例 year to this year."""
    if not text.strip().isascii() or not text.strip().isdigit() or not (
            FIRST_REPORT_YEAR <= int(text) <= date.today().year):
        raise argparse.ArgumentTypeError(f"年度应为{FIRST_REPORT_YEAR}至{date.today().year}之间的四位数字，实为“{text}”")
    return int(text)


def register(subparsers) -> None:
    report = subparsers.add_parser("report", help="生成政府信息公开工作年度报告")
    target = report.add_mutually_exclusive_group(required=True)
    target.add_argument("--org", help="单位名称、简称或统一社会信用代码（默认统计本单位及所属单位）")
    target.add_argument("--all", action="store_true", help="生成全部单位及其所属单位的报告")
    report.add_argument("--year", type=report_year, required=True)
    report.add_argument("--template", choices=VERSIONS, help="报告格式，默认按年度选择（2020年及以前为2019格式）")
    report.add_argument("--format", choices=FORMAT_CHOICES, default="json")
    report.add_argument("--own", action="store_true", help="只统计本单位，不含所属单位")
    report.add_argument("--group", help="按单位组统计（单位组名称），与 --org 同用")
    report.add_argument("-o", "--output", type=Path, help="输出文件，默认标准输出（json/html）")
    report.add_argument("--out", type=Path, help="--all 的输出目录")
    report.set_defaults(func=run_report)

    importer = subparsers.add_parser("import", help="导入数据")
    actions = importer.add_subparsers(dest="import_command", required=True, metavar="ACTION")
    figures = actions.add_parser("figures", help="导入年度报告数据（XLSX/CSV，全部成功或全部不导入）")
    figures.add_argument("file", type=Path)
    figures.add_argument("--reason", default="", help="替换已导入的不同数值时的修改原因")
    figures.set_defaults(func=run_import_figures)
    template = actions.add_parser("template", help="下载年度报告数据导入模板")
    template.add_argument("--year", type=report_year, required=True)
    template.add_argument("--template", choices=VERSIONS)
    template.add_argument("--org", help="只含此单位（默认全部单位）")
    template.add_argument("-o", "--output", type=Path, required=True)
    template.set_defaults(func=run_template)


def _fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def _write(content, output: Path | None) -> int:
    """Write to ``output`` (stdout when ``None``); 0, or 2 with a Chinese message when it cannot."""
    try:
        if output is None:
            sys.stdout.write(content)
        elif isinstance(content, bytes):
            output.write_bytes(content)
        else:
            output.write_text(content, encoding="utf-8")
    except OSError as exc:
        return _fail(f"无法写入文件 {output}: {exc.strerror}")
    return 0


def run_report(args) -> int:
    from gongkai.reportformat import version_for_year

    version = args.template or version_for_year(args.year)
    if args.all:
        return _run_all(args, version)
    from gongkai.orgs.models import Unit

    try:
        unit = Unit.objects.find(args.org)
    except (Unit.DoesNotExist, Unit.MultipleObjectsReturned) as exc:
        return _fail(str(exc))
    try:
        scope = _scope(unit, args)
    except LookupError as exc:
        return _fail(str(exc))
    if args.output is None and args.format in ("docx", "xlsx", "pdf"):
        return _fail(f"{args.format} 格式须用 -o 指定输出文件")
    from gongkai.reports.cli_support import report_output

    return _write(report_output(scope, args.year, version, args.format), args.output)


def _scope(unit, args):
    from gongkai.reports.models import NamedGroup, ScopeKind
    from gongkai.reports.scope import Scope

    if args.group:
        group = NamedGroup.objects.filter(owner=unit, name=args.group).first()
        if group is None:
            raise LookupError(f"{unit.name}没有名为“{args.group}”的单位组")
        return Scope.for_group(group)
    return Scope(ScopeKind.UNIT if args.own else ScopeKind.SUBTREE, unit)


def _run_all(args, version: str) -> int:
    from gongkai.reports import bulk

    if args.out is None:
        return _fail("--all 须用 --out 指定输出目录")
    try:
        result = bulk.run(args.year, version, args.out, fmt=args.format)
    except OSError as exc:
        return _fail(f"无法写入目录 {args.out}: {exc.strerror}")
    print(f"已生成 {result.files} 份{args.year}年度报告（{version}年格式），用时 {result.seconds:.1f} 秒：{args.out}")
    return 0


def run_import_figures(args) -> int:
    from gongkai.core.imports import import_file_command
    from gongkai.reports.figure_services import import_figures

    def summary(data: bytes) -> str:
        result = import_figures(data, args.file.name, reason=args.reason)
        return f"导入完成：{result.units} 个单位，新增或修改 {result.created} 项，{result.unchanged} 项与现有数值相同。"

    return import_file_command(args.file, summary)


def run_template(args) -> int:
    from gongkai.orgs.models import Unit
    from gongkai.reportformat import version_for_year
    from gongkai.reports.figure_services import figure_template

    units = Unit.objects.all()
    if args.org:
        try:
            units = units.filter(pk=Unit.objects.find(args.org).pk)
        except (Unit.DoesNotExist, Unit.MultipleObjectsReturned) as exc:
            return _fail(str(exc))
    if _write(figure_template(units, args.year, args.template or version_for_year(args.year)), args.output):
        return 2
    print(f"模板已保存：{args.output}")
    return 0
