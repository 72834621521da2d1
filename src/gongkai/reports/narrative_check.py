"""Checking the numbers a narrative states against the report's tables (plain Python).

Deliberately minimal and self-contained: it recognises the phrasings ``reports.narrative``
drafts and the common ones of published reports (「予以公开910件，占65.19%」, 「被申请行政复议
167起」 …) and reports every count or percentage that disagrees with the tables. Numbers it cannot
attribute are left alone. To be replaced by the report checker's narrative rules
(``gongkai.reportcheck``) once they exist: ``check(narrative, tables)`` is the only entry point.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from gongkai.reportformat import load
from gongkai.reports.numbers import group_total, percent, plain_label, result_groups

N = r"(\d+)\s*(?:件|起)"


@dataclass(frozen=True)
class NarrativeIssue:
    section: str  # section key
    excerpt: str  # the words that carry the wrong number
    message: str  # Chinese, says what the tables say


@dataclass(frozen=True)
class Claim:
    pattern: re.Pattern
    what: str
    value: Callable[[dict], object]  # tables -> the true number
    share_of: Callable[[dict], object] | None = None  # tables -> the base of a following 「占x%」


def _claims(version: str) -> list[Claim]:
    fmt = load(version)
    t3 = lambda row, col="total": lambda t: t["t3"][row][col]  # noqa: E731
    case = lambda *cols: lambda t: sum(t["t4"]["cases"][c] for c in cols)  # noqa: E731
    claims = [
        Claim(re.compile(rf"收到政府信息公开申请{N}"), "本年新收申请数", t3("new")),
        Claim(re.compile(rf"上年结转的?{N}"), "上年结转申请数", t3("carried_in")),
        Claim(re.compile(rf"办理政府信息公开申请{N}"), "本年度办理结果总计", t3("result_total")),
        Claim(re.compile(rf"结转下年度继续办理{N}"), "结转下年度继续办理数", t3("carry_next")),
        Claim(re.compile(rf"行政复议{N}"), "行政复议总计", case("review_total")),
        Claim(re.compile(rf"行政诉讼{N}"), "行政诉讼合计", case("lit_direct_total", "lit_after_review_total")),
        Claim(re.compile(rf"未经复议直接起诉{N}"), "未经复议直接起诉总计", case("lit_direct_total")),
        Claim(re.compile(rf"复议后起诉{N}"), "复议后起诉总计", case("lit_after_review_total")),
    ]
    for column in fmt.t3.columns:
        if column.key != "total":
            name = "其他申请人" if column.label == "其他" else column.label
            claims.append(Claim(re.compile(rf"{name}申请{N}"), f"{name}新收申请数", t3("new", column.key)))
    for group in result_groups(version):
        claims.append(Claim(re.compile(rf"{group.label}的?{N}(?:中)?(?:[，,]\s*占\s*(\d+(?:\.\d+)?)\s*[%％])?"),
                            f"{group.label}数", lambda t, g=group: group_total(t["t3"], g),
                            share_of=t3("result_total")))
        for key, label in group.rows:
            if len(label) >= 4:
                claims.append(Claim(re.compile(rf"{re.escape(label)}的?{N}"), label, t3(key)))
    return claims


def _findings(claim: Claim, text: str, tables: dict) -> Iterator[tuple[str, str]]:
    for match in claim.pattern.finditer(text):
        stated, truth = int(match.group(1)), claim.value(tables)
        if truth is not None and stated != truth:
            yield match.group(0), f"{claim.what}应为{truth}，正文为{stated}"
            continue
        if claim.share_of and match.lastindex and match.lastindex >= 2 and match.group(2):
            expected = percent(truth, claim.share_of(tables))
            if expected is not None and Decimal(match.group(2)) != expected:
                yield match.group(0), f"{claim.what}占比应为{expected}%，正文为{match.group(2)}%"


def check(narrative: dict[str, str], tables: dict) -> list[NarrativeIssue]:
    """Every number in the narrative that contradicts the tables."""
    claims = _claims(tables["version"])
    issues = []
    for section, text in narrative.items():
        for claim in claims:
            issues += [NarrativeIssue(section, excerpt, message) for excerpt, message in _findings(claim, text, tables)]
    return issues


__all__ = ["NarrativeIssue", "check", "plain_label"]
