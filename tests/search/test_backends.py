"""Every backend keeps the promise of ``gongkai.search.text``: an item is found exactly when it
contains every term. Checked against a brute scan, for 1-, 2- and 4-character terms and phrases."""

import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.search.text import Query, contains_all
from tests.search.backends import backend_params, document, make_backend

# A small alphabet makes overlaps, near misses and repeated bigrams common.
ALPHABET = "公开影响评价棚户区改造政府信息号〔〕2013淄发"
rng = random.Random(5)
CORPUS = {pk: "".join(rng.choice(ALPHABET + "  ") for _ in range(rng.randint(5, 60))) for pk in range(1, 121)}
CORPUS[121] = "环境影响评价公开"
CORPUS[122] = "影响 评价"


@pytest.fixture(params=backend_params())
def corpus_backend(request, db):
    backend = make_backend(request.param)
    backend.index(document(pk, text, published_on=date(2020, 1, 1 + pk % 28)) for pk, text in CORPUS.items())
    return backend


def found(backend, text, **filters):
    return {hit.pk for hit in backend.search(Query(text=text, limit=1000, **filters)).hits}


def expected(text):
    terms = Query(text=text).terms
    return {pk for pk, body in CORPUS.items() if contains_all(body, terms)}


def substrings(length):
    return sorted({body[i:i + length] for body in CORPUS.values() for i in range(len(body) - length + 1)
                   if " " not in body[i:i + length]})


@pytest.mark.parametrize("length", [1, 2, 4])
def test_every_substring_finds_exactly_the_documents_containing_it(corpus_backend, length):
    for term in substrings(length)[:40]:
        assert found(corpus_backend, term) == expected(term), term


@pytest.mark.parametrize("phrase", ["影响评价", "棚户区改造", "环境影响评价公开", "淄发〔2013〕", "公开 影响"])
def test_phrases_and_several_terms(corpus_backend, phrase):
    assert found(corpus_backend, phrase) == expected(phrase)


def test_a_term_never_matches_across_a_space(corpus_backend):
    assert 122 not in found(corpus_backend, "影响评价")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=ALPHABET + " ", min_size=1, max_size=6))
def test_any_query_matches_the_brute_scan(corpus_backend, query):
    if not Query(text=query).terms:
        return
    assert found(corpus_backend, query) == expected(query)


def test_total_counts_every_match_beyond_the_page(corpus_backend):
    results = corpus_backend.search(Query(text="公", limit=5))
    assert len(results.hits) == 5
    assert results.total == len(expected("公"))


@pytest.fixture(params=backend_params())
def ranked_backend(request, db):
    backend = make_backend(request.param)
    backend.index([
        document(1, "正文提到棚户区改造", title="其他通知", published_on=date(2021, 5, 1)),
        document(2, "正文", title="关于棚户区改造的意见", published_on=date(2019, 1, 1)),
        document(3, "正文", title="关于棚户区改造的通知", published_on=date(2020, 1, 1)),
        document(4, "依据淄政发〔2020〕13号", title="某通知", published_on=date(2021, 1, 1)),
        document(5, "管理办法全文", title="淄博市行政规范性文件管理办法", doc_number="淄政发〔2020〕13号",
                 published_on=date(2020, 5, 18)),
    ])
    return backend


def test_title_matches_come_first_then_recency(ranked_backend):
    assert [hit.pk for hit in ranked_backend.search(Query(text="棚户区改造")).hits] == [3, 2, 1]


def test_the_document_with_that_doc_number_comes_first(ranked_backend):
    hits = ranked_backend.search(Query(text="淄政发〔2020〕13号")).hits
    assert [hit.pk for hit in hits] == [5, 4]


def test_pages_continue_across_ranking_tiers(ranked_backend):
    pages = [ranked_backend.search(Query(text="棚户区改造", offset=offset, limit=1)).hits[0].pk for offset in range(3)]
    assert pages == [3, 2, 1]


@pytest.fixture(params=backend_params())
def faceted_backend(request, world):
    backend = make_backend(request.param)
    backend.index([
        document(1, "公开", unit_id=world.district.pk, unit_path=world.district.path, doc_type="normative",
                 published_on=date(2020, 3, 1)),
        document(2, "公开", unit_id=world.town.pk, unit_path=world.town.path, doc_type="general",
                 published_on=date(2021, 3, 1)),
        document(3, "公开", unit_id=world.other_district.pk, unit_path=world.other_district.path,
                 doc_type="general", published_on=date(2021, 4, 1)),
        document(4, "公开", unit_id=world.district.pk, unit_path=world.district.path, doc_type="admin_license",
                 kind="record", published_on=date(2021, 4, 1)),
    ])
    return backend


def test_unit_filter_includes_the_subtree(faceted_backend, world):
    assert found(faceted_backend, "公开", unit_id=world.district.pk) == {1, 2, 4}


def test_year_type_and_kind_filters(faceted_backend):
    assert found(faceted_backend, "公开", year=2021, doc_type="general") == {2, 3}
    assert found(faceted_backend, "公开", kind="record") == {4}


def test_facets_count_years_types_and_units(faceted_backend, world):
    facets = faceted_backend.search(Query(text="公开")).facets
    assert dict(facets["year"]) == {"2020": 1, "2021": 3}
    assert dict(facets["doc_type"]) == {"normative": 1, "general": 2, "admin_license": 1}
    assert dict(facets["unit"])[str(world.district.pk)] == 2


def test_removed_documents_are_no_longer_found(faceted_backend):
    faceted_backend.remove(["item:1"])
    assert found(faceted_backend, "公开") == {2, 3, 4}


def test_reindexing_a_document_replaces_it(faceted_backend):
    faceted_backend.index([document(1, "撤回后重新发布")])
    assert 1 not in found(faceted_backend, "公开")
    assert found(faceted_backend, "重新发布") == {1}


def test_a_page_past_the_results_is_empty_not_a_crash(ranked_backend):
    for offset in (2, 3, 4, 50, 10_000):
        results = ranked_backend.search(Query(text="棚户区改造", offset=offset, limit=20))
        assert results.total == 3 and len(results.hits) == max(0, 3 - offset)


def test_a_query_refuses_an_offset_past_the_cap():
    with pytest.raises(ValueError):
        Query(text="通知", offset=10**15)
