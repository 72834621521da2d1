"""Dates that cannot be right: a month missing (「2021年11日」), a day that does not exist
(「2月30日」), a statistical period of another year, and programme placeholders (「None」「〔〕号」)."""

import re
from datetime import date

from gongkai.reportcheck.findings import Finding, Kind, Severity
from gongkai.reportcheck.rules.text import Sentence, quote

_YEAR = r"(?<!\d)((?:19|20)\d{2})\s*年\s*"
_NO_MONTH = re.compile(_YEAR + r"(\d{1,2})\s*日")
_FULL = re.compile(_YEAR + r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_MONTH = re.compile(_YEAR + r"(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")
_MONTH_DAY = re.compile(r"(?<![\d年])(?<!年\s)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])")
_PERIOD = re.compile(r"统计(?:期限|期间|时限|时段)\s*[为是:：]?\s*(?:自|从)?\s*((?:19|20)\d{2})\s*年")
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(None|null|undefined|NaN)(?![A-Za-z])|〔\s*〕(?:号)?")
LEAP_YEAR = 2000  # a day and month without a year are checked against a leap year


def date_findings(sentences: list[Sentence]) -> list[Finding]:
    findings, seen = [], set()
    for sentence in sentences:
        for match, problem in _problems(sentence.text):
            if match.group(0) in seen:
                continue
            seen.add(match.group(0))
            findings.append(Finding(Kind.DATE, Severity.WARNING, f"日期「{match.group(0).replace(' ', '')}」{problem}",
                                    rule="date", quote=quote(sentence, *match.span()), where=sentence.where))
    return findings


def _problems(text: str):
    for match in _NO_MONTH.finditer(text):
        yield match, "缺少月份"
    for match in _FULL.finditer(text):
        if not _exists(int(match.group(1)), int(match.group(2)), int(match.group(3))):
            yield match, "不存在"
    for match in _YEAR_MONTH.finditer(text):
        if not 1 <= int(match.group(2)) <= 12:
            yield match, "月份不存在"
    for match in _MONTH_DAY.finditer(text):
        if not _exists(LEAP_YEAR, int(match.group(1)), int(match.group(2))):
            yield match, "不存在"
    for match in _ISO.finditer(text):
        if not _exists(int(match.group(1)), int(match.group(2)), int(match.group(3))):
            yield match, "不存在"


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def period_findings(sentences: list[Sentence], year: int | None) -> list[Finding]:
    """The statistical period (「统计期限自2019年1月1日起」) must be the report's year."""
    if year is None:
        return []
    for sentence in sentences:
        match = _PERIOD.search(sentence.text)
        if match and int(match.group(1)) != year:
            return [Finding(Kind.PERIOD, Severity.WARNING,
                            f"统计期限写为{match.group(1)}年，与报告年度{year}年不符",
                            rule="period", quote=quote(sentence, *match.span()), where=sentence.where)]
    return []


def placeholder_findings(sentences: list[Sentence]) -> list[Finding]:
    findings = []
    for sentence in sentences:
        for match in _PLACEHOLDER.finditer(sentence.text):
            what = f"「{match.group(0)}」"
            findings.append(Finding(
                Kind.PLACEHOLDER, Severity.WARNING,
                f"页面显示了程序占位符{what}，应显示实际内容或不显示该项",
                rule="placeholder", quote=quote(sentence, *match.span()), where=sentence.where))
    return findings
