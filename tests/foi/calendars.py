"""Working-day calendars for pure tests: the official schedules (chinesecalendar 2004–2026),
independent of the database calendar that ``current_calendar()`` serves."""

from collections import defaultdict
from datetime import date
from functools import cache

from chinese_calendar import constants

from gongkai.workdays.rules import WorkCalendar, YearSchedule


@cache
def official() -> WorkCalendar:
    off, extra = defaultdict(set), defaultdict(set)
    for day in constants.holidays:
        off[day.year].add(day)
    for day in constants.workdays:
        extra[day.year].add(day)
    return WorkCalendar(YearSchedule(y, frozenset(off[y]), frozenset(extra[y])) for y in sorted(set(off) | set(extra)))


def d(text: str) -> date:
    return date.fromisoformat(text)
