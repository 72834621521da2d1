"""One report for the command line: the stored report of that scope and year when there is one
(its text, and its frozen tables once published), else the live tables with drafted text."""

from gongkai.reports import narrative, render
from gongkai.reports.assembly import report_document, scope_note, scope_tables
from gongkai.reports.document import ReportDocument
from gongkai.reports.models import AnnualReport, ScopeKind
from gongkai.reports.scope import Scope


def stored_report(scope: Scope, year: int, version: str) -> AnnualReport | None:
    reports = AnnualReport.objects.filter(year=year, template_version=version)
    if scope.kind == ScopeKind.GROUP:
        return reports.filter(group=scope.group).first()
    return reports.filter(unit=scope.unit, scope=scope.kind, group=None).first()


def report_output(scope: Scope, year: int, version: str, fmt: str) -> str | bytes:
    report = stored_report(scope, year, version)
    if report is not None:
        return render.render(report_document(report), fmt)
    tables = scope_tables(scope, year, version)
    if fmt == "json":
        return render.tables_json(tables)
    text = narrative.draft(tables, year=year, compiler=scope.unit.name, scope_note=scope_note(scope, year))
    document = ReportDocument(title=scope.title(year), year=year, version=version, compiler=scope.unit.name,
                              scope_label=scope.label, narrative=text, tables=tables)
    return render.render(document, fmt)
