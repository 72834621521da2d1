"""The applicant's pages: apply online (/apply/) and track a request (/track/).

Tracking opens a request for the browser session only after its number and secret match
(``services.tracking.find``); the status page and the letter downloads check that session, so
nothing of another applicant is reachable by changing a number in the address.

Both forms are limited per address (``foi.throttle``): over the limit the form comes back with
what was typed, a Chinese message and HTTP 429.
"""

from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.foi import services, throttle
from gongkai.foi.forms import ApplicationForm
from gongkai.foi.models import Application, Channel
from gongkai.foi.page_forms import TrackingForm
from gongkai.foi.rules import receipt
from gongkai.foi.services import tracking
from gongkai.foi.services.common import today
from gongkai.foi.workflow import clock_for
from gongkai.orgs.access import public_view
from gongkai.orgs.auth import client_ip
from gongkai.orgs.models import Unit

SUBMITTED_KEY = "foi_submitted"
TRACKED_KEY = "foi_tracked"
MAX_TRACKED = 20  # requests one browser session keeps open
SEARCH_LIMIT = 50


def _units():
    return Unit.objects.active_on(today())


def unit_tree(units) -> list[dict]:
    """Units as nested nodes ``{"unit", "children"}`` in path order (the tree of the chooser)."""
    nodes = {unit.pk: {"unit": unit, "children": []} for unit in units}
    roots = []
    for unit in units:
        parent = nodes.get(unit.parent_id)
        (parent["children"] if parent else roots).append(nodes[unit.pk])
    return roots


@public_view
def choose_unit(request):
    query = request.GET.get("q", "").strip()[:50]
    units = _units().only("id", "name", "short_name", "parent_id", "path")
    matches = None
    if query:
        matches = list(units.filter(Q(name__contains=query) | Q(short_name__contains=query))[:SEARCH_LIMIT + 1])
    return render(request, "foi/public/choose_unit.html", {
        "query": query, "matches": matches and matches[:SEARCH_LIMIT], "more": bool(matches) and
        len(matches) > SEARCH_LIMIT, "tree": [] if query else unit_tree(list(units.order_by("path")))})


def _too_many(response, retry_at):
    """HTTP 429 with the time to wait (``Retry-After``, seconds)."""
    response.status_code = 429
    if retry_at is not None:
        response["Retry-After"] = str(max(1, int((retry_at - timezone.now()).total_seconds())))
    return response


@public_view
def apply(request, unit_id):
    unit = get_object_or_404(_units(), pk=unit_id)
    form = ApplicationForm(request.POST or None, request.FILES or None)
    ip = client_ip(request)
    retry_at = throttle.submissions_exhausted(ip) if request.method == "POST" else None
    if retry_at is not None:
        form.add_error(None, f"同一网络地址每小时最多提交{settings.APPLY_LIMIT_PER_HOUR}件申请，已达上限，"
                             f"{throttle.retry_text(retry_at)}。您填写的内容已保留，附件需重新选择。")
        throttle.refused("apply", ip, unit=unit)
        return _too_many(render(request, "foi/public/apply.html", {
            "unit": unit, "form": form, "rule": receipt.rule_for(Channel.ONLINE)}), retry_at)
    if request.method == "POST" and form.is_valid():
        try:
            submission = services.submit(unit, form.applicant(), form.details(), channel=Channel.ONLINE,
                                         uploads=form.uploads())
        except services.StepRefused as exc:
            form.add_error(None, exc.reason)
        else:
            throttle.count_submission(ip)
            application = submission.application
            request.session[SUBMITTED_KEY] = {"tracking_number": application.tracking_number,
                                              "secret": submission.secret, "unit": unit.name,
                                              "submitted_on": application.submitted_on.isoformat()}
            _remember(request, application)
            return redirect("foi_public:submitted")
    return render(request, "foi/public/apply.html", {
        "unit": unit, "form": form, "rule": receipt.rule_for(Channel.ONLINE)})


@public_view
def submitted(request):
    """The number and the secret, once: the session entry is removed as it is shown."""
    shown = request.session.pop(SUBMITTED_KEY, None)
    return render(request, "foi/public/submitted.html", {"shown": shown, "rule": receipt.rule_for(Channel.ONLINE)})


def _remember(request, application: Application) -> None:
    """Open the request, and those it was transferred to (same secret), for this session."""
    opened = [application.pk, *(moved.pk for moved in tracking.transfers(application))]
    tracked = [pk for pk in request.session.get(TRACKED_KEY, []) if pk not in opened]
    request.session[TRACKED_KEY] = [*opened, *tracked][:MAX_TRACKED]


@public_view
def track(request):
    form = TrackingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ip = client_ip(request)
        try:
            application = tracking.find(form.cleaned_data["tracking_number"], form.cleaned_data["secret"],
                                        client_ip=ip)
        except tracking.TrackingLocked as exc:
            form.add_error(None, str(exc))
            throttle.refused("track", ip, locked_by=exc.by, tracking_number=form.cleaned_data["tracking_number"])
            return _too_many(render(request, "foi/public/track.html", {"form": form}), exc.retry_at)
        else:
            if application is None:
                form.add_error(None, "申请编号或查询密码不正确")
            else:
                _remember(request, application)
                return redirect("foi_public:status", tracking_number=application.tracking_number)
    return render(request, "foi/public/track.html", {"form": form})


def tracked(request, tracking_number: str) -> Application | None:
    """The request with this number, if this browser session opened it with its secret."""
    return Application.objects.select_related("unit").filter(
        tracking_number=tracking_number, pk__in=request.session.get(TRACKED_KEY, [])).first()


@public_view
def status(request, tracking_number):
    application = tracked(request, tracking_number)
    if application is None:
        messages.info(request, "请输入申请编号和查询密码查询办理情况。")
        return redirect("foi_public:track")
    return render(request, "foi/public/status.html", {
        "application": application, "clock": clock_for(application),
        "letters": application.letters.for_applicant(), "transfers": tracking.transfers(application)})


@public_view
@require_POST
def forget(request):
    """Close the requests opened in this browser (a shared computer)."""
    request.session.pop(TRACKED_KEY, None)
    messages.info(request, "已退出查询。")
    return redirect("foi_public:track")
