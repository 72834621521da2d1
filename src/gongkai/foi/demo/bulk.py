"""The demo plan's report fields written in bulk, without the services: the fast path for tests
and benchmarks (``tests/foi/test_demo.py`` shows the services write the same fields)."""

from gongkai.appeals.models import Appeal
from gongkai.foi.models import Application


def write_in_bulk(units, requests, appeals, offset: int = 0) -> None:
    """Requests (unit, applicant type, receipt, closing, outcome) and appeals of a plan."""
    rows = [Application(
        unit=units[r.unit], year=r.submitted_on.year, serial=offset + i + 1, tracking_number=f"B{offset + i}",
        channel=r.channel,
        submitted_on=r.submitted_on, applicant_type=r.column, applicant_name="演示", id_kind="resident_id",
        subject="演示", delivery_form="online", received_on=r.received_on, closed_on=r.closed_on, outcome=r.outcome,
        phase="closed" if r.closed_on else "running") for i, r in enumerate(requests)]
    Application.objects.bulk_create(rows)
    Appeal.objects.bulk_create([Appeal(
        unit=rows[a.request].unit, application=rows[a.request], kind="review" if a.group == "review" else "litigation",
        route={"lit_direct": "direct", "lit_after_review": "after_review"}.get(a.group, ""), filed_on=a.filed_on,
        decided_on=a.decided_on, outcome="maintained" if a.status == "pending" else a.status, organ="演示",
        appellant="演示") for a in appeals])
