"""The working-day calendar (工作日历): every deadline goes through it.

``from gongkai.workdays import add_working_days, working_days_between, is_working_day`` gives the
conveniences of ``gongkai.workdays.service`` on the calendar in force (loaded from the calendar
table, cached, see ``service.current_calendar``). The arithmetic and the counting rule are in
``gongkai.workdays.rules``. Imported lazily: this package is loaded before Django's app registry.
"""

_SERVICE_NAMES = frozenset({
    "current_calendar", "is_working_day", "add_working_days", "working_days_between", "next_working_day",
    "is_confirmed",
})

__all__ = sorted(_SERVICE_NAMES)


def __getattr__(name: str):
    if name in _SERVICE_NAMES:
        from gongkai.workdays import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
