"""The calendar in force. TEMPORARY: built straight from ``chinesecalendar``; the workdays app
replaces this with the database calendar table (source of truth) and cache invalidation."""

from collections import defaultdict
from functools import cache

from django.conf import settings

from gongkai.workdays.rules import WorkCalendar, YearSchedule


@cache
def current_calendar() -> WorkCalendar:
    from chinese_calendar import constants

    off, extra = defaultdict(set), defaultdict(set)
    for day in constants.holidays:
        off[day.year].add(day)
    for day in constants.workdays:
        extra[day.year].add(day)
    years = set(off) | set(extra)
    return WorkCalendar(
        (YearSchedule(y, frozenset(off[y]), frozenset(extra[y])) for y in sorted(years)),
        counting=settings.WORKDAY_COUNTING,
    )
