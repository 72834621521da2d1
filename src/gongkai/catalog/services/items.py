"""Drafting, review, publication and withdrawal of government information items.

Art. 26: proactive information is published within 20 working days of being made or changed;
the 索引号 is assigned at publication, unique per unit and year, and never left blank.
"""

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

import nh3

from gongkai.catalog import docnumber
from gongkai.catalog.models import (
    EDITABLE_STATUSES,
    LIFECYCLE_TYPES,
    POLICY_TYPES,
    Attachment,
    CatalogNode,
    DocType,
    InfoItem,
    Status,
    Validity,
)
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services.tree import default_node
from gongkai.core import audit
from gongkai.orgs.models import Kind, Level, Unit
from gongkai.search import indexing

EDITABLE_FIELDS = frozenset({
    "title", "doc_type", "topic", "genre", "written_on", "summary", "body", "disclosure_mode",
    "effective_from", "expires_on", "interprets", "video_url", "node",
})
ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead",
                "tbody", "tr", "th", "td", "a", "blockquote", "span", "sub", "sup", "img"}


def clean_body(html: str) -> str:
    """Rich text as the portal may show it: no scripts, styles or foreign attributes."""
    return nh3.clean(html or "", tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}, "img": {"src", "alt"},
                                                                 "td": {"colspan", "rowspan"},
                                                                 "th": {"colspan", "rowspan"}})


def may_make_rules(unit: Unit) -> bool:
    """规章 are made only by the people's government of a 设区的市 (立法法第九十三条)."""
    return unit.kind == Kind.GOVERNMENT and unit.level == Level.CITY


def _check_interpretation(item: InfoItem) -> None:
    if item.doc_type != DocType.INTERPRETATION:
        if item.interprets_id is not None:
            raise CatalogError("只有政策解读可以关联所解读的文件")
        return
    if item.interprets is None:
        raise CatalogError("政策解读必须关联所解读的政策文件")
    if item.interprets.doc_type not in POLICY_TYPES:
        raise CatalogError("所解读的信息不是政策文件")


def _check(item: InfoItem) -> None:
    if not item.title.strip():
        raise CatalogError("标题不能为空")
    if item.doc_type == DocType.RULE and not may_make_rules(item.unit):
        raise CatalogError("政府规章只能由设区的市人民政府制定，本单位不能发布规章")
    _check_interpretation(item)
    if item.expires_on and item.expires_on < (item.effective_from or item.written_on):
        raise CatalogError("有效期至不能早于实施日期（或成文日期）")
    if not CatalogNode.objects.for_unit(item.unit).filter(pk=item.node_id).exists():
        raise CatalogError("所选栏目不在本单位的公开目录中")
    _check_doc_number(item)


def _check_doc_number(item: InfoItem) -> None:
    """A 文号 is used once within its unit; another unit may republish the same document."""
    number = item.doc_number
    if number is None:
        return
    clash = InfoItem.objects.filter(unit_id=item.unit_id).with_doc_number(number).exclude(pk=item.pk).first()
    if clash is not None:
        where = f"索引号{clash.index_no}" if clash.index_no else f"{clash.get_status_display()}，编号{clash.pk}"
        raise CatalogError(f"文号{number}已被本单位的《{clash.title}》（{where}）使用，请核对文号")


def _save(item: InfoItem) -> None:
    """Save a checked item. Another clerk may have saved the same 文号 since ``_check`` looked
    (two saves at once): the database constraint refuses the second, which gets the same message."""
    try:
        with transaction.atomic():  # a savepoint: PostgreSQL can go on after the refused statement
            item.save()
    except IntegrityError:
        _check_doc_number(item)
        raise


def _apply(item: InfoItem, fields: dict, doc_number: str | None) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(item, name, value)
    item.body = clean_body(item.body)
    if doc_number is not None:
        try:
            parsed = docnumber.parse_optional(doc_number)
        except docnumber.DocNumberError as exc:
            raise CatalogError(str(exc)) from None
        item.doc_code, item.doc_year, item.doc_seq = (
            (parsed.code, parsed.year, parsed.seq) if parsed else ("", None, None))
    if item.node_id is None:
        item.node = default_node(item.doc_type)
    if item.doc_type in LIFECYCLE_TYPES:
        if item.validity in ("", Validity.PENDING, Validity.VALID):
            pending = item.effective_from and item.effective_from > timezone.localdate()
            item.validity = Validity.PENDING if pending else Validity.VALID
    else:
        item.validity, item.effective_from, item.expires_on = "", None, None


@transaction.atomic
def create_item(unit: Unit, *, by=None, doc_number: str | None = None, **fields) -> InfoItem:
    item = InfoItem(unit=unit, created_by=by if getattr(by, "is_authenticated", False) else None)
    _apply(item, fields, doc_number)
    _check(item)
    _save(item)
    audit.record("catalog.item_created", actor=by, unit=unit, target=item, summary=f"新建信息《{item.title}》")
    return item


@transaction.atomic
def update_item(item: InfoItem, *, by=None, doc_number: str | None = None, **fields) -> InfoItem:
    if item.status not in EDITABLE_STATUSES:
        raise CatalogError(f"信息当前为“{item.get_status_display()}”状态，不能修改；请先退回草稿")
    _apply(item, fields, doc_number)
    _check(item)
    _save(item)
    audit.record("catalog.item_updated", actor=by, unit=item.unit, target=item, summary=f"修改信息《{item.title}》",
                 fields=sorted(fields))
    return item


def _transition(item: InfoItem, allowed: tuple, target: str, action: str, by, summary: str, **context) -> None:
    if item.status not in allowed:
        labels = "、".join(Status(s).label for s in allowed)
        raise CatalogError(f"只有“{labels}”状态的信息可以{action}，本信息为“{item.get_status_display()}”")
    item.status = target
    item.save()
    audit.record(f"catalog.item_{target}", actor=by, unit=item.unit, target=item, summary=summary, **context)


@transaction.atomic
def submit_for_review(item: InfoItem, *, by=None) -> InfoItem:
    _transition(item, (Status.DRAFT,), Status.REVIEW, "送审", by, f"《{item.title}》送审")
    return item


@transaction.atomic
def return_to_draft(item: InfoItem, *, by=None, reason: str = "") -> InfoItem:
    if not reason.strip():
        raise CatalogError("退回须说明理由")
    _transition(item, (Status.REVIEW, Status.WITHDRAWN), Status.DRAFT, "退回草稿", by,
                f"《{item.title}》退回草稿：{reason}", reason=reason)
    return item


def _next_serial(unit: Unit, year: int) -> int:
    Unit.objects.select_for_update().filter(pk=unit.pk).first()  # serialises publication per unit
    current = InfoItem.objects.filter(unit=unit, index_year=year).aggregate(m=Max("index_serial"))["m"]
    return (current or 0) + 1


def publish(item: InfoItem, *, by=None, on: date | None = None) -> InfoItem:
    """Publish a reviewed item: 发布日期 is ``on`` (today by default); the 索引号 is assigned once
    and kept if the item is later withdrawn and published again."""
    day = on or timezone.localdate()
    if day > timezone.localdate():
        raise CatalogError("发布日期不能晚于今天：发布后信息立即公开")
    if day < item.written_on:
        raise CatalogError("发布日期不能早于成文日期")
    for attempt in range(3):
        try:
            with transaction.atomic():
                _publish(item, by, day)
            break
        except IntegrityError:  # another publication took the serial first: take the next one
            item.index_serial, item.index_code = None, ""
            if attempt == 2:
                raise
    transaction.on_commit(lambda: indexing.item_changed(item.pk))
    return item


def _publish(item: InfoItem, by, day: date) -> None:
    policy = item.interprets
    if policy is not None and policy.status != Status.PUBLISHED:
        raise CatalogError(f"所解读的《{policy.title}》尚未发布（{policy.get_status_display()}），请先发布该政策文件")
    if item.index_serial is None:
        item.index_year = day.year
        item.index_serial = _next_serial(item.unit, day.year)
    if not item.index_code:
        item.index_code = item.format_index_no()
    item.published_on = day
    _transition(item, (Status.REVIEW,), Status.PUBLISHED, "发布", by, f"发布《{item.title}》，索引号{item.index_no}",
                index_no=item.index_no, published_on=day.isoformat())


@transaction.atomic
def withdraw(item: InfoItem, *, by=None, reason: str = "") -> InfoItem:
    """Take a published item off the portal (it keeps its 索引号 and its history)."""
    if not reason.strip():
        raise CatalogError("撤回须说明理由")
    _transition(item, (Status.PUBLISHED,), Status.WITHDRAWN, "撤回", by, f"撤回《{item.title}》：{reason}",
                reason=reason)
    transaction.on_commit(lambda: indexing.item_changed(item.pk))
    return item


@transaction.atomic
def add_attachment(item: InfoItem, name: str, data: bytes, *, by=None, is_illustration: bool = False):
    """Attach a file to a draft; its text is extracted for search."""
    from django.core.files.base import ContentFile

    from gongkai.catalog import extract
    from gongkai.catalog.models import Attachment

    if item.status not in EDITABLE_STATUSES:
        raise CatalogError("只有草稿可以添加附件")
    too_big = extract.size_problem(len(data))
    if too_big:
        raise CatalogError(too_big)
    extracted = extract.extract(name, data)
    if extracted.kind not in extract.KINDS:
        raise CatalogError(f"不支持的附件类型“{extracted.kind or '无扩展名'}”")
    attachment = Attachment(item=item, name=name[:200], kind=extracted.kind, size=len(data), text=extracted.text,
                            text_note=extracted.note, is_illustration=is_illustration)
    attachment.file.save(name, ContentFile(data), save=False)
    attachment.save()
    audit.record("catalog.attachment_added", actor=by, unit=item.unit, target=item,
                 summary=f"《{item.title}》添加附件 {name}", attachment=attachment.pk)
    return attachment


@transaction.atomic
def remove_attachment(attachment, *, by=None) -> None:
    """Take a wrongly uploaded file off a draft: the row now, the stored file and the item's index
    entry once committed. A published item's files were published with it: they stay until the
    item is withdrawn and returned to draft."""
    item = InfoItem.objects.select_for_update().get(pk=attachment.item_id)  # no 送审 halfway through
    if item.status == Status.PUBLISHED:
        raise CatalogError("已发布信息的附件不能删除；如需更换附件，请先撤回信息并退回草稿")
    if item.status not in EDITABLE_STATUSES:
        raise CatalogError(f"只有草稿可以删除附件，本信息为“{item.get_status_display()}”；请先退回草稿")
    pk, storage, file_name = attachment.pk, attachment.file.storage, attachment.file.name
    if not Attachment.objects.filter(pk=pk).delete()[0]:
        return  # a second click: already removed
    audit.record("catalog.attachment_removed", actor=by, unit=item.unit, target=item,
                 summary=f"《{item.title}》删除附件 {attachment.name}", attachment=pk, name=attachment.name,
                 size=attachment.size)
    transaction.on_commit(lambda: storage.delete(file_name))
    transaction.on_commit(lambda: indexing.item_changed(item.pk))
