"""The steps between receipt and reply: 补正, consultation, extension, 第35条 (reasons asked, a delayed
deadline).
Each is one call to ``record``, which checks the rules (``rules.transitions``) and roles."""

from datetime import date

from django.db import transaction

from gongkai.foi.models import Application
from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.regime import regime_for
from gongkai.foi.services.common import calendar, record, today

# The period given to the applicant for 补正 when the case worker sets none (第30条: 合理的补正期限).
DEFAULT_CORRECTION_DAYS = 15
# The period given to state reasons when the case worker sets none (第35条 sets none; a practice default).
DEFAULT_REASONS_DAYS = 10


def request_correction(application: Application, *, by, items: str, on: date | None = None,
                       due_on: date | None = None):
    """第30条: one consolidated notice, within 7 working days of receipt, listing what to correct and
    the period allowed; the reply period starts again when the corrected request arrives."""
    on = on or today()
    due_on = due_on or calendar().add_working_days(on, DEFAULT_CORRECTION_DAYS).value
    return record(application, EventKind.CORRECTION_REQUESTED, by=by, on=on, data={"items": items, "due_on": due_on})


def receive_correction(application: Application, *, by, on: date | None = None, note: str = ""):
    return record(application, EventKind.CORRECTION_RECEIVED, by=by, on=on, note=note)


def start_consultation(application: Application, *, by, party: str, party_name: str, on: date | None = None,
                       note: str = ""):
    """第32条 (third party) / 第34条 (other agency): written consultation; the time until the answer
    (or the end of the 15 working days given) does not count toward the reply period."""
    on = on or today()
    with transaction.atomic():  # the row lock makes ``ref`` unique among concurrent consultations
        received_on = Application.objects.select_for_update().values_list("received_on", flat=True).get(
            pk=application.pk)
        existing = application.events.filter(kind=EventKind.CONSULTATION_STARTED).count()
        days = regime_for(received_on).consultation_reply_days if received_on else None
        reply_by = calendar().add_working_days(on, days).value if days else None
        return record(application, EventKind.CONSULTATION_STARTED, by=by, on=on, note=note, data={
            "ref": existing + 1, "party": party, "party_name": party_name, "reply_by": reply_by})


def answer_consultation(application: Application, *, by, ref: int, opinion: str, on: date | None = None):
    """The consulted party's answer (``opinion``: 同意公开 / 不同意公开及理由 …)."""
    return record(application, EventKind.CONSULTATION_ANSWERED, by=by, on=on, data={"ref": ref, "opinion": opinion})


def expire_consultation(application: Application, *, by, ref: int, on: date | None = None):
    """No answer within the period: a third party's silence leaves the decision to the agency
    (第32条); another agency's silence counts as consent (第34条)."""
    return record(application, EventKind.CONSULTATION_EXPIRED, by=by, on=on, data={"ref": ref})


def request_extension(application: Application, *, by, days: int, reason: str, on: date | None = None):
    return record(application, EventKind.EXTENSION_REQUESTED, by=by, on=on, note=reason, data={"days": days})


def approve_extension(application: Application, *, by, days: int | None = None, on: date | None = None,
                      note: str = ""):
    """第33条第2款: the head of the disclosure office (审核人) agrees; effective once notified."""
    data = {"days": days} if days else {}
    return record(application, EventKind.EXTENSION_APPROVED, by=by, on=on, note=note, data=data)


def reject_extension(application: Application, *, by, on: date | None = None, note: str = ""):
    return record(application, EventKind.EXTENSION_REJECTED, by=by, on=on, note=note)


def notify_extension(application: Application, *, by, on: date | None = None):
    """The applicant is told of the extension before the original period ends."""
    return record(application, EventKind.EXTENSION_NOTIFIED, by=by, on=on)


def request_reasons(application: Application, *, by, note: str, on: date | None = None,
                    due_on: date | None = None):
    """第35条: the number or frequency of requests clearly exceeds a reasonable range, so the applicant
    is asked to state reasons (``note``: what the agency found). Needed before a 不予处理 reply
    (np_massive). The reply period keeps running: the 条例 does not exclude this time."""
    on = on or today()
    due_on = due_on or calendar().add_working_days(on, DEFAULT_REASONS_DAYS).value
    return record(application, EventKind.REASONS_REQUESTED, by=by, on=on, note=note, data={"due_on": due_on})


def set_delayed_deadline(application: Application, *, by, due_on: date, reason: str, on: date | None = None):
    """第35条: many or frequent requests with reasonable grounds: a reasonable later deadline."""
    return record(application, EventKind.DEADLINE_DELAYED, by=by, on=on, note=reason, data={"due_on": due_on})
