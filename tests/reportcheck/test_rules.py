"""Findings from the text: numbers against the tables, shares, dates, period, placeholders."""

import random

from gongkai.reportcheck.findings import Kind, Severity
from gongkai.reportcheck.rules.dates import date_findings, period_findings, placeholder_findings
from gongkai.reportcheck.rules.narrative import narrative_findings
from gongkai.reportcheck.rules.percentages import percentage_findings
from gongkai.reportcheck.rules.text import Sentence
from tests.reportcheck.synth import random_tables


def sentences(*texts, paragraph=0):
    return [Sentence(text, "第1行", paragraph) for text in texts]


def tables(version="2019", **cells):
    data = random_tables(random.Random(1), version)
    for address, value in cells.items():
        row, column = address.split("__")
        data["t3"][row][column] = value
    return data


def test_a_count_in_the_text_that_the_table_contradicts_is_a_warning():
    data = tables(granted__total=900)
    (finding,) = narrative_findings(sentences("其中予以公开910件，占65.19%。"), data)
    assert (finding.kind, finding.severity, finding.cells) == (Kind.NARRATIVE, Severity.WARNING, ["t3.granted.total"])
    assert finding.message == "正文「予以公开910件」与表三不一致：表中相应数字为900"


def test_group_counts_are_compared_with_the_sum_of_their_rows():
    data = tables()
    denied = sum(data["t3"][k]["total"] for k in data["t3"] if k.startswith("denied_"))
    assert narrative_findings(sentences(f"在不予公开的{denied}件中，属于国家秘密的"
                                        f"{data['t3']['denied_state_secret']['total']}件。"), data) == []
    assert len(narrative_findings(sentences(f"不予公开{denied + 1}件。"), data)) == 1


def test_received_counts_may_include_requests_carried_over():
    data = tables()
    new, carried = data["t3"]["new"]["total"], data["t3"]["carried_in"]["total"]
    text = f"全年共受理政府信息公开申请{new + carried}件，其中自然人申请{data['t3']['new']['natural']}件。"
    assert narrative_findings(sentences(text), data) == []


def test_requests_carried_into_next_year_are_not_read_as_requests_handled():
    data = tables()
    carried = data["t3"]["carry_next"]["total"]
    assert narrative_findings(sentences(f"结转下年度继续办理{carried}件。"), data) == []


def test_unrelated_counts_near_the_same_words_are_not_compared():
    text = "全县共办理相关案件74件；政商直通车办理企业诉求900余件；其中法人或其他组织申请3件。"
    data = tables()
    for column in ("commercial", "research", "public_interest", "legal_service", "other_org"):
        data["t3"]["new"][column] = 3 if column == "other_org" else 0
    assert narrative_findings(sentences(text), data) == []


def test_outcomes_of_appeals_are_compared_with_review_or_litigation_by_subject():
    data = tables()
    cases = data["t4"]["cases"]
    texts = (f"本年度被申请行政复议{cases['review_total']}起。",
             f"其中，结果维持{cases['review_maintained']}起。",
             f"被提起行政诉讼{cases['lit_direct_total'] + cases['lit_after_review_total']}起，"
             f"结果维持{cases['lit_direct_maintained'] + cases['lit_after_review_maintained']}起。")
    assert narrative_findings(sentences(*texts), data) == []
    wrong = (texts[0], f"其中，结果维持{cases['review_maintained'] + 1}起。")
    assert [f.rule for f in narrative_findings(sentences(*wrong), data)] == ["review_maintained"]


def test_a_share_that_its_counts_do_not_give_is_reported_with_the_right_value():
    found = percentage_findings(sentences("本年度办理1396件，其中予以公开910件，占65.19%", "不予处理8件，占0.057%"),
                                tables(result_total__total=1396))
    assert [f.message for f in found] == ["「8件，占0.057%」：8件占1396件的0.57%，不是0.057%"]


def test_a_share_rounded_to_its_printed_precision_is_right():
    assert percentage_findings(sentences("办理3件，其中予以公开1件，占33.3%", "占33%的1件"), tables()) == []


def test_impossible_dates_are_reported_once_each():
    found = date_findings(sentences("新平台2021年11日上线，2020年2月30日印发，2021年13月召开；再次2021年11日。",
                                    "发布日期：2021-02-29"))
    assert [f.message for f in found] == ["日期「2021年11日」缺少月份", "日期「2020年2月30日」不存在",
                                          "日期「2021年13月」月份不存在", "日期「2021-02-29」不存在"]


def test_real_dates_and_periods_pass():
    text = "本报告所列数据统计期限自2020年1月1日始，至2020年12月31日止。2月29日、2024年2月29日。"
    assert date_findings(sentences(text)) == []
    assert period_findings(sentences(text), 2020) == []


def test_a_statistical_period_of_another_year_is_reported():
    (finding,) = period_findings(sentences("本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。"), 2020)
    assert finding.message == "统计期限写为2019年，与报告年度2020年不符"


def test_programme_placeholders_are_reported():
    found = placeholder_findings(sentences("索引号: 11370300004224423Q/2021-None 文号: 〔〕号", "Nonetheless 无"))
    assert [f.message for f in found] == ["页面显示了程序占位符「None」，应显示实际内容或不显示该项",
                                          "页面显示了程序占位符「〔〕号」，应显示实际内容或不显示该项"]


def test_a_count_of_review_and_litigation_together_is_not_the_litigation_total():
    assert narrative_findings(sentences("本年度发生行政复议、行政诉讼案件共999起。"), tables()) == []


def test_a_cut_off_date_for_statistics_is_not_the_period():
    assert period_findings(sentences("数据统计时间截至2021年1月31日。"), 2020) == []
