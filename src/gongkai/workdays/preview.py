"""What entering (or withdrawing) a year's schedule changes, and the year as a month grid.
Plain Python: both work on ``WorkCalendar`` objects."""

import calendar as _stdlib_calendar
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from gongkai.workdays.notice import WEEKDAY_NAMES
from gongkai.workdays.rules import WorkCalendar, is_weekend, schedule_span


@dataclass(frozen=True)
class DayChange:
    day: date
    working_after: bool
    name: str  # the holiday the day belongs to after the change (before it, when it reverts)

    @property
    def weekday(self) -> str:
        return f"星期{WEEKDAY_NAMES[self.day.weekday()]}"

    @property
    def before_label(self) -> str:
        return "休息日" if self.working_after else "工作日"

    @property
    def after_label(self) -> str:
        return "工作日" if self.working_after else "休息日"


@dataclass(frozen=True)
class Preview:
    """The difference between the calendar in force and the calendar after the change."""

    year: int
    changes: tuple[DayChange, ...]
    working_days_before: int
    working_days_after: int
    confirmed_before: bool
    confirmed_after: bool

    @property
    def became_off(self) -> list[DayChange]:
        return [c for c in self.changes if not c.working_after]

    @property
    def became_working(self) -> list[DayChange]:
        return [c for c in self.changes if c.working_after]

    @property
    def working_days_delta(self) -> int:
        return self.working_days_after - self.working_days_before

    def fingerprint(self) -> str:
        """Identifies what the administrator saw, to detect a calendar changed since the preview."""
        text = repr((self.year, self.changes, self.working_days_before, self.confirmed_before))
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    def as_context(self) -> dict:
        """The audit-trail form of the preview."""
        return {
            "year": self.year,
            "working_days_before": self.working_days_before,
            "working_days_after": self.working_days_after,
            "became_off": [c.day.isoformat() for c in self.became_off],
            "became_working": [c.day.isoformat() for c in self.became_working],
        }


def working_days_in_year(calendar: WorkCalendar, year: int) -> int:
    return calendar.count_working_days(date(year, 1, 1), date(year, 12, 31))


def compare(before: WorkCalendar, after: WorkCalendar, year: int,
            names: Mapping[date, str]) -> Preview:
    """Days of ``year``'s schedule span whose status differs between the two calendars.
    ``names``: holiday names of the days involved (new schedule first, then the old one)."""
    first, last = schedule_span(year)
    changes = []
    day = first
    while day <= last:
        working = after.is_working_day(day)
        if working != before.is_working_day(day):
            changes.append(DayChange(day, working, names.get(day, "")))
        day += timedelta(days=1)
    return Preview(
        year=year,
        changes=tuple(changes),
        working_days_before=working_days_in_year(before, year),
        working_days_after=working_days_in_year(after, year),
        confirmed_before=before.is_confirmed(year),
        confirmed_after=after.is_confirmed(year),
    )


@dataclass(frozen=True)
class Cell:
    day: date
    css: str  # "work", "weekend", "holiday", "makeup" (调休上班), plus " changed"
    title: str


@dataclass(frozen=True)
class Month:
    number: int
    weeks: list[list[Cell | None]]


def month_grid(calendar: WorkCalendar, year: int, names: Mapping[date, str],
               changed: frozenset[date] = frozenset()) -> list[Month]:
    """The twelve months of ``year``, Monday-first weeks, each day classed for colouring."""
    months = []
    for number in range(1, 13):
        weeks = []
        for week in _stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(year, number):
            weeks.append([_cell(calendar, d, names, changed) if d.month == number else None for d in week])
        months.append(Month(number, weeks))
    return months


def _cell(calendar: WorkCalendar, day: date, names: Mapping[date, str], changed: frozenset[date]) -> Cell:
    name = names.get(day, "")
    if calendar.is_working_day(day):
        css, status = ("makeup", "调休上班") if is_weekend(day) else ("work", "工作日")
    else:
        css, status = ("holiday", "放假") if name or not is_weekend(day) else ("weekend", "休息日")
    title = f"{day.month}月{day.day}日 {status}" + (f"（{name}）" if name else "")
    if day in changed:
        css, title = f"{css} changed", f"{title}，本次变更"
    return Cell(day, css, title)
