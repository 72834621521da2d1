from datetime import date

from gongkai.catalog import stats
from gongkai.catalog.models import DecisionKind, DocType, RecordKind
from gongkai.catalog.services.lifecycle import Decision, record_decision
from gongkai.orgs.models import Unit
from tests.catalog.factories import DecisionRecordFactory, published_item


def _doc(unit, written, published, doc_type=DocType.NORMATIVE, **fields):
    return published_item(unit, doc_type=doc_type, written_on=written, on=published,
                          title=f"文件{written}{published}{unit.pk}", **fields)


def test_2019_format_counts_made_published_and_total(world):
    _doc(world.city, date(2019, 12, 20), date(2020, 1, 5))
    _doc(world.district, date(2020, 3, 1), date(2020, 3, 5))
    _doc(world.city, date(2018, 1, 1), date(2018, 1, 2), doc_type=DocType.RULE)
    _doc(world.city, date(2021, 1, 1), date(2021, 1, 2))
    figures = stats.art20_1(Unit.objects.in_subtree(world.city), 2020, "2019")
    assert figures == {
        "rules": {"new_made": 0, "new_published": 0, "total_published": 1},
        "normative_docs": {"new_made": 1, "new_published": 2, "total_published": 2},
    }


def test_a_unit_counts_only_its_own_documents(world):
    _doc(world.city, date(2020, 3, 1), date(2020, 3, 5))
    _doc(world.district, date(2020, 3, 1), date(2020, 3, 6))
    figures = stats.art20_1(Unit.objects.filter(pk=world.district.pk), 2020, "2019")
    assert figures["normative_docs"]["total_published"] == 1


def test_repealed_documents_stay_in_the_published_total(world):
    doc = _doc(world.city, date(2015, 3, 1), date(2015, 3, 5))
    record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "通知", date(2020, 4, 1)))
    figures = stats.art20_1(Unit.objects.all(), 2020, "2019")
    assert figures["normative_docs"]["total_published"] == 1


def test_2021_format_counts_made_repealed_and_valid(world):
    _doc(world.city, date(2021, 2, 1), date(2021, 2, 3))
    repealed = _doc(world.city, date(2016, 1, 1), date(2016, 1, 2))
    record_decision(repealed, Decision(DecisionKind.REPEAL, "淄政字〔2021〕5号", "通知", date(2021, 6, 1)))
    _doc(world.city, date(2016, 1, 1), date(2016, 1, 3), expires_on=date(2021, 1, 2))
    amended = _doc(world.district, date(2019, 1, 1), date(2019, 1, 3))
    replacement = _doc(world.district, date(2021, 3, 1), date(2021, 3, 3))
    record_decision(amended, Decision(DecisionKind.AMEND, "张政字〔2021〕9号", "修改决定", date(2021, 3, 3),
                                      amended_by=replacement))
    figures = stats.art20_1(Unit.objects.all(), 2021, "2021")
    assert figures["normative_docs"] == {"made": 2, "repealed": 1, "valid": 3}
    assert figures["rules"] == {"made": 0, "repealed": 0, "valid": 0}


def test_2021_valid_on_31_december_of_an_earlier_year_counts_documents_repealed_later(world):
    doc = _doc(world.city, date(2016, 1, 1), date(2016, 1, 2))
    record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字〔2021〕5号", "通知", date(2021, 6, 1)))
    assert stats.art20_1(Unit.objects.all(), 2020, "2021")["normative_docs"]["valid"] == 1


def test_decision_records_are_counted_by_decision_date(world):
    DecisionRecordFactory(unit=world.district, kind=RecordKind.ADMIN_PENALTY, decided_on=date(2020, 12, 31))
    DecisionRecordFactory(unit=world.district, kind=RecordKind.ADMIN_PENALTY, decided_on=date(2021, 1, 1))
    DecisionRecordFactory(unit=world.town, kind=RecordKind.ADMIN_LICENSE, decided_on=date(2020, 6, 1))
    DecisionRecordFactory(unit=world.other_district, kind=RecordKind.ADMIN_LICENSE, decided_on=date(2020, 6, 1))
    counts = stats.decision_record_counts(Unit.objects.in_subtree(world.district), 2020)
    assert counts == {"admin_license": 1, "admin_penalty": 1, "admin_coercion": 0}
