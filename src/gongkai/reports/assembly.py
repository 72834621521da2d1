"""A stored report's tables, last year's counterpart, validation and renderable document.

Drafts are computed from the database each time; a published report reads its snapshot.
"""

from datetime import date

from django.utils import timezone

from gongkai.reports import statistics
from gongkai.reports.document import ReportDocument
from gongkai.reports.models import AnnualReport, ScopeKind
from gongkai.reports.scope import Scope
from gongkai.reports.validation import Validation, validate


def scope_tables(scope: Scope, year: int, version: str) -> dict:
    return statistics.tables_for_units(scope.units(), year, version)


def report_tables(report: AnnualReport) -> dict:
    if report.is_published:
        return report.snapshot
    return scope_tables(Scope.of(report), report.year, report.template_version)


def previous_report(report: AnnualReport) -> AnnualReport | None:
    """Last year's report of the same scope, if there is one."""
    return AnnualReport.objects.filter(unit=report.unit, scope=report.scope, group=report.group,
                                       year=report.year - 1).first()


def previous_tables(report: AnnualReport) -> dict | None:
    previous = previous_report(report)
    return report_tables(previous) if previous else None


def report_validation(report: AnnualReport, tables: dict | None = None) -> Validation:
    tables = tables if tables is not None else report_tables(report)
    return validate(tables, report.narrative, previous_tables(report))


def report_document(report: AnnualReport, *, tables: dict | None = None, validation: Validation | None = None,
                    ) -> ReportDocument:
    scope = Scope.of(report)
    published = timezone.localdate(report.published_at) if report.published_at else None
    return ReportDocument(
        title=scope.title(report.year), year=report.year, version=report.template_version,
        compiler=report.unit.name, scope_label=scope.label, narrative=report.narrative,
        tables=tables if tables is not None else report_tables(report), validation=validation,
        published_on=published,
    )


def scope_note(scope: Scope, year: int) -> str:
    """Section 六's statement of what the figures cover (the seed's 「本报告统计表中的数据含…」);
    the count is of the units that existed during the year."""
    if scope.kind == ScopeKind.UNIT:
        return ""
    count = scope.units().active_during(date(year, 1, 1), date(year, 12, 31)).count()
    if scope.kind == ScopeKind.SUBTREE:
        return f"本报告统计数据包括{scope.unit.name}及其所属单位，共{count}个单位。"
    members = list(scope.group.members.select_related("unit").order_by("unit__path"))
    included = "、".join(m.unit.name for m in members if not m.excluded)
    excluded = "、".join(m.unit.name for m in members if m.excluded)
    text = f"本报告统计数据包括{included}及其所属单位"
    text += f"，不含{excluded}及其所属单位" if excluded else ""
    return text + f"，共{count}个单位。"
