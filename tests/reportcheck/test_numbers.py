import random

from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.reportcheck.numbers import decode, gather, parse_value, tokenize
from tests.reportcheck.helpers import LINE, cell

ROW_SUM = [(range(6), 6)]


def tokens(text):
    return gather(tokenize(LINE, text, 0), 7)


def test_a_run_together_row_is_cut_by_its_total():
    decoded = decode(tokens("640020470"), ["int"] * 7, ROW_SUM)
    assert decoded.values == [64, 0, 0, 2, 0, 4, 70]
    assert decoded.method == "split"


def test_spaces_that_survive_are_cell_boundaries():
    assert decode(tokens("23 0 00 0 023"), ["int"] * 7, ROW_SUM).values == [23, 0, 0, 0, 0, 0, 23]


def test_a_row_with_two_valid_cuts_is_left_unresolved_with_both():
    decoded = decode(tokens("220000325"), ["int"] * 7, ROW_SUM)
    assert decoded.values is None
    assert sorted(values for values, _ in decoded.candidates) == [[2, 20, 0, 0, 0, 3, 25], [22, 0, 0, 0, 0, 3, 25]]


def test_a_printed_repetition_decides_between_cuts():
    decoded = decode(gather(tokenize(LINE, "898989", 0), 3), ["int"] * 3)
    assert (decoded.values, decoded.method) == ([89, 89, 89], "repeated")


def test_too_many_ways_to_cut_gives_up_instead_of_guessing():
    decoded = decode(gather(tokenize(LINE, "1" * 40, 0), 15), ["int"] * 15)
    assert decoded.values is None and decoded.method == "unresolved"


def test_text_before_values_is_skipped_and_text_after_enough_values_ends_the_row():
    found = gather(tokenize(LINE, "类别 1 0 0 0 0 0 1（三）不予公开 5", 0), 7)
    assert [t.text for t in found] == ["1", "0", "0", "0", "0", "0", "1"]


def test_percentages_and_units_are_not_counts():
    found = tokenize(LINE, "占65.19% 7730.28万元 -73 +38", 0)
    assert [(t.kind, t.text) for t in found] == [
        ("text", "占"), ("text", "65.19%"), ("num", "7730.28"), ("num", "-73"), ("num", "+38")]


def test_a_blank_cell_counts_only_in_a_row_that_has_numbers():
    header = [cell("", group=1), cell("商业企业", group=1)]
    row = [cell("26", group=2), cell("", group=2), cell("—", group=2)]
    found = gather([t for c in header + row for t in tokenize(c, c.text, 0)], 3)
    assert [(t.kind, t.text) for t in found] == [("num", "26"), ("blank", ""), ("blank", "—")]


def test_a_cell_with_words_and_digits_is_a_label():
    assert [t.kind for t in tokenize(cell("数据1"), "数据1", 0)] == ["text"]


def test_decimal_amounts_stay_exact_strings():
    assert parse_value("631972.7378", "decimal") == "631972.7378"
    assert parse_value("+38", "signed_int") == 38
    assert parse_value("1,399") == 1399


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_a_run_together_row_is_never_decoded_wrong(seed):
    rng = random.Random(seed)
    parts = [rng.choice([0, 0, rng.randint(0, 120)]) for _ in range(6)]
    row = [*parts, sum(parts)]
    decoded = decode(tokens("".join(map(str, row))), ["int"] * 7, ROW_SUM)
    assert decoded.values in (row, None)
    assert decoded.values is not None or row in [v for v, _ in decoded.candidates]


def test_a_dash_between_spaced_values_stands_for_a_cell():
    found = gather(tokenize(LINE, "（一）予以公开 5 - — / - - 5", 0), 7)
    assert [(t.kind, t.text) for t in found] == [("num", "5"), ("blank", "-"), ("blank", "—"), ("blank", "/"),
                                                 ("blank", "-"), ("blank", "-"), ("num", "5")]
