"""Small forms of the request pages: tracking, revealing a full number, choosing a unit."""

from django import forms

from gongkai.appeals import venues
from gongkai.appeals.models import Appeal, AppealKind, AppealOutcome, LitigationRoute
from gongkai.foi.forms import DATE_INPUT
from gongkai.foi.services.disclosure import FIELDS as REVEALABLE


class TrackingForm(forms.Form):
    tracking_number = forms.CharField(label="申请编号", max_length=30,
                                      widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}))
    secret = forms.CharField(label="查询密码", max_length=30,
                             widget=forms.PasswordInput(attrs={"autocomplete": "off"}))


class RevealForm(forms.Form):
    """Why a full ID or phone number is needed: written to the audit trail with the read."""

    purpose = forms.CharField(label="查看用途", max_length=200,
                              help_text="例如：邮寄答复书需核对联系电话；核实申请人身份。查看记录将写入操作日志。")

    @staticmethod
    def label_for(field: str) -> str:
        return REVEALABLE[field][1]


class StaffUnitForm(forms.Form):
    """The unit a staff member registers a request for, when the person handles several."""

    unit = forms.ModelChoiceField(label="受理机关", queryset=None, empty_label=None)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class AppealForm(forms.Form):
    """A 行政复议 or 行政诉讼 over a request (recorded by the unit's staff; counted in table 四)."""

    kind = forms.ChoiceField(label="类型", choices=AppealKind.choices, widget=forms.RadioSelect)
    route = forms.ChoiceField(label="起诉方式", choices=[("", "（行政复议不填）"), *LitigationRoute.choices],
                              required=False)
    review = forms.ModelChoiceField(label="此前的行政复议", queryset=Appeal.objects.none(), required=False,
                                    help_text="复议后起诉的，选择此前已审结的行政复议")
    filed_on = forms.DateField(label="申请（立案）日期", widget=DATE_INPUT)
    appellant = forms.CharField(label="申请人（原告）", max_length=100)
    organ = forms.CharField(label="复议机关（受理法院）", max_length=100)
    case_number = forms.CharField(label="案号", max_length=60, required=False)
    note = forms.CharField(label="说明", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review"].queryset = application.appeals.filter(kind=AppealKind.REVIEW, decided_on__isnull=False)
        self.fields["appellant"].initial = application.applicant_name
        self.fields["organ"].initial = venues.review_organ(application.unit)

    def clean(self):
        data = super().clean()
        if data.get("kind") == AppealKind.LITIGATION and not data.get("route"):
            self.add_error("route", "行政诉讼应选择未经复议直接起诉或复议后起诉")
        return data


class AppealDecisionForm(forms.Form):
    outcome = forms.ChoiceField(label="结果", choices=AppealOutcome.choices, widget=forms.RadioSelect,
                                help_text="结果纠正：撤销、变更、确认违法、责令履行等；其他结果：撤回、和解、驳回起诉等")
    decided_on = forms.DateField(label="审结日期", widget=DATE_INPUT)
