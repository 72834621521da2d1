"""Channels of a request and the receipt date each one gives (条例第31条). Plain Python, no Django.

- (一) handed in person: the day it is handed in;
- (二) by post: the day the agency signs for it; for an ordinary letter that needs no signature,
  the office confirms with the applicant on the day it arrives, and that confirmation date counts;
- (三) online, by e-mail (数据电文) or by fax to the office: the date both parties confirm.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Channel(StrEnum):
    ONLINE = "online"
    IN_PERSON = "in_person"
    LETTER = "letter"
    FAX = "fax"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return {"online": "网上申请", "in_person": "当面提交", "letter": "信函", "fax": "传真",
                "email": "电子邮件"}[self.value]


class LetterKind(StrEnum):
    SIGNED = "signed"  # registered/express mail signed for by the agency
    ORDINARY = "ordinary"  # ordinary letter needing no signature

    @property
    def label(self) -> str:
        return {"signed": "需签收的邮件", "ordinary": "无需签收的平常信函"}[self.value]


@dataclass(frozen=True)
class ReceiptRule:
    key: str
    article: str
    text: str  # how the receipt date is fixed, for the case page and letters
    date_label: str  # the name of the date the case worker enters
    same_day_as_submission: bool = False


RULES = {
    "in_person": ReceiptRule("in_person", "第三十一条第（一）项", "申请人当面提交申请的，以提交之日为收到申请之日",
                             "提交日期", same_day_as_submission=True),
    "signed": ReceiptRule("signed", "第三十一条第（二）项", "申请人以邮寄方式提交申请的，以行政机关签收之日为收到申请之日",
                          "签收日期"),
    "ordinary": ReceiptRule("ordinary", "第三十一条第（二）项",
                            "以平常信函等无需签收的邮寄方式提交申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，"
                            "确认之日为收到申请之日", "与申请人确认的日期"),
    "confirmed": ReceiptRule("confirmed", "第三十一条第（三）项",
                             "申请人通过互联网渠道或者政府信息公开工作机构的传真提交申请的，以双方确认之日为收到申请之日",
                             "双方确认的日期"),
}


def rule_for(channel: str, letter_kind: str = "") -> ReceiptRule:
    channel = Channel(channel)
    if channel is Channel.IN_PERSON:
        return RULES["in_person"]
    if channel is Channel.LETTER:
        return RULES[LetterKind(letter_kind or LetterKind.SIGNED).value]
    return RULES["confirmed"]


def needs_confirmation(channel: str) -> bool:
    """Online, e-mail and fax requests wait for the two parties' confirmation before receipt."""
    return rule_for(channel).key == "confirmed"


def receipt_refusal(rule: ReceiptRule, submitted_on: date, received_on: date, today: date) -> str | None:
    """Why ``received_on`` cannot be the receipt date under ``rule`` (Chinese), or ``None``."""
    if received_on > today:
        return f"{rule.date_label}不能晚于今天"
    if received_on < submitted_on:
        return f"{rule.date_label}不能早于申请人提交或寄出申请的日期"
    if rule.same_day_as_submission and received_on != submitted_on:
        return f"当面提交的申请，收到申请之日即提交之日（{rule.article}）"
    return None
