"""Which letter a step sends, and what it says: the ``LetterContext`` built from the request, the
recorded event (its dates as the service fixed them) and what the case worker wrote on the form.

Built from the recorded event, so the preview (the step taken in a transaction that is rolled
back) and the sent letter (the same step, committed) come from the same code and the same data.
"""

from datetime import date

from gongkai.documents.letters import LetterContext, LetterKind
from gongkai.foi.models import Application, Event, EventKind, Party
from gongkai.foi.rules import fees
from gongkai.foi.rules.clock import compute
from gongkai.foi.services.common import calendar, events_of, state_of
from gongkai.foi.services.fees import monthly_ordinal
from gongkai.orgs.models import Kind

# Steps that send a letter, and which (a consultation's depends on who is consulted).
LETTER_STEPS = frozenset({
    EventKind.CORRECTION_REQUESTED, EventKind.CONSULTATION_STARTED, EventKind.EXTENSION_NOTIFIED,
    EventKind.FEE_NOTIFIED, EventKind.REPLIED, EventKind.CORRECTION_EXPIRED, EventKind.FEE_EXPIRED,
    EventKind.REASONS_REQUESTED,
})
# Letters to someone else than the applicant: never shown on the applicant's tracking page.
NOT_TO_APPLICANT = frozenset({LetterKind.THIRD_PARTY, LetterKind.AGENCY_CONSULTATION})


def sends_letter(kind: str) -> bool:
    return kind in LETTER_STEPS


def letter_kind(event: Event) -> LetterKind:
    kind = EventKind(event.kind)
    if kind == EventKind.CONSULTATION_STARTED:
        return LetterKind.THIRD_PARTY if event.data["party"] == Party.THIRD_PARTY else LetterKind.AGENCY_CONSULTATION
    return {EventKind.CORRECTION_REQUESTED: LetterKind.CORRECTION, EventKind.EXTENSION_NOTIFIED: LetterKind.EXTENSION,
            EventKind.FEE_NOTIFIED: LetterKind.FEE, EventKind.REASONS_REQUESTED: LetterKind.REASONS}.get(
        kind, LetterKind.REPLY)


def _day(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _previous(events: list[Event], kind: EventKind) -> Event | None:
    return next((e for e in reversed(events) if e.kind == kind), None)


def _correction(application, event, events) -> dict:
    return {"correction_deadline": _day(event.data["due_on"]), "correction_notice_on": event.on}


def _consultation(application, event, events) -> dict:
    name = "third_party_name" if event.data["party"] == Party.THIRD_PARTY else "other_agency_name"
    return {name: event.data["party_name"], "consultation_deadline": _day(event.data.get("reply_by"))}


def _extension(application, event, events) -> dict:
    """The due date before the notice and after it: the notice is what makes the extension count."""
    before = compute(state_of(events[:-1]), calendar(), event.on)
    after = compute(state_of(events), calendar(), event.on)
    requested = _previous(events, EventKind.EXTENSION_REQUESTED)
    return {"reasons": requested.note, "original_due_on": before.due_on, "extension_days": after.extension_days,
            "new_due_on": after.due_on}


def fee_lines(application: Application, data: dict) -> tuple[str, ...]:
    """One line per charged band, as the 收费通知 prints them (超额累进)."""
    if data["method"] == fees.FeeMethod.PER_PAGE:
        return tuple(band.line for band in fees.page_bands(int(data["pages"])))
    ordinal = monthly_ordinal(application)
    return (f"按件计收，本自然月内第{ordinal}件申请，适用{fees.request_band(ordinal).line}",)


def _fee(application, event, events) -> dict:
    return {"fee_amount": event.data["amount"], "fee_calculation": fee_lines(application, event.data),
            "fee_notice_on": event.on, "fee_pay_deadline": _day(event.data["pay_by"])}


def _reasons(application, event, events) -> dict:
    return {"reasons": event.note, "reasons_deadline": _day(event.data["due_on"])}


def _reply(application, event, events) -> dict:
    state = state_of(events)
    facts = {"category_key": event.data.get("outcome") or state.outcome,
             "third_party_consulted": any(c.party == Party.THIRD_PARTY for c in state.consultations.values())}
    if event.kind == EventKind.CORRECTION_EXPIRED:
        facts.update(correction_deadline=state.correction_due_on, correction_notice_on=state.correction_requested_on)
    if event.kind == EventKind.FEE_EXPIRED:
        facts.update(fee_amount=state.fee.amount, fee_pay_deadline=state.fee.pay_by, fee_notice_on=state.fee.notified_on)
    return facts


FACTS = {
    LetterKind.CORRECTION: _correction, LetterKind.THIRD_PARTY: _consultation,
    LetterKind.AGENCY_CONSULTATION: _consultation, LetterKind.EXTENSION: _extension, LetterKind.FEE: _fee,
    LetterKind.REPLY: _reply, LetterKind.REASONS: _reasons,
}


def context_for(application: Application, event: Event, inputs: dict) -> LetterContext:
    """The letter of the step ``event`` (the last event of ``application``); ``inputs`` are the
    form's letter fields (reasons, how provided, contacts…)."""
    events = events_of(application)
    facts = FACTS[letter_kind(event)](application, event, events)
    return LetterContext(
        unit_name=application.unit.name, serial_no=application.tracking_number,
        applicant_name=application.applicant_name, applicant_is_organisation=application.is_organisation,
        unit_is_department=application.unit.kind == Kind.DEPARTMENT,
        received_on=application.received_on, content_summary=application.subject, issued_on=event.on,
        **{**inputs, **facts})
