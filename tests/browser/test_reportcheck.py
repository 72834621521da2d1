"""An evaluator uploads published reports and a ZIP of them, reads the findings, opens the
tables with their sources, and downloads the results as XLSX."""

import io
import zipfile

import pytest
from openpyxl import load_workbook

from tests.browser.conftest import log_in
from tests.factories import PASSWORD
from tests.reportcheck.truth import CORPUS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_evaluator_checks_reports_and_downloads_the_results(page, world, tmp_path):
    archive = tmp_path / "平潭.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(CORPUS / "raw" / "007.txt", "007.txt")
    log_in(page, "city_supervisor", PASSWORD)
    page.goto("/check/")
    page.get_by_label("年度报告文件").set_input_files([str(CORPUS / "raw" / "001.txt"), str(CORPUS / "raw" / "002.pdf"),
                                                 str(archive)])
    page.get_by_role("button", name="开始核查").click()

    assert page.get_by_role("heading", level=1).inner_text() == "年报核查结果"
    summary = page.locator("table.summary tbody tr")
    assert summary.count() == 3
    assert summary.nth(1).inner_text().split("\t")[-1] == "有错误"
    assert "平潭.zip/007.txt" in summary.nth(2).inner_text()
    report = page.locator("#file-2")
    assert report.locator(".finding-error").first.inner_text().startswith("错误 · 勾稽关系")
    report.get_by_text("读取的表格数据").click()
    flagged = report.locator("td.cell-error").first
    assert flagged.is_visible() and "第4页第29行" in flagged.get_attribute("title")

    with page.expect_download() as download:
        page.get_by_role("button", name="下载XLSX核查结果").click()
    book = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    assert [row[0] for row in book["汇总"].iter_rows(min_row=2, values_only=True)] == ["001.txt", "002.pdf",
                                                                                     "平潭.zip/007.txt"]
