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


def consulted_then_extended() -> list[ClockEvent]:
    """Received Mon 2020-06-01 (plain due 6/30: 6/25–6/27 off, Sunday 6/28 worked); a third-party
    consultation 6/10 → answered 6/19 pauses 7 working days; a 20-day extension is approved and
    notified on 6/28."""
    return [*received("2020-06-01"),
            ev("consultation_started", "2020-06-10", ref=1, party="third_party", reply_by="2020-07-02"),
            ev("consultation_answered", "2020-06-19", ref=1),
            ev("extension_requested", "2020-06-24", days=20), ev("extension_approved", "2020-06-24"),
            ev("extension_notified", "2020-06-28")]
