"""Acceptance checks on the demo: the seed's figures and events, every kind of portal page
rendered without placeholders and within the page-weight budget, and search on the demo
corpus equal to a brute scan, on each backend."""

import re
from dataclasses import dataclass

from django.db import connection, transaction
from django.test import override_settings
from django.urls import reverse

import pytest

from gongkai.catalog import demo as catalog_demo
from gongkai.catalog import stats
from gongkai.catalog.models import DecisionRecord, DocType, InfoItem, ValidityDecision
from gongkai.orgs import demo as orgs_demo
from gongkai.orgs.models import Level, Unit
from gongkai.search import indexing
from gongkai.search.service import get_backend
from gongkai.search.text import Query, contains_all

PAGE_BUDGET = 300 * 1024
PLACEHOLDERS = [re.compile(p) for p in (r"None", r"〔〕号", r"-None", r"<dd>\s*</dd>", r"<td>\s*</td>",
                                         r"\bnan\b", r"undefined")]


@dataclass
class Demo:
    city: Unit
    documents: list


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The Zibo demo (units, then the catalog at a tenth of its filler content), built once per
    module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock(), override_settings(SEARCH_INDEX_DIR=tmp_path_factory.mktemp("demo")):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            orgs_demo.build()
            catalog_demo.build(scale=0.1)
            if connection.vendor == "postgresql":
                indexing.rebuild(get_backend("postgres"))
            yield Demo(city=Unit.objects.get(name="淄博市人民政府"), documents=list(indexing.all_documents()))
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


# --- the seed --------------------------------------------------------------------------------


def test_city_wide_2020_figures_reproduce_the_seed(demo, db):
    figures = stats.art20_1(Unit.objects.in_subtree(demo.city), 2020, "2019")
    assert figures == {"rules": {"new_made": 0, "new_published": 0, "total_published": 79},
                       "normative_docs": {"new_made": 127, "new_published": 127, "total_published": 1443}}


def test_each_units_own_figures_add_up_to_the_city(demo, db):
    per_unit = [stats.art20_1(Unit.objects.filter(pk=pk), 2020, "2019")["normative_docs"]["total_published"]
                for pk in InfoItem.objects.lifecycle().order_by().values_list("unit_id", flat=True).distinct()]
    assert sum(per_unit) == 1443
    assert len(per_unit) > 50  # spread over governments and departments


def test_rules_are_all_made_by_the_city_government(demo, db):
    assert set(InfoItem.objects.filter(doc_type=DocType.RULE).values_list("unit__name", flat=True)) == {"淄博市人民政府"}


def test_the_seed_lifecycle_events_exist(demo, db):
    decisions = ValidityDecision.objects.select_related("item")
    continued = decisions.filter(decided_by_number="淄政字〔2020〕103号")
    assert continued.count() == 30
    assert continued.filter(item__title="淄博市人民政府关于进一步加强土地使用权管理的决定").exists()
    abolished = decisions.filter(decided_by_number="淄政字〔2020〕55号")
    assert abolished.count() == 3 and abolished.filter(item__title="淄博市国有企业破产实施意见(试行)").exists()
    assert decisions.get(decided_by_number="淄政办字〔2020〕59号").item.title == \
        "淄博市人民政府办公厅关于完善公积金管理扩大住房消费的实施意见"
    assert InfoItem.objects.get(doc_code="淄政发", doc_year=2020, doc_seq=13).title == "淄博市行政规范性文件管理办法"


def test_records_are_dated_in_2020_and_2021(demo, db):
    years = set(DecisionRecord.objects.order_by().values_list("decided_on__year", flat=True).distinct())
    assert years == {2020, 2021}


# --- portal pages ----------------------------------------------------------------------------


def _sample_urls(demo) -> list[str]:
    items = InfoItem.objects.public()
    sample = [*items.filter(validity_decisions__isnull=False).distinct()[:10]]
    for doc_type in DocType.values:
        sample += list(items.filter(doc_type=doc_type).order_by("?")[:6])
    county = Unit.objects.filter(level=Level.COUNTY, parent=demo.city).first()
    town = Unit.objects.filter(level=Level.TOWN).first()
    policy_column = next(n for n in InfoItem.objects.filter(unit=demo.city).values_list("node_id", flat=True))
    urls = ["/", "/units/", "/policies/", "/policies/?year=2020&doc_type=normative&validity=repealed",
            f"/policies/?unit={demo.city.pk}&validity=valid", "/normative/", "/records/", "/records/?kind=admin_penalty",
            "/search/?q=棚户区改造", "/search/?q=淄政发〔2020〕13号", "/search/?q=公开&year=2020",
            "/search/?q=没有这个词语的文件", "/feeds/latest.rss", "/feeds/latest.atom", "/sitemap.xml",
            "/sitemap-items-1.xml", "/sitemap-pages-1.xml", "/api/catalog/items?year=2020",
            f"/api/catalog/units/{demo.city.pk}/catalog", "/api/search?q=影响评价"]
    urls += [reverse("portal:unit", args=[u.pk]) for u in (demo.city, county, town)]
    urls += [reverse("portal:column", args=[demo.city.pk, policy_column])]
    urls += [reverse("portal:normative_quarter", args=[g.pk, 2020, q]) for g in (demo.city, county) for q in (1, 4)]
    urls += [reverse("portal:item", args=[item.pk]) for item in sample]
    urls += [reverse("portal:record", args=[pk]) for pk in DecisionRecord.objects.values_list("pk", flat=True)[:3]]
    return urls


def test_every_kind_of_portal_page_renders_without_placeholders(demo, db, client):
    for url in _sample_urls(demo):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for pattern in PLACEHOLDERS:
            assert not pattern.search(text), f"{url} shows {pattern.pattern}: …{text[max(0, pattern.search(text).start() - 80):pattern.search(text).end() + 40]}…"


def test_no_portal_page_weighs_more_than_300_kb(demo, db, client):
    css = sum(len(client.get(f"/static/gongkai/{name}").getvalue()) for name in ("site.css", "portal.css"))
    for url in _sample_urls(demo):
        if url.startswith(("/api/", "/feeds/", "/sitemap")):
            continue
        weight = len(client.get(url).content) + css
        assert weight < PAGE_BUDGET, f"{url} weighs {weight} bytes"


# --- search on the demo corpus ---------------------------------------------------------------


@pytest.fixture(params=["tantivy", "postgres"])
def demo_backend(request, demo):
    if request.param == "postgres" and connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL backend runs in the PostgreSQL test run")
    return get_backend(request.param)


def _brute(demo, text: str) -> set[str]:
    terms = Query(text=text).terms
    return {d.key for d in demo.documents if contains_all(d.searchable, terms)}


def _found(backend, text: str) -> set[str]:
    results = backend.search(Query(text=text, limit=100_000))
    return {h.key for h in results.hits}


@pytest.mark.parametrize("text", ["影响评价", "公开", "棚户区改造", "淄政发〔2020〕13号", "补", "土地使用权",
                                  "继续执行部分市政府行政规范性文件", "食品经营许可", "张店 商贸"])
def test_search_finds_exactly_what_a_brute_scan_finds(demo, db, demo_backend, text):
    expected = _brute(demo, text)
    assert expected, f"the demo should contain {text}"
    assert _found(demo_backend, text) == expected


def test_title_matches_rank_first_for_shanty_town_renewal(demo, db, demo_backend):
    hits = demo_backend.search(Query(text="棚户区改造", limit=5)).hits
    titles = InfoItem.objects.in_bulk([h.pk for h in hits if h.kind == "item"])
    assert all("棚户区改造" in titles[h.pk].title for h in hits)


def test_a_doc_number_query_finds_that_document_first(demo, db, demo_backend):
    hit = demo_backend.search(Query(text="淄政发〔2020〕13号", doc_number="淄政发〔2020〕13号", limit=1)).hits[0]
    assert InfoItem.objects.get(pk=hit.pk).title == "淄博市行政规范性文件管理办法"
