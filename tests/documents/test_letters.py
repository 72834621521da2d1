from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

import pytest

from gongkai.documents.letters import LetterContext, LetterIncomplete, LetterKind, compose, render
from gongkai.documents.letters.context import FIELD_LABELS
from gongkai.reportformat import decision_categories

BASE = LetterContext(
    unit_name="淄博市张店区人民政府办公室", serial_no="张政公开申〔2020〕12号", applicant_name="王某某",
    received_on=date(2020, 3, 2), content_summary="2019年张店区棚户区改造项目征收补偿方案", issued_on=date(2020, 3, 20),
    contact_person="李明", contact_phone="0533-2181234",
)
# What each kind or category needs beyond the base, filled as a case worker would.
EXTRAS = {
    "granted": {"provided_how": "现将该信息随本答复书提供给您"},
    "partial": {"provided_how": "现将可以公开的部分随本答复书提供给您", "withheld_part": "被征收人的身份证号码",
                "reasons": "该部分属于个人隐私，公开后会损害第三方合法权益。"},
    "denied_law_prohibited": {"reasons": "依据《中华人民共和国统计法》第三十九条，统计调查中获得的能够识别单个统计调查对象的资料应当保密"},
    "denied_admin_query": {"channel_hint": "淄博市不动产登记中心查询窗口"},
    "np_repeat": {"previous_reply": "2020年1月10日（张政公开告〔2020〕3号）"},
    "np_publication": {"channel_hint": "淄博市图书馆政府信息公共查阅点"},
    "np_massive": {"reasons": "您未在规定期限内说明理由"},
    "other_no_correction": {"correction_deadline": date(2020, 3, 16)},
    "other_no_fee": {"fee_amount": Decimal(2000), "fee_pay_deadline": date(2021, 4, 2)},
    "other_other": {"reasons": "不动产登记资料", "special_law": "《不动产登记暂行条例》"},
    LetterKind.CORRECTION: {"correction_items": ("请写明所需信息的名称或文号", "请写明所需信息涉及的年度"),
                            "correction_deadline": date(2020, 3, 20)},
    LetterKind.EXTENSION: {"reasons": "所需信息涉及多个项目，需调取档案核实", "original_due_on": date(2020, 3, 30),
                           "extension_days": 20, "new_due_on": date(2020, 4, 28)},
    LetterKind.THIRD_PARTY: {"third_party_name": "淄博某某置业有限公司", "consultation_deadline": date(2020, 3, 27)},
    LetterKind.AGENCY_CONSULTATION: {"other_agency_name": "淄博市张店区自然资源局"},
    LetterKind.FEE: {"reasons": "您本月向本机关提出的政府信息公开申请已超过10件", "fee_amount": Decimal(2000),
                     "fee_calculation": ("第11至30件按件计收：20件×100元＝2000元",),
                     "fee_pay_deadline": date(2021, 4, 2), "fee_payment_method": "通过山东省非税收入缴款平台缴纳"},
    LetterKind.REASONS: {"reasons": "您自2020年1月以来已向本机关提出政府信息公开申请56件。",
                         "reasons_deadline": date(2020, 3, 27)},
}
# The article each decision category must cite.
ARTICLES = {
    "granted": "第三十六条第（二）项", "partial": "第三十七条", "denied_state_secret": "第十四条",
    "denied_law_prohibited": "第十四条", "denied_three_security": "第十四条", "denied_third_party": "第十五条",
    "denied_internal_affairs": "第十六条第一款", "denied_process_info": "第十六条第二款",
    "denied_enforcement_file": "第十六条第二款", "denied_admin_query": "第三十六条第（三）项",
    "unable_not_held": "第三十六条第（四）项", "unable_need_creation": "第三十八条", "unable_unclear": "第三十条",
    "np_petition": "第三十九条第一款", "np_repeat": "第三十六条第（六）项", "np_publication": "第三十九条第二款",
    "np_massive": "第三十五条", "np_confirm": "第三十八条", "other_no_correction": "第三十条",
    "other_no_fee": "第四十二条", "other_other": "第三十六条第（七）项",
}
KIND_ARTICLES = {LetterKind.CORRECTION: "第三十条", LetterKind.EXTENSION: "第三十三条第二款",
                 LetterKind.THIRD_PARTY: "第三十二条", LetterKind.AGENCY_CONSULTATION: "第三十四条",
                 LetterKind.FEE: "国办函〔2020〕109号", LetterKind.REASONS: "第三十五条"}
PLACEHOLDERS = ("None", "〔〕", "{{", "}}", "{%", "（）", "“”", "。。")


def reply(key):
    return replace(BASE, category_key=key, **EXTRAS.get(key, {}))


def assert_no_placeholder(text):
    for mark in PLACEHOLDERS:
        assert mark not in text, mark


def test_every_decision_category_of_the_format_has_its_article():
    assert set(ARTICLES) == {c.key for c in decision_categories()}


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_the_reply_for_each_category_cites_its_article_and_the_remedies(key):
    html = render(LetterKind.REPLY, reply(key), "html")
    assert_no_placeholder(html)
    assert f"《中华人民共和国政府信息公开条例》{ARTICLES[key]}" in html or ARTICLES[key] in html
    assert "60日内" in html and "6个月内" in html and "行政复议" in html and "行政诉讼" in html
    assert "（印章）" in html and "2020年3月20日" in html and "淄博市张店区人民政府办公室" in html


@pytest.mark.parametrize("kind", sorted(KIND_ARTICLES))
def test_each_process_letter_renders_complete_and_cites_its_basis(kind):
    html = render(kind, replace(BASE, **EXTRAS[kind]), "html")
    assert_no_placeholder(html)
    assert KIND_ARTICLES[kind] in html and LetterKind(kind).label in html


def test_a_letter_to_the_third_party_does_not_name_the_applicant():
    letter = compose(LetterKind.THIRD_PARTY, replace(BASE, **EXTRAS[LetterKind.THIRD_PARTY]))
    assert letter.addressee == "淄博某某置业有限公司：" and "王某某" not in "".join(letter.paragraphs)
    assert "15个工作日内（即2020年3月27日前）" in "".join(letter.paragraphs)


def test_an_organisation_is_addressed_as_such():
    letter = compose(LetterKind.REPLY, replace(reply("granted"), applicant_is_organisation=True))
    assert "贵单位申请获取的政府信息属于公开范围" in letter.paragraphs[1]


def test_already_published_information_is_answered_under_item_one():
    letter = compose(LetterKind.REPLY, replace(BASE, category_key="granted", published_at="淄博市人民政府门户网站"))
    assert "第三十六条第（一）项" in letter.paragraphs[1] and "淄博市人民政府门户网站" in letter.paragraphs[1]


def test_titles_follow_the_decision():
    assert compose(LetterKind.REPLY, reply("granted")).title == "政府信息公开申请答复书"
    assert compose(LetterKind.REPLY, reply("denied_state_secret")).title == "政府信息不予公开告知书"
    assert compose(LetterKind.REPLY, reply("np_petition")).paragraphs[-1] == "特此告知。"


def test_a_missing_field_is_named_instead_of_rendered_blank():
    with pytest.raises(LetterIncomplete) as refused:
        render(LetterKind.REPLY, replace(BASE, category_key="partial", provided_how="随附"), "html")
    assert refused.value.problems == ["缺少不予公开的部分", "缺少理由"]


def test_an_extension_beyond_twenty_working_days_is_refused():
    context = replace(BASE, **{**EXTRAS[LetterKind.EXTENSION], "extension_days": 25})
    with pytest.raises(LetterIncomplete, match="延长期限应为1至20个工作日"):
        compose(LetterKind.EXTENSION, context)


def test_correction_items_are_numbered_paragraphs():
    letter = compose(LetterKind.CORRECTION, replace(BASE, **EXTRAS[LetterKind.CORRECTION]))
    assert letter.paragraphs[2:4] == ("1．请写明所需信息的名称或文号", "2．请写明所需信息涉及的年度")


def test_the_fee_notice_states_the_calculation_and_the_total():
    text = "".join(compose(LetterKind.FEE, replace(BASE, **EXTRAS[LetterKind.FEE])).paragraphs)
    assert "第11至30件按件计收：20件×100元＝2000元" in text and "合计：人民币2000元" in text


def test_the_letter_number_is_printed_only_when_there_is_one():
    assert "doc-number" not in render(LetterKind.REPLY, reply("granted"), "html")
    with_number = render(LetterKind.REPLY, replace(reply("granted"), letter_no="张政办公开告〔2020〕12号"), "html")
    assert '<p class="doc-number">张政办公开告〔2020〕12号</p>' in with_number


def test_the_reasons_notice_gives_the_deadline_and_both_possible_outcomes():
    text = "".join(compose(LetterKind.REASONS, replace(BASE, **EXTRAS[LetterKind.REASONS])).paragraphs)
    assert "明显超过合理范围：您自2020年1月以来已向本机关提出政府信息公开申请56件。根据" in text
    assert "请您于2020年3月27日前向本机关书面说明申请理由" in text
    assert "告知您不予处理" in text and "确定延迟答复的合理期限" in text


def test_a_reasons_notice_without_a_deadline_is_incomplete():
    with pytest.raises(LetterIncomplete, match="缺少说明理由的期限"):
        compose(LetterKind.REASONS, replace(BASE, reasons="申请56件"))


def test_every_required_field_has_a_chinese_label():
    assert set(FIELD_LABELS) <= {f.name for f in fields(LetterContext)}


def test_docx_and_pdf_carry_the_same_letter():
    context = reply("denied_third_party")
    assert render(LetterKind.REPLY, context, "docx").startswith(b"PK")
    assert render(LetterKind.REPLY, context, "pdf").startswith(b"%PDF")


REFUSALS = sorted(c.key for c in decision_categories() if c.group_key in ("denied", "partial"))
OTHERS = sorted(c.key for c in decision_categories() if c.group_key not in ("denied", "partial"))


def dated(key, on):
    return replace(reply(key), issued_on=on, review_body="淄博市张店区人民政府", court="淄博市张店区人民法院")


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_a_reply_before_2024_keeps_the_older_remedies_wording(key):
    html = render(LetterKind.REPLY, dated(key, date(2023, 12, 29)), "html")
    assert "可以自收到本" in html and "60日内向淄博市张店区人民政府申请行政复议，或者自收到本" in html
    assert "6个月内向淄博市张店区人民法院提起行政诉讼" in html and "行政复议法" not in html


@pytest.mark.parametrize("key", REFUSALS)
def test_a_refusal_from_2024_requires_review_before_court_under_article_23(key):
    html = render(LetterKind.REPLY, dated(key, date(2024, 1, 2)), "html")
    assert "《中华人民共和国行政复议法》第二十条第一款、第二十三条第一款第（四）项" in html
    assert "60日内先向淄博市张店区人民政府申请行政复议" in html and "对行政复议决定不服的" in html
    assert "6个月内" not in html and "淄博市张店区人民法院" not in html


@pytest.mark.parametrize("key", OTHERS)
def test_other_replies_from_2024_offer_review_under_article_20_or_court(key):
    html = render(LetterKind.REPLY, dated(key, date(2024, 1, 1)), "html")
    assert "《中华人民共和国行政复议法》第二十条第一款" in html and "第二十三条" not in html
    assert "60日内向淄博市张店区人民政府申请行政复议" in html
    assert "《中华人民共和国行政诉讼法》第四十六条第一款" in html and "6个月内向淄博市张店区人民法院提起行政诉讼" in html


def from_department(key, on, review_body="淄博市张店区人民政府"):
    return replace(dated(key, on), unit_name="淄博市张店区财政局", unit_is_department=True, review_body=review_body)


@pytest.mark.parametrize("key", ["granted", "denied_third_party"])
def test_a_department_reply_before_2024_offers_the_government_or_the_superior_department(key):
    html = render(LetterKind.REPLY, from_department(key, date(2023, 12, 29)), "html")
    assert "60日内向淄博市张店区人民政府或者上一级主管部门申请行政复议，或者自收到本" in html


def test_a_department_reply_before_2024_without_a_named_government_says_the_government_at_its_level():
    html = render(LetterKind.REPLY, from_department("granted", date(2023, 12, 29), review_body=""), "html")
    assert "60日内向本级人民政府或者上一级主管部门申请行政复议" in html


@pytest.mark.parametrize("key", ["granted", "denied_third_party"])
def test_a_department_reply_from_2024_names_only_the_government_at_its_level(key):
    html = render(LetterKind.REPLY, from_department(key, date(2024, 1, 2)), "html")
    assert "向淄博市张店区人民政府申请行政复议" in html and "上一级主管部门" not in html


def test_a_government_reply_before_2024_names_no_superior_department():
    html = render(LetterKind.REPLY, dated("granted", date(2023, 12, 29)), "html")
    assert "上一级主管部门" not in html


def test_a_reply_naming_the_competent_agency_cites_article_36_item_5():
    context = replace(reply("unable_not_held"), responsible_agency="淄博市自然资源和规划局",
                      responsible_agency_contact="0533-3111111")
    html = render(LetterKind.REPLY, context, "html")
    assert "第三十六条第（五）项" in html and "第三十六条第（四）项" not in html
    assert "由淄博市自然资源和规划局负责公开，联系方式：0533-3111111" in html


def test_a_reply_without_a_competent_agency_says_the_information_does_not_exist_under_item_4():
    html = render(LetterKind.REPLY, reply("unable_not_held"), "html")
    assert "第三十六条第（四）项" in html and "第三十六条第（五）项" not in html and "该政府信息不存在" in html


def test_a_letter_dated_before_the_2019_regulation_is_refused_in_chinese():
    with pytest.raises(LetterIncomplete, match="成文日期早于2019年5月15日"):
        render(LetterKind.REPLY, replace(reply("granted"), issued_on=date(2019, 5, 14)), "html")
