from decimal import Decimal

import pytest

from gongkai.orgs.models import Unit
from gongkai.reportformat import empty_tables
from gongkai.reports import statistics
from gongkai.reports.models import GroupMember
from gongkai.reports.scope import Scope
from tests.catalog.test_stats_by_unit import varied_catalog
from tests.reports.factories import ImportedFigureFactory, NamedGroupFactory

LICENSE = "t2.art20_5.admin_license.decisions"
pytestmark = pytest.mark.django_db


def t3_with(**cells):
    t3 = empty_tables("2021")["t3"]
    for address, value in cells.items():
        row, column = address.split("__")
        t3[row][column] = value
    return t3


def test_imported_figure_replaces_the_platform_count_of_that_unit_only(world, unit_data):
    unit_data.decisions = {world.district.pk: {"admin_license": 7}, world.town.pk: {"admin_license": 5}}
    ImportedFigureFactory(unit=world.district, cell=LICENSE, value=100)
    tables = statistics.tables_for_units(Unit.objects.in_subtree(world.district), 2020, "2019")
    assert tables["t2"]["art20_5"]["admin_license"]["decisions"] == 100 + 5


def test_without_imported_figures_the_platform_count_is_used(world, unit_data):
    unit_data.decisions = {world.town.pk: {"admin_penalty": 3}}
    tables = statistics.tables_for_units(Unit.objects.filter(pk=world.town.pk), 2020, "2021")
    assert tables["t2"]["art20_6"]["admin_penalty"]["decisions"] == 3


def test_a_cell_nobody_imported_is_blank_not_zero(world, unit_data):
    tables = statistics.tables_for_units(Unit.objects.filter(pk=world.town.pk), 2020, "2019")
    assert tables["t2"]["art20_9"]["gov_central_procurement"]["procurement_amount"] is None


def test_replaced_figures_do_not_count(world, unit_data):
    ImportedFigureFactory(unit=world.town, cell="t2.art20_8.admin_fees.change", value=-3,
                          replaced_at="2021-01-05T00:00:00Z")
    ImportedFigureFactory(unit=world.town, cell="t2.art20_8.admin_fees.change", value=4)
    tables = statistics.tables_for_units(Unit.objects.filter(pk=world.town.pk), 2020, "2019")
    assert tables["t2"]["art20_8"]["admin_fees"]["change"] == 4


def test_amounts_add_up_exactly_across_units(world, unit_data):
    amount = "t2.art20_9.gov_central_procurement.procurement_amount"
    ImportedFigureFactory(unit=world.district, cell=amount, value=Decimal("0.1001"))
    ImportedFigureFactory(unit=world.town, cell=amount, value=Decimal("631972.6377"))
    tables = statistics.tables_for_units(Unit.objects.in_subtree(world.district), 2020, "2019")
    assert tables["t2"]["art20_9"]["gov_central_procurement"]["procurement_amount"] == "631972.7378"


def test_table_three_is_folded_into_the_2019_rows(world, unit_data):
    unit_data.t3 = {world.town.pk: t3_with(other_no_correction__total=2, other_other__total=3, new__total=5)}
    tables = statistics.tables_for_units(Unit.objects.filter(pk=world.town.pk), 2020, "2019")
    assert tables["t3"]["other"]["total"] == 5
    assert "other_no_correction" not in tables["t3"]


def test_subtree_sums_of_unit_tables_equal_the_subtree_computed_directly(world, unit_data):
    unit_data.t3 = {world.district.pk: t3_with(new__natural=2, new__total=2),
                    world.town.pk: t3_with(new__commercial=1, new__total=1)}
    unit_data.t4 = {world.town.pk: {"cases": {**empty_tables("2021")["t4"]["cases"], "review_total": 1}}}
    unit_data.decisions = {world.town.pk: {"admin_coercion": 4}}
    ImportedFigureFactory(unit=world.district_bureau, cell=LICENSE, value=9)
    units = Unit.objects.all()
    paths = dict(units.values_list("pk", "path"))
    sums = statistics.subtree_totals(statistics.by_unit(2020, "2019"), paths, "2019")
    direct = statistics.tables_for_units(Unit.objects.in_subtree(world.district), 2020, "2019")
    assert sums[world.district.pk] == direct
    assert world.town.pk not in sums  # no units below it: its own report is its subtree


def test_group_scope_leaves_out_excluded_subtrees(world, unit_data):
    unit_data.t3 = {world.town.pk: t3_with(new__total=4), world.other_district.pk: t3_with(new__total=6)}
    group = NamedGroupFactory(owner=world.city)
    GroupMember.objects.create(group=group, unit=world.city)
    GroupMember.objects.create(group=group, unit=world.district, excluded=True)
    tables = statistics.tables_for_units(Scope.for_group(group).units(), 2020, "2021")
    assert tables["t3"]["new"]["total"] == 6


@pytest.mark.parametrize("version", ["2019", "2021"])
def test_with_the_catalog_s_own_counts_subtrees_sum_to_the_subtree_computed_directly(world, version, settings,
                                                                                      tmp_path):
    """The platform's statistics (no stand-ins): each unit's table 二 第（一）项 by unit equals its report's,
    and every subtree's tables are the sums of its units' ones."""
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    varied_catalog(world)
    ImportedFigureFactory(unit=world.district, cell=LICENSE, value=9)  # replaces the district's own count
    paths = dict(Unit.objects.values_list("pk", "path"))
    for year in (2020, 2021):
        own = statistics.by_unit(year, version)
        for pk, tables in own.items():
            assert tables["t2"]["art20_1"] == statistics.tables_for_units(Unit.objects.filter(pk=pk), year,
                                                                          version)["t2"]["art20_1"]
        sums = statistics.subtree_totals(own, paths, version)
        for top in (world.city, world.district):
            assert sums[top.pk] == statistics.tables_for_units(Unit.objects.in_subtree(top), year, version)
