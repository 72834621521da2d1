"""Staff pages for imported figures (``/workbench/reports/figures/…``): import a file, download
the template, see one unit's figures for a year with their provenance, override one by hand."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from gongkai.core.imports import ImportRejected
from gongkai.orgs.access import is_sysadmin, object_view, staff_view
from gongkai.orgs.models import Unit
from gongkai.reportformat import VERSIONS, version_for_year
from gongkai.reports.cells import figure_cell, figure_cells, table_value
from gongkai.reports.figure_services import figure_template, import_figures, override_figure
from gongkai.reports.forms import FigureImportForm, FigureOverrideForm
from gongkai.reports.models import ImportedFigure
from gongkai.reports.views import _acting_units
from gongkai.reports.years import year_or_404

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _importable_units(user):
    return Unit.objects.all() if is_sysadmin(user) else _acting_units(user)


UNITS_LISTED = 200


def _index(request, form, status=200, errors=()):
    year = timezone.localdate().year - 1
    units = _importable_units(request.user)
    return render(request, "reports/figures.html", {
        "form": form, "errors": errors, "year": year, "versions": VERSIONS, "default_version": version_for_year(year),
        "units": units[:UNITS_LISTED], "unit_count": units.count(), "listed": UNITS_LISTED,
    }, status=status)


@staff_view
def figures_index(request):
    return _index(request, FigureImportForm())


@staff_view
@require_POST
def figures_import(request):
    form = FigureImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _index(request, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        result = import_figures(upload.read(), upload.name, actor=request.user,
                                allowed_units=_importable_units(request.user), reason=form.cleaned_data["reason"])
    except ImportRejected as exc:
        return _index(request, form, status=400, errors=exc.errors)
    messages.success(request, f"导入完成：{result.units}个单位，新增或修改{result.created}项，{result.unchanged}项与现有数值相同。")
    return redirect("reports:figures")


@staff_view
def figures_template(request):
    year = year_or_404(request.GET.get("year"))
    if year is None:
        return HttpResponseBadRequest("请填写年度")
    version = request.GET.get("version") or version_for_year(year)
    if version not in VERSIONS:
        return HttpResponseBadRequest("报告格式无效")
    units = _importable_units(request.user)
    unit_id = request.GET.get("unit", "")
    if unit_id:
        if not (unit_id.isascii() and unit_id.isdigit() and len(unit_id) <= 18):  # no integer overflow
            raise Http404("单位不存在")
        units = units.filter(pk=int(unit_id))
    response = HttpResponse(figure_template(units, year, version), content_type=XLSX)
    response.headers["Content-Disposition"] = content_disposition_header(True, f"年度报告导入数据模板-{year}.xlsx")
    return response


@object_view(Unit, kwarg="unit_id")
def unit_figures(request, unit, year):
    year = year_or_404(year)
    form = FigureOverrideForm(request.POST if request.method == "POST" else None, cells=figure_cells())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        override_figure(unit, year, data["cell"], data["value"], reason=data["reason"], actor=request.user)
        messages.success(request, "数据已修改，原因已记录。")
        return redirect("reports:unit_figures", unit_id=unit.pk, year=year)
    history: dict[str, list] = {}
    for figure in ImportedFigure.objects.filter(unit=unit, year=year).select_related("created_by").order_by(
            "replaced_at", "-created_at", "-pk"):
        figure.shown = table_value(figure_cell(figure.cell), figure.value)
        history.setdefault(figure.cell, []).append(figure)
    rows = [(cell, *_current_and_older(history.get(cell.address, []))) for cell in figure_cells()]
    return render(request, "reports/unit_figures.html", {"unit": unit, "year": year, "rows": rows, "form": form})


def _current_and_older(figures: list) -> tuple:
    current = next((f for f in figures if f.replaced_at is None), None)
    return current, [f for f in figures if f is not current]
