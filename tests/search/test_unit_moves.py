"""Moving a unit re-indexes its subtree: the index keeps each document's unit path, which the
unit filter (and its facets) read, so a search under the new parent finds the moved unit's items
without a ``gongkai search rebuild``."""

from datetime import date

import pytest

from gongkai.catalog.services import items as services
from gongkai.orgs.services import import_tree
from gongkai.search import indexing
from gongkai.search.text import Query
from tests.catalog.factories import DecisionRecordFactory, published_item
from tests.search.backends import backend_params, make_backend

HEADER = "name,credit_code,level,kind,parent_credit_code\n"


@pytest.fixture(params=backend_params())
def backend(request, world, settings):
    settings.SEARCH_BACKEND = request.param
    return make_backend(request.param)


def found(backend, text, unit):
    return {(h.kind, h.pk) for h in backend.search(Query(text=text, unit_id=unit.pk, limit=100)).hits}


def move(unit, new_parent, capture):
    """The tree import moves ``unit`` under ``new_parent``, committed (so the re-index runs)."""
    row = f"{unit.name},{unit.credit_code},{unit.level},{unit.kind},{new_parent.credit_code}\n"
    with capture(execute=True):
        import_tree((HEADER + row).encode(), "csv")


def test_a_moved_units_items_are_found_under_the_new_parent(backend, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.town, title="车站街道棚户区改造公告")
    move(world.town, world.other_district, django_capture_on_commit_callbacks)
    assert found(backend, "棚户区改造", world.other_district) == {("item", item.pk)}


def test_a_moved_units_items_are_no_longer_found_under_the_old_parent(backend, world,
                                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        published_item(world.town, title="车站街道棚户区改造公告")
    move(world.town, world.other_district, django_capture_on_commit_callbacks)
    assert found(backend, "棚户区改造", world.district) == set()


def test_items_of_units_below_the_moved_unit_follow_it(backend, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.town, title="车站街道棚户区改造公告")
    with django_capture_on_commit_callbacks(execute=True):
        world.district.parent = world.other_district  # any path change, not only the import
        world.district.save()
    assert found(backend, "棚户区改造", world.other_district) == {("item", item.pk)}


def test_a_moved_units_decision_records_follow_it(backend, world, django_capture_on_commit_callbacks):
    record = DecisionRecordFactory(unit=world.town, matter="棚户区改造许可")
    indexing.rebuild(backend)
    move(world.town, world.other_district, django_capture_on_commit_callbacks)
    assert found(backend, "棚户区改造", world.other_district) == {("record", record.pk)}


def test_a_moved_units_withdrawn_items_stay_out_of_the_index(backend, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.town, title="车站街道棚户区改造公告")
        services.withdraw(item, reason="有误")
    move(world.town, world.other_district, django_capture_on_commit_callbacks)
    assert found(backend, "棚户区改造", world.other_district) == set()


def test_the_moved_subtree_is_reindexed_in_one_batch_write(backend, world, django_capture_on_commit_callbacks,
                                                           monkeypatch):
    for n in range(3):
        published_item(world.town, title=f"车站街道第{n}号公告", on=date(2020, 3, 10 + n))
    published_item(world.district_bureau, title="财政局公告")
    writes = []
    original = type(backend).index
    monkeypatch.setattr(type(backend), "index",
                        lambda self, documents: writes.append(list(documents)) or original(self, writes[-1]))
    move(world.district, world.other_district, django_capture_on_commit_callbacks)
    assert [len(batch) for batch in writes] == [4]


def test_a_rolled_back_move_reindexes_nothing(backend, world, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        item = published_item(world.town, title="车站街道棚户区改造公告")
    with (django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError),
          transaction.atomic()):
        world.town.parent = world.other_district
        world.town.save()
        raise RuntimeError("import failed later")
    assert callbacks == []
    assert found(backend, "棚户区改造", world.district) == {("item", item.pk)}


def test_saving_a_unit_without_moving_it_reindexes_nothing(world, django_capture_on_commit_callbacks):
    world.town.name = "淄博市张店区车站街道"
    with django_capture_on_commit_callbacks() as callbacks:
        world.town.save()
    assert callbacks == []
