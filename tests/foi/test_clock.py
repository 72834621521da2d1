"""The statutory clock on fixed official calendars (chinesecalendar data)."""

from datetime import date

from gongkai.foi.rules.clock import compute
from gongkai.foi.rules.events import Phase
from gongkai.workdays.rules import WorkCalendar, YearSchedule
from tests.foi.calendars import d, official
from tests.foi.events import consulted_then_extended, ev, received, state_of


def clock(*events, today="2026-11-28", calendar=None):
    return compute(state_of(*events), calendar or official(), d(today))


def test_due_date_is_twenty_working_days_after_receipt_on_the_day_before_national_day():
    # 2020: 10/1–10/8 off, 10/10 (Saturday) worked. Day 1 is 10/9, day 2 the Saturday 10/10.
    result = clock(*received("2020-09-30"), today="2020-10-09")
    assert result.due_on == d("2020-11-04")
    assert (result.days_used, result.days_left, result.overdue) == (1, 19, False)


def test_correction_across_spring_festival_restarts_the_period_from_the_corrected_request():
    # 2021: 2/11–2/17 off, 2/20 (Saturday) worked.
    events = [*received("2021-02-03"), ev("correction_requested", "2021-02-05", due_on="2021-02-26"),
              ev("correction_received", "2021-02-22")]
    result = clock(*events, today="2021-02-23")
    assert result.start_on == d("2021-02-22")
    assert result.due_on == d("2021-03-22")
    assert result.days_used == 1


def test_no_due_date_while_waiting_for_correction():
    events = [*received("2021-02-03"), ev("correction_requested", "2021-02-05", due_on="2021-02-26")]
    result = clock(*events, today="2021-02-10")
    assert (result.phase, result.due_on, result.correction_due_on) == (Phase.CORRECTION, None, d("2021-02-26"))


def test_extension_and_consultation_both_push_the_due_date():
    events = consulted_then_extended()
    result = clock(*events, today="2020-07-01")
    assert result.plain_due_on == d("2020-06-30")
    assert (result.paused_days, result.extension_days, result.days_allowed) == (7, 20, 40)
    assert result.due_on == d("2020-08-06")  # 20 + 20 + 7 working days after 6/1


def test_an_approved_extension_counts_only_once_notified():
    events = [*received("2020-06-01"), ev("extension_requested", "2020-06-22", days=10),
              ev("extension_approved", "2020-06-23")]
    assert clock(*events, today="2020-06-23").due_on == d("2020-06-30")


def test_a_running_consultation_moves_the_due_date_every_working_day():
    events = [*received("2020-06-01"),
              ev("consultation_started", "2020-06-10", ref=1, party="agency", reply_by="2020-07-02")]
    first, later = clock(*events, today="2020-06-11"), clock(*events, today="2020-06-12")
    assert first.paused and later.paused
    assert (later.due_on - first.due_on).days >= 1
    assert first.days_left == later.days_left


def test_overdue_after_the_due_date_and_days_left_negative():
    result = clock(*received("2020-09-30"), today="2020-11-06")
    assert result.overdue and result.days_left == -2


def test_a_reply_after_the_due_date_is_late():
    result = clock(*received("2020-09-30"), ev("replied", "2020-11-05", outcome="granted"))
    assert (result.phase, result.late, result.overdue, result.outcome) == (Phase.CLOSED, True, False, "granted")


def test_reasonable_delay_under_article_35_replaces_the_due_date():
    events = [*received("2020-09-30"), ev("deadline_delayed", "2020-10-20", due_on="2020-12-31")]
    assert clock(*events, today="2020-10-21").due_on == d("2020-12-31")


def test_requests_received_before_15_may_2019_follow_the_2007_regulation():
    assert clock(*received("2019-05-14")).due_on == d("2019-06-04")  # 15 working days
    assert clock(*received("2019-05-15")).due_on == d("2019-06-13")  # 20 working days


def test_a_due_date_in_an_unconfirmed_year_is_flagged():
    calendar = WorkCalendar([YearSchedule(2026)])
    result = compute(state_of(*received("2026-12-10")), calendar, date(2026, 12, 11))
    assert not result.confirmed and result.label == "待确认"


def test_pending_request_has_no_clock():
    result = clock(ev("submitted", "2020-10-03"))
    assert (result.phase, result.due_on, result.days_left) == (Phase.PENDING, None, None)


def test_an_unanswered_consultation_stops_pausing_when_the_consulted_partys_period_ends():
    # reply_by 6/24 (15 working days after 6/3); today 7/15: the pause counts 6/4–6/24 only.
    events = [*received("2020-06-01"),
              ev("consultation_started", "2020-06-03", ref=1, party="third_party", reply_by="2020-06-24")]
    at_limit, later = clock(*events, today="2020-06-24"), clock(*events, today="2020-07-15")
    assert at_limit.paused and not later.paused
    assert later.due_on == at_limit.due_on and later.paused_days == at_limit.paused_days == 15


def test_an_answer_recorded_after_the_consulted_partys_period_does_not_stretch_the_pause():
    base = [*received("2020-06-01"),
            ev("consultation_started", "2020-06-03", ref=1, party="agency", reply_by="2020-06-24")]
    on_time = clock(*base, ev("consultation_answered", "2020-06-24", ref=1), today="2020-07-15")
    late = clock(*base, ev("consultation_answered", "2020-07-10", ref=1), today="2020-07-15")
    assert late.due_on == on_time.due_on and late.paused_days == on_time.paused_days
