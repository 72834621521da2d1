from datetime import date

import pytest

from gongkai.catalog.models import DecisionKind, DocType, InfoItem, Validity
from gongkai.catalog.services import CatalogError
from gongkai.catalog.services.lifecycle import Decision, record_decision, record_decisions
from tests.catalog.factories import published_item


def normative(unit, title="某办法", **fields):
    return published_item(unit, doc_type=DocType.NORMATIVE, title=title, on=date(2015, 6, 1), **fields)


def test_repeal_names_the_deciding_document_and_ends_force(world):
    doc = normative(world.city, title="淄博市国有企业破产实施意见(试行)")
    row = record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字(2020)55号", "淄博市人民政府关于废止部分文件的通知",
                                        date(2020, 4, 1)))
    doc.refresh_from_db()
    assert row.decided_by_number == "淄政字〔2020〕55号"
    assert doc.validity == Validity.REPEALED
    assert doc.ended_on == date(2020, 4, 1)


def test_continuation_extends_the_term(world):
    doc = normative(world.city, expires_on=date(2020, 5, 31))
    record_decision(doc, Decision(DecisionKind.CONTINUE, "淄政字〔2020〕103号", "关于继续执行部分市政府行政规范性文件的通知",
                                  date(2020, 9, 1), new_expires_on=date(2025, 8, 31)))
    doc.refresh_from_db()
    assert (doc.validity, doc.expires_on) == (Validity.VALID, date(2025, 8, 31))


def test_past_its_term_a_document_shows_expired_without_a_decision(world):
    doc = normative(world.city, expires_on=date(2020, 5, 31))
    assert doc.validity_on(date(2020, 5, 31)) == Validity.VALID
    assert doc.validity_on(date(2020, 6, 1)) == Validity.EXPIRED


def test_a_decision_needs_a_valid_doc_number(world):
    doc = normative(world.city)
    with pytest.raises(CatalogError, match="决定文件文号"):
        record_decision(doc, Decision(DecisionKind.REPEAL, "55号", "通知", date(2020, 4, 1)))


def test_only_rules_and_normative_documents_have_a_validity(world):
    other = published_item(world.city, title="工作动态")
    with pytest.raises(CatalogError, match="没有效力状态"):
        record_decision(other, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "通知", date(2020, 4, 1)))


def test_a_repealed_document_cannot_be_changed_again(world):
    doc = normative(world.city)
    decision = Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "通知", date(2020, 4, 1))
    record_decision(doc, decision)
    with pytest.raises(CatalogError, match="已于2020年04月01日废止"):
        record_decision(doc, decision)


def test_one_decision_for_several_documents_is_all_or_nothing(world):
    good = normative(world.city, title="甲")
    draft_like = published_item(world.city, title="乙")
    with pytest.raises(CatalogError):
        record_decisions([good, draft_like], Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "通知", date(2020, 4, 1)))
    good.refresh_from_db()
    assert good.validity == Validity.VALID


def test_the_deciding_document_is_linked_when_it_is_on_the_platform(world):
    notice = published_item(world.city, title="淄博市人民政府关于废止部分文件的通知", doc_number="淄政字〔2020〕55号",
                            on=date(2020, 3, 30))
    doc = normative(world.city)
    row = record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", notice.title, date(2020, 4, 1)))
    assert row.decided_by == notice


def test_expiry_alert_lists_documents_ending_within_90_days(world):
    soon = normative(world.city, title="甲", expires_on=date(2026, 12, 31))
    normative(world.city, title="乙", expires_on=date(2027, 6, 30))
    normative(world.city, title="丙", expires_on=date(2026, 10, 1))
    assert list(InfoItem.objects.expiring(date(2026, 11, 28))) == [soon]


def test_policies_without_interpretation_are_listed(world):
    lonely = normative(world.city, title="甲")
    explained = normative(world.city, title="乙")
    published_item(world.city, doc_type=DocType.INTERPRETATION, title="乙的解读", interprets=explained)
    assert list(InfoItem.objects.without_interpretation()) == [lonely]


def test_the_listing_agrees_with_the_page_on_the_last_day_of_the_term(world):
    doc = normative(world.city, expires_on=date(2020, 5, 31))
    shown = InfoItem.objects.lifecycle()
    assert list(shown.shown_as(Validity.VALID, date(2020, 5, 31))) == [doc]
    assert list(shown.shown_as(Validity.EXPIRED, date(2020, 5, 31))) == []
    assert list(shown.shown_as(Validity.EXPIRED, date(2020, 6, 1))) == [doc]
    assert list(InfoItem.objects.in_force_on(date(2020, 5, 31))) == [doc]
    assert list(InfoItem.objects.in_force_on(date(2020, 6, 1))) == []


def test_a_repeal_recorded_ahead_shows_from_its_effective_day(world):
    doc = normative(world.city)
    record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "关于废止部分文件的通知", date(2020, 4, 1)))
    doc.refresh_from_db()
    assert doc.validity_on(date(2020, 3, 31)) == Validity.VALID
    assert doc.validity_on(date(2020, 4, 1)) == Validity.REPEALED


def test_the_listing_shows_a_repeal_recorded_ahead_from_its_effective_day(world):
    doc = normative(world.city)
    record_decision(doc, Decision(DecisionKind.REPEAL, "淄政字〔2020〕55号", "关于废止部分文件的通知", date(2020, 4, 1)))
    shown = InfoItem.objects.lifecycle()
    assert list(shown.shown_as(Validity.VALID, date(2020, 3, 31))) == [doc]
    assert list(shown.shown_as(Validity.REPEALED, date(2020, 3, 31))) == []
    assert list(shown.shown_as(Validity.REPEALED, date(2020, 4, 1))) == [doc]
    assert list(shown.shown_as(Validity.VALID, date(2020, 4, 1))) == []
