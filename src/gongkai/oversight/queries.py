"""Which units' reports for a year are missing or late (one query for the published reports)."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from gongkai.orgs.models import Unit
from gongkai.oversight.deadlines import STATE_LABELS, Requirement, requirement, state
from gongkai.reports.models import AnnualReport, ScopeKind


@dataclass(frozen=True)
class ReportDeadline:
    unit: Unit
    requirement: Requirement
    report: AnnualReport | None
    state: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def days_late(self) -> int | None:
        if self.report is not None:
            return (timezone.localdate(self.report.published_at) - self.requirement.due).days
        return None


def _accepted_scopes(required: str) -> set[str]:
    """A government's area report may also be published as a named group (the seed's city report)."""
    return {ScopeKind.SUBTREE, ScopeKind.GROUP} if required == ScopeKind.SUBTREE else {ScopeKind.UNIT}


def report_deadlines(units, year: int, today: date | None = None) -> list[ReportDeadline]:
    """The units of ``units`` that exist on 31 December of ``year`` are held to a report for it
    (a decision: a unit set up during the year reports on its first months; one abolished during
    the year has nobody left to publish one; see docs/reports.md)."""
    today = today or timezone.localdate()
    units = units.active_on(date(year, 12, 31))
    published: dict[int, list[AnnualReport]] = {}
    for report in AnnualReport.objects.published().filter(year=year, unit__in=units).order_by("published_at"):
        published.setdefault(report.unit_id, []).append(report)
    rows = []
    for unit in units.order_by("path"):
        need = requirement(unit.kind, unit.level, year)
        scopes = _accepted_scopes(need.scope)
        report = next((r for r in published.get(unit.pk, []) if r.scope in scopes), None)
        day = timezone.localdate(report.published_at) if report else None
        rows.append(ReportDeadline(unit, need, report, state(need.due, day, today)))
    return rows
