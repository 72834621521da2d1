from datetime import date

from gongkai.catalog.models import DocType
from gongkai.search import indexing
from tests.catalog.factories import DecisionRecordFactory, published_item


def test_items_are_paginated_and_filtered(world, client):
    for n in range(3):
        published_item(world.city, title=f"通知{n}", on=date(2021, 1, 1 + n))
    published_item(world.district, title="区里的通知", on=date(2020, 1, 1))
    data = client.get("/api/catalog/items", {"unit": world.city.pk, "page": 1}).json()
    assert data["count"] == 3
    assert [i["title"] for i in data["items"]] == ["通知2", "通知1", "通知0"]


def test_item_detail_links_interpretations_both_ways(world, client):
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="办法", doc_number="淄政发〔2020〕13号")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="解读", interprets=policy)
    data = client.get(f"/api/catalog/items/{policy.pk}").json()
    assert (data["doc_number"], data["validity"], data["interpretations"]) == ("淄政发〔2020〕13号", "有效", [reading.pk])
    assert client.get(f"/api/catalog/items/{reading.pk}").json()["interprets"] == policy.pk


def test_an_item_without_doc_number_has_null(world, client):
    item = published_item(world.city)
    assert client.get(f"/api/catalog/items/{item.pk}").json()["doc_number"] is None


def test_unit_catalog_is_a_tree_with_counts(world, client):
    published_item(world.city, doc_type=DocType.POLICY)
    tree = client.get(f"/api/catalog/units/{world.city.pk}/catalog").json()
    statutory = next(c for c in tree if c["name"] == "法定主动公开内容")
    assert statutory["count"] == 1
    assert all(c["name"] != "基层政务公开标准目录" for c in tree)  # city level: no 基层 domains


def test_records_filter_by_kind(world, client):
    DecisionRecordFactory(unit=world.district, kind="admin_penalty")
    DecisionRecordFactory(unit=world.district, kind="admin_license")
    data = client.get("/api/catalog/records", {"kind": "admin_penalty"}).json()
    assert [r["kind"] for r in data["items"]] == ["admin_penalty"]


def test_search_returns_hits_and_facets(world, client):
    item = published_item(world.city, title="关于影响评价的通知", on=date(2021, 5, 1))
    indexing.rebuild()
    data = client.get("/api/search", {"q": "影响评价"}).json()
    assert data["total"] == 1 and data["hits"] == [{"kind": "item", "id": item.pk}]
    assert data["facets"]["year"] == [{"value": "2021", "count": 1}]


def test_the_openapi_schema_lists_the_operations(db, client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/catalog/items", "/api/catalog/items/{item_id}", "/api/search"} <= set(paths)


def test_the_api_is_read_only(world, client):
    assert client.post("/api/catalog/items", {}).status_code == 405


def test_a_page_past_the_last_is_404_naming_the_page_count(world, client):
    published_item(world.city)
    response = client.get("/api/catalog/items", {"page": 99999999999})
    assert response.status_code in (404, 422)
    response = client.get("/api/catalog/items", {"page": 3})
    assert response.status_code == 404 and "共1页" in response.json()["detail"]


def test_a_future_year_filter_is_422_with_a_chinese_message(world, client):
    for url in ("/api/catalog/items", "/api/catalog/records"):
        response = client.get(url, {"year": 99999})
        assert response.status_code == 422 and "年份须在1949年至" in response.json()["detail"]
        assert client.get(url, {"year": 0}).status_code == 422


def test_an_id_no_row_can_have_is_404_not_500(world, client):
    huge = 10**23
    assert client.get("/api/catalog/items", {"unit": huge}).status_code == 404
    assert client.get("/api/catalog/items", {"node": huge}).status_code == 404
    assert client.get(f"/api/catalog/items/{huge}").status_code == 404
    assert client.get("/api/search", {"q": "通知", "unit": huge}).status_code == 404


def test_search_api_refuses_deep_pages(world, client):
    response = client.get("/api/search", {"q": "通知", "page": 99999999999999})
    assert response.status_code == 422 and "页码须在1至" in response.json()["detail"]
    assert client.get("/api/search", {"q": "通知", "page": 501}).status_code == 200


def test_item_detail_hides_an_unpublished_interpreted_policy(world, client):
    from gongkai.catalog.services import items as services
    policy = published_item(world.city, doc_type=DocType.NORMATIVE, title="办法")
    reading = published_item(world.city, doc_type=DocType.INTERPRETATION, title="解读", interprets=policy)
    services.withdraw(policy, reason="重新发布")
    assert client.get(f"/api/catalog/items/{reading.pk}").json()["interprets"] is None


def test_item_detail_gives_no_text_of_an_on_request_item(world, client):
    item = published_item(world.city, disclosure_mode="on_request", body="<p>只向申请人提供的内容</p>")
    assert client.get(f"/api/catalog/items/{item.pk}").json()["text"] == ""


def test_search_drops_a_hit_withdrawn_before_the_index_caught_up(world, client):
    from gongkai.catalog.models import InfoItem
    item = published_item(world.city, title="关于影响评价的通知", on=date(2021, 5, 1))
    indexing.rebuild()
    InfoItem.objects.filter(pk=item.pk).update(status="withdrawn")  # the re-index task has not run yet
    assert client.get("/api/search", {"q": "影响评价"}).json()["hits"] == []


def test_a_missing_item_is_404_with_a_chinese_message(world, client):
    response = client.get("/api/catalog/items/999999")
    assert response.status_code == 404 and response.json()["detail"] == "未找到：该编号的信息不存在或未公开"


def test_a_malformed_parameter_is_422_with_a_chinese_message(world, client):
    response = client.get("/api/catalog/items", {"page": "abc"})
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["msg"] == "参数 page：应为整数" and error["loc"] == ["query", "page"]
    assert client.get("/api/catalog/items", {"page_size": 0}).json()["detail"][0]["msg"] == "参数 page_size：不能小于1"
