"""A request's standing, folded from its event log (no calendar needed). Plain Python, no Django.

Events carry the legal date (``on``) and a small dict of facts; ``fold`` reads them in order.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gongkai.foi.rules.events import EventKind, Phase


@dataclass(frozen=True)
class ClockEvent:
    kind: EventKind
    on: date
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Consultation:
    ref: int
    party: str
    started_on: date
    reply_by: date | None
    ended_on: date | None = None
    expired: bool = False


@dataclass
class Extension:
    requested_on: date
    days: int
    approved_on: date | None = None
    rejected_on: date | None = None
    notified_on: date | None = None

    @property
    def pending(self) -> bool:
        return self.approved_on is None and self.rejected_on is None

    @property
    def effective(self) -> bool:
        """Art. 33: approved by the head of the disclosure office and notified to the applicant."""
        return self.approved_on is not None and self.notified_on is not None


@dataclass
class Fee:
    notified_on: date
    amount: int
    pay_by: date
    paid_on: date | None = None

    @property
    def pending(self) -> bool:
        return self.paid_on is None


@dataclass
class CaseState:
    phase: Phase = Phase.PENDING
    submitted_on: date | None = None
    received_on: date | None = None
    start_on: date | None = None  # the reply period's start: receipt, or the corrected request (第30条)
    last_on: date | None = None
    correction_requested_on: date | None = None
    correction_due_on: date | None = None
    correction_received_on: date | None = None
    consultations: dict[int, Consultation] = field(default_factory=dict)
    extension: Extension | None = None
    fee: Fee | None = None
    reasons_requested_on: date | None = None  # 第35条: the applicant was asked to state reasons
    reasons_due_on: date | None = None
    delayed_due_on: date | None = None
    closed_on: date | None = None
    outcome: str = ""

    @property
    def open_consultations(self) -> list[Consultation]:
        return [c for c in self.consultations.values() if c.ended_on is None]

    def pauses(self) -> list[tuple[date, date | None, date | None]]:
        """Intervals (start, end] not counted in the reply period (第33条第3款; fees); end None = running.
        The third value is the last day that can count as paused: a consultation is not counted for
        at most the consulted party's period (第32条, 第34条: 15 working days, ``reply_by``); after it
        the agency decides on its own and the time counts, whenever the answer or its absence is
        recorded. None = no limit (fees; consultations under the 2007 条例)."""
        intervals = [(c.started_on, c.ended_on, c.reply_by) for c in self.consultations.values()]
        if self.fee:
            intervals.append((self.fee.notified_on, self.fee.paid_on, None))
        return intervals


def _on_received(state: CaseState, event: ClockEvent) -> None:
    state.received_on = state.start_on = event.on
    state.phase = Phase.RUNNING


def _on_correction_requested(state: CaseState, event: ClockEvent) -> None:
    state.correction_requested_on = event.on
    state.correction_due_on = _date(event.data["due_on"])
    state.phase = Phase.CORRECTION


def _on_correction_received(state: CaseState, event: ClockEvent) -> None:
    state.correction_received_on = state.start_on = event.on
    state.phase = Phase.RUNNING


def _on_consultation_started(state: CaseState, event: ClockEvent) -> None:
    ref = int(event.data["ref"])
    reply_by = event.data.get("reply_by")
    state.consultations[ref] = Consultation(ref=ref, party=event.data["party"], started_on=event.on,
                                            reply_by=_date(reply_by) if reply_by else None)


def _on_consultation_ended(state: CaseState, event: ClockEvent) -> None:
    consultation = state.consultations[int(event.data["ref"])]
    consultation.ended_on = event.on
    consultation.expired = event.kind == EventKind.CONSULTATION_EXPIRED


def _on_extension(state: CaseState, event: ClockEvent) -> None:
    if event.kind == EventKind.EXTENSION_REQUESTED:
        state.extension = Extension(requested_on=event.on, days=int(event.data["days"]))
    elif event.kind == EventKind.EXTENSION_APPROVED:
        state.extension.approved_on = event.on
        state.extension.days = int(event.data.get("days", state.extension.days))
    elif event.kind == EventKind.EXTENSION_REJECTED:
        state.extension.rejected_on = event.on
    else:
        state.extension.notified_on = event.on


def _on_fee(state: CaseState, event: ClockEvent) -> None:
    if event.kind == EventKind.FEE_NOTIFIED:
        state.fee = Fee(notified_on=event.on, amount=int(event.data["amount"]), pay_by=_date(event.data["pay_by"]))
    else:
        state.fee.paid_on = event.on


def _on_reasons_requested(state: CaseState, event: ClockEvent) -> None:
    """第35条: not a pause (the 条例 does not exclude this time from the 第33条 period)."""
    state.reasons_requested_on = event.on
    state.reasons_due_on = _date(event.data["due_on"])


def _on_delayed(state: CaseState, event: ClockEvent) -> None:
    state.delayed_due_on = _date(event.data["due_on"])


def _on_closed(state: CaseState, event: ClockEvent) -> None:
    state.phase = Phase.CLOSED
    state.closed_on = event.on
    if state.received_on:  # a request never received is not counted anywhere (no outcome)
        state.outcome = event.data.get("outcome") or CLOSING_OUTCOMES[EventKind(event.kind)]


def _on_submitted(state: CaseState, event: ClockEvent) -> None:
    state.submitted_on = event.on


def _on_transferred(state: CaseState, event: ClockEvent) -> None:
    state.phase = Phase.TRANSFERRED


_HANDLERS = {
    EventKind.SUBMITTED: _on_submitted,
    EventKind.RECEIVED: _on_received,
    EventKind.TRANSFERRED: _on_transferred,
    EventKind.CORRECTION_REQUESTED: _on_correction_requested,
    EventKind.CORRECTION_RECEIVED: _on_correction_received,
    EventKind.CORRECTION_EXPIRED: _on_closed,
    EventKind.CONSULTATION_STARTED: _on_consultation_started,
    EventKind.CONSULTATION_ANSWERED: _on_consultation_ended,
    EventKind.CONSULTATION_EXPIRED: _on_consultation_ended,
    EventKind.EXTENSION_REQUESTED: _on_extension,
    EventKind.EXTENSION_APPROVED: _on_extension,
    EventKind.EXTENSION_REJECTED: _on_extension,
    EventKind.EXTENSION_NOTIFIED: _on_extension,
    EventKind.FEE_NOTIFIED: _on_fee,
    EventKind.FEE_PAID: _on_fee,
    EventKind.FEE_EXPIRED: _on_closed,
    EventKind.REASONS_REQUESTED: _on_reasons_requested,
    EventKind.DEADLINE_DELAYED: _on_delayed,
    EventKind.REPLIED: _on_closed,
    EventKind.WITHDRAWN: _on_closed,
}

# The 2021 decision category that closing events other than a reply stand for.
CLOSING_OUTCOMES = {
    EventKind.CORRECTION_EXPIRED: "other_no_correction",
    EventKind.FEE_EXPIRED: "other_no_fee",
    EventKind.WITHDRAWN: "other_other",
}


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def fold(events: Iterable[ClockEvent]) -> CaseState:
    """The standing after ``events`` (in log order). Assumes a lawful log (see ``transitions``)."""
    state = CaseState()
    for event in events:
        _HANDLERS[EventKind(event.kind)](state, event)
        state.last_on = event.on
    return state
