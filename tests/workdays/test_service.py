"""The calendar in force (cache and its invalidation) and the services that change it."""

from datetime import date

from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

import pytest

from gongkai.core.models import AuditEntry
from gongkai.workdays import add_working_days, service
from gongkai.workdays.apps import restore_official_calendar
from gongkai.workdays.models import CalendarYear, DayKind, Source, SpecialDay
from gongkai.workdays.seed import SEED_YEARS, seed
from tests.workdays.factories import HolidayRangeFactory, NoticeFactory

pytestmark = pytest.mark.django_db

D = date
ACROSS_NEW_YEAR = (D(2026, 12, 10), 20)  # day 16 falls on Friday 2027-01-01


def test_the_calendar_is_reused_while_nothing_changes(django_assert_num_queries):
    first = service.current_calendar()
    with django_assert_num_queries(1):  # the stamp only
        assert service.current_calendar() is first


def test_entering_2027_confirms_it_and_changes_the_answers(world):
    assert add_working_days(*ACROSS_NEW_YEAR) == (D(2027, 1, 7), False)
    service.apply_notice(NoticeFactory(), actor=world.sysadmin)
    assert add_working_days(*ACROSS_NEW_YEAR) == (D(2027, 1, 8), True)
    assert service.is_confirmed(2027)
    assert service.is_working_day(D(2027, 1, 31))  # a 调休 Sunday


def test_a_change_made_by_another_process_is_seen():
    service.current_calendar()
    # Another process writes the table directly; this process's cache knows nothing of it.
    record = CalendarYear.objects.create(year=2027, confirmed=True, source=Source.FILE)
    SpecialDay.objects.create(date=D(2027, 1, 1), calendar_year=record, kind=DayKind.OFF, name="元旦")
    CalendarYear.objects.filter(pk=record.pk).update(updated_at=timezone.now())
    assert not service.is_working_day(D(2027, 1, 1))
    assert service.is_confirmed(2027)


def test_an_edited_year_is_seen_even_when_the_number_of_years_is_unchanged():
    service.current_calendar()
    record = CalendarYear.objects.get(year=2026)
    SpecialDay.objects.create(date=D(2026, 12, 31), calendar_year=record, kind=DayKind.OFF, name="测试")
    record.save()
    assert not service.is_working_day(D(2026, 12, 31))


def test_a_changed_counting_setting_is_seen(settings):
    assert service.current_calendar().counting == "next_day"
    settings.WORKDAY_COUNTING = "same_day"
    assert service.current_calendar().counting == "same_day"


def test_applying_writes_the_days_and_the_notice_details(world):
    service.apply_notice(NoticeFactory(), actor=world.sysadmin, source=Source.FILE)
    record = CalendarYear.objects.get(year=2027)
    assert record.confirmed and record.source == Source.FILE and record.entered_by == world.sysadmin
    assert record.notice_number == "国办发明电〔2026〕99号" and record.notice_date == D(2026, 11, 20)
    assert record.special_days() == NoticeFactory().special_days()


def test_applying_is_logged_with_what_changed(world):
    service.apply_notice(NoticeFactory(), actor=world.sysadmin)
    entry = AuditEntry.objects.get(action="workdays.notice_applied")
    assert entry.actor == world.sysadmin and entry.target_id == str(CalendarYear.objects.get(year=2027).pk)
    assert entry.summary == "确认2027年节假日安排：6天改为休息日，2天改为工作日"
    assert entry.context["became_working"] == ["2027-01-31", "2027-02-20"]
    assert entry.context["working_days_before"] == 261 and entry.context["working_days_after"] == 257
    assert entry.context["notice"]["holidays"][1]["name"] == "春节"


def test_re_entering_a_year_replaces_its_days(world):
    service.apply_notice(NoticeFactory(), actor=world.sysadmin)
    service.apply_notice(NoticeFactory(holidays=(HolidayRangeFactory(),)), actor=world.sysadmin)
    assert set(CalendarYear.objects.get(year=2027).special_days()) == {D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)}
    assert service.is_working_day(D(2027, 2, 8))


def test_an_invalid_notice_changes_nothing(world):
    bad = NoticeFactory(holidays=(HolidayRangeFactory(working_days=(D(2027, 1, 6),)),))
    with pytest.raises(service.NoticeRejected) as caught:
        service.apply_notice(bad, actor=world.sysadmin)
    assert "不是周末" in caught.value.errors[0]
    assert not CalendarYear.objects.filter(year=2027).exists()
    assert not AuditEntry.objects.filter(action__startswith="workdays.").exists()


def test_a_calendar_changed_since_the_preview_is_not_applied(world):
    seen = service.preview_notice(NoticeFactory())
    service.apply_notice(NoticeFactory(holidays=(HolidayRangeFactory(),)), actor=world.sysadmin)
    with pytest.raises(service.CalendarChanged) as caught:
        service.apply_notice(NoticeFactory(), actor=world.sysadmin, expected=seen.fingerprint())
    assert caught.value.preview.confirmed_before is True
    assert set(CalendarYear.objects.get(year=2027).special_days()) == {D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)}


def test_a_late_december_day_moves_to_the_next_years_schedule(world):
    december = NoticeFactory(year=2026, holidays=(
        *CalendarYear.objects.get(year=2026).notice().holidays,
        HolidayRangeFactory(name="测试", first=D(2026, 12, 31), last=D(2026, 12, 31)),
    ))
    service.apply_notice(december, actor=world.sysadmin)
    service.apply_notice(NoticeFactory(holidays=(HolidayRangeFactory(first=D(2026, 12, 31)),)), actor=world.sysadmin)
    assert SpecialDay.objects.get(date=D(2026, 12, 31)).calendar_year.year == 2027


def test_the_previous_year_cannot_change_a_day_the_next_year_fixed(world):
    notice = NoticeFactory(year=2018, holidays=(HolidayRangeFactory(first=D(2018, 12, 31), last=D(2018, 12, 31)),))
    with pytest.raises(service.NoticeRejected) as caught:
        service.preview_notice(notice)
    assert caught.value.errors == ["2018年12月31日已由2019年的节假日安排确定，不能在2018年的安排中修改"]


def test_withdrawing_a_year_makes_it_pending(world):
    service.withdraw_year(2026, reason="录入有误", actor=world.sysadmin)
    assert not service.is_confirmed(2026)
    assert service.is_working_day(D(2026, 10, 8)) is True and service.is_working_day(D(2026, 10, 10)) is False
    assert add_working_days(D(2026, 3, 6), 20).confirmed is False
    assert not SpecialDay.objects.filter(calendar_year__year=2026).exists()


def test_withdrawing_keeps_the_old_schedule_in_the_audit_trail(world):
    service.withdraw_year(2026, reason="录入有误", actor=world.sysadmin)
    entry = AuditEntry.objects.get(action="workdays.year_withdrawn")
    assert entry.context["reason"] == "录入有误"
    assert entry.context["withdrawn"]["holidays"][1] == {
        "name": "春节", "from": "2026-02-15", "to": "2026-02-23", "working_days": ["2026-02-14", "2026-02-28"]}


def test_withdrawing_needs_a_reason(world):
    with pytest.raises(service.NoticeRejected):
        service.withdraw_year(2026, reason=" ", actor=world.sysadmin)
    assert service.is_confirmed(2026)


def test_an_unconfirmed_year_cannot_be_withdrawn(world):
    with pytest.raises(service.NoticeRejected):
        service.withdraw_year(2027, reason="测试", actor=world.sysadmin)


def test_the_year_list_runs_from_next_year_back_to_2004(world):
    statuses = service.year_statuses(today=D(2026, 11, 28))
    assert [s.year for s in statuses] == list(range(2027, 2003, -1))
    assert not statuses[0].confirmed and statuses[0].working_days == 261
    assert statuses[1].confirmed and statuses[1].working_days == 248


def test_next_year_is_editable_and_the_year_after_is_not():
    assert 2027 in service.editable_years(D(2026, 11, 28)) and 2028 not in service.editable_years(D(2026, 11, 28))


def test_an_emptied_table_gets_the_official_years_back():
    CalendarYear.objects.all().delete()
    restore_official_calendar(sender=None, using="default", apps=apps)
    assert service.current_calendar().confirmed_years() == list(SEED_YEARS)


@pytest.mark.django_db(transaction=True)
def test_a_flushed_database_gets_the_official_years_back():
    call_command("flush", interactive=False, verbosity=0)
    assert service.current_calendar().confirmed_years() == list(SEED_YEARS)


def test_the_seed_leaves_a_filled_table_alone():
    assert seed(CalendarYear, SpecialDay) == 0


@pytest.mark.parametrize("year", [0, 99999])
def test_a_notice_for_a_year_beyond_the_calendar_is_rejected_not_a_crash(year):
    with pytest.raises(service.NoticeRejected) as caught:
        service.preview_notice(NoticeFactory(year=year))
    assert caught.value.errors[0].startswith(f"年度{year}无效")
