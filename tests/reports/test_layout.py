import pytest

from gongkai.reportformat import VERSIONS, empty_tables
from gongkai.reports.layout import MISSING_TEXT, grids, t2_grid, t3_grid, t4_grid
from tests.reports.fakes import seed_tables


@pytest.mark.parametrize("version", VERSIONS)
def test_every_grid_covers_each_position_exactly_once(version):
    for grid in grids(empty_tables(version)).values():
        grid.check()


@pytest.mark.parametrize(("version", "rows"), [("2019", 20), ("2021", 22)])
def test_the_results_label_spans_all_result_rows(version, rows):
    grid = t3_grid(empty_tables(version))
    label = next(c for c in grid.cells if c.text == "三、本年度办理结果")
    assert (label.rowspan, label.col) == (rows, 0)


def test_table_three_header_has_the_template_s_merges():
    grid = t3_grid(seed_tables())
    spans = {c.text: (c.row, c.col, c.rowspan, c.colspan) for c in grid.cells if c.header}
    assert spans["申请人情况"] == (0, 3, 1, 7)
    assert spans["法人或其他组织"] == (1, 4, 1, 5)
    assert spans["自然人"] == (1, 3, 2, 1)
    assert spans["商业企业"] == (2, 4, 1, 1)
    assert grid.header_rows == 3


def test_group_labels_span_their_numbered_rows():
    cells = {c.text: c for c in t3_grid(empty_tables("2021")).cells}
    assert cells["（三）不予公开"].rowspan == 8 and cells["（六）其他处理"].rowspan == 3
    assert cells["（七）总计"].colspan == 2 and cells["一、本年新收政府信息公开申请数量"].colspan == 3


def test_table_two_single_value_blocks_span_three_columns_in_2021():
    grid = t2_grid(empty_tables("2021"))
    header = next(c for c in grid.cells if c.text == "本年收费金额（单位：万元）")
    assert header.colspan == 3


def test_table_two_prints_signed_changes_and_the_procurement_unit():
    texts = {c.address: c.text for c in t2_grid(seed_tables()).cells if c.address}
    assert texts["t2.art20_8.admin_fees.change"] == "+38"
    assert texts["t2.art20_5.admin_license.change"] == "-73"
    assert "采购总金额（万元）" in [c.text for c in t2_grid(seed_tables()).cells]


def test_a_blank_cell_shows_that_it_is_missing():
    tables = empty_tables("2019", fill=None)
    cell = next(c for c in t4_grid(tables).cells if c.address == "t4.cases.review_total")
    assert cell.text == MISSING_TEXT and "missing" in cell.marks


def test_table_four_has_three_header_rows_and_fifteen_columns():
    grid = t4_grid(seed_tables())
    assert (grid.n_cols, grid.header_rows, grid.n_rows) == (15, 3, 4)
    assert [c.text for c in grid.body()[0]][:5] == ["124", "25", "5", "13", "167"]
