"""Changes to annual reports: create, edit the narrative, validate, publish. The only code that
writes ``AnnualReport``; every change is in the audit trail.

Who may do what (enforced by the views' access policies, see ``reports.views``): a unit's
clerks, reviewers and administrators create, edit and validate their unit's reports; only a
reviewer (审核人) or unit administrator (单位管理员) publishes; supervisors read.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core import audit
from gongkai.reportformat import version_for_year
from gongkai.reports import narrative, render
from gongkai.reports.assembly import (
    previous_tables,
    report_document,
    report_tables,
    report_validation,
    scope_note,
)
from gongkai.reports.models import AnnualReport, ReportStatus
from gongkai.reports.scope import Scope


class ReportLocked(Exception):
    """A published report cannot change."""

    def __init__(self):
        super().__init__("报告已发布，不能再修改")


class ReportExists(Exception):
    """Someone created the report of this scope and year in the meantime."""

    def __init__(self):
        super().__init__("该统计范围该年度的报告已经存在")


class PublishRefused(Exception):
    """Blocking problems and no override reason."""

    def __init__(self, issues):
        super().__init__(f"报告有{len(issues)}处问题，须填写带问题发布的原因")
        self.issues = issues


def _unlocked(report: AnnualReport) -> None:
    if report.is_published:
        raise ReportLocked()


def _still_unlocked(report: AnnualReport) -> None:
    """Inside the writing transaction: lock the row and check the stored status, so a report
    published by someone else since ``report`` was loaded is never changed or published twice."""
    if AnnualReport.objects.select_for_update().filter(pk=report.pk, status=ReportStatus.PUBLISHED).exists():
        raise ReportLocked()


def _draft_text(report: AnnualReport) -> dict:
    scope = Scope.of(report)
    return narrative.draft(report_tables(report), year=report.year, compiler=report.unit.name,
                           previous=previous_tables(report), scope_note=scope_note(scope, report.year))


def create_report(scope: Scope, year: int, *, version: str | None = None, actor=None) -> AnnualReport:
    """A draft whose narrative starts from the drafted sentences. ``ReportExists`` if the scope
    already has its report for the year (the form checks; this catches two clicks at once)."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                report = AnnualReport.objects.create(unit=scope.unit, scope=scope.kind, group=scope.group, year=year,
                                                     template_version=version or version_for_year(year))
        except IntegrityError:
            raise ReportExists() from None
        report.narrative = _draft_text(report)
        report.save(update_fields=["narrative"])
        audit.record("reports.created", actor=actor, unit=report.unit, target=report,
                     summary=f"创建{scope.title(year)}（{scope.label}）", version=report.template_version)
    return report


def save_narrative(report: AnnualReport, texts: dict[str, str], *, actor=None) -> AnnualReport:
    """New text for some sections; a validated report goes back to draft."""
    _unlocked(report)
    known = set(narrative.section_keys(report.template_version))
    changed = sorted(key for key, text in texts.items() if key in known and report.narrative.get(key, "") != text)
    with transaction.atomic():
        _still_unlocked(report)
        report.narrative = {**report.narrative, **{key: texts[key] for key in changed}}
        report.status = ReportStatus.DRAFT
        report.save(update_fields=["narrative", "status", "updated_at"])
        audit.record("reports.narrative_saved", actor=actor, unit=report.unit, target=report,
                     summary=f"修改年度报告正文（{len(changed)}个部分）", sections=changed)
    return report


def redraft(report: AnnualReport, *, actor=None) -> AnnualReport:
    """Replace the preamble and 一、总体情况 with freshly drafted text from the current tables."""
    draft = _draft_text(report)
    return save_narrative(report, {key: draft[key] for key in (narrative.PREAMBLE, "overall")}, actor=actor)


def validate_report(report: AnnualReport, *, actor=None):
    _unlocked(report)
    validation = report_validation(report)
    with transaction.atomic():
        _still_unlocked(report)
        report.status = ReportStatus.VALIDATED if validation.ok else ReportStatus.DRAFT
        report.validated_at = timezone.now()
        report.save(update_fields=["status", "validated_at", "updated_at"])
        audit.record("reports.validated", actor=actor, unit=report.unit, target=report,
                     summary=f"校验年度报告：{'通过' if validation.ok else f'{len(validation.blocking)}处问题'}",
                     issues=validation.as_json())
    return validation


def publish_report(report: AnnualReport, *, actor=None, override_reason: str = "", when=None) -> AnnualReport:
    """Freeze the tables and the page. With blocking problems only when a reason is given.

    ``when`` sets the publication time of a report published elsewhere before (the demo's 2020
    reports); otherwise now.
    """
    _unlocked(report)
    tables = report_tables(report)
    validation = report_validation(report, tables)
    reason = override_reason.strip()
    if validation.blocking and not reason:
        raise PublishRefused(validation.blocking)
    with transaction.atomic():
        _still_unlocked(report)
        report.status = ReportStatus.PUBLISHED
        report.published_at = when or timezone.now()
        report.published_by = actor if getattr(actor, "is_authenticated", False) else None
        report.override_reason = reason if validation.blocking else ""
        report.snapshot = tables
        report.snapshot_html = render.body_html(report_document(report, tables=tables))
        report.save()
        audit.record("reports.published", actor=actor, unit=report.unit, target=report,
                     summary=f"发布年度报告{'（带问题发布）' if report.override_reason else ''}",
                     override_reason=report.override_reason, issues=validation.as_json())
    return report
