"""The upload form of the check page: one or more report files, or ZIP archives of them."""

from django import forms


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            raise forms.ValidationError("请选择要核查的报告文件", code="required")
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    files = MultipleFileField(label="年度报告文件", help_text="可多选；支持文本（.txt）、网页（.html）、Word（.docx）、PDF，及其ZIP压缩包")
    download = forms.BooleanField(label="直接下载XLSX核查结果（不在页面显示）", required=False)
