from datetime import date

from gongkai.catalog import docnumber
from gongkai.catalog.models import DisclosureMode, DocType
from gongkai.catalog.services import items as services
from gongkai.search import indexing
from gongkai.search.service import get_backend
from gongkai.search.text import Query
from tests.catalog.factories import published_item


def found(text, **query):
    return [(h.kind, h.pk) for h in get_backend().search(Query(text=text, **query)).hits]


def test_publication_indexes_the_item_without_a_rebuild(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.city, title="关于环境影响评价的公告")
    assert found("影响评价") == [("item", item.pk)]


def test_withdrawal_removes_the_item(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.city, title="关于环境影响评价的公告")
        services.withdraw(item, reason="有误")
    assert found("影响评价") == []


def test_items_disclosed_on_request_are_not_indexed(world):
    published_item(world.city, title="依申请公开的目录条目", disclosure_mode=DisclosureMode.ON_REQUEST)
    indexing.rebuild()
    assert found("目录条目") == []


def test_attachment_text_and_doc_number_are_searchable(world):
    item = services.create_item(world.city, title="通知", written_on=date(2020, 1, 1), doc_type=DocType.POLICY,
                                doc_number="淄政字〔2020〕7号")
    services.add_attachment(item, "附件.txt", "附件里的棚户区改造计划".encode())
    services.submit_for_review(item)
    services.publish(item, on=date(2020, 1, 2))
    indexing.rebuild()
    assert found("改造计划") == [("item", item.pk)]
    assert found("淄政字〔2020〕7号") == [("item", item.pk)]


def test_a_doc_number_query_finds_it_whatever_brackets_were_typed(world):
    cited = published_item(world.city, title="转发通知", body="<p>根据淄政字(2020)7号文件要求</p>", on=date(2020, 3, 1))
    numbered = published_item(world.city, title="原文", doc_number="淄政字〔2020〕7号", on=date(2020, 2, 1))
    indexing.rebuild()
    for typed in ("淄政字(2020)7号", "淄政字〔2020〕7号", "淄政字【2020】7号"):
        assert sorted(pk for _, pk in found(typed, doc_number=docnumber.normalize(typed))) == \
            sorted([cited.pk, numbered.pk]), typed
