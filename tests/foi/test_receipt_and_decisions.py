"""Receipt rules per channel (第31条) and the legal basis of every decision category."""

import pytest

from gongkai.documents.letters import LetterKind, render
from gongkai.foi.rules import decisions, receipt
from gongkai.reportformat import decision_categories
from tests.documents.test_letters import reply


@pytest.mark.parametrize(("channel", "letter_kind", "article", "confirm"), [
    ("in_person", "", "第三十一条第（一）项", False),
    ("letter", "signed", "第三十一条第（二）项", False),
    ("letter", "ordinary", "第三十一条第（二）项", False),
    ("online", "", "第三十一条第（三）项", True),
    ("email", "", "第三十一条第（三）项", True),
    ("fax", "", "第三十一条第（三）项", True),
])
def test_each_channel_has_its_receipt_rule(channel, letter_kind, article, confirm):
    assert receipt.rule_for(channel, letter_kind).article == article
    assert receipt.needs_confirmation(channel) is confirm


def test_an_ordinary_letter_counts_from_the_confirmation_with_the_applicant():
    assert "确认之日为收到申请之日" in receipt.rule_for("letter", "ordinary").text


def test_every_decision_category_of_the_report_format_has_a_legal_basis():
    for category in decision_categories():
        basis = decisions.default_basis(category.key)
        assert basis.text and basis.summary


def test_bases_cite_the_regulation_articles():
    assert decisions.default_basis("denied_third_party").text == "《中华人民共和国政府信息公开条例》第十五条"
    assert decisions.default_basis("np_massive").citation == "第三十五条"
    assert [b.citation for b in decisions.bases("unable_not_held")] == ["第三十六条第（四）项", "第三十六条第（五）项"]


def test_practice_categories_without_an_article_are_marked_unverified():
    assert {k for k, v in decisions.BASES.items() if not v[0].verified} == {"denied_admin_query", "np_confirm"}



@pytest.mark.parametrize("key", sorted(decisions.BASES))
def test_the_reply_letter_cites_the_default_basis_recorded_for_its_category(key):
    basis = decisions.default_basis(key)
    html = render(LetterKind.REPLY, reply(key), "html")
    assert (basis.citation or "国办函〔2020〕109号") in html
