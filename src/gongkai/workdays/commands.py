"""``gongkai calendar show [YEAR]`` and ``gongkai calendar import FILE [--dry-run]``."""

import argparse
import re
import sys
from pathlib import Path


def calendar_year(text: str) -> int:
    """A four-digit year (the calendar's arithmetic reaches into the years before and after)."""
    if not re.fullmatch(r"[0-9]{4}", text.strip()) or int(text) < 1000:
        raise argparse.ArgumentTypeError(f"年度应为四位数字，实为“{text}”")
    return int(text)


def register(subparsers) -> None:
    calendar = subparsers.add_parser("calendar", help="工作日历：查看年度节假日安排，导入新年度的通知")
    actions = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")

    show = actions.add_parser("show", help="显示某年的放假日和调休上班日（不写年度则列出全部年度）")
    show.add_argument("year", type=calendar_year, nargs="?")
    show.add_argument("--yaml", action="store_true", help="以导入文件的格式输出，便于修改后重新导入")
    show.set_defaults(func=run_show)

    importer = actions.add_parser("import", help="从 YAML/JSON 文件导入一个年度的节假日安排（先显示变化）")
    importer.add_argument("file", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="只校验并显示变化，不保存")
    importer.set_defaults(func=run_import)


def run_show(args) -> int:
    from gongkai.workdays import notice_file, service
    from gongkai.workdays.models import CalendarYear
    from gongkai.workdays.preview import working_days_in_year

    if args.year is None:
        for status in service.year_statuses():
            print(f"{status.year}年  {'已确认' if status.confirmed else '待确认'}  工作日{status.working_days}天")
        return 0
    record = CalendarYear.objects.filter(year=args.year, confirmed=True).first()
    working_days = working_days_in_year(service.current_calendar(), args.year)
    if record is None:
        print(f"{args.year}年：待确认。尚未录入国务院办公厅关于{args.year}年部分节假日安排的通知，"
              f"暂按仅周六、周日休息计算，全年工作日{working_days}天；涉及该年度的期限均标注“待确认”。",
              file=sys.stderr if args.yaml else sys.stdout)
        return 1 if args.yaml else 0
    notice = record.notice()
    if args.yaml:
        sys.stdout.write(notice_file.dump_yaml(notice))
        return 0
    print(f"{args.year}年：已确认（{record.get_source_display()}）")
    print(f"通知：{record.notice_title or '（通知标题未录入）'}  文号：{record.notice_number or '（未录入）'}  "
          f"发布日期：{record.notice_date or '（未录入）'}")
    for holiday in notice.holidays:
        print(f"  {holiday.describe()}")
    print(f"全年工作日{working_days}天。")
    return 0


def run_import(args) -> int:
    from gongkai.workdays import notice_file, service
    from gongkai.workdays.models import Source

    try:
        notice = notice_file.parse(args.file.read_bytes())
        preview = service.preview_notice(notice)
    except OSError as exc:
        print(f"无法读取文件 {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except (notice_file.NoticeFileError, service.NoticeRejected) as exc:
        print(f"未导入，未做任何修改。共 {len(exc.errors)} 处错误：", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    _print_preview(preview)
    if args.dry_run:
        print("试运行（--dry-run）：未保存。")
        return 0
    try:
        service.apply_notice(notice, source=Source.FILE, expected=preview.fingerprint())
    except service.CalendarChanged:
        print("导入期间日历被他人修改，未做任何修改，请重新运行。", file=sys.stderr)
        return 1
    print(f"已确认{notice.year}年节假日安排。")
    return 0


def _print_preview(preview) -> None:
    status = "" if preview.confirmed_before else "由“待确认”变为“已确认”，"
    print(f"{preview.year}年：{status}全年工作日 {preview.working_days_before} → {preview.working_days_after} 天。")
    if not preview.changes:
        print("日期安排没有变化。")
    for change in preview.changes:
        print(f"  {change.day.isoformat()} {change.weekday}  {change.before_label} → {change.after_label}"
              f"{'（' + change.name + '）' if change.name else ''}")
