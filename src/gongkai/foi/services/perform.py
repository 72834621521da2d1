"""One entry point for every step on an existing request, by event kind: what a page posts
(``allowed_actions`` gives the kinds) and what the demo replays."""

from datetime import date

from gongkai.foi.models import Application
from gongkai.foi.rules.events import EventKind
from gongkai.foi.services import closing, fees, intake, steps

PERFORMERS = {
    EventKind.RECEIVED: lambda a, by, on, p: intake.confirm_receipt(a, by=by, on=on, note=p.get("note", "")),
    EventKind.CORRECTION_REQUESTED: lambda a, by, on, p: steps.request_correction(
        a, by=by, on=on, items=p["items"], due_on=p.get("due_on")),
    EventKind.CORRECTION_RECEIVED: lambda a, by, on, p: steps.receive_correction(a, by=by, on=on),
    EventKind.CORRECTION_EXPIRED: lambda a, by, on, p: closing.expire_correction(a, by=by, on=on),
    EventKind.CONSULTATION_STARTED: lambda a, by, on, p: steps.start_consultation(
        a, by=by, on=on, party=p["party"], party_name=p["party_name"]),
    EventKind.CONSULTATION_ANSWERED: lambda a, by, on, p: steps.answer_consultation(
        a, by=by, on=on, ref=p["ref"], opinion=p["opinion"]),
    EventKind.CONSULTATION_EXPIRED: lambda a, by, on, p: steps.expire_consultation(a, by=by, on=on, ref=p["ref"]),
    EventKind.EXTENSION_REQUESTED: lambda a, by, on, p: steps.request_extension(
        a, by=by, on=on, days=p["days"], reason=p.get("reason", "")),
    EventKind.EXTENSION_APPROVED: lambda a, by, on, p: steps.approve_extension(a, by=by, on=on, days=p.get("days")),
    EventKind.EXTENSION_REJECTED: lambda a, by, on, p: steps.reject_extension(a, by=by, on=on, note=p.get("note", "")),
    EventKind.EXTENSION_NOTIFIED: lambda a, by, on, p: steps.notify_extension(a, by=by, on=on),
    EventKind.FEE_NOTIFIED: lambda a, by, on, p: fees.send_fee_notice(
        a, by=by, on=on, method=p["method"], pages=p.get("pages")),
    EventKind.FEE_PAID: lambda a, by, on, p: fees.record_fee_paid(a, by=by, on=on),
    EventKind.FEE_EXPIRED: lambda a, by, on, p: fees.expire_fee(a, by=by, on=on),
    EventKind.REASONS_REQUESTED: lambda a, by, on, p: steps.request_reasons(
        a, by=by, on=on, note=p.get("note", ""), due_on=p.get("due_on")),
    EventKind.DEADLINE_DELAYED: lambda a, by, on, p: steps.set_delayed_deadline(
        a, by=by, on=on, due_on=p["due_on"], reason=p.get("reason", "")),
    EventKind.REPLIED: lambda a, by, on, p: closing.reply(
        a, by=by, on=on, category=p["outcome"], reason=p.get("reason", ""), citation=p.get("citation"),
        referral=p.get("referral", "")),
    EventKind.WITHDRAWN: lambda a, by, on, p: closing.withdraw(a, by=by, on=on, reason=p.get("reason", "")),
    EventKind.TRANSFERRED: lambda a, by, on, p: intake.transfer(a, p["to_unit"], by=by, on=on,
                                                                reason=p.get("reason", "")),
}


def perform(kind: str, application: Application, *, by, on: date | None = None, **params):
    """Take the step ``kind`` (an ``EventKind`` value) with its parameters; ``StepRefused`` if not allowed."""
    return PERFORMERS[EventKind(kind)](application, by, on, params)
