"""Public, read-only API of 主动公开: items, units' catalogs, 结果公开 records."""

from datetime import date
from typing import Annotated

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from ninja import Field, FilterLookup, FilterSchema, Query, Router, Schema
from ninja.pagination import paginate

from gongkai.api.params import Pages, check_ids, check_year
from gongkai.catalog.html import plain_text
from gongkai.catalog.models import DecisionRecord, InfoItem, Status
from gongkai.orgs.access import public_view
from gongkai.orgs.models import Unit
from gongkai.portal.catalog_tree import Column, unit_catalog

PREFIX = "/catalog"
router = Router(tags=["主动公开"])
PAGE_SIZE = 20


class UnitRef(Schema):
    id: int
    name: str


class ItemOut(Schema):
    id: int
    title: str
    index_no: str = Field(description="索引号")
    doc_number: str | None = Field(description="文号；无文号时为 null")
    unit: UnitRef
    doc_type: str
    doc_type_label: str
    topic: str
    genre: str
    written_on: date = Field(description="成文日期")
    published_on: date = Field(description="发布日期")
    validity: str | None = Field(description="效力状态（今日），非规章和规范性文件为 null")
    expires_on: date | None = Field(description="有效期至")
    url: str

    @staticmethod
    def resolve_doc_number(item):
        return str(item.doc_number) if item.doc_number else None

    @staticmethod
    def resolve_doc_type_label(item):
        return item.get_doc_type_display()

    @staticmethod
    def resolve_validity(item):
        return item.validity_label_on(timezone.localdate()) or None

    @staticmethod
    def resolve_url(item):
        return reverse("portal:item", args=[item.pk])


class ItemDetail(ItemOut):
    summary: str
    text: str = Field(description="正文（纯文本）；依申请公开的信息为空")
    interprets: int | None = Field(description="所解读的政策文件编号（该文件已发布时）")
    interpretations: list[int]

    @staticmethod
    def resolve_interprets(item):
        policy = item.public_interprets
        return policy.pk if policy else None

    @staticmethod
    def resolve_text(item):
        return plain_text(item.body) if item.content_is_public else ""

    @staticmethod
    def resolve_interpretations(item):
        return list(item.interpretations.filter(status=Status.PUBLISHED).values_list("pk", flat=True))


class ItemFilter(FilterSchema):
    """unit 发布机构编号, year 发布年份, doc_type 信息类型, node 目录栏目编号."""

    unit: Annotated[int | None, FilterLookup(q="unit_id")] = None
    year: Annotated[int | None, FilterLookup(q="published_on__year")] = None
    doc_type: Annotated[str | None, FilterLookup(q="doc_type")] = None
    node: Annotated[int | None, FilterLookup(q="node_id")] = None


class ColumnOut(Schema):
    id: int
    name: str
    count: int
    last_update: date | None
    children: list["ColumnOut"]


class RecordOut(Schema):
    id: int
    kind: str
    decision_no: str
    matter: str
    subject: str
    decided_on: date
    unit: UnitRef


def _column(column: Column) -> dict:
    return {"id": column.node.pk, "name": column.node.name, "count": column.count,
            "last_update": column.last_update, "children": [_column(c) for c in column.children]}


@router.get("/items", response=list[ItemOut], url_name="items")
@public_view
@paginate(Pages, page_size=PAGE_SIZE)
def list_items(request, filters: Query[ItemFilter]):
    """已发布的政府信息，按发布日期倒序。"""
    check_ids(unit=(filters.unit, "单位"), node=(filters.node, "栏目"))
    check_year(filters.year)
    return filters.filter(InfoItem.objects.public())


@router.get("/items/{item_id}", response=ItemDetail, url_name="item")
@public_view
def get_item(request, item_id: int):
    check_ids(item=(item_id, "信息"))
    return get_object_or_404(InfoItem.objects.public(), pk=item_id)


@router.get("/units/{unit_id}/catalog", response=list[ColumnOut], url_name="unit_catalog")
@public_view
def get_catalog(request, unit_id: int):
    """一个单位的政府信息公开目录：栏目、条数和最近更新日期。"""
    check_ids(unit=(unit_id, "单位"))
    return [_column(c) for c in unit_catalog(get_object_or_404(Unit, pk=unit_id))]


@router.get("/records", response=list[RecordOut], url_name="records")
@public_view
@paginate(Pages, page_size=PAGE_SIZE)
def list_records(request, kind: str | None = None, year: int | None = None):
    """结果公开记录（行政许可、行政处罚、行政强制）。"""
    check_year(year)
    records = DecisionRecord.objects.select_related("unit")
    if kind:
        records = records.filter(kind=kind)
    if year:
        records = records.decided_in(year)
    return records
