"""The report tables as grids with the template's merges (plain Python): table 二 as one 4-column
grid of 第二十条 blocks, table 三 with its three row-label columns and nested row labels,
table 四 with its three header rows. Cells carry their address, so problems can be marked."""

from gongkai.documents.grid import Cell, Grid, place_rows
from gongkai.reportformat import load
from gongkai.reportformat.model import Column, Table
from gongkai.reportformat.tables import as_number

MISSING_TEXT = "未填报"
T2_COLUMNS = 4
T3_LABEL_COLUMNS = 3


def format_value(value, column: Column) -> str:
    if value is None:
        return MISSING_TEXT
    if column.type == "signed_int":
        return f"{value:+d}" if value else "0"
    if column.type == "decimal":
        return format(as_number(value), "f")
    return str(value)


def _value_cell(grid: Grid, value, column: Column, row: int, col: int, address: str, colspan: int = 1) -> None:
    number = as_number(value)
    grid.add(Cell(format_value(value, column), row, col, colspan=colspan, numeric=True, address=address,
                  value=int(number) if isinstance(number, int) else number,
                  marks={"missing"} if value is None else set()))


def column_header(column: Column) -> str:
    """The printed header; an amount without a unit in its label gets 「（万元）」 as the seed prints it."""
    if column.type == "decimal" and "万元" not in column.label:
        return f"{column.label}（万元）"
    return column.label


def t2_grid(tables: dict) -> Grid:
    fmt = load(tables["version"])
    grid = Grid(n_cols=T2_COLUMNS, widths=(3.2, 2.2, 2.2, 2.2), caption=fmt.t2.title)
    row = 0
    for block in fmt.t2.blocks:
        grid.add(Cell(block.caption, row, 0, colspan=T2_COLUMNS, header=True))
        grid.add(Cell("信息内容", row + 1, 0, header=True))
        spans = _spans(len(block.columns))
        col = 1
        for column, span in zip(block.columns, spans, strict=True):
            grid.add(Cell(column_header(column), row + 1, col, colspan=span, header=True))
            col += span
        row += 2
        for data_row in block.rows:
            grid.add(Cell(data_row.label, row, 0))
            col = 1
            for column, span in zip(block.columns, spans, strict=True):
                address = f"t2.{block.key}.{data_row.key}.{column.key}"
                _value_cell(grid, tables["t2"][block.key][data_row.key].get(column.key), column, row, col, address,
                            span)
                col += span
            row += 1
    return grid


def _spans(n_columns: int) -> list[int]:
    """Value columns share the three grid columns; the last takes what is left."""
    return [1] * (n_columns - 1) + [T2_COLUMNS - n_columns]


def _descendant_data_rows(table: Table, key: str) -> int:
    return sum(1 if row.data else _descendant_data_rows(table, row.key) for row in table.children(key))


def _t3_row_labels(grid: Grid, table: Table, first_row: int) -> dict[str, int]:
    """Place the nested row labels; returns the grid row of every data row."""
    positions: dict[str, int] = {}
    row = first_row

    def place(parent):
        nonlocal row
        for item in table.children(parent):
            if item.data:
                grid.add(Cell(item.label, row, item.level, colspan=T3_LABEL_COLUMNS - item.level))
                positions[item.key] = row
                row += 1
            else:
                span = _descendant_data_rows(table, item.key)
                grid.add(Cell(item.label, row, item.level, rowspan=span))
                place(item.key)

    place(None)
    return positions


def t3_grid(tables: dict) -> Grid:
    table = load(tables["version"]).t3
    n_value_columns = len(table.columns)
    grid = Grid(n_cols=T3_LABEL_COLUMNS + n_value_columns, widths=(1.4, 1.6, 4.6) + (1.15,) * n_value_columns,
                caption=table.title)
    header_rows = table.header_rows
    grid.add(Cell(table.corner_note, 0, 0, rowspan=len(header_rows), colspan=T3_LABEL_COLUMNS, header=True))
    grid.header_rows = place_rows(grid, [list(r) for r in header_rows], first_row=0, first_col=T3_LABEL_COLUMNS)
    for key, row in _t3_row_labels(grid, table, grid.header_rows).items():
        for index, column in enumerate(table.columns):
            _value_cell(grid, tables["t3"][key].get(column.key), column, row, T3_LABEL_COLUMNS + index,
                        f"t3.{key}.{column.key}")
    return grid


def t4_grid(tables: dict) -> Grid:
    table = load(tables["version"]).t4
    grid = Grid(n_cols=len(table.columns), widths=(1.0,) * len(table.columns), caption=table.title)
    grid.header_rows = place_rows(grid, [list(r) for r in table.header_rows], first_row=0)
    for index, column in enumerate(table.columns):
        _value_cell(grid, tables["t4"]["cases"].get(column.key), column, grid.header_rows, index,
                    f"t4.cases.{column.key}")
    return grid


def grids(tables: dict) -> dict[str, Grid]:
    """Table key → grid, in the report's order."""
    return {"t2": t2_grid(tables), "t3": t3_grid(tables), "t4": t4_grid(tables)}


def mark(grid: Grid, cells: set[str], label: str) -> None:
    for cell in grid.cells:
        if cell.address in cells:
            cell.marks.add(label)


__all__ = ["MISSING_TEXT", "column_header", "format_value", "grids", "mark", "t2_grid", "t3_grid",
           "t4_grid"]
