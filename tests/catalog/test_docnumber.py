import pytest

from gongkai.catalog.docnumber import DocNumber, DocNumberError, normalize, parse, parse_optional


@pytest.mark.parametrize(("text", "expected"), [
    ("淄政发〔2020〕13号", DocNumber("淄政发", 2020, 13)),
    ("淄政字[2020]103号", DocNumber("淄政字", 2020, 103)),
    ("淄政办字（2020）59号", DocNumber("淄政办字", 2020, 59)),
    (" 国办公开办函 (2021) 30号 ", DocNumber("国办公开办函", 2021, 30)),
    ("国办发明电【2024】12号", DocNumber("国办发明电", 2024, 12)),
])
def test_parse_normalises_brackets_and_spaces(text, expected):
    assert parse(text) == expected


def test_str_uses_hexagonal_brackets():
    assert str(DocNumber("淄政发", 2020, 13)) == "淄政发〔2020〕13号"


@pytest.mark.parametrize(("text", "fragment"), [
    ("〔〕号", "格式不正确"),
    ("淄政发2020年13号", "缺少年份括号"),
    ("淄政发〔2020〕13", "应以“号”结尾"),
    ("淄政发〔2020〕013号", "前导零"),
    ("淄政发〔20〕13号", "格式不正确"),
    ("淄政发〔1800〕13号", "年份1800不合理"),
])
def test_parse_rejects_malformed_numbers_with_a_reason(text, fragment):
    with pytest.raises(DocNumberError, match=fragment):
        parse(text)


def test_blank_number_is_none_not_an_empty_number():
    assert parse_optional("  ") is None
    assert parse_optional(None) is None


def test_normalize_returns_none_for_ordinary_text():
    assert normalize("棚户区改造") is None
    assert normalize("淄政发(2020)13号") == "淄政发〔2020〕13号"


def test_a_serial_too_large_for_the_database_is_refused():
    with pytest.raises(DocNumberError, match="序号过大"):
        parse("淄政发〔2020〕99999999999999999999号")


def test_an_overlong_office_code_is_refused():
    with pytest.raises(DocNumberError, match="机关代字过长"):
        parse("淄" * 41 + "〔2020〕1号")
