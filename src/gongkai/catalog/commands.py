"""``gongkai catalog …``: import 结果公开 records from a file; ``gongkai search rebuild``."""

import sys
from pathlib import Path


def register(subparsers) -> None:
    catalog = subparsers.add_parser("catalog", help="主动公开：导入结果公开记录")
    actions = catalog.add_subparsers(dest="action", required=True, metavar="ACTION")
    records = actions.add_parser("import-records", help="从 CSV/XLSX 导入行政许可、行政处罚、行政强制决定（全部成功或全部不导入）")
    records.add_argument("file", type=Path)
    records.add_argument("--unit", required=True, help="导入单位的统一社会信用代码或名称")
    records.set_defaults(func=import_records)
    sync = actions.add_parser("sync-standard", help="按 catalog/data/standard_catalog.json 同步标准目录")
    sync.set_defaults(func=sync_standard)

    search = subparsers.add_parser("search", help="全文检索索引")
    search_actions = search.add_subparsers(dest="action", required=True, metavar="ACTION")
    rebuild = search_actions.add_parser("rebuild", help="重建检索索引（全部已发布信息和结果公开记录）")
    rebuild.set_defaults(func=rebuild_index)


def import_records(args) -> int:
    from gongkai.catalog.services.records import import_records as run
    from gongkai.core.imports import import_file_command
    from gongkai.orgs.models import Unit

    try:
        unit = Unit.objects.find(args.unit)
    except (Unit.DoesNotExist, Unit.MultipleObjectsReturned) as exc:
        print(exc, file=sys.stderr)
        return 2

    def summary(data: bytes) -> str:
        return f"已导入 {run(unit, data, args.file.name).row_count} 条结果公开记录（{unit.name}）。"

    return import_file_command(args.file, summary)


def sync_standard(args) -> int:
    from gongkai.catalog.services.tree import sync_standard_catalog

    print(f"标准目录已同步，新增 {sync_standard_catalog()} 个栏目。")
    return 0


def rebuild_index(args) -> int:
    from gongkai.search import indexing
    from gongkai.search.service import get_backend

    backend = get_backend()
    print(f"已重建检索索引（{backend.name}）：{indexing.rebuild(backend)} 条。")
    return 0
