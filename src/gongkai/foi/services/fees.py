"""信息处理费 steps: quote, notice, payment, expiry (国办函〔2020〕109号, from 2021).

按件计收 counts the same applicant's requests to the same agency received in the same calendar
month (the applicant is recognised by the keyed hash of the identity number, never the number
itself); 按量计收 counts pages. A request is charged by one method only: one notice per request.
"""

from datetime import date

from django.db import transaction

from gongkai.foi import privacy
from gongkai.foi.models import Application
from gongkai.foi.rules import decisions, fees
from gongkai.foi.rules.events import EventKind
from gongkai.foi.services.closing import decide
from gongkai.foi.services.common import StepRefused, calendar, record, today


def monthly_ordinal(application: Application) -> int:
    """This request's place among the applicant's requests to the unit received in its month.
    The applicant is matched by lookup hash under every configured key (during a key rotation
    older requests still carry the old key's hash)."""
    received = application.received_on
    number = privacy.decrypt(application.id_number_cipher)
    same_month = Application.objects.filter(
        unit_id=application.unit_id, applicant_key__in=privacy.lookup_keys(f"{application.id_kind}:{number}"),
        received_on__year=received.year, received_on__month=received.month)
    earlier = same_month.filter(received_on__lt=received).count()
    # Received the same day: in order of registration (requests submitted in different years
    # have serials of different years, so the serial cannot order them).
    same_day = same_month.filter(received_on=received, pk__lte=application.pk).count()
    return earlier + same_day


def fee_quote(application: Application, method: str, *, pages: int | None = None) -> fees.FeeQuote:
    """The fee by ``method``, or ``StepRefused`` saying why that method charges nothing here."""
    if not application.received_on:
        raise StepRefused("尚未确认收到申请")
    ordinal = monthly_ordinal(application) if method == fees.FeeMethod.PER_REQUEST else None
    try:
        return fees.quote(method, received_on=application.received_on, ordinal=ordinal, pages=pages,
                          delivery_form=application.delivery_form)
    except fees.FeeRefused as exc:
        raise StepRefused(str(exc)) from None


def send_fee_notice(application: Application, *, by, method: str, pages: int | None = None, on: date | None = None):
    """The 收费通知 within the reply period; the applicant pays within 20 working days counted from
    the day after receiving it. The time until payment does not count toward the reply period."""
    on = on or today()
    quote = fee_quote(application, method, pages=pages)
    pay_by = calendar().add_working_days(on, fees.PAYMENT_WORKING_DAYS).value
    return record(application, EventKind.FEE_NOTIFIED, by=by, on=on, note=quote.basis, data={
        "method": quote.method.value, "amount": quote.amount, "pages": pages, "basis": quote.basis, "pay_by": pay_by})


def record_fee_paid(application: Application, *, by, on: date | None = None):
    return record(application, EventKind.FEE_PAID, by=by, on=on)


@transaction.atomic
def expire_fee(application: Application, *, by, on: date | None = None):
    """Not paid in time: the request is no longer processed (（六）其他处理 2)."""
    event = record(application, EventKind.FEE_EXPIRED, by=by, on=on)
    return decide(application, event, category="other_no_fee", basis=decisions.default_basis("other_no_fee"))
