"""Keeping the index in step with the catalog: publication and withdrawal update single
documents, moving a unit re-indexes its subtree's documents (their unit path changed), both in a
background task after commit; ``rebuild`` re-indexes everything."""

from collections.abc import Iterator

from django.db import transaction
from django.db.models import Prefetch

from django_tasks import task

from gongkai.search.service import get_backend
from gongkai.search.text import SearchDocument

BATCH = 2000


def _items():
    from gongkai.catalog.models import Attachment, DisclosureMode, InfoItem

    return (InfoItem.objects.published().filter(disclosure_mode=DisclosureMode.PROACTIVE)
            .select_related("unit")
            .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.only("id", "item", "text"))))


def item_document(item) -> SearchDocument:
    from gongkai.catalog.html import plain_text

    parts = [item.summary, plain_text(item.body), *(a.text for a in item.attachments.all())]
    number = item.doc_number
    return SearchDocument(
        key=f"item:{item.pk}", kind="item", pk=item.pk, unit_id=item.unit_id, unit_path=item.unit.path,
        doc_type=item.doc_type, title=item.title, doc_number=str(number) if number else "",
        text=" ".join(p for p in parts if p), published_on=item.published_on,
    )


def record_document(record) -> SearchDocument:
    return SearchDocument(
        key=f"record:{record.pk}", kind="record", pk=record.pk, unit_id=record.unit_id,
        unit_path=record.unit.path, doc_type=record.kind, title=f"{record.matter}（{record.subject}）",
        doc_number=record.decision_no, text=f"{record.subject_code} {record.content}",
        published_on=record.decided_on,
    )


@task()
def update_item(item_pk: int) -> None:
    """Index the item if the portal shows it, remove it otherwise."""
    item = _items().filter(pk=item_pk).first()
    if item is None:
        get_backend().remove([f"item:{item_pk}"])
    else:
        get_backend().index([item_document(item)])


@task()
def index_record_batch(batch_pk: int) -> None:
    from gongkai.catalog.models import DecisionRecord

    records = DecisionRecord.objects.filter(batch_id=batch_pk).select_related("unit")
    get_backend().index(record_document(r) for r in records.iterator(chunk_size=BATCH))


@task()
def reindex_subtree(unit_pk: int) -> int:
    """Re-index the published items and 结果公开 records of a unit and every unit below it, as
    they are now (one batch write, however many there are); returns how many were written."""
    from gongkai.orgs.models import Unit, subtree_filter

    unit = Unit.objects.filter(pk=unit_pk).first()
    if unit is None:
        return 0
    return get_backend().index(_documents(subtree_filter(unit)))


def item_changed(item_pk: int) -> None:
    update_item.enqueue(item_pk)


def unit_moved(sender, unit, **kwargs) -> None:
    """Receiver of ``orgs.models.unit_moved``: the index keeps each document's unit path (subtree
    filters), so the moved subtree is re-indexed once the move is committed. The task reads the
    paths when it runs, so a unit moved twice before it runs is indexed where it ended up."""
    unit_pk = unit.pk
    transaction.on_commit(lambda: reindex_subtree.enqueue(unit_pk))


def _documents(where=None) -> Iterator[SearchDocument]:
    from django.db.models import Q

    from gongkai.catalog.models import DecisionRecord

    where = where or Q()
    for item in _items().filter(where).order_by("pk").iterator(chunk_size=BATCH):
        yield item_document(item)
    records = DecisionRecord.objects.filter(where).select_related("unit").order_by("pk")
    for record in records.iterator(chunk_size=BATCH):
        yield record_document(record)


def all_documents() -> Iterator[SearchDocument]:
    return _documents()


def rebuild(backend=None) -> int:
    """Empty the index and index every published item and 结果公开 record."""
    backend = backend or get_backend()
    with backend.rebuilding():
        return backend.index(all_documents())
