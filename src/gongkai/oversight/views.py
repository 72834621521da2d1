"""Oversight pages (``/oversight/…``) for supervisors (their subtree) and system administrators."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from gongkai.orgs.access import is_sysadmin, memberships_of, staff_view, units_readable_by
from gongkai.orgs.models import Role
from gongkai.oversight.deadlines import PROBLEM_STATES, STATE_LABELS
from gongkai.oversight.queries import report_deadlines
from gongkai.reports.years import year_or_404


def _require_supervisor(user) -> None:
    if not (is_sysadmin(user) or any(m.role == Role.SUPERVISOR for m in memberships_of(user))):
        raise PermissionDenied("监督检查页面仅供监督员和系统管理员使用")


@staff_view
def report_deadlines_view(request):
    _require_supervisor(request.user)
    today = timezone.localdate()
    year = year_or_404(request.GET.get("year"), default=today.year - 1)
    show_all = request.GET.get("show") == "all"
    rows = report_deadlines(units_readable_by(request.user), year, today)
    counts = {label: sum(1 for r in rows if r.state == key) for key, label in STATE_LABELS.items()}
    if not show_all:
        rows = [r for r in rows if r.state in PROBLEM_STATES]
    return render(request, "oversight/report_deadlines.html", {
        "rows": rows, "year": year, "show_all": show_all, "counts": counts, "today": today,
    })
