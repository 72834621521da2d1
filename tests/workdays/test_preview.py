"""The preview of a change and the month grid (pure)."""

from datetime import date

from gongkai.workdays.preview import compare, month_grid
from gongkai.workdays.rules import WorkCalendar, YearSchedule
from tests.workdays.factories import NoticeFactory

D = date


def names():
    return {d: name for d, (_, name) in NoticeFactory().special_days().items()}


def test_entering_a_year_lists_every_day_whose_status_changes():
    before = WorkCalendar()
    preview = compare(before, before.replace(2027, NoticeFactory().schedule()), 2027, names())
    # 元旦: Friday 1-1 off; 春节: Monday–Friday 2-8..2-12 off; Sunday 1-31 and Saturday 2-20 worked.
    assert [c.day for c in preview.became_off] == [D(2027, 1, 1), *(D(2027, 2, d) for d in range(8, 13))]
    assert [c.day for c in preview.became_working] == [D(2027, 1, 31), D(2027, 2, 20)]
    assert preview.changes[0].name == "元旦" and preview.changes[0].after_label == "休息日"


def test_the_preview_counts_the_years_working_days_before_and_after():
    before = WorkCalendar()
    preview = compare(before, before.replace(2027, NoticeFactory().schedule()), 2027, names())
    assert (preview.working_days_before, preview.working_days_after, preview.working_days_delta) == (261, 257, -4)
    assert (preview.confirmed_before, preview.confirmed_after) == (False, True)


def test_an_identical_schedule_changes_nothing():
    calendar = WorkCalendar([NoticeFactory().schedule()])
    preview = compare(calendar, calendar.replace(2027, NoticeFactory().schedule()), 2027, names())
    assert preview.changes == () and preview.working_days_delta == 0


def test_the_fingerprint_follows_the_changes():
    before = WorkCalendar()
    one = compare(before, before.replace(2027, NoticeFactory().schedule()), 2027, names())
    other = compare(before, before.replace(2027, YearSchedule(2027, frozenset({D(2027, 1, 1)}))), 2027, names())
    assert one.fingerprint() == compare(before, before.replace(2027, NoticeFactory().schedule()), 2027,
                                        names()).fingerprint()
    assert one.fingerprint() != other.fingerprint()


def test_the_month_grid_classes_each_day():
    calendar = WorkCalendar([NoticeFactory().schedule()])
    months = month_grid(calendar, 2027, names(), frozenset({D(2027, 2, 20)}))
    cells = {cell.day: cell for month in months for week in month.weeks for cell in week if cell}
    assert len(months) == 12 and len(cells) == 365
    assert cells[D(2027, 1, 1)].css == "holiday" and cells[D(2027, 1, 1)].title == "1月1日 放假（元旦）"
    assert cells[D(2027, 1, 2)].css == "holiday"  # a Saturday inside the break
    assert cells[D(2027, 1, 9)].css == "weekend"
    assert cells[D(2027, 1, 31)].css == "makeup"
    assert cells[D(2027, 2, 20)].css == "makeup changed"
    assert cells[D(2027, 3, 1)].css == "work"


def test_weeks_start_on_monday():
    first_week = month_grid(WorkCalendar(), 2027, {})[0].weeks[0]
    assert [cell.day.day if cell else None for cell in first_week] == [None, None, None, None, 1, 2, 3]
