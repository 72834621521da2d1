"""Staff tools: expiry alerts, the 解读 check, 结果公开 import and a unit's own columns."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.catalog import bounds
from gongkai.catalog.forms import ColumnForm, RecordImportForm
from gongkai.catalog.models import EXPIRY_ALERT_DAYS, InfoItem, RecordBatch
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services.records import import_records
from gongkai.catalog.services.tree import add_unit_node
from gongkai.core.imports import ImportRejected
from gongkai.orgs.access import readable_unit_filter, staff_view, units_where
from gongkai.orgs.models import UNIT_ROLES, Role

IMPORTERS = (Role.CLERK, Role.REVIEWER, Role.UNIT_ADMIN)


@staff_view
def alerts(request):
    """有效期 ending within 90 days, and policies published without a 解读 (since ``since``)."""
    today = timezone.localdate()
    readable = InfoItem.objects.filter(readable_unit_filter(request.user)).select_related("unit")
    since = request.GET.get("since", "")
    since_year = int(since) if since.isdigit() and not bounds.year_problem(int(since), today) else today.year - 1
    return render(request, "catalog/alerts.html", {
        "expiring": readable.expiring(today).order_by("expires_on"), "days": EXPIRY_ALERT_DAYS,
        "uninterpreted": readable.without_interpretation().filter(published_on__year__gte=since_year)
        .order_by("-published_on")[:200],
        "since": since_year, "today": today,
    })


@staff_view
def record_import(request):
    units = units_where(request.user, IMPORTERS)
    form = RecordImportForm(request.POST or None, request.FILES or None, units=units)
    errors, total = [], 0
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = import_records(form.cleaned_data["unit"], upload.read(), upload.name, by=request.user)
        except ImportRejected as rejected:
            errors, total = rejected.errors, rejected.total
        else:
            messages.success(request, f"已导入 {batch.row_count} 条结果公开记录")
            return redirect("catalog:record_import")
    batches = RecordBatch.objects.filter(readable_unit_filter(request.user)).select_related("unit")[:20]
    return render(request, "catalog/record_import.html", {
        "form": form, "errors": errors, "total": total, "batches": batches, "can_import": bool(units),
    })


@staff_view
def columns(request):
    units = units_where(request.user, (Role.UNIT_ADMIN,))
    form = ColumnForm(request.POST or None, units=units)
    if request.method == "POST" and form.is_valid():
        try:
            add_unit_node(form.cleaned_data["unit"], form.cleaned_data["parent"], form.cleaned_data["name"],
                          by=request.user)
        except CatalogError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "栏目已添加")
            return redirect("catalog:columns")
    own = units_where(request.user, UNIT_ROLES)
    return render(request, "catalog/columns.html", {"form": form, "units": own, "can_add": bool(units)})
