"""Working-day arithmetic on the Chinese official calendar. Plain Python, no Django.

A working day (工作日) is a Monday–Friday that is not a day off in the State Council's notice for
that year (《国务院办公厅关于…年部分节假日安排的通知》), or a weekend day the notice makes a working
day (调休上班).

Counting rule (``counting``, from ``settings.WORKDAY_COUNTING``):
- ``"next_day"`` (default): the day of the event is not counted; day 1 is the first working day
  after it (民法典第201条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算).
  A request received on Friday 2026-03-06 is answered within 20 working days: day 1 is Monday
  03-09, day 20 is Friday 04-03.
- ``"same_day"``: the day of the event is day 1 when it is itself a working day (some local
  rules count the day of receipt); on a day off, day 1 is still the next working day.

For a year without a confirmed schedule the calendar assumes weekends only, and every result
that touches such a year comes back with ``confirmed=False`` (shown as 待确认), never silently.

A notice for year Y may also rearrange the last days of December Y−1 (the 元旦 break of 2019
began on 2018-12-30, with Saturday 2018-12-29 worked); such a day belongs to Y's schedule, and
where two schedules name the same day the later year's wins.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from typing import NamedTuple

COUNTING_RULES = ("next_day", "same_day")
UNCONFIRMED_LABEL = "待确认"
LEAD_IN_DAYS = 7  # a notice for year Y may reach back to 25 December of Y−1


def schedule_span(year: int) -> tuple[date, date]:
    """The first and last day a notice for ``year`` may rearrange."""
    return date(year - 1, 12, 31) - timedelta(days=LEAD_IN_DAYS - 1), date(year, 12, 31)


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


@dataclass(frozen=True)
class YearSchedule:
    """One year's official schedule: days off (holidays, including weekends inside a holiday
    period) and weekend days worked instead (调休上班)."""

    year: int
    days_off: frozenset[date] = field(default_factory=frozenset)
    extra_working_days: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self):
        first, last = schedule_span(self.year)
        stray = [d for d in self.days_off | self.extra_working_days if not first <= d <= last]
        if stray:
            raise ValueError(f"dates outside the {self.year} schedule ({first}..{last}): {sorted(stray)[:3]}")
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


def _weekdays(first: date, last: date) -> int:
    """Mondays to Fridays in [first, last]."""
    days = (last - first).days + 1
    if days <= 0:
        return 0
    weeks, rest = divmod(days, 7)
    start = first.weekday()
    return weeks * 5 + sum((start + i) % 7 < 5 for i in range(rest))


class WorkCalendar:
    """The confirmed schedules in force and the counting rule; answers every deadline question."""

    def __init__(self, schedules: Iterable[YearSchedule] = (), counting: str = "next_day"):
        if counting not in COUNTING_RULES:
            raise ValueError(f"counting must be one of {COUNTING_RULES}, got {counting!r}")
        self.counting = counting
        self.schedules = {s.year: s for s in sorted(schedules, key=lambda s: s.year)}
        special: dict[date, bool] = {}
        for schedule in self.schedules.values():  # in year order: a later notice overrides
            special.update(dict.fromkeys(schedule.days_off, False))
            special.update(dict.fromkeys(schedule.extra_working_days, True))
        self._special = special
        # Days whose status differs from the plain week, with +1 / −1 against the weekday count.
        shifts = sorted((d, 1 if working else -1) for d, working in special.items()
                        if working == is_weekend(d))
        self._shift_days = [d for d, _ in shifts]
        self._shift_sums = [0, *accumulate(delta for _, delta in shifts)]

    def replace(self, year: int, schedule: YearSchedule | None) -> "WorkCalendar":
        """This calendar with ``year``'s schedule replaced (or removed, for ``None``)."""
        others = [s for y, s in self.schedules.items() if y != year]
        return WorkCalendar(others + ([schedule] if schedule else []), counting=self.counting)

    def is_confirmed(self, year: int) -> bool:
        return year in self.schedules

    def confirmed_years(self) -> list[int]:
        return sorted(self.schedules)

    def is_working_day(self, day: date) -> bool:
        """Monday–Friday unless a day off; Saturday/Sunday only when the notice says 调休上班."""
        return self._special.get(day, not is_weekend(day))

    def _confirmed_between(self, first: date, last: date) -> bool:
        low, high = min(first, last), max(first, last)
        return all(self.is_confirmed(year) for year in range(low.year, high.year + 1))

    def count_working_days(self, first: date, last: date) -> int:
        """Working days in the closed range [first, last] (0 when last < first)."""
        if last < first:
            return 0
        low, high = bisect_left(self._shift_days, first), bisect_right(self._shift_days, last)
        return _weekdays(first, last) + self._shift_sums[high] - self._shift_sums[low]

    def add_working_days(self, start: date, n: int) -> Reckoning:
        """The date on which the ``n``-th working day counted from ``start`` falls (n ≥ 1).

        Art. 33: a reply is due on ``add_working_days(received_on, 20)``. With ``next_day``
        counting day 1 is the first working day after ``start``; with ``same_day`` counting,
        ``start`` is day 1 if it is a working day. ``n = 0`` returns ``start``.
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
        days in (start, end] (``next_day``) or [start, end] (``same_day``); 0 when end < start.
        """
        if end < start:
            return Reckoning(0, self._confirmed_between(start, end))
        first = start if self.counting == "same_day" else start + timedelta(days=1)
        return Reckoning(self.count_working_days(first, end), self._confirmed_between(start, end))

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one (a deadline on a day off moves)."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day
