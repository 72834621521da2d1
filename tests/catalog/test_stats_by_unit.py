"""The by-unit figures of table 二 (``catalog.stats.*_by_unit``) equal each unit's figures computed
on its own, and a subtree's figures are the sums of its units' ones, in a world with several units,
years, states and lifecycle decisions."""

from datetime import date

import pytest

from gongkai.catalog import stats
from gongkai.catalog.models import DecisionKind, DocType, RecordKind
from gongkai.catalog.services import items as item_services
from gongkai.catalog.services.lifecycle import Decision, record_decision
from gongkai.orgs.models import Unit
from tests.catalog.factories import DecisionRecordFactory, published_item

YEARS = (2019, 2020, 2021)
VERSIONS = ("2019", "2021")


def _doc(unit, written, published, doc_type=DocType.NORMATIVE, **fields):
    return published_item(unit, doc_type=doc_type, written_on=written, on=published,
                          title=f"文件{unit.pk}-{written}-{published}-{len(fields)}", **fields)


def _decide(item, kind, number, effective_on, **fields):
    return record_decision(item, Decision(kind, number, "决定", effective_on, **fields))


def varied_catalog(world) -> None:
    """规章 and 规范性文件 over 2016–2021 in most units of ``world``, in every state, with decisions
    taking effect inside, at the end of and after a year, and 结果公开 records on the year's edges."""
    city, office, district, bureau, town, other = (world.city, world.city_office, world.district,
                                                    world.district_bureau, world.town, world.other_district)
    _doc(city, date(2019, 12, 20), date(2020, 1, 5), doc_type=DocType.RULE)  # made 2019, published 2020
    _doc(city, date(2020, 3, 1), date(2020, 3, 5), expires_on=date(2020, 12, 31))  # in force through 31 Dec
    _doc(city, date(2018, 2, 1), date(2018, 2, 2), expires_on=date(2020, 12, 30))  # lapsed on 31 Dec
    _decide(_doc(city, date(2016, 1, 1), date(2016, 1, 2)),  # repeal recorded ahead of 2021
            DecisionKind.REPEAL, "淄政字〔2020〕90号", date(2021, 1, 1))
    _decide(_doc(city, date(2017, 5, 1), date(2017, 5, 2), doc_type=DocType.RULE),  # repealed on 31 Dec
            DecisionKind.REPEAL, "淄政字〔2020〕91号", date(2020, 12, 31))
    _doc(office, date(2020, 12, 1), date(2020, 12, 15), effective_from=date(2021, 2, 1))  # 实施 in 2021
    _doc(office, date(2021, 1, 4), date(2021, 1, 8))
    amended = _doc(district, date(2019, 1, 1), date(2019, 1, 3))
    replacement = _doc(district, date(2021, 3, 1), date(2021, 3, 3))
    _decide(amended, DecisionKind.AMEND, "张政字〔2021〕9号", date(2021, 3, 3), amended_by=replacement)
    item_services.withdraw(_doc(district, date(2020, 4, 1), date(2020, 4, 2)), reason="发布有误")
    draft = item_services.create_item(district, doc_type=DocType.NORMATIVE, written_on=date(2020, 5, 1),
                                      title="草稿文件")
    item_services.submit_for_review(
        item_services.create_item(district, doc_type=DocType.NORMATIVE, written_on=date(2020, 6, 1), title="待审文件"))
    assert draft.status == "draft"
    _decide(_doc(bureau, date(2018, 3, 1), date(2018, 3, 2)), DecisionKind.EXPIRE, "张财字〔2020〕3号",
            date(2020, 6, 30))
    _decide(_doc(bureau, date(2019, 3, 1), date(2019, 3, 2), expires_on=date(2020, 6, 30)), DecisionKind.CONTINUE,
            "张财字〔2020〕4号", date(2020, 6, 1), new_expires_on=date(2025, 12, 31))
    _doc(bureau, date(2019, 7, 1), date(2019, 7, 2))
    published_item(town, on=date(2020, 8, 1), title="一般信息")  # not a 规章/规范性文件
    repealed_then_withdrawn = _doc(town, date(2019, 9, 1), date(2019, 9, 2))
    _decide(repealed_then_withdrawn, DecisionKind.REPEAL, "车站字〔2020〕1号", date(2020, 10, 1))
    item_services.withdraw(repealed_then_withdrawn, reason="撤回")
    _decide(_doc(town, date(2018, 9, 1), date(2018, 9, 2)), DecisionKind.REPEAL, "车站字〔2021〕2号",
            date(2021, 5, 1))
    _doc(other, date(2020, 12, 28), date(2021, 2, 3))  # made 2020, published 2021
    _doc(other, date(2019, 4, 1), date(2019, 4, 2))
    _doc(city, date(2020, 11, 2), date(2021, 1, 20), doc_type=DocType.RULE)  # 规章: the city government only
    for unit, kind, day in [
        (city, RecordKind.ADMIN_LICENSE, date(2020, 1, 1)), (city, RecordKind.ADMIN_LICENSE, date(2020, 12, 31)),
        (city, RecordKind.ADMIN_PENALTY, date(2019, 12, 31)), (district, RecordKind.ADMIN_PENALTY, date(2020, 7, 1)),
        (district, RecordKind.ADMIN_COERCION, date(2021, 1, 1)), (bureau, RecordKind.ADMIN_COERCION, date(2020, 2, 2)),
        (town, RecordKind.ADMIN_LICENSE, date(2021, 6, 1)), (town, RecordKind.ADMIN_PENALTY, date(2019, 3, 3)),
    ]:
        DecisionRecordFactory(unit=unit, kind=kind, decided_on=day)


def _sum(figures: list[dict]) -> dict:
    out = {}
    for block in figures:
        for row, columns in block.items():
            for column, n in columns.items() if isinstance(columns, dict) else [(None, columns)]:
                if column is None:
                    out[row] = out.get(row, 0) + n
                else:
                    out.setdefault(row, {})[column] = out.get(row, {}).get(column, 0) + n
    return out


@pytest.mark.parametrize("version", VERSIONS)
def test_art20_1_by_unit_equals_each_unit_on_its_own(world, version):
    varied_catalog(world)
    units = Unit.objects.all()
    seen = set()
    for year in YEARS:
        by_unit = stats.art20_1_by_unit(units, year, version)
        assert by_unit == {unit.pk: stats.art20_1(Unit.objects.filter(pk=unit.pk), year, version) for unit in units}
        seen |= {(row, column) for block in by_unit.values() for row, columns in block.items()
                 for column, n in columns.items() if n}
    columns = {column for block in by_unit.values() for figures in block.values() for column in figures}
    assert {column for _, column in seen} == columns  # every column is exercised somewhere
    assert {row for row, _ in seen} == set(stats.ROW_OF_TYPE.values())


@pytest.mark.parametrize("version", VERSIONS)
def test_a_subtree_s_art20_1_is_the_sum_of_its_units_by_unit(world, version):
    varied_catalog(world)
    for year in YEARS:
        by_unit = stats.art20_1_by_unit(Unit.objects.all(), year, version)
        for top in (world.city, world.district):
            subtree = Unit.objects.in_subtree(top)
            assert _sum([by_unit[pk] for pk in subtree.values_list("pk", flat=True)]) == \
                stats.art20_1(subtree, year, version)


def test_decision_record_counts_by_unit_equal_each_unit_on_its_own(world):
    varied_catalog(world)
    units = Unit.objects.all()
    for year in YEARS:
        by_unit = stats.decision_record_counts_by_unit(units, year)
        assert by_unit == {unit.pk: stats.decision_record_counts(Unit.objects.filter(pk=unit.pk), year)
                           for unit in units}
        assert _sum(list(by_unit.values())) == stats.decision_record_counts(units, year)
    assert stats.decision_record_counts_by_unit(units, 2020)[world.city.pk]["admin_license"] == 2


def test_by_unit_covers_exactly_the_units_asked_for(world):
    varied_catalog(world)
    district = Unit.objects.in_subtree(world.district)
    expected = set(district.values_list("pk", flat=True))
    assert set(stats.art20_1_by_unit(district, 2020, "2021")) == expected
    assert set(stats.decision_record_counts_by_unit(district, 2020)) == expected
    assert stats.art20_1_by_unit(Unit.objects.filter(pk=world.town.pk), 2020, "2019")[world.town.pk] == {
        "rules": {"new_made": 0, "new_published": 0, "total_published": 0},
        "normative_docs": {"new_made": 0, "new_published": 0, "total_published": 1},
    }


def test_an_unknown_format_is_refused(world):
    with pytest.raises(ValueError):
        stats.art20_1_by_unit(Unit.objects.all(), 2020, "2017")
