"""The search page: one box, filters and facets, highlighted snippets, 文号 lookups."""

from django.core.paginator import Page, Paginator
from django.shortcuts import render

from gongkai.catalog import docnumber
from gongkai.catalog.html import plain_text
from gongkai.catalog.models import DocType, InfoItem, RecordKind
from gongkai.orgs.access import public_view
from gongkai.orgs.models import Unit
from gongkai.portal.forms import SEARCH_PAGE_SIZE, SearchForm
from gongkai.search import hits, service
from gongkai.search.text import Query, snippet

PAGE_SIZE = SEARCH_PAGE_SIZE
TYPE_LABELS = dict(DocType.choices) | dict(RecordKind.choices)


class _Counted(list):
    """A stand-in sequence of ``total`` hits so Django's Paginator can number the pages."""

    def __init__(self, total: int):
        super().__init__()
        self.total = total

    def __len__(self) -> int:
        return self.total

    def count(self) -> int:
        return self.total


def _with_snippets(results: list[dict], terms: list[str]) -> list[dict]:
    for entry in results:
        obj = entry["obj"]
        if entry["kind"] == "item":
            source = plain_text(obj.body) or obj.summary
            entry["title"] = snippet(obj.title, terms, width=300)
        else:
            source = f"{obj.decision_no} {obj.subject} {obj.content}"
            entry["title"] = snippet(f"{obj.matter}（{obj.subject}）", terms, width=300)
        entry["snippet"] = snippet(source, terms)
    return results


def _link(params, key: str, value: str | None) -> str:
    """The current search with one filter set (or removed when ``value`` is None)."""
    changed = params.copy()
    changed.pop(key, None)
    if value is not None:
        changed[key] = value
    return "?" + changed.urlencode()


def _facets(raw: dict, params) -> list[dict]:
    """Facet groups for the template: label, active filter, and (label, count, link) options."""
    unit_names = dict(Unit.objects.filter(pk__in=[int(v) for v, _ in raw.get("unit", [])]).values_list("pk", "name"))
    labels = {
        "year": lambda v: f"{v}年",
        "doc_type": lambda v: TYPE_LABELS.get(v, v),
        "unit": lambda v: unit_names.get(int(v), "已撤销单位"),
    }
    titles = {"year": "年份", "doc_type": "类型", "unit": "发布机构"}
    return [{
        "title": titles[key], "active": params.get(key), "clear": _link(params, key, None),
        "options": [(labels[key](value), n, _link(params, key, value))
                    for value, n in sorted(raw.get(key, []), key=lambda entry: _facet_order(key, entry))],
    } for key in ("doc_type", "year", "unit")]


def _facet_order(key: str, entry: tuple[str, int]):
    """Years newest first; other facets by count."""
    value, count = entry
    return -int(value) if key == "year" else -count


@public_view
def search(request):
    form = SearchForm(request.GET or None)
    context = {"form": form, "searched": False}
    if form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        number = docnumber.normalize(data["q"]) or ""
        page_number = data["page"] or 1
        query = Query(text=data["q"], unit_id=data["unit"], year=data["year"], doc_type=data["doc_type"] or None,
                      kind=data["kind"] or None, offset=(page_number - 1) * PAGE_SIZE, limit=PAGE_SIZE,
                      doc_number=number)
        results = service.search(query)
        page = Page(_with_snippets(hits.load(results.hits), query.terms), page_number,
                    Paginator(_Counted(results.total), PAGE_SIZE))
        params = request.GET.copy()
        params.pop("page", None)
        context.update(searched=True, results=results, page=page, facets=_facets(results.facets, params),
                       number=number, params=params, query_string=params.urlencode(),
                       exact=InfoItem.objects.public().with_doc_number(docnumber.parse(number)).first()
                       if number else None)
    # A parameter out of range (page, year, unit) is explained, not silently dropped.
    status = 422 if form.is_bound and form.errors else 200
    return render(request, "portal/search.html", context, status=status)
