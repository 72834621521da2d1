import random

import pytest

from gongkai.orgs import credit_code

VALID = "11370300004224423Q"  # 淄博市人民政府


def test_zibo_city_government_code_is_valid():
    assert credit_code.validate(VALID) == VALID


def test_lowercase_and_spaces_are_normalised():
    assert credit_code.validate(f"  {VALID.lower()} ") == VALID


@pytest.mark.parametrize("position", range(18))
def test_changing_any_single_character_is_detected(position):
    for replacement in "0123456789ABCDEFGHJKLMNPQRTUWXY":
        if replacement == VALID[position]:
            continue
        changed = VALID[:position] + replacement + VALID[position + 1:]
        assert not credit_code.is_valid(changed), changed


def test_wrong_length_says_how_long_it_is():
    with pytest.raises(credit_code.CreditCodeError, match="应为18位，实际为17位"):
        credit_code.validate(VALID[:-1])


@pytest.mark.parametrize("letter", "IOSVZ")
def test_letters_outside_the_alphabet_are_refused(letter):
    with pytest.raises(credit_code.CreditCodeError, match="不允许的字符"):
        credit_code.validate(VALID[:10] + letter + VALID[11:])


def test_wrong_check_character_is_named():
    with pytest.raises(credit_code.CreditCodeError, match="校验位错误"):
        credit_code.validate(VALID[:17] + "P")


def test_wrong_organisation_code_check_digit_is_named():
    # Keep the final check character valid for the altered body so only the inner digit is wrong.
    first17 = VALID[:16] + "4"
    with pytest.raises(credit_code.CreditCodeError, match="组织机构代码校验位错误"):
        credit_code.validate(first17 + credit_code.check_character(first17))


def test_generated_codes_are_valid_and_in_their_division():
    rng = random.Random(1)
    codes = [credit_code.generate("370303", rng) for _ in range(500)]
    assert all(credit_code.is_valid(code) and code[2:8] == "370303" for code in codes)
