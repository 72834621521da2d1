import random
from decimal import Decimal

import pytest

from gongkai.orgs.models import Unit
from gongkai.reports import statistics
from gongkai.reports.demo_figures import build_figures, decimal_split, signed_split, split
from gongkai.reports.models import ImportedFigure
from tests.reports.fakes import seed_tables


def test_split_keeps_the_total_and_the_floors():
    parts = split(100, [1, 5, 0, 3], random.Random(1), floors=[7, 0, 2, 0])
    assert sum(parts) == 100 and parts[0] >= 7 and parts[2] >= 2


def test_signed_split_never_takes_more_items_than_a_unit_has():
    items = [0, 1, 10, 200, 136]
    changes = signed_split(-73, items, random.Random(3))
    assert sum(changes) == -73
    assert all(n + c >= 0 for n, c in zip(items, changes, strict=True))


def test_decimal_split_is_exact_to_four_places():
    parts = decimal_split(Decimal("631972.7378"), [3, 1, 0, 9], random.Random(5))
    assert sum(parts) == Decimal("631972.7378")
    assert all(part == part.quantize(Decimal("0.0001")) for part in parts)


@pytest.fixture
def zibo(world, unit_data):
    """The figures spread over the small world tree (the full Zibo tree is the acceptance test's)."""
    some = [world.district, world.town]
    unit_data.decisions = {unit.pk: {"admin_license": 50, "admin_penalty": 3, "admin_coercion": 1} for unit in some}
    build_figures()
    return world.city, some


def test_city_wide_2020_figures_equal_the_seed_report(zibo):
    city, _ = zibo
    tables = statistics.tables_for_units(Unit.objects.in_subtree(city), 2020, "2019")
    seed = seed_tables()["t2"]
    for block in ("art20_5", "art20_6", "art20_8", "art20_9"):
        assert tables["t2"][block] == seed[block]


def test_each_unit_holds_at_least_what_the_platform_counts(zibo):
    _, some = zibo
    for unit in some:
        tables = statistics.tables_for_units(Unit.objects.filter(pk=unit.pk), 2020, "2019")
        assert tables["t2"]["art20_5"]["admin_license"]["decisions"] >= 50


def test_item_counts_carry_from_2019_to_2020_for_every_unit(zibo):
    figures = {(f.unit_id, f.year, f.cell): f.value for f in ImportedFigure.objects.current()}
    cell = "t2.art20_6.admin_penalty."
    for unit_id in Unit.objects.values_list("pk", flat=True):
        before = figures[(unit_id, 2019, cell + "prev_items")] + figures[(unit_id, 2019, cell + "change")]
        assert before == figures[(unit_id, 2020, cell + "prev_items")]
        assert figures[(unit_id, 2020, cell + "prev_items")] + figures[(unit_id, 2020, cell + "change")] >= 0


def test_every_unit_has_a_2021_fee_amount_and_the_figures_carry_provenance(zibo):
    rows = ImportedFigure.objects.filter(year=2021, cell="t2.art20_8.admin_fees.fee_amount")
    assert rows.count() == Unit.objects.count()
    assert {row.file_name for row in rows} == {"演示数据-2021年主动公开数据.csv"}
    assert rows.order_by("file_row").first().file_row == 2
