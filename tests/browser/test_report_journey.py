"""A clerk finishes the district's annual report, sees a failing cell turn red and the problem
named, a reviewer publishes it with the figures corrected, and the public column shows it."""

import pytest

from gongkai.reports import services, statistics
from gongkai.reports.models import ScopeKind
from gongkai.reports.scope import Scope
from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.reports.fakes import UnitData
from tests.reports.test_services import complete_figures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def report(world):
    data = UnitData()
    statistics.use_sources(data.sources())
    complete_figures(world)
    report = services.create_report(Scope(ScopeKind.SUBTREE, world.district), 2020)
    yield report, data
    statistics.use_sources(None)


def test_a_report_from_draft_to_the_public_column(report, world, page):
    report, data = report
    data.t4 = {world.town.pk: {"cases": {**{k: 0 for k in ("review_maintained", "review_corrected", "review_other",
                                                          "review_pending")}, "review_total": 1}}}
    log_in(page, "district_clerk", PASSWORD)
    page.goto(f"/workbench/reports/{report.pk}/")
    failed = page.locator("td.failed[data-cell='t4.cases.review_total']")
    assert failed.inner_text() == "1"
    assert "行政复议总计应等于结果维持、结果纠正、其他结果、尚未审结之和" in page.locator(".validation").inner_text()

    page.get_by_role("link", name="编辑正文").click()
    page.get_by_label("五、存在的主要问题及改进情况").fill("（一）公开目录不够完整\n已完成目录梳理。")
    page.get_by_role("button", name="保存").click()
    assert "正文已保存" in page.locator(".messages").inner_text()

    data.t4 = {}  # the appeal data is corrected at its source
    page.get_by_role("button", name="校验").click()
    assert "校验通过" in page.locator(".messages").inner_text()
    page.get_by_role("button", name="退出").click()

    log_in(page, "district_reviewer", PASSWORD)
    page.goto(f"/workbench/reports/{report.pk}/publish/")
    page.get_by_role("button", name="确认发布").click()
    assert "报告已发布" in page.locator(".messages").inner_text()

    page.goto("/annual-reports/")
    page.get_by_role("link", name="淄博市张店区2020年政府信息公开工作年度报告").click()
    assert "（一）公开目录不够完整" in page.locator(".report-preview").inner_text()
