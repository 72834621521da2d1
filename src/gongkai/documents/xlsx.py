"""XLSX workbooks from grids: one sheet per table, merged header cells, numbers kept numeric."""

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from gongkai.documents.fonts import FontRole, font_for
from gongkai.documents.grid import Grid

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
COLUMN_UNIT = 2.2  # spreadsheet width units per relative width unit


def as_text(cell):
    """Text is always text: openpyxl stores a string starting with "=" as a formula, and cell text
    can come from outside (a published report or an uploaded file's name read by ``reportcheck``).
    Only "=" needs this in XLSX: a string cell is never evaluated, whatever it starts with."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell


def _put(sheet, row: int, column: int, value):
    return as_text(sheet.cell(row=row, column=column, value=value))


def _value(cell):
    if cell.value is None:
        return cell.text
    return float(cell.value) if isinstance(cell.value, Decimal) else cell.value


def _write_sheet(sheet, title: str, grid: Grid) -> None:
    grid.check()
    body, heading = font_for(FontRole.BODY), font_for(FontRole.HEADING)
    _put(sheet, 1, 1, title).font = Font(name=heading, size=14, bold=True)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=grid.n_cols)
    offset = 2
    for spec in grid.cells:
        row, col = spec.row + offset, spec.col + 1
        for r in range(row, row + spec.rowspan):
            for c in range(col, col + spec.colspan):
                sheet.cell(row=r, column=c).border = BORDER
        target = _put(sheet, row, col, _value(spec))
        target.font = Font(name=heading if spec.header else body, size=10.5, bold=spec.header)
        target.alignment = Alignment(horizontal="center" if spec.header or spec.numeric else "left",
                                     vertical="center", wrap_text=True)
        if spec.header:
            target.fill = HEADER_FILL
        if isinstance(spec.value, Decimal):
            target.number_format = "0.0000"
        if spec.rowspan > 1 or spec.colspan > 1:
            sheet.merge_cells(start_row=row, start_column=col, end_row=spec.last_row + offset,
                              end_column=spec.last_col + 1)
    for index, width in enumerate(grid.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(6.0, width * COLUMN_UNIT)
    sheet.freeze_panes = sheet.cell(row=offset + grid.header_rows, column=1)


def workbook(sheets: list[tuple[str, str, Grid]]) -> bytes:
    """``sheets``: (sheet name ≤ 31 chars, title printed in row 1, grid)."""
    book = Workbook()
    book.remove(book.active)
    for name, title, grid in sheets:
        _write_sheet(book.create_sheet(name[:31]), title, grid)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
