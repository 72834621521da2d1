"""A citizen files a request on /apply/; a clerk confirms receipt, asks for 补正 (the notice
previewed, then sent), records the corrected request and replies 予以公开 (previewed, sent); the
citizen sees both letters on /track/ and downloads the reply. Real Chromium (Playwright)."""

import re

import pytest

from gongkai.foi.models import Application, SentLetter
from tests.browser.conftest import log_in
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def file_request(page, unit_name: str) -> tuple[str, str]:
    page.goto("/apply/")
    page.get_by_label("查找行政机关").fill("张店区人民政府")
    page.get_by_role("button", name="查找").click()
    page.get_by_role("link", name=unit_name).click()
    assert "以双方确认之日为收到申请之日" in page.locator(".notice").inner_text()
    page.get_by_label("申请人类型").select_option("natural")
    page.get_by_label("姓名或名称").fill("王芳")
    page.get_by_label("身份证明类型").select_option("resident_id")
    page.get_by_label("身份证明号码").fill("11010519491231002X")
    page.get_by_label("联系电话").fill("13805331234")
    page.get_by_label("通信地址").fill("山东省淄博市张店区人民西路8号")
    page.get_by_label("所需政府信息的名称、文号或者便于查询的其他特征性描述").fill("关于征收补偿的文件")
    page.get_by_label("获取信息的方式").select_option("online")
    page.get_by_role("button", name="提交申请").click()
    return page.locator("#tracking-number").inner_text(), page.locator("#tracking-secret").inner_text()


def take_step(page, button: str):
    page.get_by_role("link", name=button, exact=True).click()


def test_a_request_from_the_portal_to_the_letters_on_the_tracking_page(live_server, world, page):
    number, secret = file_request(page, world.district.name)
    assert re.fullmatch(r"\d{14}", number) and len(secret) == 10
    page.context.clear_cookies()

    log_in(page, "district_clerk", PASSWORD)
    page.goto("/workbench/requests/?tab=pending")
    page.get_by_role("link", name=re.compile("第1号")).click()
    take_step(page, "确认收到申请")
    page.get_by_label("确认方式").fill("已电话与申请人确认")
    page.get_by_role("button", name="确认收到申请").click()
    assert "已确认收到申请" in page.locator(".messages").inner_text()

    take_step(page, "告知补正")
    page.get_by_label("需要补正的事项").fill("请写明文件的文号或形成时间\n请写明涉及的地块")
    page.get_by_role("button", name="预览文书").click()
    preview = page.locator("#letter-preview").inner_text()
    assert "政府信息公开申请补正通知书" in preview and "2．请写明涉及的地块" in preview
    page.get_by_role("button", name="确认发送").click()
    assert "政府信息公开申请补正通知书已发送并存档" in page.locator(".messages").inner_text()

    take_step(page, "登记收到补正")
    page.get_by_label("补正后的申请内容").fill("淄政字〔2025〕12号文件及附件")
    page.get_by_role("button", name="登记收到补正").click()

    take_step(page, "作出答复")
    page.get_by_label("答复类别").select_option("granted")
    page.get_by_label("提供方式").fill("现将该政府信息随本答复书通过平台提供给您")
    page.get_by_role("button", name="预览文书").click()
    assert "第三十六条第（二）项" in page.locator("#letter-preview").inner_text()
    page.get_by_role("button", name="确认发送").click()
    assert page.locator(".case-head .tag").inner_text() == "已办结"
    assert Application.objects.get().outcome == "granted" and SentLetter.objects.count() == 2
    page.context.clear_cookies()

    page.goto("/track/")
    page.get_by_label("申请编号").fill(number)
    page.get_by_label("查询密码").fill(secret)
    page.get_by_role("button", name="查询").click()
    assert page.locator("#phase").inner_text() == "已办结"
    letters = page.locator("ul.letters").inner_text()
    assert "政府信息公开申请补正通知书" in letters and "政府信息公开申请答复书" in letters
    with page.expect_download() as download:
        page.locator("ul.letters li", has_text="答复书").get_by_role("link", name="下载PDF").click()
    assert download.value.suggested_filename.endswith(f"（{number}）.pdf")


@pytest.mark.parametrize("path", ["/apply/", "apply_form", "/track/"])
def test_the_public_pages_fit_a_phone(live_server, world, page, shot, path):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"/apply/{world.district.pk}/" if path == "apply_form" else path)
    shot(page, f"phone-{path.strip('/') or 'apply'}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
