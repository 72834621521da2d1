from decimal import Decimal

import pytest

from gongkai.reportformat import load
from gongkai.reports.cells import cells_for, figure_cell, figure_cells, parse_value, table_value


def test_every_table_two_cell_outside_the_catalog_block_is_importable_in_each_format():
    for version in ("2019", "2021"):
        expected = {f"t2.{b.key}.{r.key}.{c.key}" for b in load(version).t2.blocks if b.key != "art20_1"
                    for r in b.rows for c in b.columns}
        assert {cell.address for cell in cells_for(version)} == expected


def test_a_cell_both_formats_share_is_one_figure_with_both_labels():
    cell = figure_cell("t2.art20_5.admin_license.decisions")
    assert cell.versions == ("2019", "2021")
    assert cell.column_labels == ("处理决定数量", "本年处理决定数量")
    assert cell.platform_row == "admin_license"
    assert len({c.address for c in figure_cells()}) == len(figure_cells())


@pytest.mark.parametrize(("address", "raw", "value"), [
    ("t2.art20_5.admin_license.change", "+38", Decimal(38)),
    ("t2.art20_5.admin_license.change", -73, Decimal(-73)),
    ("t2.art20_5.admin_license.decisions", "326,417", Decimal(326417)),
    ("t2.art20_5.admin_license.decisions", 12.0, Decimal(12)),
    ("t2.art20_9.gov_central_procurement.procurement_amount", 631972.7378, Decimal("631972.7378")),
])
def test_values_are_read_as_the_column_s_type(address, raw, value):
    assert parse_value(figure_cell(address), raw) == value


@pytest.mark.parametrize(("address", "raw", "message"), [
    ("t2.art20_5.admin_license.decisions", "-1", "应为非负整数，实为“-1”"),
    ("t2.art20_5.admin_license.decisions", "3.5", "应为非负整数，实为“3.5”"),
    ("t2.art20_8.admin_fees.fee_amount", "1.23456", "应为非负数，最多四位小数，实为“1.23456”"),
    ("t2.art20_8.admin_fees.change", "约30", "应为整数（可带正负号），实为“约30”"),
])
def test_bad_values_are_refused_in_chinese(address, raw, message):
    with pytest.raises(ValueError, match=message):
        parse_value(figure_cell(address), raw)


def test_amounts_keep_their_decimals_and_counts_become_integers():
    amount = figure_cell("t2.art20_9.gov_central_procurement.procurement_amount")
    assert table_value(amount, Decimal("631972.7378")) == "631972.7378"
    assert table_value(amount, Decimal("100.0000")) == "100"
    assert table_value(figure_cell("t2.art20_8.admin_fees.change"), Decimal("-3.0000")) == -3
