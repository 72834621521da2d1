"""Building event logs for the pure clock and transition tests."""

from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.state import ClockEvent, fold
from tests.foi.calendars import d


def ev(kind: str, on: str, **data) -> ClockEvent:
    return ClockEvent(EventKind(kind), d(on), data)


def state_of(*events: ClockEvent):
    return fold(events)


def received(on: str) -> list[ClockEvent]:
    return [ev("submitted", on), ev("received", on)]
