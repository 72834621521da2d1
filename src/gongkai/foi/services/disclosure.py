"""Reading protected personal data: every read of a full ID or phone number, and every opening of
an applicant's attachment, is logged with who and when (``core.audit``). Full numbers and identity
documents (身份证明) are for handlers of the request's own unit only."""

from gongkai.core import audit
from gongkai.foi import privacy
from gongkai.foi.models import Application, Attachment, AttachmentPurpose
from gongkai.foi.services.common import HANDLER_ROLES, StepRefused
from gongkai.orgs.access import can_act

FIELDS = {"id_number": ("id_number_cipher", "身份证明号码"), "phone": ("phone_cipher", "联系电话")}


def reveal(application: Application, field: str, *, by, purpose: str) -> str:
    """The full value of ``field`` ("id_number" or "phone"); logged. ``purpose`` is required."""
    cipher_field, label = FIELDS[field]
    if not can_act(by, application.unit, HANDLER_ROLES):
        raise StepRefused(f"只有{application.unit.name}的经办人、审核人可以查看完整的{label}")
    if not purpose.strip():
        raise StepRefused(f"查看完整的{label}须说明用途")
    token = getattr(application, cipher_field)
    if not token:
        raise StepRefused(f"申请人未提供{label}")
    value = privacy.decrypt(token)
    audit.record(f"foi.{field}_revealed", actor=by, unit=application.unit, target=application,
                 summary=f"查看申请 {application.number} 的完整{label}", purpose=purpose.strip())
    return value


def open_attachment(attachment: Attachment, *, by):
    """The attachment's file, opened for reading; logged. Identity documents: handlers only."""
    application = attachment.application
    if attachment.purpose == AttachmentPurpose.IDENTITY and not can_act(by, application.unit, HANDLER_ROLES):
        raise StepRefused(f"只有{application.unit.name}的经办人、审核人可以查看申请人的身份证明")
    handle = attachment.file.open("rb")
    audit.record("foi.attachment_opened", actor=by, unit=application.unit, target=attachment,
                 summary=f"查看申请 {application.number} 的附件（{attachment.get_purpose_display()}）",
                 application=application.pk, purpose=attachment.purpose, sha256=attachment.sha256)
    return handle


def rotate_keys(batch_size: int = 500) -> int:
    """Re-encrypt every ID and phone number under the newest key and recompute the lookup hashes
    and the masked copies (so a change of the mask reaches old requests).
    Run after putting a new key first in GONGKAI_FIELD_KEYS; then the old key can be removed."""
    count = 0
    queryset = Application.objects.only("id", "id_kind", "id_number_cipher", "phone_cipher").order_by("pk")
    for application in queryset.iterator(chunk_size=batch_size):
        number = privacy.decrypt(application.id_number_cipher)
        phone = privacy.decrypt(application.phone_cipher) if application.phone_cipher else ""
        Application.objects.filter(pk=application.pk).update(
            id_number_cipher=privacy.rotate(application.id_number_cipher), id_number_masked=privacy.mask_id(number),
            applicant_key=privacy.lookup_key(f"{application.id_kind}:{number}"),
            phone_cipher=privacy.rotate(application.phone_cipher) if phone else "",
            phone_key=privacy.lookup_key(phone) if phone else "")
        count += 1
    audit.record("foi.keys_rotated", summary=f"重新加密{count}件申请的身份证明号码和联系电话", count=count)
    return count
