"""Portal home, the unit directory and each unit's 公开目录."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from gongkai.catalog.models import DocType, InfoItem
from gongkai.orgs.access import public_view
from gongkai.orgs.models import Level, Unit
from gongkai.portal.catalog_tree import find_column, unit_catalog

PAGE_SIZE = 20


def page_of(request, items, size: int = PAGE_SIZE):
    """``(page, None)`` for the ``page`` parameter, or ``(None, response)``: a 404 that says which
    pages exist when the number is not one of them (never a silent jump to another page)."""
    paginator = Paginator(items, size)
    raw = request.GET.get("page") or "1"
    try:
        return paginator.page(raw), None
    except PageNotAnInteger:
        message = f"页码“{raw[:20]}”无效，应为正整数"
    except EmptyPage:
        message = f"第{raw[:20]}页不存在：共{paginator.num_pages}页"
    query = request.GET.copy()
    query.pop("page", None)
    return None, render(request, "portal/page_missing.html", {"message": message, "first_page": query.urlencode()},
                        status=404)


@public_view
def home(request):
    public = InfoItem.objects.public()
    city = Unit.objects.filter(parent__isnull=True).order_by("pk").first()
    return render(request, "portal/home.html", {
        "city": city,
        "policies": public.policies()[:8],
        "interpretations": public.filter(doc_type=DocType.INTERPRETATION).select_related("interprets")[:5],
        "latest": public.filter(doc_type=DocType.GENERAL)[:8],
        "counties": Unit.objects.filter(parent=city, level=Level.COUNTY).order_by("path") if city else [],
    })


@public_view
def units(request):
    city = Unit.objects.filter(parent__isnull=True).order_by("pk").first()
    groups = []
    if city:
        children = list(Unit.objects.in_subtree(city).exclude(pk=city.pk).order_by("path"))
        groups.append(("市级", [city, *(u for u in children if u.parent_id == city.pk and u.level == Level.CITY)]))
        for county in (u for u in children if u.parent_id == city.pk and u.level == Level.COUNTY):
            groups.append((county.name, [county, *(u for u in children if u.parent_id == county.pk)]))
    return render(request, "portal/units.html", {"groups": groups})


@public_view
def unit_home(request, unit_id):
    unit = get_object_or_404(Unit, pk=unit_id)
    return render(request, "portal/unit.html", {
        "unit": unit, "ancestors": unit.ancestors(), "columns": unit_catalog(unit),
        "latest": InfoItem.objects.public().filter(unit=unit)[:10],
    })


@public_view
def column(request, unit_id, node_id):
    unit = get_object_or_404(Unit, pk=unit_id)
    columns = unit_catalog(unit)
    current = find_column(columns, node_id)
    if current is None:
        raise Http404("栏目不存在")
    items = InfoItem.objects.public().filter(unit=unit, node_id__in=current.node_ids())
    page, missing = page_of(request, items)
    if missing:
        return missing
    return render(request, "portal/column.html", {
        "unit": unit, "column": current, "columns": columns, "page": page,
    })
