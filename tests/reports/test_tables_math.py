from gongkai.reports.tables_math import total


def test_summed_amounts_print_as_a_single_report_would():
    tables = total([{"t2": {"fees": {"amount": "1.1"}}}, {"t2": {"fees": {"amount": "2.9"}}},
                    {"t2": {"fees": {"amount": None}}}], "2021")
    assert tables["t2"]["fees"]["amount"] == "4"


def test_summed_amounts_drop_trailing_zeros():
    assert total([{"a": "5"}, {"a": "2.50"}], "2021")["a"] == "7.5"
