"""Item pages, the policy-documents page, the normative catalog and 结果公开 records."""

from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from gongkai.catalog import bounds
from gongkai.catalog.downloads import attachment_response
from gongkai.catalog.models import (
    POLICY_TYPES,
    Attachment,
    DecisionRecord,
    DisclosureMode,
    DocType,
    InfoItem,
    Status,
)
from gongkai.orgs.access import public_view
from gongkai.orgs.models import Kind, Level, Unit
from gongkai.portal.forms import PolicyFilter, RecordFilter
from gongkai.portal.views.pages import page_of

QUARTERS = ((1, "第一季度"), (2, "第二季度"), (3, "第三季度"), (4, "第四季度"))


@public_view
def item(request, item_id):
    found = get_object_or_404(InfoItem.objects.select_related("unit", "node", "interprets"), pk=item_id)
    if found.status == Status.WITHDRAWN:
        return render(request, "portal/item_gone.html", {"item": found}, status=410)
    if found.status != Status.PUBLISHED:  # a draft is indistinguishable from a missing item
        raise Http404("信息不存在")
    today = timezone.localdate()
    return render(request, "portal/item.html", {
        "item": found, "today": today,
        "interpretations": found.interpretations.filter(status=Status.PUBLISHED),
        "decisions": found.validity_decisions.select_related("decided_by", "amended_by"),
        "attachments": found.attachments.all() if found.content_is_public else [],
    })


@public_view
def attachment(request, item_id, attachment_id):
    """An attachment is public only while its item is published and proactively disclosed
    (``InfoItem.content_is_public``); the media directory itself is never exposed."""
    found = get_object_or_404(Attachment.objects.filter(item__status=Status.PUBLISHED,
                                                        item__disclosure_mode=DisclosureMode.PROACTIVE),
                              pk=attachment_id, item_id=item_id)
    return attachment_response(found)


def _filtered_policies(form: PolicyFilter):
    items = InfoItem.objects.public().filter(doc_type__in=POLICY_TYPES)
    if not form.is_valid():
        return items
    data = form.cleaned_data
    if data["unit"]:
        items = items.filter(unit_id=data["unit"])
    if data["year"]:
        items = items.filter(published_on__year=data["year"])
    if data["doc_type"]:
        items = items.filter(doc_type=data["doc_type"])
    if data["validity"]:
        items = items.lifecycle().shown_as(data["validity"], timezone.localdate())
    return items


@public_view
def policies(request):
    form = PolicyFilter(request.GET or None)
    page, missing = page_of(request, _filtered_policies(form))
    if missing:
        return missing
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "portal/policies.html", {"form": form, "page": page, "today": timezone.localdate(),
                                                    "query": query.urlencode()})


def catalog_governments():
    """The governments that publish a quarterly normative catalog: the city and its counties."""
    return Unit.objects.filter(kind__in=(Kind.GOVERNMENT, Kind.DISPATCHED), level__in=(Level.CITY, Level.COUNTY),
                               depth__lte=1).order_by("path")


@public_view
def normative_index(request):
    today = timezone.localdate()
    years = range(today.year, 2018, -1)
    return render(request, "portal/normative_index.html", {
        "governments": catalog_governments(), "years": years, "quarters": QUARTERS,
    })


@public_view
def normative_quarter(request, unit_id, year, quarter):
    government = get_object_or_404(catalog_governments(), pk=unit_id)
    if not 1 <= quarter <= 4 or bounds.year_problem(year, timezone.localdate()):
        return render(request, "404.html", status=404)
    documents = (InfoItem.objects.public().filter(doc_type__in=(DocType.RULE, DocType.NORMATIVE))
                 .of_government(government).published_in_quarter(year, quarter).order_by("published_on", "pk"))
    return render(request, "portal/normative_quarter.html", {
        "government": government, "year": year, "quarter": dict(QUARTERS)[quarter],
        "documents": documents, "today": timezone.localdate(),
        "future": date(year, 3 * quarter - 2, 1) > timezone.localdate(),
    })


@public_view
def records(request):
    form = RecordFilter(request.GET or None)
    rows = DecisionRecord.objects.select_related("unit")
    if form.is_valid():
        if form.cleaned_data["kind"]:
            rows = rows.filter(kind=form.cleaned_data["kind"])
        if form.cleaned_data["year"]:
            rows = rows.decided_in(form.cleaned_data["year"])
    page, missing = page_of(request, rows)
    if missing:
        return missing
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "portal/records.html", {"form": form, "page": page, "query": query.urlencode()})


@public_view
def record(request, record_id):
    found = get_object_or_404(DecisionRecord.objects.select_related("unit", "batch"), pk=record_id)
    return render(request, "portal/record.html", {"record": found})
