"""Working-day arithmetic on the Chinese official calendar. Plain Python, no Django.

A working day (工作日) is a Monday–Friday that is not a day off in the State Council's notice for
that year, or a weekend day the notice makes a working day (调休上班).

Counting rule (``counting``):
- ``"next_day"`` (default): the day of the event is not counted; day 1 is the first working day
  after it (民法典第201条: 按照日计算期间的，开始的当日不计入，自下一日开始计算).
- ``"same_day"``: the day of the event is day 1 when it is itself a working day.

For a year without a confirmed schedule the calendar assumes weekends only, and every result
that touches such a year comes back with ``confirmed=False`` (shown as 待确认), never silently.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

COUNTING_RULES = ("next_day", "same_day")
UNCONFIRMED_LABEL = "待确认"


@dataclass(frozen=True)
class YearSchedule:
    """One year's official schedule: days off (holidays, including weekends inside a holiday
    period) and weekend days worked instead (调休上班)."""

    year: int
    days_off: frozenset[date] = field(default_factory=frozenset)
    extra_working_days: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self):
        stray = [d for d in self.days_off | self.extra_working_days if d.year != self.year]
        if stray:
            raise ValueError(f"dates outside {self.year}: {sorted(stray)[:3]}")
        both = self.days_off & self.extra_working_days
        if both:
            raise ValueError(f"dates both off and working: {sorted(both)[:3]}")


class Reckoning(NamedTuple):
    """A computed date or count, and whether every year it touched has a confirmed schedule."""

    value: object
    confirmed: bool

    @property
    def label(self) -> str:
        return "" if self.confirmed else UNCONFIRMED_LABEL


class WorkCalendar:
    def __init__(self, schedules: Iterable[YearSchedule] = (), counting: str = "next_day"):
        if counting not in COUNTING_RULES:
            raise ValueError(f"counting must be one of {COUNTING_RULES}, got {counting!r}")
        self.counting = counting
        self.schedules = {s.year: s for s in schedules}
        self._days_off = frozenset().union(*(s.days_off for s in self.schedules.values()))
        self._extra = frozenset().union(*(s.extra_working_days for s in self.schedules.values()))

    def is_confirmed(self, year: int) -> bool:
        return year in self.schedules

    def confirmed_years(self) -> list[int]:
        return sorted(self.schedules)

    def is_working_day(self, day: date) -> bool:
        if day in self._extra:
            return True
        if day in self._days_off:
            return False
        return day.weekday() < 5

    def _confirmed_between(self, first: date, last: date) -> bool:
        low, high = min(first, last), max(first, last)
        return all(self.is_confirmed(year) for year in range(low.year, high.year + 1))

    def add_working_days(self, start: date, n: int) -> Reckoning:
        """The date on which the ``n``-th working day counted from ``start`` falls (n ≥ 1).

        Art. 33: a reply is due on ``add_working_days(received_on, 20)``. With ``same_day``
        counting, ``start`` is day 1 if it is a working day. ``n = 0`` returns ``start``.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        day, counted = start, 0
        if n and self.counting == "same_day" and self.is_working_day(start):
            counted = 1
        while counted < n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return Reckoning(day, self._confirmed_between(start, day))

    def working_days_between(self, start: date, end: date) -> Reckoning:
        """How many working days of the period that starts at ``start`` have passed by ``end``.

        The inverse of ``add_working_days``: for a working day ``end`` after ``start``,
        ``add_working_days(start, working_days_between(start, end)) == end``. Counts the working
        days in (start, end] (``next_day``) or [start, end] (``same_day``); 0 when end ≤ start.
        """
        if end < start:
            return Reckoning(0, self._confirmed_between(start, end))
        first = start if self.counting == "same_day" else start + timedelta(days=1)
        count, day = 0, first
        while day <= end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return Reckoning(count, self._confirmed_between(start, end))

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one (a deadline on a day off moves)."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day
