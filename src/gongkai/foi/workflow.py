"""What pages need about one request, computed so that views stay thin: the clock, the next
allowed steps (with the reason for each refused one) and the timeline."""

from dataclasses import dataclass
from datetime import date, timedelta

from gongkai.foi.models import Application, Event
from gongkai.foi.rules import clock_explanation
from gongkai.foi.rules.clock import Clock, compute
from gongkai.foi.rules.events import EventKind, Party, Phase
from gongkai.foi.rules.state import CaseState
from gongkai.foi.rules.transitions import ACTIONS, cn_date, refusal
from gongkai.foi.services.common import calendar, events_of, permission_refusal, state_of, today


def clock_for(application: Application, on: date | None = None) -> Clock:
    """The statutory clock as of ``on`` (default today): due date, working days used and left,
    paused days, overdue, and ``confirmed`` (False → show 待确认)."""
    return compute(state_of(events_of(application)), calendar(), on or today())


def due_date_explanation(application: Application, on: date | None = None) -> tuple[str, ...]:
    """How the due date was computed (receipt, period, pauses, extension), in Chinese sentences."""
    on = on or today()
    state, cal = state_of(events_of(application)), calendar()
    return clock_explanation.explain(state, compute(state, cal, on), cal, on)


@dataclass(frozen=True)
class ActionOption:
    kind: EventKind
    label: str
    allowed: bool
    reason: str  # why not, when not allowed
    ref: int | None = None  # the consultation an answer/expiry refers to


def _probe(kind: EventKind, state: CaseState, clock: Clock, on: date) -> dict:
    """Typical parameters, so that only the request's standing decides (forms check the rest)."""
    cal = calendar()
    return {
        EventKind.CORRECTION_REQUESTED: {"due_on": cal.add_working_days(on, 15).value},
        EventKind.CONSULTATION_STARTED: {"party": Party.THIRD_PARTY},
        EventKind.EXTENSION_REQUESTED: {"days": 1},
        EventKind.FEE_NOTIFIED: {"amount": 1},
        EventKind.REASONS_REQUESTED: {"due_on": on + timedelta(days=1)},
        EventKind.DEADLINE_DELAYED: {"due_on": (clock.due_on or on) + timedelta(days=1)},
        EventKind.REPLIED: {"outcome": "granted"},
    }.get(kind, {})


def allowed_actions(application: Application, user, on: date | None = None) -> list[ActionOption]:
    """Every step on the request, allowed or not (with the reason); empty once it is closed."""
    on = on or today()
    events = events_of(application)
    state = state_of(events)
    if state.phase in (Phase.CLOSED, Phase.TRANSFERRED):
        return []
    clock = compute(state, calendar(), on)
    options = []
    for kind in ACTIONS:
        refs = [c.ref for c in state.open_consultations] if kind in (
            EventKind.CONSULTATION_ANSWERED, EventKind.CONSULTATION_EXPIRED) else [None]
        for ref in refs or [None]:
            params = {"ref": ref} if ref else _probe(kind, state, clock, on)
            reason = refusal(state, kind, on, params, calendar=calendar(), today=today()) or \
                permission_refusal(user, application, kind, events)
            options.append(ActionOption(kind=kind, label=kind.action_label, allowed=reason is None,
                                        reason=reason or "", ref=ref))
    return options


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    at: object  # when it was recorded
    label: str
    actor: str
    detail: str


def _day(value) -> str:
    return cn_date(date.fromisoformat(str(value)))


# How each fact of an event's data reads in the timeline.
DETAIL_FORMATS = (
    ("article", lambda v, d: f"依据{v}确定收到申请之日"),
    ("items", lambda v, d: f"补正事项：{v}"),
    ("due_on", lambda v, d: f"期限：{_day(v)}"),
    ("reply_by", lambda v, d: f"答复期限：{_day(v)}"),
    ("pay_by", lambda v, d: f"缴费期限：{_day(v)}"),
    ("party_name", lambda v, d: f"征求意见对象：{v}（{Party(d['party']).label}）"),
    ("opinion", lambda v, d: f"意见：{v}"),
    ("days", lambda v, d: f"延长{v}个工作日"),
    ("amount", lambda v, d: f"金额：{v}元（{d.get('basis', '')}）"),
    ("to_unit_name", lambda v, d: f"转送至：{v}"),
    ("from_unit_name", lambda v, d: f"由{v}转来"),
)


def _detail(event: Event) -> str:
    parts = [fmt(event.data[key], event.data) for key, fmt in DETAIL_FORMATS if event.data.get(key)]
    if event.note:
        parts.append(event.note)
    return "；".join(parts)


def timeline(application: Application) -> list[TimelineEntry]:
    events = application.events.select_related("actor").order_by("seq")
    return [TimelineEntry(on=e.on, at=e.at, label=EventKind(e.kind).label,
                          actor=(e.actor.get_full_name() or e.actor.get_username()) if e.actor else "申请人",
                          detail=_detail(e)) for e in events]
