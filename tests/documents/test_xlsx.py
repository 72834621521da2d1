"""Workbooks from grids (documents.xlsx)."""

import io

from openpyxl import load_workbook

from gongkai.documents.grid import Cell, Grid
from gongkai.documents.xlsx import workbook


def test_text_starting_with_an_equals_sign_is_stored_as_text_not_as_a_formula():
    grid = Grid(n_cols=2, widths=(1, 1), cells=[Cell('=HYPERLINK("http://example.com","点击")', 0, 0),
                                                 Cell("3", 0, 1, numeric=True, value=3)])
    sheet = load_workbook(io.BytesIO(workbook([("表三", "=1+1", grid)]))).active
    assert (sheet["A1"].value, sheet["A1"].data_type) == ("=1+1", "s")
    assert (sheet["A2"].value, sheet["A2"].data_type) == ('=HYPERLINK("http://example.com","点击")', "s")
    assert sheet["B2"].value == 3
