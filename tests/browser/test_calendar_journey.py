"""A system administrator enters next year's holiday notice from a file, checks the preview and
confirms it; the year turns from 待确认 to 已确认. Real Chromium (Playwright)."""

import pytest

from gongkai.workdays import notice_file
from tests.factories import PASSWORD
from tests.workdays.factories import NoticeFactory


@pytest.mark.browser
def test_an_administrator_enters_next_years_notice_from_a_file(world, page, tmp_path):
    upload = tmp_path / "2027.yaml"
    upload.write_text(notice_file.dump_yaml(NoticeFactory()), encoding="utf-8")
    page.goto("/login/")
    page.fill("input[name=username]", world.sysadmin.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")

    page.goto("/system/calendar/")
    assert page.locator("tr.pending-row", has_text="2027年").is_visible()
    page.click("text=导入节假日安排文件")
    page.set_input_files("input[type=file]", str(upload))
    page.click("button:has-text('预览变化')")

    assert "全年工作日由 261 天变为 257 天" in page.inner_text(".notice-banner")
    assert page.locator("table.changes tbody tr").count() == 8
    assert page.locator("td.changed").count() == 8
    page.click("button:has-text('确认并生效')")

    assert "已确认2027年节假日安排" in page.inner_text(".messages")
    assert page.locator("h1 .tag.ok").inner_text() == "已确认"
    assert page.locator("td.makeup[title^='1月31日']").count() == 1
