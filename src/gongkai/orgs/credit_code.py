"""统一社会信用代码 (unified social credit code), GB 32100-2015.

18 characters: registration authority (1), organisation category (1), administrative division
code (6), organisation code per GB 11714 (9, its own check digit last), check character (1).
The check character uses the 31-character alphabet without I, O, S, V and Z. Plain Python, no Django.
"""

import random
import re

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_SHAPE = re.compile(r"^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$")


class CreditCodeError(ValueError):
    """A malformed code; the message is Chinese and fit for end users."""


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (GB 32100-2015 §5)."""
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(first17, _WEIGHTS, strict=True))
    remainder = 31 - total % 31
    return ALPHABET[0 if remainder == 31 else remainder]


def _org_code_check_digit(body8: str) -> str:
    """GB 11714 check digit of the 8-character organisation code body."""
    total = sum(ALPHABET.index(ch) * weight for ch, weight in zip(body8, _ORG_CODE_WEIGHTS, strict=True))
    remainder = 11 - total % 11
    return {10: "X", 11: "0"}.get(remainder, str(remainder))


def normalize(code: str) -> str:
    return code.strip().upper()


def validate(code: str) -> str:
    """Return the normalised code or raise ``CreditCodeError`` saying what is wrong."""
    code = normalize(code)
    if len(code) != 18:
        raise CreditCodeError(f"统一社会信用代码应为18位，实际为{len(code)}位")
    if not _SHAPE.match(code):
        raise CreditCodeError("统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z，第3—8位应为数字）")
    if check_character(code[:17]) != code[17]:
        raise CreditCodeError("统一社会信用代码校验位错误")
    if _org_code_check_digit(code[8:16]) != code[16]:
        raise CreditCodeError("统一社会信用代码中的组织机构代码校验位错误")
    return code


def is_valid(code: str) -> bool:
    try:
        validate(code)
    except CreditCodeError:
        return False
    return True


def generate(division_code: str, rng: random.Random, *, category: str = "11") -> str:
    """A valid code for a 机关 (category ``11``) in the given 6-digit division, for demo data."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = f"{category}{division_code}{body}{_org_code_check_digit(body)}"
    return first17 + check_character(first17)
