"""Factories for 主动公开. ``published_item`` goes through the services, like a case worker."""

from datetime import date

import factory

from gongkai.catalog.models import DecisionRecord, DocType, InfoItem, RecordKind, Status
from gongkai.catalog.services import items as item_services
from gongkai.catalog.services.tree import default_node


class InfoItemFactory(factory.django.DjangoModelFactory):
    """A draft item straight in the database (no audit); use ``published_item`` for real flows."""

    class Meta:
        model = InfoItem

    title = factory.Sequence(lambda n: f"关于做好第{n}项工作的通知")
    doc_type = DocType.GENERAL
    written_on = date(2020, 3, 2)
    node = factory.LazyAttribute(lambda o: default_node(o.doc_type))
    status = Status.DRAFT


def published_item(unit, *, on=date(2020, 3, 10), doc_number=None, by=None, **fields) -> InfoItem:
    fields.setdefault("title", f"关于{unit.short_name or unit.name}政务公开工作的通知")
    fields.setdefault("written_on", date(on.year, on.month, 1))
    fields.setdefault("doc_type", DocType.GENERAL)
    item = item_services.create_item(unit, by=by, doc_number=doc_number, **fields)
    item_services.submit_for_review(item, by=by)
    return item_services.publish(item, by=by, on=on)


class DecisionRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DecisionRecord

    kind = RecordKind.ADMIN_LICENSE
    decision_no = factory.Sequence(lambda n: f"淄审批许〔2020〕{n + 1}号")
    matter = "食品经营许可"
    subject = factory.Sequence(lambda n: f"淄博市某某商贸有限公司{n}")
    decided_on = date(2020, 5, 6)


def attachment_on(item, name: str = "附件.txt", data: bytes = "附件正文".encode()):
    """An attachment straight in the database (any item state); use the service for real flows."""
    from django.core.files.base import ContentFile

    from gongkai.catalog.models import Attachment

    attachment = Attachment(item=item, name=name, kind=name.rsplit(".", 1)[-1], size=len(data))
    attachment.file.save(name, ContentFile(data), save=False)
    attachment.save()
    return attachment


def doc_number_taken_after_the_check(monkeypatch, unit, title="甲"):
    """Another clerk saves the same 文号 just after this save's check looked (a race)."""
    check, rivals = item_services._check_doc_number, []

    def check_then_rival(item):
        check(item)
        if not rivals and item.doc_number is not None:
            n = item.doc_number
            rivals.append(InfoItemFactory(unit=unit, title=title, doc_code=n.code, doc_year=n.year, doc_seq=n.seq))

    monkeypatch.setattr(item_services, "_check_doc_number", check_then_rival)
