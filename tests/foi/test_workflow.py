"""What a case page gets: the clock, the next allowed steps with reasons, the timeline."""

from datetime import date

import pytest
import time_machine

from gongkai.foi import services
from gongkai.foi.rules.events import EventKind
from gongkai.foi.workflow import allowed_actions, clock_for, timeline
from gongkai.workdays.rules import WorkCalendar, YearSchedule
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(world):
    return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))


def options(application, user, on):
    return {o.kind: o for o in allowed_actions(application, user, on)}


def test_clock_for_gives_the_due_date_and_working_days_left(request_):
    clock = clock_for(request_, date(2021, 3, 26))
    assert (clock.due_on, clock.days_used, clock.days_left, clock.overdue) == (date(2021, 3, 29), 19, 1, False)


@time_machine.travel(date(2026, 12, 20))
def test_clock_in_an_unconfirmed_year_is_marked_for_confirmation(world, monkeypatch):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2026, 12, 14))
    monkeypatch.setattr("gongkai.workdays.service.current_calendar", lambda: WorkCalendar([YearSchedule(2026)]))
    clock = clock_for(application, date(2026, 12, 15))
    assert not clock.confirmed and clock.label == "待确认"


def test_a_clerk_sees_the_steps_open_now_and_why_others_are_not(world, request_):
    choices = options(request_, world.district_clerk, date(2021, 3, 3))
    assert choices[EventKind.REPLIED].allowed and choices[EventKind.CORRECTION_REQUESTED].allowed
    assert choices[EventKind.FEE_PAID].reason == "没有待缴纳的信息处理费"
    assert not choices[EventKind.EXTENSION_APPROVED].allowed


def test_after_the_correction_window_the_reason_names_the_last_day(world, request_):
    reason = options(request_, world.district_clerk, date(2021, 3, 11))[EventKind.CORRECTION_REQUESTED].reason
    assert "2021年3月10日届满" in reason


def test_only_the_reviewer_may_approve_a_pending_extension(world, request_):
    services.request_extension(request_, by=world.district_clerk, days=10, reason="", on=date(2021, 3, 22))
    assert not options(request_, world.district_clerk, date(2021, 3, 23))[EventKind.EXTENSION_APPROVED].allowed
    assert options(request_, world.district_reviewer, date(2021, 3, 23))[EventKind.EXTENSION_APPROVED].allowed


def test_a_supervisor_may_take_no_step(world, request_):
    assert not any(o.allowed for o in allowed_actions(request_, world.district_supervisor, date(2021, 3, 3)))


def test_each_open_consultation_has_its_own_answer_step(world, request_):
    for name in ("甲公司", "乙公司"):
        services.start_consultation(request_, by=world.district_clerk, party="third_party", party_name=name,
                                    on=date(2021, 3, 3))
    answers = [o for o in allowed_actions(request_, world.district_clerk, date(2021, 3, 4))
               if o.kind == EventKind.CONSULTATION_ANSWERED]
    assert [(o.ref, o.allowed) for o in answers] == [(1, True), (2, True)]


def test_a_closed_request_has_no_next_step(world, request_):
    services.reply(request_, by=world.district_clerk, category="granted", on=date(2021, 3, 3))
    assert allowed_actions(request_, world.district_clerk, date(2021, 3, 4)) == []


def test_timeline_reads_each_step_in_chinese(world, request_):
    services.request_correction(request_, by=world.district_clerk, items="请明确文号", on=date(2021, 3, 3),
                                due_on=date(2021, 3, 17))
    entries = timeline(request_)
    assert [e.label for e in entries] == ["提交申请", "收到申请", "告知补正"]
    assert entries[1].detail == "依据第三十一条第（一）项确定收到申请之日"
    assert entries[2].detail == "补正事项：请明确文号；期限：2021年3月17日"
    assert entries[2].actor == world.district_clerk.get_full_name()
