"""Reading 结果公开 record files (CSV or XLSX). Plain Python: parsing and validation only.

One header row, then one decision per row. Columns (header labels as printed here; the keys in
brackets are accepted too):

  类别 [kind]                       行政许可 / 行政处罚 / 行政强制 (or their keys)
  决定文书号 [decision_no]           required
  事项名称 [matter]                  required
  行政相对人 [subject]               required
  相对人统一社会信用代码 [subject_code] optional; checked when given
  决定日期 [decided_on]              2020-05-06, 2020/5/6 or 2020年5月6日
  决定内容 [content]                 optional
  决定机关统一社会信用代码 [unit_code] optional; defaults to the importing unit

Errors name the row as the user sees it: 第N行 counts the header as line 1.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from gongkai.catalog import encoding
from gongkai.orgs import credit_code

COLUMNS = {
    "kind": "类别", "decision_no": "决定文书号", "matter": "事项名称", "subject": "行政相对人",
    "subject_code": "相对人统一社会信用代码", "decided_on": "决定日期", "content": "决定内容",
    "unit_code": "决定机关统一社会信用代码",
}
REQUIRED = ("kind", "decision_no", "matter", "subject", "decided_on")
LIMITS = {"decision_no": 80, "matter": 200, "subject": 200, "content": 500}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
MAX_ERRORS = 200
MAX_FILE_BYTES = 200 * 1024 * 1024  # an uploaded file; a million rows of CSV is about 150 MB


class RecordFileError(ValueError):
    """The file as a whole cannot be read (format, encoding, header)."""


@dataclass(frozen=True)
class RecordRow:
    line: int
    kind: str
    decision_no: str
    matter: str
    subject: str
    subject_code: str
    decided_on: date
    content: str
    unit_code: str


def _decode(data: bytes) -> str:
    try:
        return encoding.decode(data)
    except UnicodeDecodeError:
        raise RecordFileError("文件编码无法识别，请保存为 UTF-8 或 GB18030 编码的 CSV") from None


DAMAGED_XLSX = "XLSX 文件已损坏或不完整，无法读取，请在 Excel 中打开后重新保存"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Excel (.xls) and Word (.doc)


def _content_problem(data: bytes, fmt: str) -> str:
    """Why ``data`` is not a ``fmt`` file, told by its content ("" when it may be one)."""
    if data.startswith(OLE_MAGIC):
        return "这是旧版 Excel（.xls）等二进制文件，请在 Excel 中另存为 XLSX 或 CSV 后再导入"
    if fmt == "csv" and data.startswith(ZIP_MAGIC):
        return "文件内容是 XLSX（压缩包）而不是 CSV，请把扩展名改为 .xlsx，或另存为 CSV"
    if fmt == "csv" and b"\x00" in data[:65536]:
        return "文件含有二进制内容，不是文本格式的 CSV；UTF-16 编码的文本请另存为 UTF-8"
    if fmt == "xlsx" and not data.startswith(ZIP_MAGIC):
        return "文件不是 XLSX 工作簿（XLSX 是压缩包格式）；若是 CSV 文本，请把扩展名改为 .csv"
    if fmt == "xlsx":
        return _inflation_problem(data)
    return ""


MAX_UNPACKED = 1024 * 1024 * 1024  # a million rows unpack to a few hundred MB
MAX_RATIO = 200


def _inflation_problem(data: bytes) -> str:
    """An XLSX whose members would unpack to far more than any real sheet (a zip bomb) is not
    opened; the declared sizes bound what zipfile reads."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return DAMAGED_XLSX
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * len(data):
        return "XLSX 文件解压后异常庞大（疑似压缩炸弹），已拒绝"
    return ""


def raw_rows(data: bytes, fmt: str) -> Iterator[list]:
    """The file's rows as lists of cell values, header first. A file that is not what its name
    says, or is damaged, raises ``RecordFileError`` with the reason in Chinese (also midway)."""
    if fmt not in ("csv", "xlsx"):
        raise RecordFileError(f"不支持的文件格式“{fmt}”，请使用 CSV 或 XLSX")
    problem = _content_problem(data, fmt)
    if problem:
        raise RecordFileError(problem)
    if fmt == "csv":
        yield from _csv_rows(data)
    else:
        yield from _xlsx_rows(data)


def _csv_rows(data: bytes) -> Iterator[list]:
    reader = csv.reader(io.StringIO(_decode(data)))
    try:
        yield from reader
    except csv.Error:
        raise RecordFileError(f"第{reader.line_num}行：无法按 CSV 读取（单元格过长或含有非文本内容）") from None


def _xlsx_rows(data: bytes) -> Iterator[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise RecordFileError(DAMAGED_XLSX) from None
    try:
        if not workbook.worksheets:
            raise RecordFileError("XLSX 文件中没有工作表")
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    except RecordFileError:
        raise
    except Exception:  # a damaged sheet is found while it is read
        raise RecordFileError(DAMAGED_XLSX) from None
    finally:
        workbook.close()


def header_map(header: list) -> dict[str, int]:
    """Column key → position, from Chinese labels or keys; raise naming what is missing."""
    labels = {label: key for key, label in COLUMNS.items()} | {key: key for key in COLUMNS}
    positions = {}
    for index, cell in enumerate(header):
        key = labels.get(str(cell or "").strip())
        if key:
            positions[key] = index
    missing = [COLUMNS[key] for key in REQUIRED if key not in positions]
    if missing:
        raise RecordFileError(f"第1行（表头）缺少列：{'、'.join(missing)}")
    return positions


KEYS = tuple(COLUMNS)  # the order of values inside RowChecker


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value).strip()


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)  # the common case, fast
    except ValueError:
        pass
    match = _DATE.match(value.replace(" 00:00:00", ""))
    if not match:
        raise ValueError
    return date(int(match[1]), int(match[2]), int(match[3]))


class RowChecker:
    """Validates one row at a time against the kinds the platform knows (a hot loop: a million
    rows per file, so the common case takes the shortest path)."""

    def __init__(self, positions: dict[str, int], kinds: dict[str, str], today: date = date.max):
        self.today = today  # a decision cannot be dated after the day of import
        self.width = max(positions.values()) + 2
        self.indexes = [positions.get(key, self.width - 1) for key in KEYS]  # missing → an empty cell
        self.kinds = kinds | {key: key for key in kinds.values()}  # label → key, key → key

    def values(self, row: list) -> list[str]:
        if len(row) < self.width:
            row = [*row, *([None] * (self.width - len(row)))]
        return [cell.strip() if cell.__class__ is str else _text(cell) for cell in (row[i] for i in self.indexes)]

    def check(self, line: int, row: list) -> tuple[RecordRow | None, list[str]]:
        kind_label, decision_no, matter, subject, subject_code, decided, content, unit_code = self.values(row)
        kind = self.kinds.get(kind_label)
        try:
            decided_on = parse_date(decided)
        except ValueError:
            decided_on = None
        if kind and decision_no and matter and subject and decided_on and decided_on <= self.today \
                and not subject_code and not unit_code \
                and len(decision_no) <= 80 and len(matter) <= 200 and len(subject) <= 200 and len(content) <= 500:
            return RecordRow(line, kind, decision_no, matter, subject, "", decided_on, content, ""), []
        return self._slow_check(line, row)

    def _decided_on(self, line: int, value: str, errors: list[str]) -> date | None:
        if not value:
            return None
        try:
            decided = parse_date(value)
        except ValueError:
            errors.append(f"第{line}行：决定日期“{value}”无效，应形如 2020-05-06")
            return None
        if decided > self.today:
            errors.append(f"第{line}行：决定日期{decided.isoformat()}晚于今天")
        return decided

    def _slow_check(self, line: int, row: list) -> tuple[RecordRow | None, list[str]]:
        values = dict(zip(KEYS, self.values(row), strict=True))
        errors = [f"第{line}行：{COLUMNS[key]}不能为空" for key in REQUIRED if not values[key]]
        for key, limit in LIMITS.items():
            if len(values[key]) > limit:
                errors.append(f"第{line}行：{COLUMNS[key]}超过{limit}个字")
        kind = self.kinds.get(values["kind"])
        if values["kind"] and kind is None:
            errors.append(f"第{line}行：类别“{values['kind']}”无效，应为{'、'.join(k for k in self.kinds if '_' not in k)}")
        decided = self._decided_on(line, values["decided_on"], errors)
        for key in ("subject_code", "unit_code"):
            if values[key]:
                try:
                    values[key] = credit_code.validate(values[key])
                except credit_code.CreditCodeError as exc:
                    errors.append(f"第{line}行：{COLUMNS[key]}{exc}")
        if errors:
            return None, errors
        return RecordRow(line=line, kind=kind, decided_on=decided, **{
            key: values[key] for key in ("decision_no", "matter", "subject", "subject_code", "content", "unit_code")
        }), []
