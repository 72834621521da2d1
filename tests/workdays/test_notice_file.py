"""Reading a notice from a YAML or JSON file: the documented example, and errors with their line."""

import json
from datetime import date
from pathlib import Path

import pytest

from gongkai.workdays.notice_file import NoticeFileError, dump_json, dump_yaml, parse
from tests.workdays.factories import NoticeFactory

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "calendar-example.yaml"


def errors_of(text: str | bytes) -> list[str]:
    with pytest.raises(NoticeFileError) as caught:
        parse(text.encode() if isinstance(text, str) else text)
    return caught.value.errors


def test_the_documented_example_is_the_2026_notice():
    notice = parse(EXAMPLE.read_bytes())
    assert notice.year == 2026 and notice.issued_on == date(2025, 11, 4)
    assert [h.name for h in notice.holidays] == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    assert notice.holidays[1].working_days == (date(2026, 2, 14), date(2026, 2, 28))


def test_a_holiday_is_labelled_with_its_line():
    assert parse(EXAMPLE.read_bytes()).holidays[1].label == "holidays 第2项（第13行）"


def test_yaml_round_trip():
    notice = NoticeFactory()
    assert parse(dump_yaml(notice)) == parse(dump_yaml(parse(dump_yaml(notice))))
    assert parse(dump_yaml(notice)).special_days() == notice.special_days()


def test_json_with_tab_indentation_is_read():
    text = json.dumps(json.loads(dump_json(NoticeFactory())), ensure_ascii=False, indent="\t")
    assert parse(text).special_days() == NoticeFactory().special_days()


def test_a_gbk_encoded_file_is_read():
    assert parse(dump_yaml(NoticeFactory()).encode("gbk")).holidays[0].name == "元旦"


def test_a_yaml_syntax_error_names_the_line():
    [error] = errors_of("year: 2027\nholidays:\n  - name: 春节\n   from: 2027-02-06\n")
    assert error.startswith("第4行第") and "YAML 格式错误" in error


def test_a_json_syntax_error_names_the_line_and_column():
    assert errors_of('{"year": 2027,\n "holidays": [}') == ["第2行第15列：JSON 格式错误（Expecting value）"]


def test_a_bad_date_names_line_and_field():
    text = "year: 2027\nholidays:\n  - name: 春节\n    from: 2027-02-30\n    to: 2027-02-13\n"
    assert errors_of(text) == ["第4行 holidays 第1项 from：“2027-02-30”不是有效日期（该日不存在）"]


def test_an_unknown_field_is_named():
    text = "year: 2027\nholiday:\n  - name: 春节\n"
    assert errors_of(text)[0] == "第2行 文件：未知字段“holiday”（可用字段：year、title、number、issued_on、note、holidays）"


def test_missing_required_fields_are_named():
    assert errors_of("title: 通知\n") == ["缺少必填字段“year”", "缺少必填字段“holidays”"]


def test_a_missing_field_and_a_bad_date_are_both_named():
    text = "year: 2027\nholidays:\n  - name: 春节\n    from: 2027-02-30\n"
    assert errors_of(text) == ["第3行 holidays 第1项：缺少字段“to”",
                               "第4行 holidays 第1项 from：“2027-02-30”不是有效日期（该日不存在）"]


def test_a_holiday_without_dates_is_named():
    text = "year: 2027\nholidays:\n  - name: 春节\n"
    assert errors_of(text) == ["第3行 holidays 第1项：缺少字段“from”、“to”"]


def test_a_bad_year_is_named():
    assert errors_of("year: 二〇二七\nholidays: []\n") == ["第1行 year：“二〇二七”不是有效年度（应为四位数字，例如 2027）"]


def test_holidays_must_be_a_list():
    assert errors_of("year: 2027\nholidays: 春节\n") == ["第2行 holidays：应为节假日列表（每项以“- name:”开头）"]


def test_an_empty_file_is_refused():
    assert errors_of("") == ["文件是空的"]


def test_a_single_working_day_may_be_written_without_brackets():
    text = "year: 2027\nholidays:\n  - {name: 元旦, from: 2027-01-01, to: 2027-01-03, working_days: 2027-01-09}\n"
    assert parse(text).holidays[0].working_days == (date(2027, 1, 9),)


def test_a_superscript_year_is_an_error_not_a_crash():
    assert any("不是有效年度" in error for error in errors_of('year: "²"\nholidays: []\n'))
