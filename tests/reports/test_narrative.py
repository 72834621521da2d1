import copy

from gongkai.reportformat import empty_tables
from gongkai.reports.narrative import draft, received_paragraph, results_paragraphs
from gongkai.reports.numbers import growth_phrase
from tests.reports.fakes import seed_tables


def test_percentages_are_shares_of_the_year_s_results_to_two_decimals():
    text = "\n".join(results_paragraphs(seed_tables(), "2019"))
    assert "予以公开910件，占65.19%" in text
    assert "不予处理8件，占0.57%" in text  # the seed printed 0.057%


def test_year_on_year_growth_against_last_year_s_report():
    tables = seed_tables()
    previous = copy.deepcopy(tables)
    previous["t3"]["new"]["total"] = 1357
    assert "同比增长3.10%" in received_paragraph(tables, "2019", previous)
    previous["t3"]["new"]["total"] = 1399
    assert "与上年持平" in received_paragraph(tables, "2019", previous)
    previous["t3"]["new"]["total"] = 1500
    assert "同比下降6.73%" in received_paragraph(tables, "2019", previous)


def test_without_last_year_s_report_no_growth_is_claimed():
    assert "同比" not in received_paragraph(seed_tables(), "2019", None)


def test_a_year_without_results_states_counts_but_no_percentages():
    tables = empty_tables("2021")
    text = draft(tables, year=2021, compiler="测试单位")["overall"]
    assert "本年度共办理政府信息公开申请0件。" in text and "%" not in text


def test_the_draft_names_the_format_and_its_document_number():
    preamble = draft(empty_tables("2021"), year=2022, compiler="淄博市财政局")["preamble"]
    assert "（国办公开办函〔2021〕30号）" in preamble and "由淄博市财政局编制" in preamble
    assert "统计期限自2022年1月1日起至2022年12月31日止" in preamble


def test_2021_drafts_break_down_other_handling_by_its_three_rows():
    tables = empty_tables("2021")
    for key, n in (("other_no_correction", 2), ("other_other", 1)):
        tables["t3"][key]["total"] = n
    tables["t3"]["result_total"]["total"] = 3
    text = "\n".join(results_paragraphs(tables, "2021"))
    assert "在其他处理的3件中，申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的2件，其他的1件。" in text


def test_a_change_too_small_to_show_is_not_called_unchanged():
    assert growth_phrase(100001, 100000) == "同比增长不足0.01%"
    assert growth_phrase(99999, 100000) == "同比下降不足0.01%"
    assert growth_phrase(100000, 100000) == "与上年持平"
