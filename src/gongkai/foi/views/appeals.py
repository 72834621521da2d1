"""Recording a 行政复议 or 行政诉讼 against a request's decision, and its outcome."""

from django.contrib import messages
from django.shortcuts import redirect, render

from gongkai.appeals import services as appeal_services
from gongkai.appeals.models import Appeal
from gongkai.foi.models import Application
from gongkai.foi.page_forms import AppealDecisionForm, AppealForm
from gongkai.foi.services import StepRefused
from gongkai.orgs.access import object_view


@object_view(Application)
def file_appeal(request, application):
    form = AppealForm(request.POST or None, application=application)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            appeal = appeal_services.file_appeal(
                application.unit, kind=data["kind"], route=data["route"], review=data["review"],
                filed_on=data["filed_on"], appellant=data["appellant"], organ=data["organ"],
                case_number=data["case_number"], note=data["note"], application=application, by=request.user)
        except StepRefused as exc:
            form.add_error(None, exc.reason)
        else:
            messages.success(request, f"已登记{appeal.get_kind_display()}。")
            return redirect("foi:case", pk=application.pk)
    return render(request, "foi/staff/appeal.html", {"application": application, "form": form})


@object_view(Appeal)
def decide_appeal(request, appeal):
    form = AppealDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            appeal_services.decide_appeal(appeal, by=request.user, **form.cleaned_data)
        except StepRefused as exc:
            form.add_error(None, exc.reason)
        else:
            messages.success(request, f"已登记{appeal.get_kind_display()}的审结结果。")
            return redirect("foi:case", pk=appeal.application_id) if appeal.application_id else redirect("foi:list")
    return render(request, "foi/staff/appeal_decide.html", {"appeal": appeal, "form": form})
