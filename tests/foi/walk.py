"""Random lawful histories: from a receipt, try random steps on random later dates and keep
those the rules allow. Used by the clock and statistics property tests."""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.fees import per_page_fee
from gongkai.foi.rules.state import ClockEvent, fold
from gongkai.foi.rules.transitions import ACTIONS, refusal
from gongkai.workdays.rules import WorkCalendar

OUTCOMES = ("granted", "partial", "denied_third_party", "unable_not_held", "unable_unclear", "np_repeat",
            "np_massive", "other_other")
STEP_KINDS = [k for k in ACTIONS if k not in (EventKind.RECEIVED, EventKind.TRANSFERRED)]
# Closing steps are drawn less often, so that histories get long before they end.
WEIGHTS = [1 if k in (EventKind.REPLIED, EventKind.WITHDRAWN) else 5 for k in STEP_KINDS]


@dataclass(frozen=True)
class WalkStep:
    kind: EventKind
    on: date
    data: dict  # the event's data, as the services store it
    params: dict  # what ``services.perform`` takes


def _candidate(kind: EventKind, on: date, events, rng: random.Random, calendar: WorkCalendar):
    """(event data, perform params) for a try at ``kind`` on ``on``."""
    state = fold(events)
    if kind == EventKind.CORRECTION_REQUESTED:
        due = calendar.add_working_days(on, rng.randint(5, 15)).value
        return {"due_on": due, "items": "请明确"}, {"items": "请明确", "due_on": due}
    if kind == EventKind.CONSULTATION_STARTED:
        data = {"ref": len(state.consultations) + 1, "party": rng.choice(("third_party", "agency")),
                "party_name": "某单位", "reply_by": calendar.add_working_days(on, 15).value}
        return data, {"party": data["party"], "party_name": "某单位"}
    if kind in (EventKind.CONSULTATION_ANSWERED, EventKind.CONSULTATION_EXPIRED):
        refs = [c.ref for c in state.open_consultations] or [1]
        ref = rng.choice(refs)
        return {"ref": ref, "opinion": "同意公开"}, {"ref": ref, "opinion": "同意公开"}
    if kind == EventKind.EXTENSION_REQUESTED:
        days = rng.randint(1, 20)
        return {"days": days}, {"days": days}
    if kind == EventKind.FEE_NOTIFIED:
        pages = rng.randint(31, 300)
        data = {"amount": per_page_fee(pages), "pay_by": calendar.add_working_days(on, 20).value, "method": "per_page"}
        return data, {"method": "per_page", "pages": pages}
    if kind == EventKind.REASONS_REQUESTED:
        due = calendar.add_working_days(on, rng.randint(5, 10)).value
        return {"due_on": due}, {"due_on": due, "note": "申请数量明显超过合理范围"}
    if kind == EventKind.DEADLINE_DELAYED:
        due = on + timedelta(days=rng.randint(20, 60))
        return {"due_on": due}, {"due_on": due}
    if kind == EventKind.REPLIED:
        outcome = rng.choice(OUTCOMES)
        return {"outcome": outcome}, {"outcome": outcome}
    return {}, {}


def random_walk(rng: random.Random, calendar: WorkCalendar, received_on: date, today: date,
                tries: int = 16) -> list[WalkStep]:
    """Steps after receipt (some tries are refused and dropped); may end open or closed."""
    events = [ClockEvent(EventKind.SUBMITTED, received_on), ClockEvent(EventKind.RECEIVED, received_on)]
    steps: list[WalkStep] = []
    for _ in range(tries):
        on = events[-1].on + timedelta(days=rng.choice((0, 1, 2, 5, 9, 16, 30)))
        kind = rng.choices(STEP_KINDS, WEIGHTS)[0]
        data, params = _candidate(kind, on, events, rng, calendar)
        if refusal(fold(events), kind, on, data, calendar=calendar, today=today) is None:
            events.append(ClockEvent(kind, on, data))
            steps.append(WalkStep(kind, on, data, params))
    return steps


def as_events(received_on: date, steps: list[WalkStep]) -> list[ClockEvent]:
    return [ClockEvent(EventKind.SUBMITTED, received_on), ClockEvent(EventKind.RECEIVED, received_on),
            *(ClockEvent(s.kind, s.on, s.data) for s in steps)]
