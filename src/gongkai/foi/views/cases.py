"""Staff pages: the lists (mine, approvals, a supervisor's subtree), staff entry of a request,
the case page, revealing a full number (logged) and downloading an attachment."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from gongkai.foi import services, worklist
from gongkai.foi.forms import StaffIntakeForm
from gongkai.foi.models import Application, Attachment, Phase
from gongkai.foi.page_forms import RevealForm, StaffUnitForm
from gongkai.foi.services.common import HANDLER_ROLES, today
from gongkai.foi.services.disclosure import FIELDS as REVEALABLE
from gongkai.foi.workflow import allowed_actions, clock_for, due_date_explanation, timeline
from gongkai.orgs.access import can_act, object_view, staff_view
from gongkai.orgs.models import Unit

PAGE_SIZE = 50
CREATED_KEY = "foi_created"
# The list's tabs: what each shows of the person's own units.
TABS = {
    "open": ("在办", lambda qs, t: qs.open()),
    "overdue": ("已逾期", lambda qs, t: qs.overdue(t)),
    "soon": ("3个工作日内到期", lambda qs, t: qs.due_by(worklist.due_soon_date(t)).filter(due_on__gte=t)),
    "correction": ("待补正", lambda qs, t: qs.filter(phase=Phase.CORRECTION)),
    "pending": ("待确认收到", lambda qs, t: qs.pending_confirmation().order_by("submitted_on", "pk")),
}


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


@staff_view
def my_requests(request):
    tab = request.GET.get("tab") if request.GET.get("tab") in TABS else "open"
    on = today()
    queryset = TABS[tab][1](worklist.handled_by(request.user), on)
    if tab != "pending":
        queryset = queryset.by_urgency()
    page = _page(request, queryset)
    return render(request, "foi/staff/list.html", {
        "tabs": [(key, label) for key, (label, _) in TABS.items()], "tab": tab, "page": page,
        "rows": worklist.rows(page, on), "units": worklist.own_units(request.user),
        "summary": worklist.summary(request.user, on), "supervises": worklist.supervises(request.user)})


@staff_view
def approvals(request):
    on = today()
    return render(request, "foi/staff/approvals.html", {
        "rows": worklist.rows(worklist.approvals_for(request.user), on), "today": on})


@staff_view
def oversight(request):
    """Read-only: open and overdue requests of every unit the person may read (a 监督员's subtree)."""
    if not worklist.supervises(request.user):
        raise PermissionDenied("本页面供监督员查看下级单位的办理情况")
    on = today()
    readable = worklist.readable(request.user)
    unit = None
    if request.GET.get("unit", "").isdigit():
        unit = Unit.objects.filter(pk=request.GET["unit"]).first()
    listed = readable.filter(unit=unit).open() if unit else readable.overdue(on)
    page = _page(request, listed.by_urgency())
    return render(request, "foi/staff/oversight.html", {
        "counts": worklist.unit_counts(readable, on, worklist.due_soon_date(on)), "unit": unit, "page": page,
        "rows": worklist.rows(page, on), "today": on})


@staff_view
def register(request):
    """Staff entry of a request received by letter, in person, fax or e-mail (第31条 receipt rule)."""
    units = Unit.objects.filter(pk__in=[u.pk for u in worklist.own_units(request.user)])
    if not units:
        raise PermissionDenied("只有经办人、审核人可以登记申请")
    form = StaffIntakeForm(request.POST or None, request.FILES or None)
    unit_form = StaffUnitForm(request.POST or None, units=units, initial={"unit": units.first()})
    if request.method == "POST" and form.is_valid() and unit_form.is_valid():
        data = form.cleaned_data
        try:
            submission = services.submit(
                unit_form.cleaned_data["unit"], form.applicant(), form.details(), channel=data["channel"],
                submitted_on=data["submitted_on"], received_on=data["received_on"],
                letter_kind=data.get("letter_kind", ""), oral=data["oral_transcribed"], uploads=form.uploads(),
                by=request.user)
        except services.StepRefused as exc:
            form.add_error(None, exc.reason)
        else:
            request.session[CREATED_KEY] = {"pk": submission.application.pk, "secret": submission.secret}
            return redirect("foi:case", pk=submission.application.pk)
    return render(request, "foi/staff/register.html", {"form": form, "unit_form": unit_form})


@object_view(Application)
@never_cache
def case(request, application):
    created = request.session.get(CREATED_KEY)
    if created and created["pk"] == application.pk:
        del request.session[CREATED_KEY]  # the secret is shown once, to be handed to the applicant
    else:
        created = None
    options = allowed_actions(application, request.user)
    return render(request, "foi/staff/case.html", {
        "application": application, "clock": clock_for(application), "timeline": timeline(application),
        "explanation": due_date_explanation(application),
        "allowed": [o for o in options if o.allowed], "refused": [o for o in options if not o.allowed],
        "letters": application.letters.all(), "attachments": application.attachments.all(),
        "decision": getattr(application, "decision", None), "appeals": application.appeals.order_by("filed_on"),
        "created": created, "handler": can_act(request.user, application.unit, HANDLER_ROLES)})


@object_view(Application)
@never_cache
def reveal(request, application, field):
    """The full ID or phone number, for a stated purpose; every read is in the audit trail."""
    if field not in REVEALABLE:
        raise PermissionDenied("不能查看该信息")
    form = RevealForm(request.POST or None)
    value = None
    if request.method == "POST" and form.is_valid():
        try:
            value = services.reveal(application, field, by=request.user, purpose=form.cleaned_data["purpose"])
        except services.StepRefused as exc:
            form.add_error(None, exc.reason)
    return render(request, "foi/staff/reveal.html", {
        "application": application, "form": form, "label": RevealForm.label_for(field), "value": value})


@object_view(Attachment)
def attachment(request, item):
    """An applicant's attachment; every opening is in the audit trail."""
    try:
        handle = services.open_attachment(item, by=request.user)
    except services.StepRefused as exc:
        raise PermissionDenied(exc.reason) from None
    response = FileResponse(handle, as_attachment=True, filename=item.original_name,
                            content_type=item.content_type)
    response["Cache-Control"] = "private, no-store"
    return response
