"""Reading and writing imported-figure files (XLSX or CSV). Plain Python: parsing only.

One row per unit and year: 统一社会信用代码, 单位名称 (checked when given), 年度, then one column per
table 二 cell (header = the cell's label, 「第二十条第（五）项·行政许可·处理决定数量」, or its
address ``t2.art20_5.admin_license.decisions``). A blank value means "not in this file".
Rows are numbered as the user sees them (the header is row 1).
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from gongkai.reportformat import FIRST_REPORT_YEAR, normalize_label
from gongkai.reports.cells import FigureCell, figure_cells, parse_value

CODE, NAME, YEAR = "统一社会信用代码", "单位名称", "年度"
MAX_FILE_BYTES = 10 * 1024 * 1024  # a year's figures for every unit of a city are well below 1 MB
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # an XLSX inflated: refuses zip bombs before openpyxl reads them


class FigureFileError(ValueError):
    """The file as a whole cannot be read (format, header)."""


@dataclass
class FigureRow:
    row: int
    credit_code: str
    unit_name: str
    year: int | None
    values: dict[str, Decimal] = field(default_factory=dict)  # cell address -> value


def _header_map() -> dict[str, FigureCell]:
    found = {}
    for cell in figure_cells():
        found[normalize_label(cell.address)] = cell
        for label in cell.column_labels:
            found[normalize_label(f"{cell.caption}·{cell.row_label}·{label}")] = cell
    return found


def size_problem(size: int) -> str:
    """"" for an acceptable file size, else why not (in Chinese)."""
    if size > MAX_FILE_BYTES:
        return f"文件过大（{size // 1024 // 1024} MB），不能超过{MAX_FILE_BYTES // 1024 // 1024} MB"
    return ""


def _check_size(data: bytes, file_name: str) -> None:
    if problem := size_problem(len(data)):
        raise FigureFileError(problem)
    if file_name.lower().endswith((".xlsx", ".xlsm")) and zipfile.is_zipfile(io.BytesIO(data)):
        try:
            unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return  # load_workbook reports the broken file
        if unpacked > MAX_UNPACKED_BYTES:
            raise FigureFileError(f"Excel 文件解压后超过{MAX_UNPACKED_BYTES // 1024 // 1024} MB，疑似异常文件，已拒绝")


def _rows_of(data: bytes, file_name: str) -> list[list]:
    _check_size(data, file_name)
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        try:  # read_only parses the sheet while iterating: a broken sheet fails here, not at loading
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        except Exception:  # openpyxl, zipfile and the XML parser raise many kinds for a broken file
            raise FigureFileError("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式，请用 Excel 重新保存后再导入") from None
    if file_name.lower().endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):  # Excel on Chinese Windows saves CSV as GBK
            try:
                return list(csv.reader(io.StringIO(data.decode(encoding))))
            except UnicodeDecodeError:
                continue
            except csv.Error:
                raise FigureFileError("无法读取 CSV 文件：某一单元格过长或格式错误") from None
        raise FigureFileError("CSV 文件编码无法识别，请保存为 UTF-8 编码")
    raise FigureFileError("只能导入 .xlsx 或 .csv 文件")


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _read_header(header: list) -> tuple[dict[int, FigureCell], list[str]]:
    labels = [_text(v) for v in header]
    for required in (CODE, YEAR):
        if required not in labels:
            raise FigureFileError(f"第1行：缺少“{required}”列")
    known, columns, errors = _header_map(), {}, []
    for index, label in enumerate(labels):
        if not label or label in (CODE, NAME, YEAR):
            continue
        cell = known.get(normalize_label(label))
        if cell is None:
            errors.append(f"第1行第{get_column_letter(index + 1)}列：无法识别的表头“{label}”")
        elif cell in columns.values():
            errors.append(f"第1行第{get_column_letter(index + 1)}列：“{label}”重复")
        else:
            columns[index] = cell
    return columns, errors


def _year(value, where: str, errors: list[str]) -> int | None:
    text = _text(value).removesuffix("年").removesuffix(".0")
    last = date.today().year  # figures are for years that have begun
    if text.isascii() and text.isdigit() and FIRST_REPORT_YEAR <= int(text) <= last:  # int("²") would raise
        return int(text)
    errors.append(f"{where}：年度应为{FIRST_REPORT_YEAR}至{last}年之间的四位数字，实为“{_text(value)}”")
    return None


def parse(data: bytes, file_name: str) -> tuple[list[FigureRow], list[str]]:
    """Rows and every problem found; ``FigureFileError`` when the file cannot be read at all."""
    rows = _rows_of(data, file_name)
    if not rows:
        raise FigureFileError("文件为空")
    columns, errors = _read_header(rows[0])
    labels = [_text(v) for v in rows[0]]
    at = {name: labels.index(name) for name in (CODE, NAME, YEAR) if name in labels}
    parsed = []
    for number, raw in enumerate(rows[1:], start=2):
        raw = list(raw) + [None] * (len(labels) - len(raw))
        if not any(_text(v) for v in raw):
            continue
        where = f"第{number}行"
        row = FigureRow(number, _text(raw[at[CODE]]).upper(), _text(raw[at[NAME]]) if NAME in at else "",
                        _year(raw[at[YEAR]], where, errors))
        if not row.credit_code:
            errors.append(f"{where}：缺少统一社会信用代码")
        for index, cell in columns.items():
            if _text(raw[index]) == "":
                continue
            try:
                row.values[cell.address] = parse_value(cell, raw[index])
            except ValueError as exc:
                errors.append(f"{where}第{get_column_letter(index + 1)}列「{cell.label}」：{exc}")
        parsed.append(row)
    return parsed, errors


def template(cells: tuple[FigureCell, ...], rows: list[tuple[str, str, int, dict[str, Decimal]]]) -> bytes:
    """An XLSX to fill in: the header, and one row per (credit code, name, year, current values)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "导入数据"
    sheet.append([CODE, NAME, YEAR, *(cell.label for cell in cells)])
    for code, name, year, values in rows:
        sheet.append([code, name, year, *(values.get(cell.address) for cell in cells)])
    for index in range(1, 4 + len(cells)):
        sheet.column_dimensions[get_column_letter(index)].width = 22 if index > 3 else 24
        sheet.cell(row=1, column=index).font = Font(bold=True)
    notes = book.create_sheet("填写说明")
    for line in NOTES:
        notes.append([line])
    notes.column_dimensions["A"].width = 100
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


NOTES = (
    "每行填写一个单位一个年度的数据；统一社会信用代码和年度必填，单位名称用于核对。",
    "数值留空表示本次不导入该项；填0表示该项确为0。",
    "“本年增/减”可带正负号（如 +38、-73）；金额以万元为单位，最多四位小数；其余为非负整数。",
    "行政许可、行政处罚、行政强制的处理决定数量：导入数值为该单位全年总数，取代平台按结果公开记录统计的数量。",
    "修改已导入的数值须填写修改原因；整个文件有任何错误时不导入任何数据。",
)
