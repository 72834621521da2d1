"""The public 年报 column (``/annual-reports/``): published reports by year and unit."""

import os

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from gongkai.orgs.access import public_view
from gongkai.reports import render as renderers
from gongkai.reports.assembly import report_document
from gongkai.reports.models import AnnualReport
from gongkai.reports.scope import Scope
from gongkai.reports.views import file_response
from gongkai.reports.years import year_or_404


@public_view
def annual_index(request):
    reports = AnnualReport.objects.published().select_related("unit", "group").order_by("-year", "unit__path")
    query = request.GET.get("q", "").strip()
    if query:
        reports = reports.filter(Q(unit__name__contains=query) | Q(group__title__contains=query))
    year = year_or_404(request.GET.get("year"))
    if year:
        reports = reports.filter(year=year)
    years = AnnualReport.objects.published().values_list("year", flat=True).distinct().order_by("-year")
    items = [(report, Scope.of(report).title(report.year)) for report in reports[:500]]
    return render(request, "reports/public_index.html", {"items": items, "query": query, "year": str(year or ""),
                                                         "years": years})


def _published(pk) -> AnnualReport:
    return get_object_or_404(AnnualReport.objects.published().select_related("unit", "group"), pk=pk)


@public_view
def annual_detail(request, pk):
    report = _published(pk)
    return render(request, "reports/public_detail.html", {"report": report, "scope": Scope.of(report),
                                                          "formats": renderers.FORMATS})


@public_view
def annual_download(request, pk, fmt):
    report = _published(pk)
    if fmt not in renderers.FORMATS:
        raise Http404("不支持的格式")
    return file_response(_rendered(report, fmt), fmt, Scope.of(report).title(report.year))


def _rendered(report: AnnualReport, fmt: str) -> bytes:
    """A published report never changes, so each file is rendered once and kept under
    ``DOCUMENTS_DIR/annual-reports/`` (a PDF costs seconds of CPU: an anonymous download loop
    would otherwise tie up the server)."""
    stamp = report.published_at.strftime("%Y%m%d%H%M%S%f")
    path = settings.DOCUMENTS_DIR / "annual-reports" / f"{report.pk}-{stamp}.{renderers.FORMATS[fmt][1]}"
    if path.exists():
        return path.read_bytes()
    content = renderers.render(report_document(report), fmt)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)  # atomic: another worker never reads half a file
    return data
