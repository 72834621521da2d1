"""Intake on every channel: the online form, and staff entry of letters, in-person, fax and
e-mail requests. The receipt date follows 条例第31条 (``rules.receipt``); online, e-mail and fax
requests wait for the two parties' confirmation (``confirm_receipt``)."""

from dataclasses import dataclass
from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction

from gongkai.foi import attachments, privacy
from gongkai.foi.models import ORGANISATION_TYPES, Application, Attachment, IdKind
from gongkai.foi.rules import receipt, resident_id
from gongkai.foi.rules.events import EventKind
from gongkai.foi.services import tracking
from gongkai.foi.services.common import HANDLER_ROLES, StepRefused, append, record, refresh, state_of, today
from gongkai.foi.services.serials import next_serial, tracking_number
from gongkai.orgs import credit_code
from gongkai.orgs.access import can_act


@dataclass(frozen=True)
class Applicant:
    """条例第29条第(一)项: name or organisation name, 身份证明, contact details."""

    type: str  # a t3 column key (gongkai.reportformat applicant types)
    name: str
    id_kind: str
    id_number: str
    phone: str
    contact_person: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class RequestDetails:
    """条例第29条第(二)(三)项: what is asked for and in which form."""

    subject: str
    delivery_form: str
    description: str = ""


@dataclass(frozen=True)
class Upload:
    name: str
    content: bytes
    purpose: str


@dataclass(frozen=True)
class Submission:
    application: Application
    secret: str  # shown once to the applicant, never stored


def applicant_errors(applicant: Applicant, today: date) -> dict[str, str]:
    """Field → Chinese message for everything wrong with the applicant's identity; {} if fine."""
    errors = {}
    is_org = applicant.type in ORGANISATION_TYPES
    if is_org != (applicant.id_kind == IdKind.CREDIT_CODE):
        errors["id_kind"] = "法人或其他组织以统一社会信用代码证明身份，自然人以身份证件证明身份"
    elif applicant.id_kind == IdKind.RESIDENT_ID:
        try:
            resident_id.validate(applicant.id_number, today)
        except resident_id.ResidentIdError as exc:
            errors["id_number"] = str(exc)
    elif applicant.id_kind == IdKind.CREDIT_CODE:
        try:
            credit_code.validate(applicant.id_number)
        except credit_code.CreditCodeError as exc:
            errors["id_number"] = str(exc)
    elif len(applicant.id_number.strip()) < 5:
        errors["id_number"] = "请填写有效身份证件号码"
    if not applicant.name.strip():
        errors["name"] = "请填写申请人姓名或名称"
    if is_org and not applicant.contact_person.strip():
        errors["contact_person"] = "法人或其他组织应填写联系人"
    if not applicant.phone.strip() and not applicant.email.strip() and not applicant.address.strip():
        errors["phone"] = "请至少填写一种联系方式"
    return errors


def _normalised_id(applicant: Applicant) -> str:
    if applicant.id_kind == IdKind.RESIDENT_ID:
        return resident_id.normalize(applicant.id_number)
    if applicant.id_kind == IdKind.CREDIT_CODE:
        return credit_code.normalize(applicant.id_number)
    return "".join(applicant.id_number.split()).upper()


def _applicant_fields(applicant: Applicant) -> dict:
    number = _normalised_id(applicant)
    phone = "".join(applicant.phone.split())
    return {
        "applicant_type": applicant.type, "applicant_name": applicant.name.strip(), "id_kind": applicant.id_kind,
        "id_number_cipher": privacy.encrypt(number), "id_number_masked": privacy.mask_id(number),
        "applicant_key": privacy.lookup_key(f"{applicant.id_kind}:{number}"),
        "phone_cipher": privacy.encrypt(phone) if phone else "", "phone_masked": privacy.mask_phone(phone),
        "phone_key": privacy.lookup_key(phone) if phone else "", "contact_person": applicant.contact_person.strip(),
        "email": applicant.email.strip(), "address": applicant.address.strip(), "postcode": applicant.postcode.strip(),
    }


def _store_uploads(application: Application, uploads, by) -> None:
    checked = attachments.inspect_all([(u.name, u.content) for u in uploads])
    for upload, info in zip(uploads, checked, strict=True):
        item = Attachment(application=application, purpose=upload.purpose, original_name=upload.name[:200],
                          content_type=info.content_type, extension=info.extension, size=info.size,
                          sha256=attachments.sha256(upload.content), uploaded_by=by)
        item.file.save(f"upload.{info.extension}", ContentFile(upload.content), save=False)
        item.save()


def _receipt_date(channel: str, letter_kind: str, submitted_on: date, received_on: date | None) -> date | None:
    rule = receipt.rule_for(channel, letter_kind)
    if received_on is None:
        if receipt.needs_confirmation(channel):
            return None
        if not rule.same_day_as_submission:
            raise StepRefused(f"请填写{rule.date_label}（{rule.article}）")
        received_on = submitted_on
    if reason := receipt.receipt_refusal(rule, submitted_on, received_on, today()):
        raise StepRefused(reason)
    return received_on


@transaction.atomic
def submit(unit, applicant: Applicant, details: RequestDetails, *, channel: str, submitted_on: date | None = None,
           received_on: date | None = None, letter_kind: str = "", oral: bool = False, uploads=(),
           by=None) -> Submission:
    """Register a request. ``by`` is None for the public online form; staff entry needs a handler
    role in ``unit``. ``received_on`` is the date fixed by 第31条 for the channel (None while an
    online, e-mail or fax request waits for confirmation)."""
    submitted_on = submitted_on or today()
    if by is not None and not can_act(by, unit, HANDLER_ROLES):
        raise StepRefused(f"您不能为{unit.name}登记申请")
    if by is None and channel != receipt.Channel.ONLINE:
        raise StepRefused("非网上申请须由工作人员登记")
    if errors := applicant_errors(applicant, today()):
        raise StepRefused("；".join(errors.values()))
    if submitted_on > today():
        raise StepRefused("提交日期不能晚于今天")
    received_on = _receipt_date(channel, letter_kind, submitted_on, received_on)
    secret = tracking.new_secret()
    serial = next_serial(unit, submitted_on.year)
    application = Application.objects.create(
        unit=unit, year=submitted_on.year, serial=serial,
        tracking_number=tracking_number(unit.pk, submitted_on.year, serial),
        tracking_secret_hash=tracking.hash_secret(secret), channel=channel,
        letter_kind=letter_kind if channel == receipt.Channel.LETTER else "", oral_transcribed=oral,
        submitted_on=submitted_on, subject=details.subject.strip(), description=details.description.strip(),
        delivery_form=details.delivery_form, registered_by=by, **_applicant_fields(applicant))
    rule = receipt.rule_for(channel, letter_kind)
    events = [append(application, EventKind.SUBMITTED, on=submitted_on, by=by, seq=1, data={"channel": channel})]
    if received_on:
        events.append(append(application, EventKind.RECEIVED, on=received_on, by=by, seq=2,
                             data={"rule": rule.key, "article": rule.article}))
    _store_uploads(application, uploads, by)
    refresh(application, state_of(events))
    return Submission(application, secret)


def confirm_receipt(application: Application, *, by, on: date | None = None, note: str = ""):
    """第31条第(三)项: an online, e-mail or fax request is received on the date both parties confirm;
    ``by`` is the staff member who confirmed (``note``: how, e.g. by telephone)."""
    rule = receipt.rule_for(application.channel, application.letter_kind)
    return record(application, EventKind.RECEIVED, by=by, on=on, note=note,
                  data={"rule": rule.key, "article": rule.article})


@transaction.atomic
def transfer(application: Application, to_unit, *, by, on: date | None = None, reason: str = "") -> Application:
    """Before receipt only: pass a request sent to the wrong unit on to the competent one. The new
    request keeps the applicant, content, attachments (the same stored files) and secret; the old
    one stays, marked transferred."""
    if to_unit.pk == application.unit_id:
        raise StepRefused("不能转送给本机关")
    event = record(application, EventKind.TRANSFERRED, by=by, on=on, note=reason,
                   data={"to_unit": to_unit.pk, "to_unit_name": to_unit.name})
    new = Application.objects.get(pk=application.pk)
    new.pk, new.unit, new.transferred_from = None, to_unit, application
    new.year, new.submitted_on = event.on.year, event.on
    new.serial = next_serial(to_unit, new.year)
    new.tracking_number = tracking_number(to_unit.pk, new.year, new.serial)
    new.registered_by = by
    new.save(force_insert=True)
    for item in application.attachments.all():  # the competent unit needs the applicant's materials
        item.pk, item.application = None, new
        item.save(force_insert=True)
    first = append(new, EventKind.SUBMITTED, on=event.on, by=by, seq=1,
                   data={"channel": new.channel, "transferred_from": application.pk,
                         "from_unit_name": application.unit.name})
    refresh(new, state_of([first]))
    return new
