"""Real journeys on the portal in headless Chromium."""

from datetime import date

import pytest

from gongkai.catalog.models import DocType
from gongkai.search import indexing
from tests.catalog.factories import published_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(world, settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="淄博市棚户区改造管理办法",
                            doc_number="淄政发〔2020〕13号", on=date(2020, 5, 18), written_on=date(2020, 5, 10),
                            body="<p>加快推进棚户区改造，改善群众居住条件。</p>")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="《淄博市棚户区改造管理办法》政策解读",
                             interprets=policy, on=date(2020, 5, 18), written_on=date(2020, 5, 18),
                             body="<p>一、起草背景。</p>")
    published_item(world.district, doc_type=DocType.POLICY, title="张店区关于做好防汛工作的通知",
                   on=date(2021, 6, 1))
    indexing.rebuild()
    return policy, reading


def test_home_to_filtered_policies_to_item_and_its_interpretation(portal, live_server, page, shot):
    policy, reading = portal
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="政策文件").click()
    page.get_by_label("文件类型").select_option("normative")
    page.get_by_label("发布年份").select_option("2020")
    page.get_by_role("button", name="筛选").click()
    assert page.locator(".item-row").count() == 1
    shot(page, "policies-filtered")
    page.get_by_role("link", name=policy.title).click()
    assert page.locator("dl.doc-facts").inner_text().count("淄政发〔2020〕13号") == 1
    page.get_by_role("link", name=reading.title).click()
    assert "本文是对" in page.content()
    shot(page, "interpretation")


def test_search_shows_highlighted_snippets(portal, live_server, page, shot):
    page.goto(live_server.url + "/")
    page.get_by_label("检索政府信息").fill("棚户区改造")
    page.get_by_role("button", name="检索").click()
    assert page.get_by_role("status").inner_text() == "找到 2 条结果"
    assert page.locator(".result mark").first.inner_text() == "棚户区改造"
    shot(page, "search")


def test_a_doc_number_search_names_the_document(portal, live_server, page):
    policy, _ = portal
    page.goto(live_server.url + "/search/?q=淄政发(2020)13号")
    assert policy.title in page.locator(".exact").inner_text()


def test_phone_width_has_no_horizontal_scroll_and_keeps_the_apply_link(portal, live_server, browser, shot):
    context = browser.new_context(viewport={"width": 375, "height": 812}, locale="zh-CN", is_mobile=True)
    phone = context.new_page()
    for path in ("/", "/policies/", f"/items/{portal[0].pk}/", "/search/?q=棚户区改造"):
        phone.goto(live_server.url + path)
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    phone.goto(live_server.url + "/")
    assert phone.get_by_role("link", name="申请公开").first.is_visible()
    shot(phone, "phone-home")
    context.close()


def test_keyboard_reaches_the_search_box_after_the_skip_link(portal, live_server, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
