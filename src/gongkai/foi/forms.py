"""Intake forms: the public online form and staff entry of letters, in-person, fax and e-mail
requests. Forms validate (every error names its field, in Chinese); ``services.submit`` acts."""

import re

from django import forms
from django.utils import timezone

from gongkai.foi import attachments
from gongkai.foi.models import ApplicantType, Channel, DeliveryForm, IdKind, LetterKind
from gongkai.foi.rules import receipt
from gongkai.foi.services import Applicant, RequestDetails, Upload, applicant_errors

PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
POSTCODE = re.compile(r"^\d{6}$")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ApplicationForm(forms.Form):
    """条例第29条: who asks (name, 身份证明, contact), what for, in which form."""

    applicant_type = forms.ChoiceField(label="申请人类型", choices=ApplicantType.choices)
    name = forms.CharField(label="姓名或名称", max_length=100)
    id_kind = forms.ChoiceField(label="身份证明类型", choices=IdKind.choices)
    id_number = forms.CharField(label="身份证明号码", max_length=40)
    contact_person = forms.CharField(label="联系人", max_length=50, required=False,
                                     help_text="法人或其他组织必填")
    phone = forms.CharField(label="联系电话", max_length=20, required=False)
    email = forms.EmailField(label="电子邮箱", required=False)
    address = forms.CharField(label="通信地址", max_length=200, required=False)
    postcode = forms.CharField(label="邮政编码", max_length=6, required=False)
    subject = forms.CharField(label="所需政府信息的名称、文号或者便于查询的其他特征性描述", max_length=300)
    description = forms.CharField(label="补充说明", widget=forms.Textarea, required=False)
    delivery_form = forms.ChoiceField(label="获取信息的方式", choices=DeliveryForm.choices)
    identity_files = MultipleFileField(label="身份证明材料", required=False,
                                       help_text=f"{attachments.ACCEPTED_LABEL}，单个文件不超过10MB")
    request_files = MultipleFileField(label="其他申请材料", required=False)

    def clean_phone(self):
        phone = "".join(self.cleaned_data["phone"].split())
        if phone and not PHONE.match(phone):
            raise forms.ValidationError("请填写11位手机号码或带区号的固定电话")
        return phone

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if postcode and not POSTCODE.match(postcode):
            raise forms.ValidationError("邮政编码应为6位数字")
        return postcode

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        for field, error in applicant_errors(self.applicant(), timezone.localdate()).items():
            self.add_error(field if field in self.fields else None, error)
        if data["delivery_form"] == DeliveryForm.EMAIL and not data.get("email"):
            self.add_error("email", "选择以电子邮件获取信息的，请填写电子邮箱")
        if data["delivery_form"] == DeliveryForm.PAPER_POST and not data.get("address"):
            self.add_error("address", "选择邮寄纸质文本的，请填写通信地址")
        try:
            attachments.inspect_all([(f.name, f.read()) for f in self._files()])
        except attachments.AttachmentRejected as exc:
            self.add_error("identity_files", str(exc))
        return data

    def _files(self):
        return [*self.cleaned_data.get("identity_files", []), *self.cleaned_data.get("request_files", [])]

    def applicant(self) -> Applicant:
        data = self.cleaned_data
        return Applicant(type=data["applicant_type"], name=data["name"], id_kind=data["id_kind"],
                         id_number=data["id_number"], phone=data.get("phone", ""),
                         contact_person=data.get("contact_person", ""), email=data.get("email", ""),
                         address=data.get("address", ""), postcode=data.get("postcode", ""))

    def details(self) -> RequestDetails:
        data = self.cleaned_data
        return RequestDetails(subject=data["subject"], description=data.get("description", ""),
                              delivery_form=data["delivery_form"])

    def uploads(self) -> list[Upload]:
        result = []
        for purpose, key in (("identity", "identity_files"), ("request", "request_files")):
            for item in self.cleaned_data.get(key, []):
                item.seek(0)
                result.append(Upload(item.name, item.read(), purpose))
        return result


class StaffIntakeForm(ApplicationForm):
    """Staff entry: the channel, and the date 第31条 makes the receipt date for it."""

    channel = forms.ChoiceField(label="申请渠道", choices=[c for c in Channel.choices if c[0] != Channel.ONLINE])
    letter_kind = forms.ChoiceField(label="信函方式", choices=[("", "—"), *LetterKind.choices], required=False)
    submitted_on = forms.DateField(label="提交（寄出）日期")
    received_on = forms.DateField(label="收到申请日期", required=False,
                                  help_text="当面提交为提交之日；信函为签收之日或与申请人确认之日；"
                                            "传真、电子邮件为双方确认之日（未确认的可暂不填）")
    oral_transcribed = forms.BooleanField(label="申请人口头提出，由工作人员代为填写", required=False)

    def clean(self):
        data = super().clean()
        channel, submitted = data.get("channel"), data.get("submitted_on")
        if not channel or not submitted:
            return data
        if channel == Channel.LETTER and not data.get("letter_kind"):
            self.add_error("letter_kind", "信函应选择需签收的邮件或无需签收的平常信函")
            return data
        rule = receipt.rule_for(channel, data.get("letter_kind", ""))
        received = data.get("received_on") or (submitted if rule.same_day_as_submission else None)
        if received is None and not receipt.needs_confirmation(channel):
            self.add_error("received_on", f"请填写{rule.date_label}（{rule.article}）")
        elif received and (reason := receipt.receipt_refusal(rule, submitted, received, timezone.localdate())):
            self.add_error("received_on", reason)
        data["received_on"] = received
        return data
