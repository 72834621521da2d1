"""Report tables as plain dicts, the shape of ``fixtures.zibo_2020`` in the spec:

    {"version": "2019",
     "t2": {block: {row: {column: value}}},
     "t3": {row: {column: int}},
     "t4": {"cases": {column: int}}}

Values are ``int`` (``Decimal`` or a decimal string for amounts), or ``None`` for a cell printed
blank. A cell address is ``"t3.new.natural"`` or ``"t2.art20_1.rules.new_made"``.
"""

from decimal import Decimal

from gongkai.reportformat.categories import mapping_2021_to_2019
from gongkai.reportformat.model import ReportFormat, load

Tables = dict


def empty_tables(version: str, fill=0) -> Tables:
    """Every cell of the format, set to ``fill``."""
    fmt = load(version)
    return {
        "version": version,
        "t2": {b.key: {r.key: {c.key: fill for c in b.columns} for r in b.rows} for b in fmt.t2.blocks},
        "t3": {r.key: {c.key: fill for c in fmt.t3.columns} for r in fmt.t3.data_rows},
        "t4": {"cases": {c.key: fill for c in fmt.t4.columns}},
    }


def cell_addresses(fmt: ReportFormat) -> list[str]:
    """Every data cell of the format, in reading order."""
    addresses = [f"t2.{b.key}.{r.key}.{c.key}" for b in fmt.t2.blocks for r in b.rows for c in b.columns]
    addresses += [f"t3.{r.key}.{c.key}" for r in fmt.t3.data_rows for c in fmt.t3.columns]
    addresses += [f"t4.cases.{c.key}" for c in fmt.t4.columns]
    return addresses


def get_cell(tables: Tables, address: str):
    """The value at ``address``; ``KeyError`` if the table lacks it (a missing row or column)."""
    node = tables
    for part in address.split("."):
        node = node[part]
    return node


def set_cell(tables: Tables, address: str, value) -> None:
    *path, last = address.split(".")
    node = tables
    for part in path:
        node = node.setdefault(part, {})
    node[last] = value


def as_number(value):
    """Numbers for arithmetic: decimal strings become ``Decimal``; blanks stay ``None``."""
    if value is None or isinstance(value, int | Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return Decimal(str(value))


def t3_2021_to_2019(t3_2021: dict) -> dict:
    """Fold the 2021 table 三 into the 2019 rows: （六）其他处理 = the sum of its three sub-rows."""
    out: dict = {}
    for key_2021, key_2019 in mapping_2021_to_2019().items():
        target = out.setdefault(key_2019, {})
        for column, value in t3_2021.get(key_2021, {}).items():
            if value is None or target.get(column, 0) is None:
                target[column] = None
            else:
                target[column] = target.get(column, 0) + value
    return out


def derived_row(tables: Tables, version: str, key: str) -> dict:
    """A subtotal row that is not printed (不予公开/无法提供/不予处理/其他处理 小计)."""
    rows = load(version).t3.derived_rows[key]
    total: dict = {}
    for row in rows:
        for column, value in tables["t3"][row].items():
            total[column] = None if value is None or total.get(column, 0) is None else total.get(column, 0) + value
    return total
