"""What every step shares: the refusal, role checks, appending an event and refreshing the
cached clock fields. ``record`` is the only code that adds an event to an existing request."""

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from gongkai.foi.models import Application, Event
from gongkai.foi.rules.clock import compute
from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.state import CaseState, fold
from gongkai.foi.rules.transitions import refusal
from gongkai.orgs.access import can_act
from gongkai.orgs.models import Role
from gongkai.workdays import service as workdays
from gongkai.workdays.rules import WorkCalendar


class StepRefused(Exception):
    """A step the rules do not allow now; ``reason`` is Chinese, for the case worker."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Who may take each step, in the request's own unit. Approving an extension is the 审核人's
# (第33条: 政府信息公开工作机构负责人同意); every other step is the case worker's or the 审核人's.
HANDLER_ROLES = (Role.CLERK, Role.REVIEWER)
APPROVER_ROLES = (Role.REVIEWER,)
STEP_ROLES = {EventKind.EXTENSION_APPROVED: APPROVER_ROLES, EventKind.EXTENSION_REJECTED: APPROVER_ROLES}


def today() -> date:
    return timezone.localdate()


def calendar() -> WorkCalendar:
    """The calendar in force (looked up on each call, so a newly entered year applies at once)."""
    return workdays.current_calendar()


def events_of(application: Application) -> list[Event]:
    return list(application.events.order_by("seq"))


def state_of(events: list[Event]) -> CaseState:
    return fold(event.as_clock_event() for event in events)


def permission_refusal(user, application: Application, kind: EventKind, events: list[Event]) -> str | None:
    roles = STEP_ROLES.get(kind, HANDLER_ROLES)
    if user is None or not can_act(user, application.unit, roles):
        names = "、".join(str(Role(r).label) for r in roles)
        return f"“{EventKind(kind).action_label}”须由{application.unit.name}的{names}办理"
    if kind in (EventKind.EXTENSION_APPROVED, EventKind.EXTENSION_REJECTED):
        requested = next((e for e in reversed(events) if e.kind == EventKind.EXTENSION_REQUESTED), None)
        if requested and requested.actor_id == user.pk:
            return "延期答复须由其他审核人审批，不能审批本人提出的延期申请"
    return None


def refresh(application: Application, state: CaseState, *, on: date | None = None) -> None:
    """Write the caches (report fields and clock fields) from the folded state: their one writer.

    The clock is taken as of ``on`` (default: the last event's date). Only a running pause makes
    the due date depend on the day; ``refresh_open`` (the daily sweep) brings those up to date."""
    clock = compute(state, calendar(), on or state.last_on or today())
    fields = {
        "phase": state.phase, "received_on": state.received_on, "closed_on": state.closed_on,
        "outcome": state.outcome, "due_on": clock.due_on, "paused": clock.paused,
        "pending_approval": bool(state.extension and state.extension.pending and state.phase == "running"),
    }
    Application.objects.filter(pk=application.pk).update(**fields)
    for name, value in fields.items():
        setattr(application, name, value)


def append(application: Application, kind: EventKind, *, on: date, by=None, data: Mapping[str, Any] | None = None,
           note: str = "", seq: int) -> Event:
    # Stored as JSON (dates as ISO strings); the returned event holds exactly what a reload would.
    stored = json.loads(json.dumps(dict(data or {}), cls=DjangoJSONEncoder))
    return Event.objects.create(application=application, seq=seq, kind=kind, on=on, actor=by, data=stored,
                                note=note)


@transaction.atomic
def record(application: Application, kind: EventKind, *, by, on: date | None = None,
           data: Mapping[str, Any] | None = None, note: str = "") -> Event:
    """Add one step to a request after checking the acting person's role and the rules."""
    locked = Application.objects.select_for_update().select_related("unit").get(pk=application.pk)
    events = events_of(locked)
    on = on or today()
    reason = permission_refusal(by, locked, kind, events) or refusal(
        state_of(events), kind, on, data or {}, calendar=calendar(), today=today())
    if reason:
        raise StepRefused(reason)
    event = append(locked, kind, on=on, by=by, data=data, note=note, seq=len(events) + 1)
    refresh(application, state_of([*events, event]))
    return event
