"""The calendar in force, and the only code that changes it.

``current_calendar()`` loads the confirmed schedules from the calendar table and keeps them in
memory; every call checks a cheap stamp (number of years, latest change), so a change made by
any process, or a rolled-back test transaction, is seen on the next call. Hold the returned
calendar for the length of a request or a batch rather than calling it in a tight loop.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from gongkai.core import audit
from gongkai.workdays import notice_file
from gongkai.workdays.models import CalendarYear, DayKind, Source, SpecialDay
from gongkai.workdays.notice import Notice, validate
from gongkai.workdays.preview import Preview, compare, working_days_in_year
from gongkai.workdays.rules import Reckoning, WorkCalendar, schedule_span
from gongkai.workdays.seed import SEED_YEARS

_cached: tuple[tuple, WorkCalendar] | None = None


def current_calendar() -> WorkCalendar:
    """The working-day calendar in force: confirmed years from the table, ``WORKDAY_COUNTING``."""
    global _cached
    stamp = (*CalendarYear.objects.stamp(), settings.WORKDAY_COUNTING)
    cached = _cached
    if cached is not None and cached[0] == stamp:
        return cached[1]
    calendar = WorkCalendar(CalendarYear.objects.schedules(), counting=settings.WORKDAY_COUNTING)
    _cached = (stamp, calendar)
    return calendar


def is_working_day(day: date) -> bool:
    """See ``rules.WorkCalendar.is_working_day``; ``is_confirmed(day.year)`` says whether it is sure."""
    return current_calendar().is_working_day(day)


def add_working_days(start: date, n: int) -> Reckoning:
    """See ``rules.WorkCalendar.add_working_days`` (day 1 per ``settings.WORKDAY_COUNTING``)."""
    return current_calendar().add_working_days(start, n)


def working_days_between(start: date, end: date) -> Reckoning:
    """See ``rules.WorkCalendar.working_days_between``."""
    return current_calendar().working_days_between(start, end)


def next_working_day(day: date) -> date:
    return current_calendar().next_working_day(day)


def is_confirmed(year: int) -> bool:
    return current_calendar().is_confirmed(year)


def editable_years(today: date | None = None) -> range:
    """Years an administrator may enter: from the first official year to next year."""
    today = today or timezone.localdate()
    return range(SEED_YEARS.start, max(today.year, SEED_YEARS.stop - 1) + 2)


@dataclass(frozen=True)
class YearStatus:
    year: int
    record: CalendarYear | None
    working_days: int

    @property
    def confirmed(self) -> bool:
        return self.record is not None and self.record.confirmed


def year_statuses(today: date | None = None) -> list[YearStatus]:
    """Every year from the first official one to next year, newest first."""
    calendar = current_calendar()
    records = {r.year: r for r in CalendarYear.objects.select_related("entered_by")}
    last = max([editable_years(today).stop - 1, *records])
    return [YearStatus(year, records.get(year), working_days_in_year(calendar, year))
            for year in range(last, SEED_YEARS.start - 1, -1)]


class NoticeRejected(Exception):
    """The notice was not applied; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]):
        super().__init__("；".join(errors[:3]))
        self.errors = errors


class CalendarChanged(Exception):
    """The calendar changed after the administrator saw the preview; ``preview`` is the new one."""

    def __init__(self, preview: Preview):
        super().__init__("calendar changed since the preview")
        self.preview = preview


def _stored_names(year: int) -> dict[date, str]:
    return dict(SpecialDay.objects.filter(date__range=schedule_span(year)).values_list("date", "name"))


def preview_notice(notice: Notice) -> Preview:
    """Validate ``notice`` against the calendar in force and show what applying it changes."""
    years, locked = editable_years(), {}
    if notice.year in years:  # schedule_span of a year such as 99999 does not exist: validate says so
        later = SpecialDay.objects.filter(date__range=schedule_span(notice.year), calendar_year__confirmed=True,
                                          calendar_year__year__gt=notice.year)
        locked = dict(later.values_list("date", "calendar_year__year"))
    errors = validate(notice, years=years, locked=locked)
    if errors:
        raise NoticeRejected(errors)
    calendar = current_calendar()
    names = _stored_names(notice.year) | {day: name for day, (_, name) in notice.special_days().items()}
    return compare(calendar, calendar.replace(notice.year, notice.schedule()), notice.year, names)


def preview_withdrawal(year: int) -> Preview:
    if not CalendarYear.objects.confirmed().filter(year=year).exists():
        raise NoticeRejected([f"{year}年没有已确认的节假日安排，无需撤销"])
    calendar = current_calendar()
    return compare(calendar, calendar.replace(year, None), year, _stored_names(year))


def _check_expected(preview: Preview, expected: str | None) -> None:
    if expected is not None and preview.fingerprint() != expected:
        raise CalendarChanged(preview)


@transaction.atomic
def apply_notice(notice: Notice, *, actor=None, source: str = Source.FORM, expected: str | None = None) -> Preview:
    """Make ``notice`` the confirmed schedule of its year, in one transaction, logged.

    ``expected``: the fingerprint of the preview the administrator confirmed; if the calendar
    changed since, nothing is applied and ``CalendarChanged`` carries the new preview. Days of
    the previous year's schedule that the notice rearranges (late December) move to this year.
    """
    preview = preview_notice(notice)
    _check_expected(preview, expected)
    record, _ = CalendarYear.objects.select_for_update().get_or_create(
        year=notice.year, defaults={"source": source})
    days = notice.special_days()
    SpecialDay.objects.filter(date__in=list(days)).delete()
    record.days.all().delete()
    SpecialDay.objects.bulk_create(
        SpecialDay(date=day, calendar_year=record, kind=DayKind.WORKING if working else DayKind.OFF, name=name)
        for day, (working, name) in sorted(days.items())
    )
    record.confirmed, record.source = True, source
    record.notice_title, record.notice_number, record.notice_date, record.note = (
        notice.title, notice.number, notice.issued_on, notice.note)
    record.entered_by = actor if getattr(actor, "is_authenticated", False) else None
    record.entered_at = timezone.now()
    record.save()
    audit.record(
        "workdays.notice_applied", actor=actor, target=record,
        summary=f"确认{notice.year}年节假日安排：{len(preview.became_off)}天改为休息日，"
                f"{len(preview.became_working)}天改为工作日",
        source=str(source), notice=notice_file.to_dict(notice), **preview.as_context(),
    )
    return preview


@transaction.atomic
def withdraw_year(year: int, *, reason: str, actor=None, expected: str | None = None) -> Preview:
    """Withdraw a year's confirmation: its special days are removed (kept in the audit entry) and
    the year is counted with weekends only, flagged 待确认, until a notice is entered again."""
    if not reason.strip():
        raise NoticeRejected(["请填写撤销原因"])
    preview = preview_withdrawal(year)
    _check_expected(preview, expected)
    record = CalendarYear.objects.select_for_update().get(year=year)
    withdrawn = notice_file.to_dict(record.notice())
    record.days.all().delete()
    record.confirmed = False
    record.save()
    audit.record(
        "workdays.year_withdrawn", actor=actor, target=record,
        summary=f"撤销{year}年节假日安排的确认：{reason.strip()}"[:255],
        reason=reason.strip(), withdrawn=withdrawn, **preview.as_context(),
    )
    return preview
