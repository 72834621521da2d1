"""Sending letters in tests through the pages' own path: preview, then send what was previewed."""

from datetime import date

from gongkai.foi.services import letters

REPLY = {"outcome": "granted", "reason": "", "citation": None, "referral": ""}
REPLY_INPUTS = {"provided_how": "现将该信息随本答复书提供给您", "contact_person": "李明", "contact_phone": "0533-2181234"}


def send(kind: str, application, by, on: date, params: dict, inputs: dict):
    draft = letters.preview(kind, application, by=by, on=on, params=params, inputs=inputs)
    return letters.send(kind, application, by=by, on=on, params=params, inputs=inputs, digest=draft.digest)


def send_reply(application, by, on: date):
    """A 予以公开 reply with its letter."""
    return send("replied", application, by, on, REPLY, REPLY_INPUTS)
