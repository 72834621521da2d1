import pytest

from gongkai.documents.grid import Cell, Grid, place_rows


def test_place_rows_skips_positions_a_spanning_cell_already_takes():
    grid = Grid(n_cols=4, widths=(1, 1, 1, 1))
    grid.add(Cell("角", 0, 0, rowspan=2))
    place_rows(grid, [[{"label": "甲", "colspan": 3}], [{"label": "乙"}, {"label": "丙", "colspan": 2}]], first_row=0)
    assert [(c.text, c.row, c.col) for c in grid.cells] == [("角", 0, 0), ("甲", 0, 1), ("乙", 1, 1), ("丙", 1, 2)]
    grid.check()


def test_check_finds_overlaps_and_holes():
    grid = Grid(n_cols=2, widths=(1, 1), cells=[Cell("a", 0, 0, colspan=2), Cell("b", 0, 1)])
    with pytest.raises(ValueError, match="overlap"):
        grid.check()
    with pytest.raises(ValueError, match="uncovered"):
        Grid(n_cols=2, widths=(1, 1), cells=[Cell("a", 0, 0)]).check()


def test_head_and_body_split_at_the_header_rows():
    grid = Grid(n_cols=1, widths=(1,), cells=[Cell("表头", 0, 0, header=True), Cell("1", 1, 0)], header_rows=1)
    assert [[c.text for c in row] for row in grid.head()] == [["表头"]]
    assert [[c.text for c in row] for row in grid.body()] == [["1"]]
