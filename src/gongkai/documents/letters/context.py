"""What a letter says about its case: one dataclass for every kind, checked before rendering.

A field that a letter needs and that is empty is an error (``LetterIncomplete``), never a blank
or "None" in the letter.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from gongkai.documents.letters.kinds import LetterKind
from gongkai.reportformat import category as decision_category

MAX_EXTENSION_DAYS = 20  # 条例第33条第2款
# The templates cite the 2019 条例 (国务院令第711号), in force from this day; earlier letters fell
# under 国务院令第492号 (other articles, 15-day periods) and cannot be written from them.
TEMPLATES_IN_FORCE_FROM = date(2019, 5, 15)


@dataclass(frozen=True)
class LetterContext:
    unit_name: str  # 发文机关
    serial_no: str  # 申请编号
    applicant_name: str
    received_on: date  # 收到申请之日 (条例第31条)
    content_summary: str  # 申请获取的信息（摘要）
    issued_on: date  # 成文日期
    applicant_is_organisation: bool = False
    unit_is_department: bool = False  # 发文机关 is a 政府工作部门 (remedies before 2024: 复议法第十二条)
    letter_no: str = ""  # 发文字号, e.g. 淄政公开告〔2020〕12号 (optional; never printed empty)
    category_key: str = ""  # reply: the 2021 decision category (gongkai.reportformat)
    reasons: str = ""  # case-specific reasons (不予公开的理由, 延期理由, 收费原因 …)
    provided_how: str = ""  # 予以公开: how, where and when it is provided
    published_at: str = ""  # 已主动公开: where to find it (第36条第（一）项)
    withheld_part: str = ""  # 部分公开: what is withheld
    responsible_agency: str = ""  # 第36条第（五）项: who discloses it
    responsible_agency_contact: str = ""
    previous_reply: str = ""  # 重复申请: the earlier reply (date and number)
    channel_hint: str = ""  # where to go instead (查询渠道, 信访渠道, 出版物获取途径)
    special_law: str = ""  # 第36条第（七）项: the law with special rules
    third_party_consulted: bool = False  # 不予公开 after a 第32条 consultation
    correction_items: tuple[str, ...] = ()
    correction_notice_on: date | None = None
    correction_deadline: date | None = None
    original_due_on: date | None = None
    extension_days: int | None = None
    new_due_on: date | None = None
    fee_amount: Decimal | None = None
    fee_calculation: tuple[str, ...] = ()  # one line per band, e.g. 「第11至30件：20件×100元=2000元」
    fee_notice_on: date | None = None
    fee_pay_deadline: date | None = None
    fee_payment_method: str = ""
    third_party_name: str = ""
    other_agency_name: str = ""
    consultation_deadline: date | None = None
    reasons_deadline: date | None = None  # 第35条: by when the applicant states reasons
    contact_person: str = ""
    contact_phone: str = ""
    contact_address: str = ""
    review_body: str = ""  # 行政复议机关
    court: str = ""  # 管辖法院

    @property
    def you(self) -> str:
        return "贵单位" if self.applicant_is_organisation else "您"

    @property
    def reason_phrase(self) -> str:
        """The reasons without closing punctuation, to sit inside a sentence."""
        return self.reasons.strip().rstrip("。；;.， ")

    @property
    def reason_sentence(self) -> str:
        """The reasons as a sentence of their own ("" when there are none)."""
        return f"{self.reason_phrase}。" if self.reason_phrase else ""


FIELD_LABELS = {
    "unit_name": "发文机关", "serial_no": "申请编号", "applicant_name": "申请人", "received_on": "收到申请日期",
    "content_summary": "申请内容", "issued_on": "成文日期", "category_key": "处理决定类型", "reasons": "理由",
    "provided_how": "提供方式", "published_at": "已公开的获取途径", "withheld_part": "不予公开的部分",
    "previous_reply": "此前的答复", "channel_hint": "获取或办理途径", "special_law": "特别规定的法律、行政法规",
    "correction_items": "补正事项", "correction_deadline": "补正期限", "original_due_on": "原答复期限",
    "extension_days": "延长工作日数", "new_due_on": "延长后的答复期限", "fee_amount": "收费金额",
    "fee_calculation": "收费计算", "fee_pay_deadline": "缴费期限", "fee_payment_method": "缴费方式",
    "third_party_name": "第三方名称", "other_agency_name": "被征求意见机关", "reasons_deadline": "说明理由的期限",
}
COMMON = ("unit_name", "serial_no", "received_on", "content_summary", "issued_on")
REQUIRED_BY_KIND = {
    LetterKind.REPLY: (*COMMON, "applicant_name", "category_key"),
    LetterKind.CORRECTION: (*COMMON, "applicant_name", "correction_items", "correction_deadline"),
    LetterKind.EXTENSION: (*COMMON, "applicant_name", "reasons", "original_due_on", "extension_days", "new_due_on"),
    LetterKind.THIRD_PARTY: (*COMMON, "third_party_name"),
    LetterKind.AGENCY_CONSULTATION: (*COMMON, "other_agency_name"),
    LetterKind.FEE: (*COMMON, "applicant_name", "reasons", "fee_amount", "fee_calculation", "fee_pay_deadline",
                     "fee_payment_method"),
    LetterKind.REASONS: (*COMMON, "applicant_name", "reasons", "reasons_deadline"),
}
REQUIRED_BY_CATEGORY = {
    "partial": ("provided_how", "withheld_part", "reasons"),
    "denied_law_prohibited": ("reasons",),
    "denied_admin_query": ("channel_hint",),
    "np_repeat": ("previous_reply",),
    "np_publication": ("channel_hint",),
    "np_massive": ("reasons",),
    "other_no_correction": ("correction_deadline",),
    "other_no_fee": ("fee_amount", "fee_pay_deadline"),
    "other_other": ("reasons", "special_law"),
}


class LetterIncomplete(ValueError):
    """The letter cannot be rendered; ``problems`` are Chinese messages naming each field."""

    def __init__(self, problems: list[str]):
        super().__init__("；".join(problems))
        self.problems = problems


def _empty(value) -> bool:
    return value is None or value == "" or value == ()


def problems(kind: LetterKind, context: LetterContext) -> list[str]:
    """Everything that keeps this letter from being complete and lawful."""
    required = list(REQUIRED_BY_KIND[kind])
    found: list[str] = []
    if kind == LetterKind.REPLY and context.category_key:
        try:
            decision_category(context.category_key)
        except KeyError:
            found.append(f"处理决定类型“{context.category_key}”不存在")
        required += REQUIRED_BY_CATEGORY.get(context.category_key, ())
        if context.category_key == "granted" and not (context.provided_how or context.published_at):
            found.append("予以公开的答复须写明提供方式或已公开的获取途径")
    found += [f"缺少{FIELD_LABELS.get(name, name)}" for name in required if _empty(getattr(context, name))]
    if context.issued_on and context.issued_on < TEMPLATES_IN_FORCE_FROM:
        found.append("成文日期早于2019年5月15日：文书依据2019年修订的《中华人民共和国政府信息公开条例》（国务院令第711号）"
                     "制作，此前的文书应按国务院令第492号另行制作")
    if kind == LetterKind.EXTENSION and context.extension_days is not None and not (
            0 < context.extension_days <= MAX_EXTENSION_DAYS):
        found.append(f"延长期限应为1至{MAX_EXTENSION_DAYS}个工作日（条例第三十三条第二款）")
    return found


def check(kind: LetterKind, context: LetterContext) -> None:
    found = problems(kind, context)
    if found:
        raise LetterIncomplete(found)

