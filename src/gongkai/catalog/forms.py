"""Staff forms of 主动公开. Forms validate; the services act."""

from django import forms

from gongkai.catalog import docnumber, extract, recordfile
from gongkai.catalog.models import POLICY_TYPES, CatalogNode, DecisionKind, InfoItem, Status
from gongkai.catalog.services.items import may_make_rules
from gongkai.orgs.models import Unit

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ItemForm(forms.Form):
    title = forms.CharField(label="标题", max_length=300)
    doc_type = forms.ChoiceField(label="信息类型")
    doc_number = forms.CharField(label="文号", required=False, max_length=60,
                                 help_text="形如 淄政发〔2020〕13号；无文号的留空")
    node = forms.ModelChoiceField(label="目录栏目", queryset=CatalogNode.objects.none(), required=False,
                                  help_text="留空则按信息类型放入标准栏目")
    topic = forms.ChoiceField(label="主题分类", choices=InfoItem._meta.get_field("topic").choices)
    genre = forms.ChoiceField(label="体裁", choices=InfoItem._meta.get_field("genre").choices)
    written_on = forms.DateField(label="成文日期", widget=DATE)
    summary = forms.CharField(label="内容概述", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    body = forms.CharField(label="正文", required=False, widget=forms.Textarea(attrs={"rows": 12}),
                           help_text="可使用段落、标题、列表、表格等格式")
    disclosure_mode = forms.ChoiceField(label="公开方式", choices=InfoItem._meta.get_field("disclosure_mode").choices)
    effective_from = forms.DateField(label="实施日期", required=False, widget=DATE, help_text="规章和规范性文件填写")
    expires_on = forms.DateField(label="有效期至", required=False, widget=DATE, help_text="规章和规范性文件填写")
    interprets = forms.ModelChoiceField(label="所解读的政策文件", queryset=InfoItem.objects.none(), required=False,
                                        help_text="政策解读必须选择")
    video_url = forms.URLField(label="视频解读链接", required=False, assume_scheme="https")

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        types = InfoItem._meta.get_field("doc_type").choices
        self.fields["doc_type"].choices = [c for c in types if c[0] != "rule" or may_make_rules(unit)]
        self.fields["node"].queryset = CatalogNode.objects.for_unit(unit)
        self.fields["interprets"].queryset = (InfoItem.objects.filter(unit=unit, doc_type__in=POLICY_TYPES)
                                              .exclude(status=Status.WITHDRAWN))

    def clean_doc_number(self):
        value = self.cleaned_data["doc_number"]
        try:
            number = docnumber.parse_optional(value)
        except docnumber.DocNumberError as exc:
            raise forms.ValidationError(str(exc)) from None
        return str(number) if number else ""

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("doc_number")
        if data["node"] is None:
            data.pop("node")
        return data


def initial_from(item: InfoItem) -> dict:
    initial = {name: getattr(item, name) for name in ItemForm.base_fields if hasattr(item, name)}
    initial["doc_number"] = str(item.doc_number) if item.doc_number else ""
    return initial


class ReasonForm(forms.Form):
    reason = forms.CharField(label="理由", max_length=300)


class PublishForm(forms.Form):
    published_on = forms.DateField(label="发布日期", widget=DATE)


class DecisionForm(forms.Form):
    kind = forms.ChoiceField(label="决定类型", choices=DecisionKind.choices)
    number = forms.CharField(label="决定文件文号", max_length=60, help_text="如 淄政字〔2020〕103号")
    title = forms.CharField(label="决定文件标题", max_length=300)
    effective_on = forms.DateField(label="生效日期", widget=DATE)
    new_expires_on = forms.DateField(label="继续执行后的有效期至", required=False, widget=DATE)
    amended_by = forms.ModelChoiceField(label="修改后的文件", queryset=InfoItem.objects.none(), required=False)
    note = forms.CharField(label="说明", max_length=300, required=False)

    def __init__(self, *args, unit: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amended_by"].queryset = InfoItem.objects.published().lifecycle().filter(unit=unit)


class AttachmentForm(forms.Form):
    file = forms.FileField(label="附件", help_text="PDF、DOCX、OFD 等，不超过 50 MB，文字会被提取用于检索")
    is_illustration = forms.BooleanField(label="图解", required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        problem = extract.size_problem(upload.size)
        if problem:
            raise forms.ValidationError(problem)
        return upload


class RecordImportForm(forms.Form):
    unit = forms.ModelChoiceField(label="导入单位", queryset=Unit.objects.none())
    file = forms.FileField(label="数据文件", help_text="CSV（UTF-8 或 GB18030）或 XLSX，第一行为表头，不超过 200 MB")

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(pk__in=[u.pk for u in units])

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > recordfile.MAX_FILE_BYTES:
            raise forms.ValidationError(f"文件不能超过 {recordfile.MAX_FILE_BYTES // (1024 * 1024)} MB，"
                                        f"请分成几个文件导入")
        return upload


class ColumnForm(forms.Form):
    unit = forms.ModelChoiceField(label="单位", queryset=Unit.objects.none())
    parent = forms.ModelChoiceField(label="上级栏目", queryset=CatalogNode.objects.all())
    name = forms.CharField(label="栏目名称", max_length=100)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(pk__in=[u.pk for u in units])
