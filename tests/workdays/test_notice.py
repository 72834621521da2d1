"""Validation of an entered notice, and turning stored days back into holidays."""

from datetime import date

import pytest

from gongkai.workdays.notice import cn_date, holidays_from_days, parse_day, parse_day_list, validate
from tests.workdays.factories import HolidayRangeFactory, NoticeFactory

D = date
YEARS = range(2004, 2028)


def errors_for(*holidays, year=2027, **kwargs):
    return validate(NoticeFactory(year=year, holidays=holidays), years=YEARS, **kwargs)


def test_a_plausible_notice_is_valid():
    assert validate(NoticeFactory(), years=YEARS) == []


def test_a_year_outside_the_editable_range_is_refused():
    assert errors_for(HolidayRangeFactory(), year=2028) == ["年度2028无效：只能录入2004年至2027年的节假日安排"]


def test_a_notice_without_holidays_is_refused():
    assert errors_for() == ["2027年的安排中没有任何放假日期"]


def test_a_date_outside_the_year_names_the_row():
    errors = errors_for(HolidayRangeFactory(name="元旦", first=D(2027, 12, 31), last=D(2028, 1, 2), label="第7行"))
    assert errors == ["第7行（元旦）：2028年1月2日不在2027年范围内"
                      "（2027年的安排只能包含2026年12月25日至2027年12月31日的日期）"]


def test_late_december_of_the_previous_year_is_allowed():
    assert errors_for(HolidayRangeFactory(first=D(2026, 12, 31), last=D(2027, 1, 2),
                                          working_days=(D(2026, 12, 26),))) == []


def test_the_end_before_the_start_is_refused():
    errors = errors_for(HolidayRangeFactory(name="春节", first=D(2027, 2, 13), last=D(2027, 2, 6), label="第2行"))
    assert errors == ["第2行（春节）：放假开始日期（2027年2月13日）晚于结束日期（2027年2月6日）"]


def test_a_working_day_that_is_not_a_weekend_is_refused():
    errors = errors_for(HolidayRangeFactory(name="春节", first=D(2027, 2, 6), last=D(2027, 2, 13),
                                            working_days=(D(2027, 2, 17),), label="第2行"))
    assert errors == ["第2行（春节）：调休上班日2027年2月17日（星期三）不是周末，调休上班日只能是星期六或星期日"]


def test_a_day_both_off_and_working_in_one_holiday_is_refused():
    errors = errors_for(HolidayRangeFactory(name="春节", first=D(2027, 2, 6), last=D(2027, 2, 13),
                                            working_days=(D(2027, 2, 7),), label="第2行"))
    assert errors == ["第2行（春节）：2027年2月7日既是放假日又是调休上班日"]


def test_overlapping_holidays_are_refused():
    errors = errors_for(
        HolidayRangeFactory(name="中秋节", first=D(2027, 9, 25), last=D(2027, 10, 2), label="第6行"),
        HolidayRangeFactory(name="国庆节", first=D(2027, 10, 1), last=D(2027, 10, 7), label="第7行"),
    )
    assert errors == ["第6行（中秋节）与第7行（国庆节）的放假日期重叠（2027年10月1日至2027年10月2日）"]


def test_a_working_day_inside_another_holiday_is_refused():
    errors = errors_for(
        HolidayRangeFactory(name="劳动节", first=D(2027, 5, 1), last=D(2027, 5, 5), label="第4行"),
        HolidayRangeFactory(name="端午节", first=D(2027, 6, 9), last=D(2027, 6, 11),
                            working_days=(D(2027, 5, 1),), label="第5行"),
    )
    assert errors == ["2027年5月1日既是第4行（劳动节）的放假日，又是第5行（端午节）的调休上班日"]


def test_a_working_day_listed_twice_is_refused():
    errors = errors_for(
        HolidayRangeFactory(name="劳动节", first=D(2027, 5, 1), last=D(2027, 5, 5), working_days=(D(2027, 5, 8),),
                            label="第4行"),
        HolidayRangeFactory(name="端午节", first=D(2027, 6, 9), last=D(2027, 6, 11), working_days=(D(2027, 5, 8),),
                            label="第5行"),
    )
    assert errors == ["调休上班日2027年5月8日在第4行（劳动节）和第5行（端午节）中重复填写"]


def test_an_empty_name_is_refused():
    assert errors_for(HolidayRangeFactory(name=" ", label="第3行")) == ["第3行（ ）：节日名称不能为空"]


def test_an_implausibly_long_break_is_refused():
    errors = errors_for(HolidayRangeFactory(first=D(2027, 1, 1), last=D(2027, 3, 1), label="第1行"))
    assert errors == ["第1行（元旦）：放假时间超过31天，请核对开始和结束日期"]


def test_a_day_fixed_by_the_next_years_notice_is_locked():
    errors = errors_for(HolidayRangeFactory(name="元旦", first=D(2018, 1, 1), last=D(2018, 1, 1)),
                        HolidayRangeFactory(name="测试", first=D(2018, 12, 31), last=D(2018, 12, 31)),
                        year=2018, locked={D(2018, 12, 31): 2019})
    assert errors == ["2018年12月31日已由2019年的节假日安排确定，不能在2018年的安排中修改"]


def test_every_problem_is_reported_at_once():
    errors = errors_for(
        HolidayRangeFactory(name="", label="第1行"),
        HolidayRangeFactory(name="春节", first=D(2027, 2, 6), last=D(2027, 2, 13), working_days=(D(2027, 2, 17),),
                            label="第2行"),
    )
    assert len(errors) == 2


def test_special_days_of_a_notice():
    days = NoticeFactory().special_days()
    assert days[D(2027, 2, 6)] == (False, "春节")
    assert days[D(2027, 1, 31)] == (True, "春节")
    assert len(days) == 3 + 8 + 2


@pytest.mark.parametrize("text", ["2027-02-06", "2027/2/6", "2027.2.6", "2027年2月6日", " 2027-2-6 "])
def test_dates_are_read_in_the_usual_chinese_forms(text):
    assert parse_day(text) == D(2027, 2, 6)


def test_an_impossible_date_is_named():
    with pytest.raises(ValueError, match="“2027-02-30”不是有效日期（该日不存在）"):
        parse_day("2027-02-30")


def test_a_list_of_dates_accepts_chinese_separators():
    assert parse_day_list("2027-01-31、2027-02-20，2027-02-27") == [D(2027, 1, 31), D(2027, 2, 20), D(2027, 2, 27)]


def test_a_holiday_is_described_as_the_notice_words_it():
    holiday = NoticeFactory().holidays[1]
    assert holiday.describe() == "春节：2027年2月6日至2月13日放假，共8天；1月31日（星期日）、2月20日（星期六）上班。"


def test_a_date_in_chinese():
    assert cn_date(D(2027, 2, 6), weekday=True) == "2027年2月6日（星期六）"


def test_stored_days_group_back_into_the_notices_holidays():
    assert [(h.name, h.first, h.last, h.working_days) for h in holidays_from_days(NoticeFactory().special_days())] == [
        ("元旦", D(2027, 1, 1), D(2027, 1, 3), ()),
        ("春节", D(2027, 2, 6), D(2027, 2, 13), (D(2027, 1, 31), D(2027, 2, 20))),
    ]


def test_adjoining_holidays_group_under_both_names():
    days = {D(2025, 10, d): (False, "国庆节") for d in (1, 2, 3, 4, 5, 7, 8)} | {
        D(2025, 10, 6): (False, "中秋节"), D(2025, 10, 11): (True, "国庆节")}
    [holiday] = holidays_from_days(days)
    assert (holiday.name, holiday.first, holiday.last, holiday.working_days) == (
        "国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8), (D(2025, 10, 11),))


def test_a_gap_of_plain_weekend_days_does_not_split_a_holiday():
    days = {D(2011, 6, 4): (False, "端午节"), D(2011, 6, 6): (False, "端午节")}  # Sunday 6-5 not listed
    assert [(h.first, h.last) for h in holidays_from_days(days)] == [(D(2011, 6, 4), D(2011, 6, 6))]
