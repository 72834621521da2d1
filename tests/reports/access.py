"""Samples for the URL-walking permission test (tests/test_url_access.py)."""

from django.utils import timezone

from gongkai.orgs.models import Unit
from gongkai.reports.models import AnnualReport, ReportStatus
from tests.reports.factories import AnnualReportFactory
from tests.reports.fakes import seed_tables


def published_report(unit) -> AnnualReport:
    """A published report: its pages read the snapshot, not live statistics."""
    return AnnualReportFactory(unit=unit, status=ReportStatus.PUBLISHED, published_at=timezone.now(),
                               snapshot=seed_tables(), snapshot_html="<p>年度报告</p>")


OBJECT_SAMPLES = {AnnualReport: lambda world, unit: published_report(unit)}
EXTRA_KWARGS = {(AnnualReport, "fmt"): lambda report: "json", (Unit, "year"): lambda unit: 2020}
URL_KWARGS = {
    "annual_reports:detail": lambda world: {"pk": published_report(world.district).pk},
    "annual_reports:download": lambda world: {"pk": published_report(world.district).pk, "fmt": "json"},
}
