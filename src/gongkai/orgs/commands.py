"""``gongkai orgs import FILE`` and ``gongkai orgs export``."""

import sys
from pathlib import Path


def register(subparsers) -> None:
    orgs = subparsers.add_parser("orgs", help="单位树的导入与导出")
    actions = orgs.add_subparsers(dest="orgs_command", required=True, metavar="ACTION")

    importer = actions.add_parser("import", help="从 CSV 或 JSON 文件导入单位（全部成功或全部不导入）")
    importer.add_argument("file", type=Path)
    importer.add_argument("--format", choices=["csv", "json"], help="默认按文件扩展名判断")
    importer.set_defaults(func=run_import)

    exporter = actions.add_parser("export", help="导出单位树")
    exporter.add_argument("--format", choices=["csv", "json"], default="csv")
    exporter.add_argument("--root", help="只导出此单位及其下级（名称或统一社会信用代码）")
    exporter.add_argument("-o", "--output", type=Path, help="输出文件，默认标准输出")
    exporter.set_defaults(func=run_export)


def run_import(args) -> int:
    from gongkai.core.imports import import_file_command
    from gongkai.orgs.services import import_tree

    fmt = args.format or ("json" if args.file.suffix.lower() == ".json" else "csv")

    def summary(data: bytes) -> str:
        result = import_tree(data, fmt)
        return f"导入完成：新增 {result.created} 个单位，更新 {result.updated} 个单位。"

    return import_file_command(args.file, summary)


def run_export(args) -> int:
    from gongkai.orgs.models import Unit
    from gongkai.orgs.services import export_tree

    root = None
    if args.root:
        try:
            root = Unit.objects.find(args.root)
        except (Unit.DoesNotExist, Unit.MultipleObjectsReturned) as exc:
            print(str(exc), file=sys.stderr)
            return 2
    text = export_tree(args.format, root)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"无法写入文件 {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(text)
    return 0
