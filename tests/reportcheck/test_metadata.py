from gongkai.reportcheck.metadata import read_metadata
from gongkai.reportcheck.readers import read


def meta(text: str):
    return read_metadata(read(text.encode()))


def test_unit_and_year_come_from_the_title_and_the_full_name_from_the_publisher():
    found = meta("标题: 淄博市2020年政府信息公开工作年度报告\n发布机构: 淄博市人民政府\n发布日期:2021-03-09")
    assert (found.unit, found.year, found.published_on) == ("淄博市人民政府", 2020, "2021-03-09")
    assert found.where == {"year": "第1行", "unit": "第2行", "published_on": "第3行"}


def test_a_unit_printed_on_the_line_above_the_title_is_used():
    found = meta("        洪泽区人民政府\n  2023 年政府信息公开工作年度报告\n")
    assert (found.unit, found.year) == ("洪泽区人民政府", 2023)


def test_a_date_alone_under_the_title_is_the_publication_date():
    assert meta("# 某县人民政府 2025 年 政府信息公开工作年度报告\n(2026年1月23日)\n").published_on == "2026-01-23"


def test_the_time_a_page_was_saved_is_not_its_publication_date():
    assert meta("某局2023年政府信息公开年度报告\n采集时间：2025-12-30\n").published_on is None


def test_a_report_without_a_title_has_no_unit_or_year():
    found = meta("一、总体情况\n今年工作顺利。")
    assert (found.unit, found.year, found.published_on) == (None, None, None)


def test_a_year_in_chinese_numerals_and_a_title_starting_with_guanyu_are_read():
    found = meta("淄博市人民政府办公室关于二〇二〇年政府信息公开工作年度报告\n")
    assert (found.unit, found.year) == ("淄博市人民政府办公室", 2020)


def test_a_year_in_chinese_numerals_typed_with_a_circle_for_zero_is_read():
    found = meta("某县人民政府二○二三年度政府信息公开工作年度报告\n")
    assert (found.unit, found.year) == ("某县人民政府", 2023)


def test_titles_of_other_reports_linked_beside_the_article_are_not_its_title():
    page = ("<html><head><title>某县人民政府</title></head><body><ul>"
            "<li><a href='/1'>某县人民政府2022年政府信息公开工作年度报告</a></li></ul>"
            "<h1>某县人民政府2023年政府信息公开工作年度报告</h1><p>上一篇：<a href='/2'>某县人民政府2021年政府信息公开"
            "工作年度报告</a></p></body></html>")
    found = read_metadata(read(page.encode()))
    assert (found.unit, found.year) == ("某县人民政府", 2023)


def test_a_title_that_is_only_a_link_is_still_read():
    page = "<html><body><h1><a href='/self'>某县人民政府2023年政府信息公开工作年度报告</a></h1></body></html>"
    assert read_metadata(read(page.encode())).year == 2023
