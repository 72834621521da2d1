"""The lists a person works from: a unit's open requests by working days left, approvals waiting,
a supervisor's subtree, and the to-do summary of the workbench start page.

Lists read the cached clock fields (``due_on``, ``paused``; see ``services.common.refresh``) and
compute the working days left with the calendar in force, so a page of rows costs one query.
"""

from dataclasses import dataclass, replace
from datetime import date

from django.db.models import Count, Q, QuerySet

from gongkai.foi.models import Application, Phase
from gongkai.foi.rules.clock import _signed_days
from gongkai.foi.services.common import APPROVER_ROLES, HANDLER_ROLES, calendar
from gongkai.orgs.access import is_sysadmin, readable_unit_filter, units_where
from gongkai.orgs.models import Role, Unit

DUE_SOON_DAYS = 3  # working days: highlighted in the lists
WAITING = (Phase.RUNNING, Phase.CORRECTION, Phase.PENDING)  # not closed: what a to-do count looks at


@dataclass(frozen=True)
class Row:
    """One request in a list, with what the list shows about its clock."""

    application: Application
    days_left: int | None  # None: no running period (waiting for 补正, paused, not received)
    confirmed: bool  # False: the due date touches a year whose holidays are not confirmed (待确认)

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= DUE_SOON_DAYS

    @property
    def days_overdue(self) -> int:
        return -self.days_left if self.overdue else 0


def rows(applications, today: date) -> list[Row]:
    cal = calendar()
    result = []
    for application in applications:
        days, confirmed = None, True
        if application.phase == Phase.RUNNING and not application.paused and application.due_on:
            days, confirmed = _signed_days(cal, today, application.due_on)
        result.append(Row(application, days, confirmed))
    return result


def own_units(user) -> list:
    """Units where the person handles requests (经办人, 审核人)."""
    return units_where(user, HANDLER_ROLES)


def handled_by(user) -> QuerySet:
    return Application.objects.filter(unit__in=own_units(user)).select_related("unit")


def approvals_for(user) -> QuerySet:
    """Extensions waiting for this 审核人 (in the units where the person is 审核人)."""
    return Application.objects.awaiting_approval().filter(
        unit__in=units_where(user, APPROVER_ROLES)).select_related("unit").order_by("due_on", "pk")


def readable(user) -> QuerySet:
    return Application.objects.filter(readable_unit_filter(user)).select_related("unit")


def supervises(user) -> bool:
    return is_sysadmin(user) or bool(units_where(user, (Role.SUPERVISOR,)))


def unit_counts(queryset: QuerySet, today: date, soon: date) -> list[dict]:
    """Per unit with anything open: open, overdue, due within ``DUE_SOON_DAYS``, waiting for 补正,
    waiting for confirmation of receipt; the units with most overdue first. One GROUP BY on the
    unit key (the names are read after, for the units listed)."""
    running = Q(phase=Phase.RUNNING, paused=False)
    counts = list(
        queryset.filter(phase__in=WAITING).values("unit_id")
        .annotate(open=Count("pk", filter=Q(phase__in=(Phase.RUNNING, Phase.CORRECTION))),
                  overdue=Count("pk", filter=running & Q(due_on__lt=today)),
                  due_soon=Count("pk", filter=running & Q(due_on__gte=today, due_on__lte=soon)),
                  correction=Count("pk", filter=Q(phase=Phase.CORRECTION)),
                  pending=Count("pk", filter=Q(phase=Phase.PENDING))).order_by())
    units = Unit.objects.in_bulk([c["unit_id"] for c in counts])
    for row in counts:
        row["unit"] = units[row["unit_id"]]
    return sorted(counts, key=lambda c: (-c["overdue"], -c["open"], c["unit"].path))


def due_soon_date(today: date) -> date:
    """The last day that counts as due soon: ``DUE_SOON_DAYS`` working days after today."""
    return calendar().add_working_days(today, DUE_SOON_DAYS).value


@dataclass(frozen=True)
class Summary:
    """The workbench start page's to-do line for one person."""

    handles: bool
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    pending: int = 0
    approvals: int = 0
    supervises: bool = False
    subtree_open: int = 0
    subtree_overdue: int = 0


def summary(user, today: date) -> Summary:
    soon = due_soon_date(today)
    mine = handled_by(user).filter(phase__in=WAITING)
    counts = mine.aggregate(
        open=Count("pk", filter=Q(phase__in=(Phase.RUNNING, Phase.CORRECTION))),
        overdue=Count("pk", filter=Q(phase=Phase.RUNNING, paused=False, due_on__lt=today)),
        due_soon=Count("pk", filter=Q(phase=Phase.RUNNING, paused=False, due_on__gte=today, due_on__lte=soon)),
        pending=Count("pk", filter=Q(phase=Phase.PENDING)))
    result = Summary(handles=bool(own_units(user)), approvals=approvals_for(user).count(), **counts)
    if supervises(user):
        subtree = readable(user).filter(phase__in=WAITING).aggregate(
            subtree_open=Count("pk", filter=Q(phase__in=(Phase.RUNNING, Phase.CORRECTION))),
            subtree_overdue=Count("pk", filter=Q(phase=Phase.RUNNING, paused=False, due_on__lt=today)))
        result = replace(result, supervises=True, **subtree)
    return result
