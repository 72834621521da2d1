from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from gongkai.orgs.models import Unit, subtree_bounds, unit_moved
from tests.factories import UnitFactory


def test_subtree_bounds_cover_exactly_the_prefix():
    low, high = subtree_bounds("/1/5/")
    assert low <= "/1/5/" < high
    assert low <= "/1/5/99/3/" < high
    assert not (low <= "/1/50/" < high)
    assert not (low <= "/1/4/" < high)


@pytest.mark.django_db
def test_path_follows_the_parent_chain():
    city = UnitFactory()
    district = UnitFactory(parent=city)
    town = UnitFactory(parent=district)
    assert town.path == f"/{city.pk}/{district.pk}/{town.pk}/"
    assert (city.depth, district.depth, town.depth) == (0, 1, 2)


@pytest.mark.django_db
def test_subtree_is_one_query_and_excludes_siblings(world):
    with CaptureQueriesContext(connection) as queries:
        names = set(Unit.objects.in_subtree(world.district).values_list("name", flat=True))
    assert len(queries) == 1
    assert names == {world.district.name, world.district_bureau.name, world.town.name}


@pytest.mark.django_db
def test_unit_ids_that_share_a_prefix_are_not_confused():
    root = UnitFactory()
    units = [UnitFactory(parent=root) for _ in range(12)]  # ids n and n0/n1 … appear side by side
    for unit in units:
        assert set(Unit.objects.in_subtree(unit)) == {unit}


@pytest.mark.django_db
def test_moving_a_unit_moves_its_whole_subtree(world):
    world.district.parent = world.other_district
    world.district.save()
    world.town.refresh_from_db()
    assert world.town.path == f"{world.other_district.path}{world.district.pk}/{world.town.pk}/"
    assert world.town.depth == 3
    assert world.town in Unit.objects.in_subtree(world.other_district)


@pytest.mark.django_db
def test_moving_a_unit_sends_unit_moved_with_both_paths(world):
    sent = []

    def receiver(sender, unit, old_path, new_path, **kwargs):
        sent.append((unit.pk, old_path, new_path))

    old_path = world.district.path
    unit_moved.connect(receiver)
    try:
        world.district.parent = world.other_district
        world.district.save()
    finally:
        unit_moved.disconnect(receiver)
    assert sent == [(world.district.pk, old_path, f"{world.other_district.path}{world.district.pk}/")]


@pytest.mark.django_db
def test_ancestors_run_from_the_root(world):
    assert list(world.town.ancestors()) == [world.city, world.district]


@pytest.mark.django_db
def test_find_by_code_name_or_short_name(world):
    assert Unit.objects.find(world.district.credit_code.lower()) == world.district
    assert Unit.objects.find("淄博市张店区人民政府") == world.district
    assert Unit.objects.find("张店区") == world.district
    with pytest.raises(Unit.DoesNotExist, match="找不到单位"):
        Unit.objects.find("不存在的单位")
