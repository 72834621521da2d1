import random
from datetime import date

import pytest

from gongkai.foi.rules import resident_id

# GB 11643-1999 Appendix example: 11010519491231002X.
STANDARD_EXAMPLE = "11010519491231002X"


def test_standard_example_is_valid():
    assert resident_id.validate(STANDARD_EXAMPLE) == STANDARD_EXAMPLE


def test_lowercase_x_and_spaces_are_normalised():
    assert resident_id.validate(" 11010519491231002x ") == STANDARD_EXAMPLE


@pytest.mark.parametrize(("number", "message"), [
    ("1101051949123100", "应为18位，实际为16位"),
    ("11010519491231002Y", "第18位应为数字或X"),
    ("1101051949123100X2", "前17位应为数字"),
    ("99010519491231002X", "省级行政区划代码"),
    ("110105194902300021", "出生日期不存在"),
    ("110105189901010021", "早于1900年"),
    ("110105203001010021", "晚于今天"),
    ("110105194912310021", "校验位错误"),
])
def test_malformed_numbers_are_refused_with_the_reason(number, message):
    with pytest.raises(resident_id.ResidentIdError, match=message):
        resident_id.validate(number, today=date(2026, 11, 28))


def test_every_wrong_check_character_is_caught():
    body = STANDARD_EXAMPLE[:17]
    wrong = [c for c in "0123456789X" if c != "X"]
    assert not any(resident_id.is_valid(body + c) for c in wrong)


def test_generated_numbers_are_valid():
    rng = random.Random(1)
    numbers = [resident_id.generate("370302", date(1980 + i, 1 + i % 12, 1 + i), rng) for i in range(20)]
    assert all(resident_id.is_valid(n) for n in numbers)
