"""Which remedies a reply letter states. Plain Python, no Django.

- Letters dated before 2024-01-01: the 1999 行政复议法 (60 days, 第九条) and 行政诉讼法第四十六条
  (6 months), either one at the applicant's choice; the letter keeps its established wording. A
  department of a government at county level or above (unit kind 部门) could then be reviewed, at the
  applicant's choice, by 本级人民政府 or 上一级主管部门 (1999 第十二条第一款): its letters name both. The
  unit tree does not know the 上一级主管部门, so the letter uses that phrase.
- From 2024-01-01 the revised 《中华人民共和国行政复议法》(2023) applies: 60 days from knowing of the
  decision (第二十条第一款). Under 第二十三条第一款第（四）项 a refusal to disclose (申请政府信息公开，
  行政机关不予公开) must first go to administrative review (复议前置); court only after the review
  decision (行政诉讼法第四十五条: 15 days). Other decisions: review or court, at the applicant's choice.
  A department's review body is the government at its level (第二十四条), named alone.

A 部分公开 reply refuses the withheld part, so it is treated as a refusal here (the reading that
cannot make an applicant lose the review period by suing first). Not in the spec (regulation.md
is silent on the 行政复议法): checked against the text of the 2023 law.
"""

from datetime import date

from gongkai.reportformat import category as decision_category

REVISED_REVIEW_LAW_FROM = date(2024, 1, 1)  # 《中华人民共和国行政复议法》(2023年9月1日修订) in force
REVIEW_LAW = "《中华人民共和国行政复议法》"
LITIGATION_LAW = "《中华人民共和国行政诉讼法》"
REFUSAL_GROUPS = frozenset({"denied", "partial"})  # 不予公开 in whole or in part


def revised_law_applies(issued_on: date) -> bool:
    return issued_on >= REVISED_REVIEW_LAW_FROM


def review_first(category_key: str, issued_on: date) -> bool:
    """复议前置 (行政复议法(2023)第二十三条第一款第（四）项): a refusal dated from 2024 on."""
    return revised_law_applies(issued_on) and decision_category(category_key).group_key in REFUSAL_GROUPS


def superior_department_too(unit_is_department: bool, issued_on: date) -> bool:
    """1999 行政复议法第十二条第一款: a department's review at the applicant's choice by 本级人民政府
    or by 上一级主管部门, for letters dated before the revised law."""
    return unit_is_department and not revised_law_applies(issued_on)
