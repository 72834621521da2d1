"""Forms for entering a year's notice: by hand (notice details + one row per holiday) or as a file."""

from django import forms
from django.core.exceptions import ValidationError

from gongkai.workdays import notice_file
from gongkai.workdays.notice import NAME_MAX_LENGTH, HolidayRange, Notice, parse_day_list

MAX_FILE_BYTES = 64 * 1024
SPARE_ROWS = 2


def _date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class NoticeDetailsForm(forms.Form):
    title = forms.CharField(label="通知标题", max_length=200, required=False,
                            help_text="例如：国务院办公厅关于2027年部分节假日安排的通知")
    number = forms.CharField(label="文号", max_length=64, required=False, help_text="例如：国办发明电〔2026〕12号；未知可不填")
    issued_on = forms.DateField(label="发布日期", required=False, widget=_date_input())
    note = forms.CharField(label="备注", max_length=200, required=False)


class HolidayForm(forms.Form):
    name = forms.CharField(label="节日", max_length=NAME_MAX_LENGTH, required=False,
                           widget=forms.TextInput(attrs={"list": "holiday-names"}))
    first = forms.DateField(label="放假开始", required=False, widget=_date_input())
    last = forms.DateField(label="放假结束", required=False, widget=_date_input())
    working_days = forms.CharField(label="调休上班日", required=False, max_length=200,
                                   help_text="多个日期用逗号或顿号分隔，例如 2027-02-06、2027-02-20")

    def clean_working_days(self):
        try:
            return tuple(parse_day_list(self.cleaned_data["working_days"]))
        except ValueError as exc:
            raise ValidationError(str(exc)) from None

    def clean(self):
        data = super().clean()
        missing = data.get("first") is None or data.get("last") is None
        if self.is_filled() and missing and not (self.has_error("first") or self.has_error("last")):
            raise ValidationError("请填写放假开始和结束日期；如本年该节日与其他节日合并放假，请清空该行的节日名称")
        return data

    def is_filled(self) -> bool:
        return any(self.data.get(self.add_prefix(name), "").strip() for name in self.fields)


HolidayFormSet = forms.formset_factory(HolidayForm, extra=0)


def holiday_initial(notice: Notice | None, names: tuple[str, ...]) -> list[dict]:
    """Rows for the form: the year's holidays as stored, or the statutory names to fill in."""
    if notice and notice.holidays:
        rows = [{"name": h.name, "first": h.first, "last": h.last,
                 "working_days": "、".join(d.isoformat() for d in h.working_days)} for h in notice.holidays]
    else:
        rows = [{"name": name} for name in names]
    return rows + [{} for _ in range(SPARE_ROWS)]


def notice_from_forms(year: int, details: NoticeDetailsForm, holidays) -> Notice:
    """The notice the valid forms describe; empty rows are skipped, rows labelled 第N行."""
    rows = [
        HolidayRange(form.cleaned_data["name"].strip(), form.cleaned_data["first"], form.cleaned_data["last"],
                     form.cleaned_data["working_days"], label=f"第{index}行")
        for index, form in enumerate(holidays.forms, 1) if form.is_filled()
    ]
    data = details.cleaned_data
    return Notice(year=year, holidays=tuple(rows), title=data["title"].strip(), number=data["number"].strip(),
                  issued_on=data["issued_on"], note=data["note"].strip())


class UploadForm(forms.Form):
    file = forms.FileField(label="节假日安排文件（YAML 或 JSON）")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(f"文件过大（{upload.size // 1024} KB），节假日安排文件不应超过 {MAX_FILE_BYTES // 1024} KB")
        try:
            self.notice = notice_file.parse(upload.read())
        except notice_file.NoticeFileError as exc:
            raise ValidationError(exc.errors) from None
        return upload


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="撤销原因", max_length=200,
                             widget=forms.TextInput(attrs={"placeholder": "例如：录入有误，待国务院办公厅通知正式发布后重新录入"}))


class ConfirmForm(forms.Form):
    """The preview's confirm button: the notice as JSON, re-validated before it is applied."""

    payload = forms.CharField(widget=forms.HiddenInput)
    source = forms.CharField(widget=forms.HiddenInput)
    fingerprint = forms.CharField(widget=forms.HiddenInput)

    def clean_payload(self):
        try:
            return notice_file.parse(self.cleaned_data["payload"])
        except notice_file.NoticeFileError as exc:
            raise ValidationError(exc.errors) from None
