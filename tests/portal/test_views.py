from datetime import date

from django.urls import reverse

from gongkai.catalog.models import DecisionKind, DocType
from gongkai.catalog.services import items as services
from gongkai.catalog.services.lifecycle import Decision, record_decision
from gongkai.search import indexing
from tests.catalog.factories import DecisionRecordFactory, attachment_on, published_item


def test_item_page_shows_the_catalog_fields(world, client):
    item = published_item(world.city, doc_type=DocType.NORMATIVE, title="淄博市行政规范性文件管理办法",
                          doc_number="淄政发〔2020〕13号", on=date(2020, 5, 18), written_on=date(2020, 5, 10))
    page = client.get(reverse("portal:item", args=[item.pk])).content.decode()
    for text in (item.index_no, "淄政发〔2020〕13号", "2020-05-10", "2020-05-18", "有效", "未规定有效期"):
        assert text in page


def test_an_item_without_doc_number_says_so(world, client):
    item = published_item(world.city, title="工作动态")
    page = client.get(reverse("portal:item", args=[item.pk])).content.decode()
    assert "本信息无文号" in page and "〔〕号" not in page


def test_a_withdrawn_item_is_gone_with_an_explanation(world, client):
    item = published_item(world.city)
    services.withdraw(item, reason="重复发布")
    response = client.get(reverse("portal:item", args=[item.pk]))
    assert response.status_code == 410
    assert "该信息已撤回" in response.content.decode()


def test_a_draft_is_not_shown(world, client):
    item = services.create_item(world.city, title="草稿", written_on=date(2021, 1, 1))
    assert client.get(reverse("portal:item", args=[item.pk])).status_code == 404


def test_a_draft_looks_like_a_missing_item(world, client):
    item = services.create_item(world.city, title="草稿", written_on=date(2021, 1, 1))
    draft = client.get(reverse("portal:item", args=[item.pk])).content.decode()
    missing = client.get(reverse("portal:item", args=[item.pk + 1000])).content.decode()
    assert draft == missing


def test_policies_filter_by_shown_validity(world, client):
    kept = published_item(world.city, doc_type=DocType.NORMATIVE, title="仍然有效的办法", on=date(2019, 1, 2))
    gone = published_item(world.city, doc_type=DocType.NORMATIVE, title="已经废止的办法", on=date(2019, 1, 3))
    record_decision(gone, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "通知", date(2020, 6, 5)))
    page = client.get(reverse("portal:policies"), {"validity": "repealed"}).content.decode()
    assert gone.title in page and kept.title not in page


def test_the_quarterly_catalog_lists_the_governments_own_documents(world, client):
    published_item(world.city, doc_type=DocType.NORMATIVE, title="市政府二季度文件", on=date(2020, 5, 18))
    published_item(world.city_office, doc_type=DocType.NORMATIVE, title="市政府办公室二季度文件", on=date(2020, 6, 30))
    published_item(world.district, doc_type=DocType.NORMATIVE, title="区政府文件", on=date(2020, 5, 1))
    published_item(world.city, doc_type=DocType.NORMATIVE, title="三季度文件", on=date(2020, 7, 1))
    page = client.get(reverse("portal:normative_quarter", args=[world.city.pk, 2020, 2])).content.decode()
    assert "市政府二季度文件" in page and "市政府办公室二季度文件" in page
    assert "区政府文件" not in page and "三季度文件" not in page


def test_a_units_catalog_shows_column_counts_and_last_update(world, client):
    published_item(world.district, doc_type=DocType.POLICY, title="甲", on=date(2021, 3, 1))
    published_item(world.district, doc_type=DocType.POLICY, title="乙", on=date(2021, 4, 2))
    page = client.get(reverse("portal:unit", args=[world.district.pk])).content.decode()
    assert "其他政策文件</a>\n    <span class=\"meta\">2 条 · 更新于 2021-04-02" in page


def test_search_page_highlights_and_offers_facets(world, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        published_item(world.district, title="关于棚户区改造的通知", on=date(2021, 3, 1))
    page = client.get(reverse("portal:search"), {"q": "棚户区改造"}).content.decode()
    assert "<mark>棚户区改造</mark>" in page
    assert "2021年" in page and world.district.name in page


def test_search_finds_records_too(world, client):
    DecisionRecordFactory(unit=world.district, subject="淄博张店陶瓷有限公司")
    indexing.rebuild()
    page = client.get(reverse("portal:search"), {"q": "张店陶瓷", "kind": "record"}).content.decode()
    assert "找到 1 条结果" in page and "食品经营许可" in page


def test_feeds_list_recent_items(world, client):
    published_item(world.city, title="最新通知")
    assert "最新通知" in client.get(reverse("portal:feed_rss")).content.decode()
    assert "最新通知" in client.get(reverse("portal:feed_atom")).content.decode()


def test_sitemap_lists_item_pages(world, client):
    item = published_item(world.city)
    index = client.get(reverse("portal:sitemap")).content.decode()
    assert "sitemap-items-1.xml" in index
    section = client.get(reverse("portal:sitemap_section", args=["items", 1])).content.decode()
    assert f"/items/{item.pk}/" in section


def test_home_links_to_apply_track_and_annual_reports(db, client):
    page = client.get(reverse("portal:home")).content.decode()
    for path in ('href="/apply/"', 'href="/track/"', 'href="/annual-reports/"'):
        assert path in page


def test_search_past_the_page_cap_is_refused_with_a_message(world, client):
    response = client.get(reverse("portal:search"), {"q": "通知", "page": 501})
    assert response.status_code == 422 and "检索结果最多显示500页" in response.content.decode()


def test_search_year_after_the_current_year_is_refused(world, client):
    response = client.get(reverse("portal:search"), {"q": "通知", "year": 2100})
    assert response.status_code == 422 and "年份须在1949年至" in response.content.decode()


def test_search_with_an_impossible_unit_id_is_not_a_500(world, client):
    assert client.get(reverse("portal:search"), {"q": "通知", "unit": 10**23}).status_code == 422


def test_the_policy_year_filter_offers_the_current_year_and_no_later(world, client):
    from django.utils import timezone
    page = client.get(reverse("portal:policies")).content.decode()
    this_year = timezone.localdate().year
    assert f'value="{this_year}"' in page and f'value="{this_year + 1}"' not in page


def test_a_future_quarterly_catalog_year_is_404(world, client):
    assert client.get(reverse("portal:normative_quarter", args=[world.city.pk, 2999, 1])).status_code == 404


def _attachment_url(attachment):
    return reverse("portal:attachment", args=[attachment.item_id, attachment.pk])


def test_an_attachment_of_a_published_item_is_served(world, client):
    attachment = attachment_on(published_item(world.city), data="公告全文".encode())
    response = client.get(_attachment_url(attachment))
    assert response.status_code == 200 and b"".join(response.streaming_content) == "公告全文".encode()


def test_an_attachment_of_a_withdrawn_item_is_not_served(world, client):
    item = published_item(world.city)
    attachment = attachment_on(item)
    services.withdraw(item, reason="内容有误")
    assert client.get(_attachment_url(attachment)).status_code == 404


def test_an_attachment_of_a_draft_is_not_served(world, client):
    attachment = attachment_on(services.create_item(world.city, title="草稿", written_on=date(2021, 1, 1)))
    assert client.get(_attachment_url(attachment)).status_code == 404


def test_an_attachment_is_only_served_under_its_own_item(world, client):
    attachment = attachment_on(published_item(world.city))
    other = published_item(world.city, title="另一条信息")
    assert client.get(reverse("portal:attachment", args=[other.pk, attachment.pk])).status_code == 404


def test_the_item_page_links_attachments_through_the_portal(world, client):
    attachment = attachment_on(published_item(world.city))
    page = client.get(reverse("portal:item", args=[attachment.item_id])).content.decode()
    assert _attachment_url(attachment) in page and "/media/" not in page


def test_an_interpretation_does_not_reveal_a_withdrawn_policy(world, client):
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="已撤回的办法")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="解读", interprets=policy)
    services.withdraw(policy, reason="重新起草")
    page = client.get(reverse("portal:item", args=[reading.pk])).content.decode()
    assert "已撤回的办法" not in page and reverse("portal:item", args=[policy.pk]) not in page


def test_an_interpretation_links_its_published_policy(world, client):
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="已发布的办法")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="解读", interprets=policy)
    page = client.get(reverse("portal:item", args=[reading.pk])).content.decode()
    assert "《已发布的办法》" in page


def test_an_on_request_items_attachments_are_neither_listed_nor_served(world, client):
    item = published_item(world.city, disclosure_mode="on_request", title="依申请公开的信息")
    attachment = attachment_on(item)
    assert _attachment_url(attachment) not in client.get(reverse("portal:item", args=[item.pk])).content.decode()
    assert client.get(_attachment_url(attachment)).status_code == 404


def test_an_amended_document_links_its_amended_version(world, client):
    original = published_item(world.city, doc_type=DocType.NORMATIVE, title="原办法", on=date(2019, 1, 2))
    amended = published_item(world.city, doc_type=DocType.NORMATIVE, title="修订后的办法", on=date(2020, 6, 1))
    record_decision(original, Decision(DecisionKind.AMEND, "淄政字〔2020〕60号", "关于修改部分文件的决定",
                                       date(2020, 6, 5), amended_by=amended))
    page = client.get(reverse("portal:item", args=[original.pk])).content.decode()
    assert "修改后的文件" in page and reverse("portal:item", args=[amended.pk]) in page


def test_an_item_past_its_term_is_marked_expired_in_text_and_style(world, client):
    item = published_item(world.city, doc_type=DocType.NORMATIVE, title="到期的办法", on=date(2019, 1, 2),
                          expires_on=date(2020, 12, 31))
    page = client.get(reverse("portal:item", args=[item.pk])).content.decode()
    assert '<span class="validity v-expired">失效</span>' in page


def test_a_list_page_past_the_last_is_404_saying_how_many_pages(world, client):
    published_item(world.city, doc_type=DocType.NORMATIVE)
    response = client.get(reverse("portal:policies"), {"page": 99999999999999999999})
    assert response.status_code == 404 and "共1页" in response.content.decode()


def test_a_list_page_that_is_not_a_number_is_404_with_a_message(world, client):
    response = client.get(reverse("portal:records"), {"page": "abc"})
    assert response.status_code == 404 and "页码“abc”无效" in response.content.decode()


def test_an_empty_list_still_has_its_first_page(world, client):
    assert client.get(reverse("portal:records")).status_code == 200
