from gongkai.reports.narrative import draft
from gongkai.reports.narrative_check import check
from tests.reports.fakes import seed_tables

SEED_SENTENCE = ("本年度办理政府信息公开申请1396件(含上年结转),其中予以公开910件,占65.19%;部分公开82件,占5.87%;"
                 "不予公开63件,占4.51%;无法提供262件,占18.77%;不予处理8件,占0.057%;其他处理71件,占5.09%。")  # the seed


def test_the_drafted_text_agrees_with_its_tables():
    tables = seed_tables()
    assert check(draft(tables, year=2020, compiler="淄博市人民政府办公室"), tables) == []


def test_the_seed_report_s_wrong_percentage_is_found():
    issues = check({"overall": SEED_SENTENCE}, seed_tables())
    assert [i.message for i in issues] == ["「8件，占0.057%」：8件占1396件的0.57%，不是0.057%"]


def test_a_wrong_count_is_found_with_its_section():
    issues = check({"other": "本年度共收到政府信息公开申请1400件。"}, seed_tables())
    assert [(i.section, i.message) for i in issues] == [
        ("other", "正文「收到政府信息公开申请1400件」与表三不一致：表中相应数字为1399")]


def test_litigation_is_checked_against_both_routes_together():
    tables = seed_tables()
    assert check({"overall": "因政府信息公开被提起行政诉讼135起。"}, tables) == []
    assert len(check({"overall": "被提起行政诉讼98件。"}, tables)) == 1


def test_numbers_it_cannot_attribute_are_left_alone():
    assert check({"overall": "年内召开新闻发布会67场，开放数据10057个。"}, seed_tables()) == []


def test_a_number_too_long_to_read_is_an_issue_not_a_crash():
    issues = check({"overall": "本年度共收到政府信息公开申请" + "9" * 5000 + "件。"}, seed_tables())
    assert [(i.section, i.message) for i in issues] == [("overall", "数字超过20位，请核对")]
