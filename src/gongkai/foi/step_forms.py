"""One form per step on a request. A form validates what the case worker enters; ``params()`` is
what the step's service takes (``services.perform``), ``letter_inputs()`` what only the letter
says (reasons, how the information is provided, contacts). The rules themselves (dates, order,
roles) are checked by the services, whose refusals the page shows on the form."""

from django import forms

from gongkai.appeals import venues
from gongkai.foi.forms import DATE_INPUT
from gongkai.foi.models import Application, DecisionCategory, EventKind, Party
from gongkai.foi.rules.fees import FeeMethod
from gongkai.foi.rules.regime import regime_for
from gongkai.foi.rules.state import CLOSING_OUTCOMES
from gongkai.foi.services.common import calendar, today
from gongkai.foi.services.steps import DEFAULT_CORRECTION_DAYS, DEFAULT_REASONS_DAYS
from gongkai.orgs.models import Unit
from gongkai.reportformat import decision_categories

TEXTAREA = forms.Textarea(attrs={"rows": 3})
# Shown after the step's own fields: the date, then the letter's particulars.
TRAILING_FIELDS = ("on", "letter_no", "contact_person", "contact_phone", "review_body", "court")


class StepForm(forms.Form):
    on = forms.DateField(label="办理日期", widget=DATE_INPUT)
    on_label = "办理日期"

    def __init__(self, *args, application: Application, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.application, self.user = application, user
        self.fields["on"].label = self.on_label
        self.fields["on"].initial = today()
        self.order_fields([name for name in self.fields if name not in TRAILING_FIELDS] + list(TRAILING_FIELDS))

    def params(self) -> dict:
        return {}

    def letter_inputs(self) -> dict:
        return {}


class LetterForm(StepForm):
    """A step that sends a letter: the 附注 contacts, and an optional 发文字号."""

    letter_no = forms.CharField(label="发文字号", max_length=50, required=False,
                                help_text="例如：淄政公开告〔2026〕12号；不填则文书不印发文字号")
    contact_person = forms.CharField(label="联系人", max_length=50, required=False)
    contact_phone = forms.CharField(label="联系电话", max_length=30, required=False)
    on_label = "成文日期"
    LETTER_FIELDS = ("letter_no", "contact_person", "contact_phone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_person"].initial = self.user.get_full_name()

    def letter_inputs(self) -> dict:
        return {name: self.cleaned_data[name].strip() for name in self.LETTER_FIELDS}


class DecisionLetterForm(LetterForm):
    """A letter that decides: it names where the applicant may seek review or sue (第五十一条)."""

    review_body = forms.CharField(label="行政复议机关", max_length=100, required=False,
                                  help_text="告知申请人申请行政复议的机关；不填则写“有管辖权的行政复议机关”。"
                                  "2024年1月1日前成文的部门文书另写“或者上一级主管部门”（原行政复议法第十二条）")
    court = forms.CharField(label="管辖法院", max_length=100, required=False,
                            help_text="不填则写“有管辖权的人民法院”")
    LETTER_FIELDS = (*LetterForm.LETTER_FIELDS, "review_body", "court")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review_body"].initial = venues.review_organ(self.application.unit)
        self.fields["court"].initial = venues.court(self.application.unit)


class ConfirmReceiptForm(StepForm):
    note = forms.CharField(label="确认方式", max_length=200, help_text="例如：已电话与申请人确认；已回复电子邮件确认")
    on_label = "双方确认的日期"

    def params(self):
        return {"note": self.cleaned_data["note"]}


class TransferForm(StepForm):
    to_unit = forms.ModelChoiceField(label="转送至", queryset=Unit.objects.none())
    reason = forms.CharField(label="转送理由", widget=TEXTAREA)
    on_label = "转送日期"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_unit"].queryset = Unit.objects.active_on(today()).exclude(pk=self.application.unit_id)

    def params(self):
        return {"to_unit": self.cleaned_data["to_unit"], "reason": self.cleaned_data["reason"]}


class CorrectionForm(LetterForm):
    items = forms.CharField(label="需要补正的事项", widget=forms.Textarea(attrs={"rows": 4}),
                            help_text="每行一项，一次性列明（第三十条）")
    due_on = forms.DateField(label="补正期限", widget=DATE_INPUT,
                             help_text=f"默认为告知之日起{DEFAULT_CORRECTION_DAYS}个工作日")
    on_label = "告知补正日期"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due_on"].initial = calendar().add_working_days(today(), DEFAULT_CORRECTION_DAYS).value

    def clean_items(self):
        items = [line.strip() for line in self.cleaned_data["items"].splitlines() if line.strip()]
        if not items:
            raise forms.ValidationError("请列明需要补正的事项")
        return items

    def params(self):
        return {"items": "；".join(self.cleaned_data["items"]), "due_on": self.cleaned_data["due_on"]}

    def letter_inputs(self):
        return {**super().letter_inputs(), "correction_items": tuple(self.cleaned_data["items"])}


class CorrectionReceivedForm(StepForm):
    note = forms.CharField(label="补正后的申请内容", widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="答复期限自收到补正之日起重新计算（第三十条）")
    on_label = "收到补正的日期"

    def params(self):
        return {"note": self.cleaned_data["note"]}


class ConsultationForm(LetterForm):
    party = forms.ChoiceField(label="征求意见对象", choices=Party.choices, widget=forms.RadioSelect,
                              help_text="第三方：第三十二条（商业秘密、个人隐私等）；其他机关：第三十四条（共同制作）")
    party_name = forms.CharField(label="对象名称", max_length=100)
    note = forms.CharField(label="说明", required=False, widget=TEXTAREA)
    on_label = "发函日期"

    def params(self):
        return {name: self.cleaned_data[name] for name in ("party", "party_name", "note")}


class ConsultationAnswerForm(StepForm):
    opinion = forms.CharField(label="意见", widget=TEXTAREA, help_text="例如：不同意公开，理由是……")
    on_label = "收到意见的日期"

    def params(self):
        return {"opinion": self.cleaned_data["opinion"]}


class ExtensionRequestForm(StepForm):
    days = forms.IntegerField(label="延长工作日数", min_value=1)
    reason = forms.CharField(label="延期理由", widget=TEXTAREA,
                             help_text="将写入延期答复告知书，例如：所需信息涉及多个项目，需调取档案核实")
    on_label = "申请日期"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        maximum = regime_for(self.application.received_on or today()).extension_max
        self.fields["days"].max_value = maximum
        self.fields["days"].widget.attrs["max"] = maximum
        self.fields["days"].help_text = f"最长{maximum}个工作日（第三十三条第二款）"

    def params(self):
        return {"days": self.cleaned_data["days"], "reason": self.cleaned_data["reason"]}


class ExtensionApprovalForm(StepForm):
    days = forms.IntegerField(label="批准延长工作日数", min_value=1, required=False, help_text="不填则按申请的天数批准")
    on_label = "批准日期"

    def params(self):
        return {"days": self.cleaned_data["days"]} if self.cleaned_data["days"] else {}


class ExtensionRejectionForm(StepForm):
    note = forms.CharField(label="不批准的理由", widget=TEXTAREA)
    on_label = "审批日期"

    def params(self):
        return {"note": self.cleaned_data["note"]}


class ExtensionNoticeForm(LetterForm):
    on_label = "告知日期"


class FeeNoticeForm(LetterForm):
    method = forms.ChoiceField(label="计收方式", choices=[(m.value, m.label) for m in FeeMethod],
                               widget=forms.RadioSelect, help_text="同一申请只能选择一种方式（国办函〔2020〕109号第三条）")
    pages = forms.IntegerField(label="页数", min_value=1, required=False, help_text="按量计收时填写")
    reasons = forms.CharField(label="收费原因", widget=TEXTAREA,
                              help_text="例如：您本月向本机关提出的政府信息公开申请已超过10件")
    payment_method = forms.CharField(label="缴费方式", max_length=200,
                                     initial="通过山东省非税收入缴款平台缴纳（缴款码随本通知送达）")
    on_label = "通知日期"

    def clean(self):
        data = super().clean()
        if data.get("method") == FeeMethod.PER_PAGE and not data.get("pages"):
            self.add_error("pages", "按量计收须填写页数")
        return data

    def params(self):
        return {"method": self.cleaned_data["method"], "pages": self.cleaned_data["pages"]}

    def letter_inputs(self):
        return {**super().letter_inputs(), "reasons": self.cleaned_data["reasons"],
                "fee_payment_method": self.cleaned_data["payment_method"]}


class ReasonsRequestForm(LetterForm):
    note = forms.CharField(label="申请数量、频次情况", widget=TEXTAREA,
                           help_text="将写入说明理由通知书，例如：您自2026年1月以来已向本机关提出政府信息公开申请56件")
    due_on = forms.DateField(label="说明理由的期限", widget=DATE_INPUT,
                             help_text=f"默认为通知之日起{DEFAULT_REASONS_DAYS}个工作日；说明理由期间答复期限照常计算")
    on_label = "通知日期"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due_on"].initial = calendar().add_working_days(today(), DEFAULT_REASONS_DAYS).value

    def params(self):
        return {"note": self.cleaned_data["note"], "due_on": self.cleaned_data["due_on"]}


class DelayForm(StepForm):
    due_on = forms.DateField(label="延迟后的答复期限", widget=DATE_INPUT)
    reason = forms.CharField(label="理由", widget=TEXTAREA,
                             help_text="申请数量、频次明显超过合理范围，申请人说明的理由合理（第三十五条）")
    on_label = "确定日期"

    def params(self):
        return {"due_on": self.cleaned_data["due_on"], "reason": self.cleaned_data["reason"]}


def _reply_choices():
    """The answerable categories of the report format, grouped as in table 三."""
    closing = set(CLOSING_OUTCOMES.values()) - {"other_other"}
    groups: dict[str, list] = {}
    labels = dict(DecisionCategory.choices)
    for item in decision_categories():
        if item.key not in closing:
            groups.setdefault(item.group_label, []).append((item.key, labels[item.key]))
    return [("", "请选择答复类别"), *groups.items()]


# Which letter inputs each reply category uses (the form shows only those; the letter layer says
# which are required: ``documents.letters.context.REQUIRED_BY_CATEGORY``).
REPLY_INPUTS = {
    "provided_how": ("granted", "partial"),
    "published_at": ("granted",),
    "withheld_part": ("partial",),
    "responsible_agency": ("unable_not_held",),
    "responsible_agency_contact": ("unable_not_held",),
    "previous_reply": ("np_repeat",),
    "channel_hint": ("denied_admin_query", "np_petition", "np_publication", "other_other"),
    "special_law": ("other_other",),
}
PUBLISHED = "第三十六条第（一）项"
REFERRED = "第三十六条第（五）项"


class ReplyForm(DecisionLetterForm):
    category = forms.ChoiceField(label="答复类别", choices=_reply_choices,
                                 help_text="与年度报告表三的办理结果一致；部分公开只计部分公开")
    reasons = forms.CharField(label="理由和说明", widget=TEXTAREA, required=False)
    provided_how = forms.CharField(label="提供方式", widget=TEXTAREA, required=False,
                                   help_text="例如：现将该信息随本答复书提供给您")
    published_at = forms.CharField(label="已主动公开的获取途径", max_length=200, required=False,
                                   help_text="已主动公开的，填写网址或查阅地点（第三十六条第（一）项），不再填写提供方式")
    withheld_part = forms.CharField(label="不予公开的部分", max_length=200, required=False)
    responsible_agency = forms.CharField(label="负责公开的机关", max_length=100, required=False,
                                         help_text="不属于本机关负责公开的，填写负责公开的机关（第三十六条第（五）项）；"
                                                   "经检索不存在的不填")
    responsible_agency_contact = forms.CharField(label="负责公开机关的联系方式", max_length=100, required=False)
    previous_reply = forms.CharField(label="此前的答复", max_length=100, required=False,
                                     help_text="例如：2026年3月10日（淄政公开告〔2026〕3号）")
    channel_hint = forms.CharField(label="获取或办理途径", max_length=200, required=False)
    special_law = forms.CharField(label="作出特别规定的法律、行政法规", max_length=100, required=False,
                                  help_text="例如：《不动产登记暂行条例》")
    on_label = "答复日期"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, categories in REPLY_INPUTS.items():
            self.fields[name].categories = " ".join(categories)  # the page shows a field for these only

    def clean(self):
        from gongkai.documents.letters.context import REQUIRED_BY_CATEGORY

        data = super().clean()
        category = data.get("category")
        for name in REQUIRED_BY_CATEGORY.get(category, ()):
            if name in self.fields and not data.get(name, "").strip():
                self.add_error(name, f"“{dict(DecisionCategory.choices)[category]}”的答复须填写{self.fields[name].label}")
        if category == "granted" and not (data.get("provided_how") or data.get("published_at")):
            self.add_error("provided_how", "予以公开的答复须写明提供方式，或填写已主动公开的获取途径")
        return data

    def params(self):
        data = self.cleaned_data
        citation, referral = None, ""
        if data["category"] == "granted" and data["published_at"]:
            citation = PUBLISHED
        if data["category"] == "unable_not_held" and data["responsible_agency"]:
            citation = REFERRED
            referral = "，".join(v for v in (data["responsible_agency"], data["responsible_agency_contact"]) if v)
        return {"outcome": data["category"], "reason": data["reasons"], "citation": citation, "referral": referral}

    def letter_inputs(self):
        relevant = {name for name, categories in REPLY_INPUTS.items() if self.cleaned_data["category"] in categories}
        return {**super().letter_inputs(), "reasons": self.cleaned_data["reasons"],
                **{name: self.cleaned_data[name].strip() for name in relevant}}


class WithdrawalForm(StepForm):
    reason = forms.CharField(label="撤回情况", widget=TEXTAREA, help_text="例如：申请人于当日书面撤回申请")
    on_label = "撤回日期"

    def params(self):
        return {"reason": self.cleaned_data["reason"]}


FORMS: dict[EventKind, type[StepForm]] = {
    EventKind.RECEIVED: ConfirmReceiptForm,
    EventKind.TRANSFERRED: TransferForm,
    EventKind.CORRECTION_REQUESTED: CorrectionForm,
    EventKind.CORRECTION_RECEIVED: CorrectionReceivedForm,
    EventKind.CORRECTION_EXPIRED: DecisionLetterForm,
    EventKind.CONSULTATION_STARTED: ConsultationForm,
    EventKind.CONSULTATION_ANSWERED: ConsultationAnswerForm,
    EventKind.CONSULTATION_EXPIRED: StepForm,
    EventKind.EXTENSION_REQUESTED: ExtensionRequestForm,
    EventKind.EXTENSION_APPROVED: ExtensionApprovalForm,
    EventKind.EXTENSION_REJECTED: ExtensionRejectionForm,
    EventKind.EXTENSION_NOTIFIED: ExtensionNoticeForm,
    EventKind.FEE_NOTIFIED: FeeNoticeForm,
    EventKind.FEE_PAID: StepForm,
    EventKind.FEE_EXPIRED: DecisionLetterForm,
    EventKind.REASONS_REQUESTED: ReasonsRequestForm,
    EventKind.DEADLINE_DELAYED: DelayForm,
    EventKind.REPLIED: ReplyForm,
    EventKind.WITHDRAWN: WithdrawalForm,
}
