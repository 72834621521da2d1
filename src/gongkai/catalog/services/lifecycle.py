"""效力状态 changes of normative documents and rules: only by a recorded decision that names the
deciding document (e.g. 淄政字〔2020〕103号 继续执行, 淄政字〔2020〕55号 废止)."""

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from gongkai.catalog import docnumber
from gongkai.catalog.models import DECISION_RESULT, DecisionKind, InfoItem, Status, ValidityDecision
from gongkai.catalog.services import CatalogError
from gongkai.core import audit
from gongkai.search import indexing


@dataclass(frozen=True)
class Decision:
    """The deciding document and what it decides."""

    kind: str
    number: str  # 文号 of the deciding document
    title: str
    effective_on: date
    new_expires_on: date | None = None
    amended_by: InfoItem | None = None
    note: str = ""


def _deciding_item(number: docnumber.DocNumber) -> InfoItem | None:
    return InfoItem.objects.published().with_doc_number(number).first()


def _check(item: InfoItem, decision: Decision) -> docnumber.DocNumber:
    if not item.has_lifecycle:
        raise CatalogError(f"《{item.title}》不是规章或行政规范性文件，没有效力状态")
    if item.status != Status.PUBLISHED:
        raise CatalogError(f"《{item.title}》尚未发布，不能变更效力状态")
    if not decision.title.strip():
        raise CatalogError("请填写决定文件的标题")
    try:
        number = docnumber.parse(decision.number)
    except docnumber.DocNumberError as exc:
        raise CatalogError(f"决定文件{exc}") from None
    if decision.effective_on < item.published_on:
        raise CatalogError(f"决定生效日期不能早于《{item.title}》的发布日期")
    if decision.kind == DecisionKind.CONTINUE and decision.new_expires_on and \
            decision.new_expires_on <= decision.effective_on:
        raise CatalogError("继续执行后的有效期应晚于决定生效日期")
    if decision.kind == DecisionKind.AMEND and decision.amended_by is None:
        raise CatalogError("修改决定须关联修改后的文件")
    if item.ended_on is not None:
        raise CatalogError(f"《{item.title}》已于{item.ended_on:%Y年%m月%d日}废止或失效，不能再变更")
    return number


def record_decision(item: InfoItem, decision: Decision, *, by=None) -> ValidityDecision:
    with transaction.atomic():
        number = _check(item, decision)
        row = ValidityDecision.objects.create(
            item=item, kind=decision.kind, decided_by_number=str(number), decided_by_title=decision.title.strip(),
            decided_by=_deciding_item(number), effective_on=decision.effective_on,
            new_expires_on=decision.new_expires_on, amended_by=decision.amended_by, note=decision.note,
            recorded_by=by if getattr(by, "is_authenticated", False) else None,
        )
        item.validity = DECISION_RESULT[decision.kind]
        if decision.kind == DecisionKind.CONTINUE:
            item.expires_on = decision.new_expires_on
        if decision.kind in (DecisionKind.REPEAL, DecisionKind.EXPIRE):
            item.ended_on = decision.effective_on
        item.save(update_fields=["validity", "expires_on", "ended_on", "updated_at"])
        audit.record("catalog.validity_changed", actor=by, unit=item.unit, target=item,
                     summary=f"依据{number}《{decision.title}》，《{item.title}》{row.get_kind_display()}",
                     kind=decision.kind, decided_by=str(number))
    transaction.on_commit(lambda: indexing.item_changed(item.pk))
    return row


@transaction.atomic
def record_decisions(items: list[InfoItem], decision: Decision, *, by=None) -> list[ValidityDecision]:
    """One deciding document that changes several documents (all or none)."""
    if not items:
        raise CatalogError("请至少选择一件所涉文件")
    return [record_decision(item, decision, by=by) for item in items]
