"""公民身份号码 (resident identity number), GB 11643-1999.

18 characters: address code (6), date of birth (8, YYYYMMDD), order code (3, odd for men), check
character (1, ``0``–``9`` or ``X``) computed by ISO 7064 MOD 11-2 over the first 17 digits.
Plain Python, no Django; error messages are Chinese and fit for end users.
"""

import random
import re
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")
# First two digits of the address code: provinces, autonomous regions and municipalities (GB/T 2260),
# plus 71 台湾, 81 香港, 82 澳门 and 83 (台湾居民居住证 numbers).
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83",
})


class ResidentIdError(ValueError):
    """A malformed number; the message says what is wrong, in Chinese."""


def check_character(first17: str) -> str:
    """The 18th character for the first 17 digits (GB 11643-1999 §8.2, ISO 7064 MOD 11-2)."""
    total = sum(int(ch) * weight for ch, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def normalize(number: str) -> str:
    return number.strip().replace(" ", "").upper()


def birth_date(number: str) -> date:
    """The date of birth encoded in a (shape-checked) number; ``ResidentIdError`` if impossible."""
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ResidentIdError("身份证号码中的出生日期不存在") from None
    if born.year < 1900:
        raise ResidentIdError("身份证号码中的出生日期早于1900年")
    return born


def validate(number: str, today: date | None = None) -> str:
    """Return the normalised number or raise ``ResidentIdError`` saying what is wrong."""
    number = normalize(number)
    if len(number) != 18:
        raise ResidentIdError(f"身份证号码应为18位，实际为{len(number)}位")
    if not _SHAPE.match(number):
        raise ResidentIdError("身份证号码前17位应为数字，第18位应为数字或X")
    if number[:2] not in PROVINCE_CODES:
        raise ResidentIdError("身份证号码前两位不是有效的省级行政区划代码")
    if birth_date(number) > (today or date.today()):
        raise ResidentIdError("身份证号码中的出生日期晚于今天")
    if check_character(number[:17]) != number[17]:
        raise ResidentIdError("身份证号码校验位错误")
    return number


def is_valid(number: str, today: date | None = None) -> bool:
    try:
        validate(number, today)
    except ResidentIdError:
        return False
    return True


def generate(address_code: str, born: date, rng: random.Random) -> str:
    """A valid number for demo data and tests."""
    first17 = f"{address_code}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + check_character(first17)
