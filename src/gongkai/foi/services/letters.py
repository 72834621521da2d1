"""Steps that send a letter: previewed first, then sent and kept unchanged.

- ``preview`` takes the step inside a transaction that is always rolled back and renders the
  letter the step would send (so every rule of the step applies to the preview as well).
- ``send`` takes the step for real, renders the letter again from the recorded event and sends
  it only if it reads exactly as the preview the case worker confirmed (``LetterChanged``
  otherwise, with the new preview); the DOCX and PDF bytes are stored under
  ``GONGKAI_HOME/documents/`` with their SHA-256 and never rewritten (``SentLetter``).
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction

from gongkai.core import audit
from gongkai.documents.letters import LetterContext, LetterIncomplete, compose, render
from gongkai.foi import correspondence
from gongkai.foi.models import Application, Event, SentLetter
from gongkai.foi.services.common import StepRefused
from gongkai.foi.services.perform import perform


@dataclass(frozen=True)
class Draft:
    kind: str
    title: str
    context: LetterContext
    html: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.html.encode()).hexdigest()


class LetterChanged(Exception):
    """The letter no longer reads as previewed (the request changed meanwhile): preview again."""

    def __init__(self, draft: Draft):
        super().__init__("the letter changed since it was previewed")
        self.draft = draft


def _last_event(application: Application) -> Event:
    return application.events.order_by("-seq").first()


def _draft(application: Application, event: Event, inputs: dict) -> Draft:
    context = correspondence.context_for(Application.objects.select_related("unit").get(pk=application.pk), event,
                                         inputs)
    kind = correspondence.letter_kind(event)
    try:
        letter = compose(kind, context)
    except LetterIncomplete as exc:
        raise StepRefused("文书内容不完整：" + "；".join(exc.problems)) from None
    return Draft(kind=kind.value, title=letter.title, context=context, html=render(kind, context, "html"))


def preview(kind: str, application: Application, *, by, on: date, params: dict, inputs: dict) -> Draft:
    """The letter the step would send; nothing is recorded. ``StepRefused`` if the step is refused."""
    with transaction.atomic():
        perform(kind, application, by=by, on=on, **params)
        draft = _draft(application, _last_event(application), inputs)
        transaction.set_rollback(True)
    return draft


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def store(event: Event, draft: Draft, *, by) -> SentLetter:
    """Render the DOCX and PDF once and keep them with their digests."""
    docx = render(draft.kind, draft.context, "docx")
    pdf = render(draft.kind, draft.context, "pdf")
    letter = SentLetter(application_id=event.application_id, event=event, kind=draft.kind,
                        category=draft.context.category_key, title=draft.title,
                        addressee=compose(draft.kind, draft.context).addressee.rstrip("："),
                        to_applicant=draft.kind not in correspondence.NOT_TO_APPLICANT, issued_on=event.on,
                        html=draft.html, docx_sha256=_sha256(docx), pdf_sha256=_sha256(pdf), sent_by=by)
    letter.docx.save("letter.docx", ContentFile(docx), save=False)
    letter.pdf.save("letter.pdf", ContentFile(pdf), save=False)
    try:
        letter.save()
    except Exception:
        letter.docx.storage.delete(letter.docx.name)
        letter.pdf.storage.delete(letter.pdf.name)
        raise
    return letter


def send(kind: str, application: Application, *, by, on: date, params: dict, inputs: dict,
         digest: str) -> SentLetter:
    """Take the step and send its letter, which must read as the preview with ``digest``."""
    with transaction.atomic():
        perform(kind, application, by=by, on=on, **params)
        event = _last_event(application)
        draft = _draft(application, event, inputs)
        if draft.digest != digest:
            raise LetterChanged(draft)
        letter = store(event, draft, by=by)
        audit.record("foi.letter_sent", actor=by, unit=application.unit, target=letter,
                     summary=f"发送{draft.title}（申请 {application.number}）", sha256_pdf=letter.pdf_sha256,
                     sha256_docx=letter.docx_sha256)
    return letter


class LetterTampered(ValueError):
    """A stored letter no longer matches the digest recorded when it was sent."""


def verified_content(letter: SentLetter, fmt: str) -> bytes:
    """The stored bytes of ``fmt`` ("docx" or "pdf"), checked against the digest recorded when sent;
    a mismatch is written to the audit trail and raises ``LetterTampered``."""
    field, expected = (letter.docx, letter.docx_sha256) if fmt == "docx" else (letter.pdf, letter.pdf_sha256)
    with field.open("rb") as handle:
        content = handle.read()
    if _sha256(content) != expected:
        audit.record("foi.letter_tampered", unit=letter.application.unit, target=letter,
                     summary=f"文书存档校验失败：{letter.title}（{fmt}）", fmt=fmt, expected=expected)
        raise LetterTampered(f"letter {letter.pk}: stored {fmt} does not match its recorded SHA-256")
    return content
