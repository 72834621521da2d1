"""Public search API: the same engine and rules as the portal's search page."""

from ninja import Field, Router, Schema
from ninja.errors import HttpError

from gongkai.api.params import check_ids, check_year
from gongkai.catalog import docnumber
from gongkai.orgs.access import public_view
from gongkai.search import hits, service
from gongkai.search.text import MAX_OFFSET, Query

PREFIX = "/search"
router = Router(tags=["全文检索"])
MAX_PAGE_SIZE = 50


class HitOut(Schema):
    kind: str = Field(description="item（政府信息）或 record（结果公开）")
    id: int


class FacetOut(Schema):
    value: str
    count: int


class SearchOut(Schema):
    total: int
    page: int
    hits: list[HitOut]
    facets: dict[str, list[FacetOut]]


@router.get("", response=SearchOut, url_name="search")
@public_view
def search(request, q: str, unit: int | None = None, year: int | None = None, doc_type: str | None = None,
           kind: str | None = None, page: int = 1, page_size: int = 20):
    """包含全部检索词（空格分隔）的信息；标题命中优先，其次文号一致，其余按发布日期。"""
    page_size = min(max(page_size, 1), MAX_PAGE_SIZE)
    if not 1 <= page <= MAX_OFFSET // page_size + 1:
        raise HttpError(422, f"页码须在1至{MAX_OFFSET // page_size + 1}之间：检索结果最多翻到第{MAX_OFFSET}条")
    check_ids(unit=(unit, "单位"))
    check_year(year)
    results = service.search(Query(text=q, unit_id=unit, year=year, doc_type=doc_type, kind=kind,
                                   offset=(page - 1) * page_size, limit=page_size,
                                   doc_number=docnumber.normalize(q) or ""))
    return {"total": results.total, "page": page,
            "hits": [{"kind": h["kind"], "id": h["obj"].pk} for h in hits.load(results.hits)],
            "facets": {k: [{"value": v, "count": n} for v, n in values] for k, values in results.facets.items()}}
