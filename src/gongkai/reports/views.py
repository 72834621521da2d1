"""Staff pages for annual reports (``/workbench/reports/…``).

A unit's clerks, reviewers and administrators create, edit and validate their unit's reports;
publishing needs a reviewer (审核人) or unit administrator (单位管理员) of that unit; supervisors
read their subtree's reports and change nothing.
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from gongkai.orgs.access import can_act, object_view, readable_unit_filter, staff_view, units_where
from gongkai.orgs.models import UNIT_ROLES, Role, Unit
from gongkai.reports import render as renderers
from gongkai.reports import services
from gongkai.reports.assembly import report_document, report_tables, report_validation
from gongkai.reports.forms import NarrativeForm, PublishForm, ReportCreateForm
from gongkai.reports.models import AnnualReport
from gongkai.reports.scope import Scope
from gongkai.reports.years import year_or_404

PUBLISH_ROLES = (Role.REVIEWER, Role.UNIT_ADMIN)


def _acting_units(user):
    return Unit.objects.filter(pk__in=[unit.pk for unit in units_where(user, UNIT_ROLES)]).order_by("path")


@staff_view
def report_list(request):
    reports = (AnnualReport.objects.filter(readable_unit_filter(request.user, "unit"))
               .select_related("unit", "group").order_by("-year", "unit__path", "scope"))
    year = year_or_404(request.GET.get("year"))
    if year:
        reports = reports.filter(year=year)
    form = ReportCreateForm(units=_acting_units(request.user))
    items = [(report, Scope.of(report).title(report.year)) for report in reports[:300]]
    return render(request, "reports/list.html", {"items": items, "form": form, "year": year or "",
                                                 "can_create": form.fields["unit"].queryset.exists()})


def _create_refused(request, form):
    return render(request, "reports/list.html", {"items": [], "form": form, "can_create": True}, status=400)


@staff_view
@require_POST
def report_create(request):
    form = ReportCreateForm(request.POST, units=_acting_units(request.user))
    if not form.is_valid():
        return _create_refused(request, form)
    data = form.cleaned_data
    scope = Scope(data["scope"], data["unit"], data["group"])
    try:
        report = services.create_report(scope, data["year"], version=data["template_version"], actor=request.user)
    except services.ReportExists as exc:
        form.add_error(None, str(exc))
        return _create_refused(request, form)
    messages.success(request, f"已创建{scope.title(report.year)}，正文已按统计数据起草。")
    return redirect("reports:detail", pk=report.pk)


@object_view(AnnualReport)
def report_detail(request, report):
    tables = report_tables(report)
    validation = None if report.is_published else report_validation(report, tables)
    return render(request, "reports/detail.html", {
        "report": report, "scope": Scope.of(report), "validation": validation,
        "document": report_document(report, tables=tables, validation=validation),
        "can_edit": not report.is_published and can_act(request.user, report.unit),
        "can_publish": not report.is_published and can_act(request.user, report.unit, PUBLISH_ROLES),
        "formats": renderers.FORMATS,
    })


@object_view(AnnualReport)
def report_edit(request, report):
    if report.is_published:
        messages.error(request, "报告已发布，不能再修改。")
        return redirect("reports:detail", pk=report.pk)
    form = NarrativeForm(request.POST if request.method == "POST" else None, version=report.template_version, initial=report.narrative)
    if request.method == "POST" and form.is_valid():
        services.save_narrative(report, form.cleaned_data, actor=request.user)
        messages.success(request, "正文已保存。报告需重新校验。")
        return redirect("reports:detail", pk=report.pk)
    return render(request, "reports/edit.html", {"report": report, "scope": Scope.of(report), "form": form})


def _act_on_draft(request, report, action, describe):
    """Run a service on a draft and say how it went; a published report is reported, not changed."""
    try:
        outcome = action()
    except services.ReportLocked as exc:
        messages.error(request, str(exc))
    else:
        messages.add_message(request, *describe(outcome))
    return redirect("reports:detail", pk=report.pk)


@object_view(AnnualReport)
@require_POST
def report_redraft(request, report):
    return _act_on_draft(request, report, lambda: services.redraft(report, actor=request.user),
                         lambda _: (messages.SUCCESS, "已按当前统计数据重新起草导语和“一、总体情况”。"))


def _validation_message(validation) -> tuple[int, str]:
    if validation.ok:
        extra = f"（另有{len(validation.warnings)}项提示）" if validation.warnings else ""
        return messages.SUCCESS, f"校验通过{extra}。"
    return messages.ERROR, f"校验未通过：{len(validation.blocking)}处问题，见下方列表。"


@object_view(AnnualReport)
@require_POST
def report_validate(request, report):
    return _act_on_draft(request, report, lambda: services.validate_report(report, actor=request.user),
                         _validation_message)


@object_view(AnnualReport, act_roles=PUBLISH_ROLES)
def report_publish(request, report):
    if report.is_published:
        messages.error(request, "报告已发布。")
        return redirect("reports:detail", pk=report.pk)
    form = PublishForm(request.POST if request.method == "POST" else None)
    validation = report_validation(report)
    if request.method == "POST" and form.is_valid():
        try:
            services.publish_report(report, actor=request.user, override_reason=form.cleaned_data["override_reason"])
        except services.PublishRefused as exc:
            form.add_error("override_reason", str(exc))
        else:
            messages.success(request, "报告已发布，已在“政府信息公开年报”栏目公开。")
            return redirect("reports:detail", pk=report.pk)
    return render(request, "reports/publish.html", {
        "report": report, "scope": Scope.of(report), "form": form, "validation": validation,
        "can_publish": can_act(request.user, report.unit, PUBLISH_ROLES)})


def download_response(document, fmt: str, stem: str) -> HttpResponse:
    return file_response(renderers.render(document, fmt), fmt, stem)


def file_response(content, fmt: str, stem: str) -> HttpResponse:
    content_type, extension = renderers.FORMATS[fmt]
    response = HttpResponse(content, content_type=content_type)
    # A file to keep: the standalone HTML carries its print styles inline, which the site's CSP
    # would block if it were shown as a page; the page to read is /annual-reports/<id>/.
    response.headers["Content-Disposition"] = content_disposition_header(True, f"{stem}.{extension}")
    return response


@object_view(AnnualReport)
def report_download(request, report, fmt):
    if fmt not in renderers.FORMATS:
        return HttpResponse("不支持的格式", status=404, content_type="text/plain; charset=utf-8")
    scope = Scope.of(report)
    return download_response(report_document(report), fmt, scope.title(report.year))
