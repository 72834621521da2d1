"""Which table 二 cells come from where (plain Python, no Django).

- 第二十条第（一）项 (规章, 规范性文件): counted from the platform's catalog.
- Everything else in table 二: imported figures per unit and year (``ImportedFigure``).
- The 处理决定数量 of 行政许可, 行政处罚 and 行政强制 are also counted by the platform from its
  结果公开 records. **Precedence:** for one unit and year, an imported figure *replaces* the
  platform's count for that cell (the source system counts every decision; the platform holds
  only those it publishes); a unit without an imported figure gets the platform's count.

A cell that exists in both formats with the same address (the 处理决定数量 cells) is one figure.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from gongkai.reportformat import VERSIONS, load
from gongkai.reports.tables_math import amount_text

CATALOG_BLOCK = "art20_1"
PLATFORM_ROWS = ("admin_license", "admin_penalty", "admin_coercion")  # keys of catalog.stats.decision_record_counts
PLATFORM_COLUMN = "decisions"


@dataclass(frozen=True)
class FigureCell:
    address: str  # "t2.art20_5.admin_license.decisions"
    versions: tuple[str, ...]
    caption: str  # 第二十条第（五）项
    row_label: str  # 行政许可
    column_labels: tuple[str, ...]  # every label the column has in the formats that hold it
    type: str  # int | signed_int | decimal

    @property
    def label(self) -> str:
        """「第二十条第（五）项·行政许可·处理决定数量」: the import file's column header."""
        return f"{self.caption}·{self.row_label}·{self.column_labels[0]}"

    @property
    def platform_row(self) -> str | None:
        row, column = self.address.split(".")[2:]
        return row if row in PLATFORM_ROWS and column == PLATFORM_COLUMN else None


@cache
def figure_cells() -> tuple[FigureCell, ...]:
    """Every imported cell of both formats, 2019 first, each once."""
    found: dict[str, dict] = {}
    for version in VERSIONS:
        for block in load(version).t2.blocks:
            if block.key == CATALOG_BLOCK:
                continue
            for row in block.rows:
                for column in block.columns:
                    address = f"t2.{block.key}.{row.key}.{column.key}"
                    entry = found.setdefault(address, {"versions": [], "labels": [], "caption": block.caption,
                                                       "row": row.label, "type": column.type})
                    entry["versions"].append(version)
                    if column.label not in entry["labels"]:
                        entry["labels"].append(column.label)
    return tuple(FigureCell(address, tuple(e["versions"]), e["caption"], e["row"], tuple(e["labels"]), e["type"])
                 for address, e in found.items())


def figure_cell(address: str) -> FigureCell:
    for cell in figure_cells():
        if cell.address == address:
            return cell
    raise KeyError(f"{address!r} is not an imported cell")


def cells_for(version: str) -> tuple[FigureCell, ...]:
    return tuple(cell for cell in figure_cells() if version in cell.versions)


# No table 二 figure comes near a trillion (counts, or amounts in 万元); anything beyond is a typo,
# and would not fit the database column (NUMERIC(20, 4)) or a report's integers.
LIMIT = Decimal(10) ** 12
_SIGNED = re.compile(r"^[+-]?\d+$")
_UNSIGNED = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^\d+(\.\d{1,4})?$")


def parse_value(cell: FigureCell, raw) -> Decimal:
    """A figure from a file cell or form; ``ValueError`` with a Chinese message when it is not one."""
    text = format(raw, "f") if isinstance(raw, Decimal) else str(raw).strip().replace(",", "").replace("，", "")
    if isinstance(raw, float):  # a spreadsheet number: 1e+20 is the integer it stands for
        text = raw = str(int(raw)) if raw.is_integer() else repr(raw)
    patterns = {"int": (_UNSIGNED, "非负整数"), "signed_int": (_SIGNED, "整数（可带正负号）"),
                "decimal": (_DECIMAL, "非负数，最多四位小数")}
    pattern, expected = patterns[cell.type]
    if not pattern.match(text):
        raise ValueError(f"应为{expected}，实为“{raw}”")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"应为{expected}，实为“{raw}”") from None
    if abs(value) >= LIMIT:
        raise ValueError(f"数值过大（应小于1万亿），实为“{raw}”")
    return value


def table_value(cell: FigureCell, value: Decimal):
    """How a stored figure sits in report tables: ints for counts, a decimal string for amounts."""
    if cell.type == "decimal":
        return amount_text(value)
    return int(value)
