from gongkai.reportcheck.anchors import approximate, find, locate, parse_label
from tests.reportcheck.helpers import text_source


def test_a_label_splits_into_numbering_body_and_short_body():
    label = parse_label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    assert (label.number, label.short) == ("二", "部分公开")
    assert parse_label("1.属于国家秘密").full == "1属于国家秘密"


def test_a_body_found_without_its_numbering_takes_the_numbering_printed_before_it():
    index = text_source("00000001 属于国家秘密0000000").index
    anchor = find(index, parse_label("1.属于国家秘密"), 0, len(index.text))
    assert index.text[anchor.start:anchor.end] == "1属于国家秘密"


def test_a_misprinted_label_is_found_between_its_neighbours():
    index = text_source("1.属于国家秘密 1 0\n2.其他法律行政止公开 0 0\n3.危及“三安全一稳定” 0 0").index
    labels = [parse_label(t) for t in ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”")]
    anchors = locate(index, labels, 0, len(index.text))
    assert index.text[anchors[1].start:anchors[1].end] == "2其他法律行政止公开"
    assert anchors[1].fuzzy and not anchors[0].fuzzy


def test_labels_are_searched_in_their_printed_order():
    index = text_source("（一）予以公开 5\n（二）部分公开 3\n说明：予以公开的理由").index
    anchors = locate(index, [parse_label("（一）予以公开"), parse_label("（二）部分公开")], 0, len(index.text))
    assert anchors[0].start < anchors[1].start


def test_approximate_match_allows_the_stated_number_of_edits():
    assert approximate("abcxdefg", "abcdef", 1) == (0, 7)
    assert approximate("zzzzzz", "abcdef", 1) is None


def test_an_abbreviated_long_label_is_found_by_its_numbered_beginning():
    index = text_source("（六）其他处理\n1.申请人无正当理由逾期不补正 0 0\n2.申请人逾期未按收费通知 1 1").index
    label = parse_label("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
    anchor = find(index, label, 0, len(index.text))
    assert index.text[anchor.start:anchor.end] == "1申请人无正当理由逾"


def test_a_label_wrapped_around_its_values_ends_where_the_values_begin():
    index = text_source("2.其他法律行政法规\n  0 0 4 0 0 4 8\n禁止公开\n3.危及").index
    labels = [parse_label("1.属于国家秘密"), parse_label("2.其他法律行政法规禁止公开"), parse_label("3.危及“三安全一稳定”")]
    anchor = locate(index, labels, 0, len(index.text))[1]
    assert index.text[anchor.start:anchor.end] == "2其他法律行政法规"
