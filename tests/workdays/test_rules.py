"""The pure working-day rules: properties on random calendars, and the counting rules."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.workdays.rules import Reckoning, WorkCalendar, YearSchedule, schedule_span

CONFIRMED_YEARS = (2024, 2025, 2026)  # random schedules; 2023 and 2027 stay unconfirmed
PROPERTY_SETTINGS = settings(max_examples=100, deadline=None)


@st.composite
def schedules(draw, year):
    first, last = schedule_span(year)
    days = st.dates(min_value=first, max_value=last)
    off = draw(st.frozensets(days, max_size=25))
    weekends = [first + timedelta(days=i) for i in range((last - first).days + 1)
                if (first + timedelta(days=i)).weekday() >= 5]
    working = draw(st.frozensets(st.sampled_from(weekends), max_size=8)) - off
    return YearSchedule(year, off, working)


@st.composite
def calendars(draw):
    years = draw(st.lists(st.sampled_from(CONFIRMED_YEARS), unique=True))
    return WorkCalendar([draw(schedules(y)) for y in years], counting=draw(st.sampled_from(["next_day", "same_day"])))


any_day = st.dates(min_value=date(2023, 6, 1), max_value=date(2027, 6, 30))
deadlines = st.integers(min_value=1, max_value=60)


@PROPERTY_SETTINGS
@given(calendars(), any_day, deadlines)
def test_the_deadline_falls_on_a_working_day(calendar, start, n):
    assert calendar.is_working_day(calendar.add_working_days(start, n).value)


@PROPERTY_SETTINGS
@given(calendars(), any_day, deadlines)
def test_one_more_working_day_is_a_later_date(calendar, start, n):
    assert calendar.add_working_days(start, n + 1).value > calendar.add_working_days(start, n).value


@PROPERTY_SETTINGS
@given(calendars(), any_day, st.integers(min_value=0, max_value=20), deadlines)
def test_a_later_start_never_gives_an_earlier_deadline(calendar, start, shift, n):
    later = start + timedelta(days=shift)
    assert calendar.add_working_days(later, n).value >= calendar.add_working_days(start, n).value


@PROPERTY_SETTINGS
@given(calendars(), any_day, deadlines)
def test_between_undoes_add(calendar, start, n):
    end = calendar.add_working_days(start, n).value
    assert calendar.working_days_between(start, end).value == n


@PROPERTY_SETTINGS
@given(calendars(), any_day, st.integers(min_value=0, max_value=90))
def test_add_undoes_between_for_a_working_end(calendar, start, length):
    end = calendar.next_working_day(start + timedelta(days=length))
    if calendar.counting == "next_day" and end == start:
        end = calendar.next_working_day(start + timedelta(days=1))
    assert calendar.add_working_days(start, calendar.working_days_between(start, end).value).value == end


@PROPERTY_SETTINGS
@given(calendars(), any_day, st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=30))
def test_between_grows_with_the_end_date(calendar, start, length, more):
    end = start + timedelta(days=length)
    assert (calendar.working_days_between(start, end + timedelta(days=more)).value
            >= calendar.working_days_between(start, end).value)


@PROPERTY_SETTINGS
@given(calendars(), any_day)
def test_weekends_are_never_working_days_unless_made_up(calendar, day):
    made_up = any(day in s.extra_working_days for s in calendar.schedules.values())
    if day.weekday() >= 5 and not made_up:
        assert not calendar.is_working_day(day)


@PROPERTY_SETTINGS
@given(calendars(), any_day)
def test_days_off_are_never_working_days(calendar, day):
    if any(day in s.days_off for s in calendar.schedules.values()):
        assert not calendar.is_working_day(day)


@PROPERTY_SETTINGS
@given(calendars(), any_day, st.integers(min_value=0, max_value=400))
def test_counting_by_weeks_agrees_with_counting_day_by_day(calendar, first, length):
    last = first + timedelta(days=length)
    by_day = sum(calendar.is_working_day(first + timedelta(days=i)) for i in range(length + 1))
    assert calendar.count_working_days(first, last) == by_day


@PROPERTY_SETTINGS
@given(calendars(), any_day, deadlines)
def test_a_result_is_confirmed_only_when_every_year_it_touches_is(calendar, start, n):
    result = calendar.add_working_days(start, n)
    years = range(start.year, result.value.year + 1)
    assert result.confirmed == all(y in calendar.schedules for y in years)


def test_next_day_counting_starts_the_day_after_receipt():
    calendar = WorkCalendar(counting="next_day")
    # Friday 2026-03-06: day 1 is Monday 03-09, day 20 is Friday 04-03.
    assert calendar.add_working_days(date(2026, 3, 6), 1).value == date(2026, 3, 9)
    assert calendar.add_working_days(date(2026, 3, 6), 20).value == date(2026, 4, 3)


def test_same_day_counting_counts_a_working_receipt_day_as_day_one():
    calendar = WorkCalendar(counting="same_day")
    assert calendar.add_working_days(date(2026, 3, 6), 1).value == date(2026, 3, 6)
    assert calendar.add_working_days(date(2026, 3, 6), 20).value == date(2026, 4, 2)


def test_same_day_counting_on_a_day_off_starts_at_the_next_working_day():
    calendar = WorkCalendar(counting="same_day")
    assert calendar.add_working_days(date(2026, 3, 7), 1).value == date(2026, 3, 9)


def test_zero_working_days_is_the_start_itself():
    assert WorkCalendar().add_working_days(date(2026, 3, 7), 0).value == date(2026, 3, 7)


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError, match="negative"):
        WorkCalendar().add_working_days(date(2026, 3, 6), -1)


def test_between_is_zero_when_the_end_is_before_the_start():
    assert WorkCalendar().working_days_between(date(2026, 3, 9), date(2026, 3, 2)).value == 0


def test_between_counts_the_receipt_day_only_with_same_day_counting():
    friday = date(2026, 3, 6)
    assert WorkCalendar(counting="next_day").working_days_between(friday, friday).value == 0
    assert WorkCalendar(counting="same_day").working_days_between(friday, friday).value == 1


def test_an_unknown_counting_rule_is_refused():
    with pytest.raises(ValueError, match="counting"):
        WorkCalendar(counting="calendar_days")


def test_an_unconfirmed_result_is_labelled_pending():
    assert Reckoning(date(2027, 1, 7), confirmed=False).label == "待确认"
    assert Reckoning(date(2026, 1, 7), confirmed=True).label == ""


def test_a_schedule_may_reach_back_into_late_december():
    schedule = YearSchedule(2019, frozenset({date(2018, 12, 31)}), frozenset({date(2018, 12, 29)}))
    assert WorkCalendar([schedule]).is_working_day(date(2018, 12, 29))


def test_a_schedule_refuses_days_outside_its_span():
    with pytest.raises(ValueError, match="outside"):
        YearSchedule(2027, frozenset({date(2026, 12, 20)}))


def test_a_schedule_refuses_a_day_both_off_and_working():
    with pytest.raises(ValueError, match="both"):
        YearSchedule(2027, frozenset({date(2027, 1, 2)}), frozenset({date(2027, 1, 2)}))


def test_the_later_years_schedule_wins_a_shared_day():
    sunday = date(2026, 12, 27)
    earlier = YearSchedule(2026, frozenset(), frozenset({sunday}))
    later = YearSchedule(2027, frozenset({sunday}))
    assert not WorkCalendar([later, earlier]).is_working_day(sunday)
    assert not WorkCalendar([earlier, later]).is_working_day(sunday)


def test_replacing_a_year_leaves_the_others():
    calendar = WorkCalendar([YearSchedule(2026, frozenset({date(2026, 1, 1)})),
                             YearSchedule(2025, frozenset({date(2025, 1, 1)}))])
    replaced = calendar.replace(2026, None)
    assert replaced.confirmed_years() == [2025]
    assert replaced.is_working_day(date(2026, 1, 1)) and not replaced.is_working_day(date(2025, 1, 1))
