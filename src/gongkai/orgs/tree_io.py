"""Reading and writing a unit tree as CSV or JSON. Plain Python: parsing and validation only.

Columns (CSV header / JSON keys): ``name``, ``credit_code``, ``level``, ``kind``,
``parent_credit_code``; optional ``short_name``, ``division_code``, ``active_from``,
``active_until`` (a column the file lacks keeps an existing unit's value). Levels and kinds
may be given as keys (``county``) or Chinese labels (区县级).
Errors name the row as the user sees it: CSV line numbers (header = line 1), JSON item numbers.
"""

import csv
import io
import json
from dataclasses import asdict, dataclass, fields
from datetime import date

from gongkai.orgs import credit_code

COLUMNS = ["name", "credit_code", "level", "kind", "parent_credit_code"]
OPTIONAL_COLUMNS = ["short_name", "division_code", "active_from", "active_until"]

LEVELS = {"city": "市级", "county": "区县级", "town": "乡镇（街道）级"}
KINDS = {"government": "人民政府", "department": "政府工作部门", "dispatched": "派出机构", "institution": "事业单位"}
_LEVEL_ALIASES = {"市": "city", "区县": "county", "县": "county", "区": "county", "乡镇街道": "town",
                  "乡镇": "town", "街道": "town", "乡镇（街道）": "town", "乡镇(街道)级": "town"}
_KIND_ALIASES = {"部门": "department", "工作部门": "department", "政府": "government"}


class TreeFileError(ValueError):
    """The file as a whole cannot be read (wrong format, missing columns)."""


@dataclass
class UnitRow:
    row_label: str
    name: str
    credit_code: str
    level: str
    kind: str
    parent_credit_code: str = ""
    short_name: str = ""
    division_code: str = ""
    active_from: date | None = None
    active_until: date | None = None
    # The optional columns the file has for this row; an existing unit keeps the others' values.
    given: frozenset[str] = frozenset(OPTIONAL_COLUMNS)

    def export_dict(self) -> dict:
        data = asdict(self)
        data.pop("row_label")
        data.pop("given")
        for key in ("active_from", "active_until"):
            data[key] = data[key].isoformat() if data[key] else ""
        return data


def _choice(value: str, keys: dict, aliases: dict, what: str) -> str:
    value = value.strip()
    if value in keys:
        return value
    by_label = {label: key for key, label in keys.items()} | aliases
    if value in by_label:
        return by_label[value]
    raise ValueError(f"{what}“{value}”无效，应为：{'、'.join(keys.values())}")


def _date(value: str, what: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what}“{value}”不是有效日期（应为 YYYY-MM-DD）") from None


def _row(label: str, raw: dict) -> UnitRow:
    def text(key: str) -> str:
        value = raw.get(key)
        return "" if value is None else str(value).strip()

    if not text("name"):
        raise ValueError("名称（name）不能为空")
    try:
        code = credit_code.validate(text("credit_code"))
    except credit_code.CreditCodeError as exc:
        raise ValueError(str(exc)) from None
    parent = text("parent_credit_code").upper()
    if parent and not credit_code.is_valid(parent):
        raise ValueError(f"上级单位统一社会信用代码“{parent}”无效")
    row = UnitRow(
        row_label=label,
        name=text("name"),
        credit_code=code,
        level=_choice(text("level"), LEVELS, _LEVEL_ALIASES, "层级"),
        kind=_choice(text("kind"), KINDS, _KIND_ALIASES, "类型"),
        parent_credit_code=parent,
        short_name=text("short_name"),
        division_code=text("division_code"),
        active_from=_date(text("active_from"), "设立日期"),
        active_until=_date(text("active_until"), "撤销日期"),
        given=frozenset(key for key in OPTIONAL_COLUMNS if key in raw),
    )
    if row.active_from and row.active_until and row.active_until < row.active_from:
        raise ValueError("撤销日期早于设立日期")
    return row


def _records(data: bytes, fmt: str) -> list[tuple[str, dict]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TreeFileError("文件不是 UTF-8 编码，请另存为 UTF-8 后重试") from None
    if fmt == "json":
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TreeFileError(f"JSON 格式错误：第{exc.lineno}行第{exc.colno}列") from None
        except RecursionError:
            raise TreeFileError("JSON 格式错误：嵌套层数过多") from None
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise TreeFileError("JSON 文件应为对象列表，每个对象一个单位")
        return [(f"第{i}条", item) for i, item in enumerate(items, start=1)]
    reader = csv.DictReader(io.StringIO(text))
    try:
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise TreeFileError(f"CSV 缺少列：{'、'.join(missing)}（第1行应为列名）")
        return [(f"第{reader.line_num}行", row) for row in reader]
    except csv.Error:
        raise TreeFileError(f"CSV 格式错误：第{reader.line_num}行某一单元格过长或引号不配对") from None


def parse(data: bytes, fmt: str) -> tuple[list[UnitRow], list[str]]:
    """Parse and validate every row; return the good rows and one message per bad row."""
    rows, errors, seen = [], [], {}
    for label, raw in _records(data, fmt):
        try:
            row = _row(label, raw)
        except ValueError as exc:
            errors.append(f"{label}: {exc}")
            continue
        if row.credit_code in seen:
            errors.append(f"{label}: 统一社会信用代码 {row.credit_code} 与{seen[row.credit_code]}重复")
            continue
        seen[row.credit_code] = label
        rows.append(row)
    if not rows and not errors:
        errors.append("文件中没有单位数据")
    return rows, errors


def order_parents_first(rows: list[UnitRow], known_codes: set[str]) -> tuple[list[UnitRow], list[str]]:
    """Sort rows so every parent precedes its children; report unknown parents and cycles."""
    by_code = {row.credit_code: row for row in rows}
    ordered, errors, state = [], [], {}

    def visit(row: UnitRow, trail: list[str]) -> bool:
        if state.get(row.credit_code) == "done":
            return True
        if state.get(row.credit_code) == "visiting":
            errors.append(f"{row.row_label}: 上级关系形成循环（{' → '.join(trail)}）")
            return False
        state[row.credit_code] = "visiting"
        parent = row.parent_credit_code
        ok = True
        if parent == row.credit_code:
            errors.append(f"{row.row_label}: 上级单位不能是本单位")
            ok = False
        elif parent in by_code:
            ok = visit(by_code[parent], [*trail, parent])
        elif parent and parent not in known_codes:
            errors.append(f"{row.row_label}: 找不到上级单位（统一社会信用代码 {parent}）")
            ok = False
        state[row.credit_code] = "done"
        if ok:
            ordered.append(row)
        return ok

    for row in rows:
        visit(row, [row.credit_code])
    return ordered, errors


def dump(rows: list[UnitRow], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([row.export_dict() for row in rows], ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    names = [f.name for f in fields(UnitRow) if f.name not in ("row_label", "given")]
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row.export_dict())
    return out.getvalue()
