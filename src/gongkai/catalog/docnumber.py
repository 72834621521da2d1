"""文号 (document number): 发文机关代字〔年份〕序号号, e.g. 淄政发〔2020〕13号. Plain Python.

GB/T 9704-2012 §7.2.5: the year in full inside 六角括号 〔〕, the serial without leading zeros
(不编虚位) and without 第. Input may use [] () （） 【】 or ［］ for the brackets; they are
normalised to 〔〕. Many documents have no 文号: that is ``None``, never an empty "〔〕号".
"""

import re
from dataclasses import dataclass

_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕", "【": "〔",
                           "】": "〕", "［": "〔", "］": "〕", "〈": "〔", "〉": "〕"})
_SHAPE = re.compile(r"^(?P<code>[\u4e00-\u9fa5A-Za-z0-9]+)〔(?P<year>\d{4})〕(?P<seq>\d+)号$")
# A 文号 somewhere inside a longer text (search queries, decision notices).
MAX_CODE_LENGTH = 20  # 机关代字 are a few characters; the column holds 40
MAX_SEQ = 99_999  # no office numbers 100,000 documents of one kind in one year
# The code is bounded: an unbounded run would make a scan of a long unpunctuated text quadratic.
FIND = re.compile(rf"[\u4e00-\u9fa5A-Za-z0-9]{{1,{MAX_CODE_LENGTH}}}[〔\[(（【［](?:19|20)\d{{2}}[〕\])）】］]\d{{1,5}}号")


class DocNumberError(ValueError):
    """A malformed 文号; the message is Chinese and fit for end users."""


@dataclass(frozen=True)
class DocNumber:
    code: str  # 发文机关代字, e.g. 淄政发
    year: int
    seq: int

    def __str__(self) -> str:
        return f"{self.code}〔{self.year}〕{self.seq}号"


def parse(text: str) -> DocNumber:
    """Read a 文号, normalising brackets and spaces; raise ``DocNumberError`` naming the fault."""
    cleaned = re.sub(r"\s+", "", text or "").translate(_BRACKETS)
    if not cleaned:
        raise DocNumberError("文号为空")
    match = _SHAPE.match(cleaned)
    if not match:
        if "〔" not in cleaned or "〕" not in cleaned:
            raise DocNumberError(f"文号“{text}”缺少年份括号，应形如 淄政发〔2020〕13号")
        if not cleaned.endswith("号"):
            raise DocNumberError(f"文号“{text}”应以“号”结尾")
        raise DocNumberError(f"文号“{text}”格式不正确，应为 机关代字〔四位年份〕序号号，例如 淄政发〔2020〕13号")
    year, seq = int(match["year"]), match["seq"]
    if not 1949 <= year <= 2100:
        raise DocNumberError(f"文号“{text}”中的年份{year}不合理")
    if seq.startswith("0"):
        raise DocNumberError(f"文号“{text}”的序号不应有前导零（不编虚位）")
    if len(seq) > len(str(MAX_SEQ)):
        raise DocNumberError(f"文号“{text}”的序号过大")
    if len(match["code"]) > MAX_CODE_LENGTH:
        raise DocNumberError(f"文号“{text}”的机关代字过长（不超过{MAX_CODE_LENGTH}个字）")
    return DocNumber(code=match["code"], year=year, seq=int(seq))


def parse_optional(text: str | None) -> DocNumber | None:
    """``None`` for a blank 文号 (documents without one); otherwise ``parse``."""
    if text is None or not text.strip():
        return None
    return parse(text)


def normalize(text: str) -> str | None:
    """The canonical form of a 文号, or ``None`` if ``text`` is not one (used by search)."""
    try:
        return str(parse(text))
    except DocNumberError:
        return None
