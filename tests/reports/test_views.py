from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from gongkai.reportformat import empty_tables
from gongkai.reports import render as renderers
from gongkai.reports import services
from gongkai.reports.models import AnnualReport, ImportedFigure, ReportStatus, ScopeKind
from gongkai.reports.scope import Scope
from tests.reports.test_figure_services import file_for
from tests.reports.test_services import FINISHED, complete_figures

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(world, unit_data):
    complete_figures(world)
    return services.create_report(Scope(ScopeKind.SUBTREE, world.district), 2020)


def test_the_list_shows_only_reports_the_user_may_read(client_as, world, report, unit_data):
    services.create_report(Scope(ScopeKind.UNIT, world.other_district), 2020)
    page = client_as(world.district_clerk).get(reverse("reports:list")).content.decode()
    assert world.district.name in page and world.other_district.name not in page


def test_staff_create_a_report_for_their_own_unit(client_as, world, unit_data):
    complete_figures(world)
    client = client_as(world.district_clerk)
    response = client.post(reverse("reports:create"), {"unit": world.district.pk, "scope": "subtree", "year": 2020})
    report = AnnualReport.objects.get()
    assert response.status_code == 302 and (report.unit, report.scope) == (world.district, ScopeKind.SUBTREE)
    refused = client.post(reverse("reports:create"), {"unit": world.other_district.pk, "scope": "unit", "year": 2020})
    assert refused.status_code == 400 and AnnualReport.objects.count() == 1


def test_failing_cells_are_highlighted_on_the_report_page(client_as, world, report, unit_data):
    broken = empty_tables("2021")["t3"]
    broken["new"].update(natural=2, total=2)  # received 2, nothing handled or carried over
    unit_data.t3 = {world.town.pk: broken}
    page = client_as(world.district_clerk).get(reverse("reports:detail", args=[report.pk])).content.decode()
    assert 'class="num failed" data-cell="t3.new.total"' in page
    assert "第一项加第二项之和应等于第三项加第四项之和「总计」列：左边为2，右边为0，相差2" in page


def test_clerks_edit_and_validate_but_only_reviewers_publish(client_as, world, report):
    clerk = client_as(world.district_clerk)
    clerk.post(reverse("reports:edit", args=[report.pk]), {**report.narrative, **FINISHED})
    clerk.post(reverse("reports:validate", args=[report.pk]))
    report.refresh_from_db()
    assert report.narrative["problems"] == FINISHED["problems"] and report.status == ReportStatus.VALIDATED
    assert clerk.post(reverse("reports:publish", args=[report.pk])).status_code == 403
    reviewer = client_as(world.district_reviewer)
    assert reviewer.post(reverse("reports:publish", args=[report.pk])).status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.PUBLISHED and report.published_by == world.district_reviewer


def test_publishing_a_report_with_problems_asks_for_a_reason(client_as, world, report):
    reviewer = client_as(world.district_reviewer)
    page = reviewer.post(reverse("reports:publish", args=[report.pk]), {"override_reason": ""}).content.decode()
    assert "须填写带问题发布的原因" in page
    reviewer.post(reverse("reports:publish", args=[report.pk]), {"override_reason": "经领导批准先行发布"})
    report.refresh_from_db()
    assert report.override_reason == "经领导批准先行发布" and report.is_published


@pytest.mark.parametrize(("fmt", "content_type", "magic"), [
    ("json", "application/json", b"{"), ("docx", "application/vnd.openxmlformats", b"PK"),
    ("xlsx", "application/vnd.openxmlformats", b"PK"), ("pdf", "application/pdf", b"%PDF"),
    ("html", "text/html", b"<!doctype html>"),
])
def test_every_format_downloads(client_as, world, report, fmt, content_type, magic):
    response = client_as(world.city_supervisor).get(reverse("reports:download", args=[report.pk, fmt]))
    assert response.status_code == 200 and response["Content-Type"].startswith(content_type)
    assert response.content.startswith(magic)


def test_the_public_column_shows_published_reports_only(client, world, report):
    draft_url = reverse("annual_reports:detail", args=[report.pk])
    assert client.get(draft_url).status_code == 404
    services.save_narrative(report, FINISHED)
    services.publish_report(report)
    index = client.get(reverse("annual_reports:index")).content.decode()
    assert "淄博市张店区2020年政府信息公开工作年度报告" in index
    page = client.get(draft_url).content.decode()
    assert "本年度共收到政府信息公开申请0件" in page and "Content-Security-Policy" not in page
    assert client.get(reverse("annual_reports:download", args=[report.pk, "docx"])).content.startswith(b"PK")


def test_the_import_page_lists_every_error_and_imports_nothing(client_as, world):
    data = file_for((world.town.credit_code, "", 2020, "很多"), (world.other_district.credit_code, "", 2020, 1))
    response = client_as(world.town_clerk).post(reverse("reports:figures_import"),
                                                 {"file": SimpleUploadedFile("数据.csv", data)})
    page = response.content.decode()
    assert response.status_code == 400 and "导入失败，未做任何修改。共 2 处错误" in page
    assert "第2行第D列「第二十条第（五）项·行政许可·处理决定数量」：应为非负整数，实为“很多”" in page
    assert "第3行：您没有为“淄博市淄川区人民政府”导入数据的权限" in page
    assert not ImportedFigure.objects.exists()


def test_a_figure_is_overridden_with_a_reason_on_the_unit_page(client_as, world):
    url = reverse("reports:unit_figures", args=[world.town.pk, 2020])
    client = client_as(world.town_clerk)
    client.post(url, {"cell": "t2.art20_8.admin_fees.change", "value": "-2", "reason": "收费目录调整"})
    page = client.get(url).content.decode()
    assert "人工修改：收费目录调整" in page and ImportedFigure.objects.get().value == -2


def test_the_template_downloads_for_the_user_s_units(client_as, world):
    response = client_as(world.town_clerk).get(reverse("reports:figures_template"), {"year": 2020})
    assert response.status_code == 200 and response.content.startswith(b"PK")


OUT_OF_RANGE_YEARS = ["99999999999999999999", "2007", "9999", "abc"]


@pytest.mark.parametrize("year", OUT_OF_RANGE_YEARS)
def test_an_out_of_range_year_on_the_report_list_is_not_found(client_as, world, year):
    assert client_as(world.district_clerk).get(reverse("reports:list"), {"year": year}).status_code == 404


@pytest.mark.parametrize("year", OUT_OF_RANGE_YEARS)
def test_an_out_of_range_year_in_the_public_column_is_not_found(client, year):
    assert client.get(reverse("annual_reports:index"), {"year": year}).status_code == 404


@pytest.mark.parametrize("year", OUT_OF_RANGE_YEARS)
def test_an_out_of_range_year_for_the_figure_template_is_not_found(client_as, world, year):
    response = client_as(world.district_clerk).get(reverse("reports:figures_template"), {"year": year})
    assert response.status_code == 404


@pytest.mark.parametrize("year", [99999999999, 1999, 9999])
def test_an_out_of_range_year_on_a_unit_s_figures_page_is_not_found(client_as, world, year):
    url = reverse("reports:unit_figures", kwargs={"unit_id": world.district.pk, "year": year})
    assert client_as(world.district_clerk).get(url).status_code == 404
    assert client_as(world.district_clerk).post(url, {"cell": "x", "value": "1", "reason": "r"}).status_code == 404


@pytest.mark.parametrize("unit", ["99999999999999999999", "²"])
def test_a_bad_unit_for_the_figure_template_is_not_found(client_as, world, unit):
    response = client_as(world.district_clerk).get(reverse("reports:figures_template"), {"year": 2020, "unit": unit})
    assert response.status_code == 404


def test_a_published_file_is_rendered_once_for_every_visitor(client, world, report, monkeypatch):
    services.save_narrative(report, FINISHED)
    services.publish_report(report)
    calls = []
    real_render = renderers.render
    monkeypatch.setattr(renderers, "render", lambda document, fmt: calls.append(fmt) or real_render(document, fmt))
    url = reverse("annual_reports:download", args=[report.pk, "xlsx"])
    first, second = client.get(url).content, client.get(url).content
    assert first == second and first.startswith(b"PK") and calls == ["xlsx"]


def test_an_oversized_upload_is_refused_before_it_is_read(client_as, world, monkeypatch):
    monkeypatch.setattr("gongkai.reports.figure_io.MAX_FILE_BYTES", 10)
    data = file_for((world.town.credit_code, "", 2020, 1))
    response = client_as(world.town_clerk).post(reverse("reports:figures_import"),
                                                 {"file": SimpleUploadedFile("数据.csv", data)})
    assert response.status_code == 400 and "文件过大" in response.content.decode()
    assert not ImportedFigure.objects.exists()


def test_an_overlong_section_is_refused_and_nothing_is_saved(client_as, world, report):
    response = client_as(world.district_clerk).post(reverse("reports:edit", args=[report.pk]),
                                                    {**report.narrative, "problems": "问" * 50_001})
    report.refresh_from_db()
    assert response.status_code == 200 and report.narrative["problems"] == ""
