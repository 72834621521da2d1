from datetime import UTC, date, datetime

import pytest

from gongkai.core.models import AuditEntry
from gongkai.reportformat import empty_tables
from gongkai.reports import services
from gongkai.reports.models import AnnualReport, ReportStatus, ScopeKind
from gongkai.reports.scope import Scope

pytestmark = pytest.mark.django_db
FINISHED = {"problems": "无突出问题。", "other": "无其他需要报告的事项。"}


def complete_figures(world, year=2020):
    """Every imported cell of the 2019 format for the district's units, so nothing is missing."""
    from gongkai.reports.cells import cells_for
    from gongkai.reports.figure_services import import_figures

    cells = cells_for("2019")
    header = "统一社会信用代码,年度," + ",".join(c.address for c in cells)
    rows = [f"{u.credit_code},{year}," + ",".join("0" for _ in cells) for u in (world.district, world.district_bureau,
                                                                                 world.town)]
    import_figures(("\n".join([header, *rows]) + "\n").encode(), "全部.csv")


@pytest.fixture
def report(world, unit_data):
    t3 = empty_tables("2021")["t3"]
    for row, column, n in (("new", "natural", 3), ("new", "total", 3), ("granted", "natural", 2),
                           ("granted", "total", 2), ("carry_next", "natural", 1), ("carry_next", "total", 1),
                           ("result_total", "natural", 2), ("result_total", "total", 2)):
        t3[row][column] = n
    unit_data.t3 = {world.town.pk: t3}
    complete_figures(world)
    return services.create_report(Scope(ScopeKind.SUBTREE, world.district), 2020, actor=world.district_clerk)


def test_a_new_report_starts_with_drafted_numbers(report):
    assert report.template_version == "2019" and report.status == ReportStatus.DRAFT
    assert "本年度共收到政府信息公开申请3件" in report.narrative["overall"]
    assert "予以公开2件，占100.00%" in report.narrative["overall"]
    assert "共3个单位" in report.narrative["other"]


def test_validation_passes_once_every_section_is_written(report, world):
    assert not services.validate_report(report, actor=world.district_clerk).ok
    services.save_narrative(report, FINISHED, actor=world.district_clerk)
    assert services.validate_report(report, actor=world.district_clerk).ok
    assert report.status == ReportStatus.VALIDATED


def test_editing_a_validated_report_sends_it_back_to_draft(report, world):
    services.save_narrative(report, FINISHED)
    services.validate_report(report)
    services.save_narrative(report, {"problems": "改写。"})
    assert report.status == ReportStatus.DRAFT


def test_publishing_with_problems_needs_a_reason_which_is_logged(report, world):
    with pytest.raises(services.PublishRefused) as refused:
        services.publish_report(report, actor=world.district_reviewer)
    assert {issue.code for issue in refused.value.issues} == {"EMPTY_SECTION"}
    services.publish_report(report, actor=world.district_reviewer, override_reason="按上级要求先行发布")
    entry = AuditEntry.objects.get(action="reports.published")
    assert entry.context["override_reason"] == "按上级要求先行发布"
    assert [i["message"] for i in entry.context["issues"]] == ["五、存在的主要问题及改进情况尚未撰写"]


def test_a_published_report_is_frozen(report, world, unit_data):
    services.save_narrative(report, FINISHED)
    services.publish_report(report, actor=world.district_reviewer)
    assert report.snapshot["t3"]["new"]["total"] == 3 and "本年度共收到政府信息公开申请3件" in report.snapshot_html
    unit_data.t3 = {}  # the data changes; the published report does not
    from gongkai.reports.assembly import report_tables

    assert report_tables(report)["t3"]["new"]["total"] == 3
    for change in (lambda: services.save_narrative(report, {"problems": "x"}),
                   lambda: services.validate_report(report),
                   lambda: services.publish_report(report, override_reason="再次发布")):
        with pytest.raises(services.ReportLocked):
            change()


def test_a_historical_publication_date_can_be_recorded(report):
    services.save_narrative(report, FINISHED)
    when = datetime(2021, 3, 9, 2, 0, tzinfo=UTC)
    assert services.publish_report(report, when=when).published_at == when


def test_redraft_uses_the_current_figures_and_keeps_other_sections(report, world, unit_data):
    services.save_narrative(report, FINISHED)
    unit_data.t3[world.town.pk]["new"]["total"] = 4
    unit_data.t3[world.town.pk]["new"]["natural"] = 4
    services.redraft(report)
    assert "本年度共收到政府信息公开申请4件" in report.narrative["overall"]
    assert report.narrative["problems"] == FINISHED["problems"]


def test_year_on_year_growth_uses_last_year_s_report_of_the_same_scope(report, world, unit_data):
    services.save_narrative(report, FINISHED)
    services.publish_report(report)  # its snapshot: 3 received
    complete_figures(world, 2021)
    unit_data.t3[world.town.pk]["new"].update(total=6, natural=6)
    later = services.create_report(Scope(ScopeKind.SUBTREE, world.district), 2021)
    assert "同比增长100.00%" in later.narrative["overall"]


def test_the_scope_note_counts_only_units_that_existed_during_the_year(world, unit_data):
    world.town.active_until = date(2019, 6, 30)
    world.town.save()
    report = services.create_report(Scope(ScopeKind.SUBTREE, world.district), 2020, actor=world.district_clerk)
    assert "共2个单位" in report.narrative["other"]


def test_creating_a_report_that_already_exists_says_so(world, unit_data):
    scope = Scope(ScopeKind.SUBTREE, world.district)
    services.create_report(scope, 2020, actor=world.district_clerk)
    with pytest.raises(services.ReportExists, match="已经存在"):
        services.create_report(scope, 2020, actor=world.district_clerk)


def test_a_report_published_meanwhile_is_not_changed_through_a_stale_copy(report, world):
    stale = AnnualReport.objects.get(pk=report.pk)
    services.save_narrative(report, FINISHED)
    services.publish_report(report, actor=world.district_reviewer)
    for change in (lambda: services.save_narrative(stale, {"problems": "x"}),
                   lambda: services.validate_report(stale),
                   lambda: services.publish_report(stale, override_reason="再次发布")):
        with pytest.raises(services.ReportLocked):
            change()
    report.refresh_from_db()
    assert report.narrative["problems"] == FINISHED["problems"] and report.status == ReportStatus.PUBLISHED
    assert AuditEntry.objects.filter(action="reports.published").count() == 1
