"""Closing a request: the reply in one decision category, and the 其他处理 endings (逾期不补正,
撤回). Each writes the ``Decision`` with the legal basis cited (``rules.decisions``)."""

from datetime import date

from django.db import transaction

from gongkai.foi.models import Application, Decision
from gongkai.foi.rules import decisions
from gongkai.foi.rules.events import EventKind
from gongkai.foi.services.common import StepRefused, record

REFERRAL_CITATION = "第三十六条第（五）项"


def decide(application: Application, event, *, category: str, basis: decisions.Basis, reason: str = "",
            referral: str = "") -> Decision | None:
    if not application.received_on:  # withdrawn before receipt: nothing was decided
        return None
    return Decision.objects.create(application=application, category=category, basis=basis.text, reason=reason,
                                   referral=referral, decided_on=event.on, decided_by=event.actor)


def _basis(category: str, citation: str | None) -> decisions.Basis:
    try:
        options = decisions.bases(category)
    except KeyError:
        raise StepRefused("应选择答复类别") from None
    if citation is None:
        return options[0]
    for option in options:
        if citation in (option.citation, option.text):
            return option
    raise StepRefused(f"“{decisions.decision(category).full_label}”的法律依据应为：" +
                      "、".join(option.text for option in options))


@transaction.atomic
def reply(application: Application, *, by, category: str, reason: str = "", citation: str | None = None,
          referral: str = "", on: date | None = None) -> Decision:
    """第36条: reply in one of the report format's categories (部分公开 counts only as 部分公开)."""
    basis = _basis(category, citation)
    if basis.citation == REFERRAL_CITATION and not referral.strip():
        raise StepRefused("不属于本机关负责公开的，应告知负责公开的机关名称及联系方式（如能确定），或说明无法确定")
    event = record(application, EventKind.REPLIED, by=by, on=on, note=reason, data={"outcome": category})
    return decide(application, event, category=category, basis=basis, reason=reason, referral=referral.strip())


@transaction.atomic
def expire_correction(application: Application, *, by, on: date | None = None) -> Decision:
    """第30条: no 补正 within the period without good reason: the request is treated as abandoned."""
    event = record(application, EventKind.CORRECTION_EXPIRED, by=by, on=on)
    return decide(application, event, category="other_no_correction",
                   basis=decisions.default_basis("other_no_correction"))


@transaction.atomic
def withdraw(application: Application, *, by, reason: str = "", on: date | None = None) -> Decision | None:
    """The applicant withdraws in writing; counted under （六）其他处理 3.其他 once received."""
    event = record(application, EventKind.WITHDRAWN, by=by, on=on, note=reason)
    return decide(application, event, category="other_other", basis=decisions.WITHDRAWAL,
                   reason=reason)
