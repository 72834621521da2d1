"""The staff shell: the start page after login and each unit's home."""

from django.shortcuts import render

from gongkai.core.models import AuditEntry
from gongkai.orgs.access import is_sysadmin, memberships_of, object_view, staff_view, units_readable_by
from gongkai.orgs.models import Role, Unit


@staff_view
def home(request):
    memberships = memberships_of(request.user)
    supervised = [m.unit for m in memberships if m.role == Role.SUPERVISOR]
    # A system administrator may hold no unit role: the top of each tree is the way in.
    roots = Unit.objects.filter(parent__isnull=True).order_by("path") if is_sysadmin(request.user) else []
    return render(
        request,
        "workbench/home.html",
        {"memberships": memberships, "supervised": supervised, "roots": roots,
         "readable_count": units_readable_by(request.user).count()},
    )


@object_view(Unit, kwarg="unit_id")
def unit_home(request, unit):
    return render(
        request,
        "workbench/unit.html",
        {"unit": unit, "children": unit.children.order_by("path"), "ancestors": unit.ancestors(),
         "log": AuditEntry.objects.filter(unit=unit).select_related("actor")[:20]},
    )
