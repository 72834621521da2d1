import pytest

from gongkai.catalog.indexno import DEFAULT_FORMAT, check_format, format_index


def test_default_format_is_credit_code_year_and_five_digit_serial():
    assert format_index("11370300004224423Q", 2021, 123) == "11370300004224423Q/2021-00123"


@pytest.mark.parametrize("serial", [None, 0, -1])
def test_no_index_number_without_a_serial(serial):
    with pytest.raises(ValueError):
        format_index("11370300004224423Q", 2021, serial)


def test_format_must_contain_year_and_serial():
    with pytest.raises(ValueError, match="unique"):
        check_format("{credit_code}/{year}")


def test_format_rejects_unknown_fields():
    with pytest.raises(ValueError, match="unknown"):
        check_format("{credit_code}/{year}-{serial}-{month}")


def test_default_format_passes_its_own_check():
    assert check_format(DEFAULT_FORMAT) == DEFAULT_FORMAT
