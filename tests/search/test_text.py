from gongkai.search.text import contains_all, gram_runs, normalize, query_terms, snippet, unigrams


def test_normalize_folds_full_width_and_case():
    assert normalize("ＡＢＣ　２０２０ 年") == "abc 2020 年"


def test_grams_do_not_cross_spaces():
    assert gram_runs("影响评价 公开", 2) == [["影响", "响评", "评价"], ["公开"]]
    assert gram_runs("棚户区改造 公开", 4) == [["棚户区改", "户区改造"], []]


def test_unigrams_exclude_spaces():
    assert unigrams("公开 公") == {"公", "开"}


def test_query_terms_are_distinct_longest_first():
    assert query_terms("公开  影响评价 公开") == ["影响评价", "公开"]


def test_contains_all_requires_every_term():
    assert contains_all("环境影响评价公开", ["影响评价", "公开"])
    assert not contains_all("环境影响评价", ["影响评价", "公开"])


def test_contains_all_never_matches_across_a_space():
    assert not contains_all("影响 评价", ["影响评价"])


def test_snippet_marks_every_occurrence_in_the_window():
    segments = snippet("关于棚户区改造的通知：棚户区改造工作要加快", ["棚户区改造"], width=40)
    assert [text for text, marked in segments if marked] == ["棚户区改造", "棚户区改造"]


def test_snippet_centres_on_a_late_match():
    text = "甲" * 200 + "影响评价" + "乙" * 200
    segments = snippet(text, ["影响评价"], width=60)
    assert segments[0] == ("…", False) and segments[-1] == ("…", False)
    assert ("影响评价", True) in segments


def test_cited_doc_numbers_are_added_in_canonical_form():
    from gongkai.search.text import cited_numbers

    added = cited_numbers("根据淄政字(2020)7号和淄政发〔2019〕3号")
    assert len(added) == 1 and added[0].endswith("淄政字〔2020〕7号")  # 机关代字 runs back to the text before


def test_citing_numbers_scan_of_a_long_unpunctuated_text_is_linear():
    import time

    from gongkai.search.text import cited_numbers

    started = time.monotonic()
    assert cited_numbers("长" * 1_000_000 + "淄政字(2020)7号")[0].endswith("淄政字〔2020〕7号")
    assert time.monotonic() - started < 5
