"""The kinds of letter a request produces, and the reply letter's title per decision group."""

from django.db.models import TextChoices


class LetterKind(TextChoices):
    """One template per kind; the reply has one body template per decision category (2021)."""

    REPLY = "reply", "政府信息公开申请答复书"  # 第36–39条: the decision
    CORRECTION = "correction", "政府信息公开申请补正通知书"  # 第30条
    EXTENSION = "extension", "政府信息公开申请延期答复告知书"  # 第33条第2款
    THIRD_PARTY = "third_party", "政府信息公开征求第三方意见函"  # 第32条
    AGENCY_CONSULTATION = "agency_consultation", "政府信息公开征求意见函"  # 第34条
    FEE = "fee", "政府信息公开信息处理费收费通知书"  # 第42条, 国办函〔2020〕109号
    REASONS = "reasons", "政府信息公开申请说明理由通知书"  # 第35条


# A reply that provides information is an 答复书; one that provides nothing is a 告知书.
REPLY_TITLES = {
    "granted": "政府信息公开申请答复书",
    "partial": "政府信息公开申请答复书",
    "denied": "政府信息不予公开告知书",
    "unable": "政府信息公开申请告知书",
    "not_processed": "政府信息公开申请告知书",
    "other": "政府信息公开申请告知书",
}

# Letters addressed to someone other than the applicant.
ADDRESSED_TO = {
    LetterKind.THIRD_PARTY: "third_party_name",
    LetterKind.AGENCY_CONSULTATION: "other_agency_name",
}
