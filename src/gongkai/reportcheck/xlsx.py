"""The results of a batch as an XLSX workbook: a summary, the findings, and every value read.

Sheets: 汇总 (one row per file), 问题 (one row per finding), 数据 (one row per cell: its value,
where it was read, and a fill when a finding concerns it: red for errors, yellow for warnings).
"""

import io
from decimal import Decimal, InvalidOperation

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from gongkai.documents.xlsx import as_text
from gongkai.reportcheck.checker import CheckResult
from gongkai.reportcheck.findings import KIND_LABELS, SEVERITY_LABELS, Severity
from gongkai.reportformat import load

FILLS = {Severity.ERROR: PatternFill("solid", fgColor="FFD7D5"), Severity.WARNING: PatternFill("solid", fgColor="FFF2C2")}
HEADER_FONT = Font(bold=True)
TABLE_LABELS = {"t2": "表二", "t3": "表三", "t4": "表四"}
LAYOUT_LABELS = {
    "flattened": "纯文本（一格一行）", "columns": "纯文本（按行排列）", "run-together": "纯文本（数字连写）",
    "markdown": "Markdown表格", "html": "网页表格", "docx": "Word表格", "pdf": "PDF",
}


def workbook(results: list[CheckResult]) -> bytes:
    book = Workbook()
    _summary(book.active, results)
    _findings(book.create_sheet("问题"), results)
    _data(book.create_sheet("数据"), results)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _append(sheet, values: list) -> None:
    """Every row goes in through here: texts read from uploads never become formulas."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        as_text(cell)


def _sheet(sheet, title: str, header: list[str], widths: list[int]) -> None:
    sheet.title = title
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = HEADER_FONT
    for number, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + number)].width = width
    sheet.freeze_panes = "A2"


def status(result: CheckResult) -> str:
    if result.error:
        return f"无法读取：{result.error}"
    if result.errors:
        return "有错误"
    return "有提示" if result.findings else "未发现问题"


def _summary(sheet, results: list[CheckResult]) -> None:
    _sheet(sheet, "汇总", ["文件", "单位", "年度", "发布日期", "格式版本", "版式", "核查结果", "错误", "提示", "无法拆分的单元格"],
           [36, 28, 8, 12, 10, 14, 40, 8, 8, 16])
    for result in results:
        meta = result.metadata
        _append(sheet, [result.file, meta.unit or "未识别", meta.year or "未识别", meta.published_on or "未注明",
                      template_label(result), LAYOUT_LABELS.get(result.layout or "", ""), status(result), result.errors,
                      result.warnings, sum(len(u["cells"]) for u in result.unresolved)])
    sheet.auto_filter.ref = sheet.dimensions


def template_label(result: CheckResult) -> str:
    """「2021年版」, or for a mixed report which table uses which version."""
    if result.template == "mixed":
        parts = "，".join(f"{TABLE_LABELS[key]}{version}年版" for key, version in result.versions.items() if key != "t4")
        return f"混用两版（{parts}）"
    return f"{result.template}年版" if result.template else ""


def _findings(sheet, results: list[CheckResult]) -> None:
    _sheet(sheet, "问题", ["文件", "级别", "类型", "说明", "涉及单元格", "原文", "位置", "规则"],
           [30, 8, 14, 70, 40, 50, 24, 24])
    for result in results:
        for finding in result.findings:
            version = result.versions.get(finding.cells[0][:2], "2021") if finding.cells else "2021"
            cells = "；".join(describe(version, a) for a in finding.cells[:10])
            _append(sheet, [result.file, SEVERITY_LABELS[finding.severity], KIND_LABELS[finding.kind], finding.message,
                          cells + ("等" if len(finding.cells) > 10 else ""), finding.quote or "", finding.where or "",
                          finding.rule])
            sheet.cell(sheet.max_row, 2).fill = FILLS[finding.severity]
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions


def _data(sheet, results: list[CheckResult]) -> None:
    _sheet(sheet, "数据", ["文件", "表", "行", "列", "数值", "读取位置", "原文", "说明"], [30, 6, 44, 26, 14, 30, 18, 30])
    for result in results:
        if result.tables is None:
            continue
        flagged = severities(result)
        unresolved = {a for u in result.unresolved for a in u["cells"]}
        for address, value in cells(result.tables):
            version = result.versions[address[:2]]
            _, row, column = labels(version, address)
            where = result.locations.get(address, {})
            _append(sheet, [result.file, TABLE_LABELS[address[:2]], row, column, _number(value),
                          where.get("where", ""), where.get("text", ""), note(address, value, where, unresolved)])
            if address in flagged:
                sheet.cell(sheet.max_row, 5).fill = FILLS[flagged[address]]
    sheet.auto_filter.ref = sheet.dimensions


def _number(value):
    """Amounts are kept as decimal strings; the sheet gets them as numbers (exactly, as Decimal)."""
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    return "" if value is None else value


def note(address: str, value, where: dict, unresolved: set[str]) -> str:
    if address in unresolved:
        return "数字连写，无法唯一拆分"
    if not where:
        return "未找到"
    return "空白" if value is None else ""


def severities(result: CheckResult) -> dict[str, Severity]:
    """The most severe finding that concerns each cell."""
    flagged: dict[str, Severity] = {}
    for finding in result.findings:
        for address in finding.cells:
            if flagged.get(address) != Severity.ERROR:
                flagged[address] = finding.severity
    return flagged


def cells(tables: dict):
    """(address, value) for every cell of the tables, in reading order."""
    for key in ("t2", "t3", "t4"):
        yield from _walk(tables[key], key)


def _walk(node: dict, prefix: str):
    for name, value in node.items():
        if isinstance(value, dict):
            yield from _walk(value, f"{prefix}.{name}")
        else:
            yield f"{prefix}.{name}", value


def labels(version: str, address: str) -> tuple[str, str, str]:
    """(table, row, column) labels of a cell as printed in the format."""
    fmt = load(version)
    parts = address.split(".")
    try:
        if parts[0] == "t3":
            return "表三", fmt.t3.row(parts[1]).label, fmt.t3.column(parts[2]).label
        if parts[0] == "t4":
            column = fmt.t4.column(parts[2])
            return "表四", "", " · ".join((*column.group, column.label))
        block = next(b for b in fmt.t2.blocks if b.key == parts[1])
        row = next(r.label for r in block.rows if r.key == parts[2])
        return "表二", f"{block.caption} {row}", next(c.label for c in block.columns if c.key == parts[3])
    except (KeyError, IndexError, StopIteration):
        return TABLE_LABELS.get(parts[0], ""), address, ""


def describe(version: str, address: str) -> str:
    table, row, column = labels(version, address)
    return f"{table}「{row}」「{column}」" if row else f"{table}「{column}」"
