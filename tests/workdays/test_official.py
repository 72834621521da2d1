"""The calendar table as seeded: fixed vectors from the official schedules 2019–2026 (worked by
hand from the State Council notices), and equality with the chinesecalendar package 2004–2026."""

from datetime import date, timedelta

import chinese_calendar
import pytest

from gongkai.workdays import add_working_days, current_calendar, is_working_day, working_days_between
from gongkai.workdays.models import CalendarYear
from gongkai.workdays.seed import SEED_YEARS

pytestmark = pytest.mark.django_db

D = date

# (day, is a working day, why)
DAY_VECTORS = [
    (D(2018, 12, 29), True, "2019 元旦 调休: Saturday worked (set by the 2019 notice)"),
    (D(2018, 12, 31), False, "2019 元旦 break began 2018-12-30"),
    (D(2019, 2, 2), True, "2019 春节 调休 Saturday"),
    (D(2019, 4, 28), True, "2019 劳动节 调休 Sunday"),
    (D(2019, 5, 3), False, "2019 劳动节 extended to 4 days"),
    (D(2019, 10, 12), True, "2019 国庆 调休 Saturday"),
    (D(2020, 1, 19), True, "2020 春节 调休 Sunday"),
    (D(2020, 1, 31), False, "2020 春节 extended (国务院办公厅关于延长2020年春节假期的通知)"),
    (D(2020, 2, 2), False, "2020 春节 extension ends Sunday 2 February"),
    (D(2020, 2, 3), True, "first working day after the 2020 extension"),
    (D(2020, 5, 9), True, "2020 劳动节 调休 Saturday"),
    (D(2020, 10, 8), False, "2020 国庆中秋 8 days"),
    (D(2021, 2, 20), True, "2021 春节 调休 Saturday"),
    (D(2021, 9, 18), True, "2021 中秋 调休 Saturday"),
    (D(2022, 1, 29), True, "2022 春节 调休 Saturday"),
    (D(2022, 1, 30), True, "2022 春节 调休 Sunday"),
    (D(2023, 10, 7), True, "2023 国庆 调休 Saturday"),
    (D(2023, 10, 8), True, "2023 国庆 调休 Sunday"),
    (D(2024, 2, 18), True, "2024 春节 调休 Sunday"),
    (D(2024, 5, 11), True, "2024 劳动节 调休 Saturday"),
    (D(2025, 1, 26), True, "2025 春节 调休 Sunday"),
    (D(2025, 2, 8), True, "2025 春节 调休 Saturday"),
    (D(2025, 10, 8), False, "2025 国庆中秋 1–8 October"),
    (D(2025, 10, 11), True, "2025 国庆 调休 Saturday"),
    (D(2026, 1, 4), True, "2026 元旦 调休 Sunday"),
    (D(2026, 2, 23), False, "2026 春节 9 days, to 23 February"),
    (D(2026, 2, 28), True, "2026 春节 调休 Saturday"),
    (D(2026, 5, 9), True, "2026 劳动节 调休 Saturday"),
    (D(2026, 10, 7), False, "2026 国庆 1–7 October"),
    (D(2026, 10, 10), True, "2026 国庆 调休 Saturday"),
]

# (received, working days, due date) with the default next_day counting
DEADLINE_VECTORS = [
    (D(2020, 1, 23), 20, D(2020, 2, 28)),  # across the extended 2020 Spring Festival
    (D(2019, 9, 30), 20, D(2019, 11, 1)),  # National Day week, Saturday 10-12 worked
    (D(2025, 9, 30), 20, D(2025, 11, 4)),  # 8-day 国庆中秋, Saturday 10-11 worked
    (D(2026, 9, 30), 20, D(2026, 11, 3)),  # 2026 国庆, Saturday 10-10 worked
    (D(2026, 2, 13), 7, D(2026, 3, 2)),  # 补正 notice: Saturdays 2-14 and 2-28 worked
    (D(2026, 3, 6), 20, D(2026, 4, 3)),  # ends the day before 清明
    (D(2026, 12, 3), 20, D(2026, 12, 31)),  # ends inside 2026: confirmed
]


@pytest.mark.parametrize(("day", "working", "why"), DAY_VECTORS, ids=[str(v[0]) for v in DAY_VECTORS])
def test_official_day(day, working, why):
    assert is_working_day(day) is working, why


@pytest.mark.parametrize(("received", "n", "due"), DEADLINE_VECTORS, ids=[str(v[0]) for v in DEADLINE_VECTORS])
def test_official_deadline(received, n, due):
    assert add_working_days(received, n) == (due, True)
    assert working_days_between(received, due) == (n, True)


def test_a_deadline_crossing_into_unconfirmed_2027_is_pending():
    result = add_working_days(D(2026, 12, 10), 20)
    assert result.value == D(2027, 1, 7)  # weekends only: Friday 2027-01-01 counted as working
    assert not result.confirmed and result.label == "待确认"


def test_counting_the_days_of_a_period_into_2027_is_pending():
    assert working_days_between(D(2026, 12, 25), D(2027, 1, 8)).confirmed is False


def test_2026_has_248_working_days():
    assert current_calendar().count_working_days(D(2026, 1, 1), D(2026, 12, 31)) == 248


def test_same_day_counting_from_settings(settings):
    settings.WORKDAY_COUNTING = "same_day"
    assert add_working_days(D(2020, 1, 23), 20).value == D(2020, 2, 27)


def test_2026_matches_the_notice_of_4_november_2025():
    """regulation.md §5: the 2026 holiday table, day by day."""
    ranges = [(D(2026, 1, 1), D(2026, 1, 3)), (D(2026, 2, 15), D(2026, 2, 23)), (D(2026, 4, 4), D(2026, 4, 6)),
              (D(2026, 5, 1), D(2026, 5, 5)), (D(2026, 6, 19), D(2026, 6, 21)), (D(2026, 9, 25), D(2026, 9, 27)),
              (D(2026, 10, 1), D(2026, 10, 7))]
    off = {first + timedelta(days=i) for first, last in ranges for i in range((last - first).days + 1)}
    worked = {D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)}
    days = CalendarYear.objects.get(year=2026).special_days()
    assert {d for d, (working, _) in days.items() if not working} == off
    assert {d for d, (working, _) in days.items() if working} == worked
    assert CalendarYear.objects.get(year=2026).notice_date == D(2025, 11, 4)


def test_2025_matches_guobanfa_mingdian_2024_12():
    days = CalendarYear.objects.get(year=2025).special_days()
    assert {d for d, (working, _) in days.items() if working} == {
        D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)}
    assert CalendarYear.objects.get(year=2025).notice_number == "国办发明电〔2024〕12号"


def test_every_official_year_is_seeded_and_confirmed():
    assert list(CalendarYear.objects.confirmed().order_by("year").values_list("year", flat=True)) == list(SEED_YEARS)
    assert current_calendar().confirmed_years() == list(SEED_YEARS)


def test_the_table_equals_chinesecalendar_every_day_2004_to_2026():
    calendar = current_calendar()
    day, last = D(2004, 1, 1), D(2026, 12, 31)
    differences = []
    while day <= last:
        if calendar.is_working_day(day) != chinese_calendar.is_workday(day):
            differences.append(day)
        day += timedelta(days=1)
    assert differences == []


def test_holiday_names_are_chinese():
    assert CalendarYear.objects.get(year=2020).special_days()[D(2020, 1, 31)] == (False, "春节")
    assert CalendarYear.objects.get(year=2015).special_days()[D(2015, 9, 3)][1] == (
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日")


def test_late_december_new_year_days_belong_to_the_next_years_notice():
    assert D(2018, 12, 29) in CalendarYear.objects.get(year=2019).special_days()
    assert D(2018, 12, 29) not in CalendarYear.objects.get(year=2018).special_days()
