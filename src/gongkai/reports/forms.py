from django import forms
from django.utils import timezone

from gongkai.reportformat import FIRST_REPORT_YEAR, VERSIONS, load, version_for_year
from gongkai.reports.cells import FigureCell, figure_cell, parse_value
from gongkai.reports.figure_io import size_problem
from gongkai.reports.models import AnnualReport, NamedGroup, ScopeKind
from gongkai.reports.narrative import PREAMBLE, section_keys


class ReportCreateForm(forms.Form):
    unit = forms.ModelChoiceField(label="编制单位", queryset=None, empty_label=None)
    scope = forms.ChoiceField(label="统计范围", choices=ScopeKind.choices, initial=ScopeKind.SUBTREE)
    group = forms.ModelChoiceField(label="单位组", queryset=None, required=False, empty_label="（统计范围为单位组时选择）")
    year = forms.IntegerField(label="报告年度", min_value=FIRST_REPORT_YEAR)
    template_version = forms.ChoiceField(label="报告格式", required=False,
                                         choices=[("", "按年度自动选择"), *((v, f"{v}年格式（{load(v).doc_no}）")
                                                                           for v in VERSIONS)])

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["group"].queryset = NamedGroup.objects.filter(owner__in=units)
        self.fields["year"].max_value = timezone.localdate().year
        self.fields["year"].initial = timezone.localdate().year - 1

    def clean(self):
        data = super().clean()
        unit, scope, group, year = (data.get(k) for k in ("unit", "scope", "group", "year"))
        if scope == ScopeKind.GROUP and group is None:
            self.add_error("group", "统计范围为单位组时须选择单位组")
        if scope == ScopeKind.GROUP and group is not None and unit is not None and group.owner_id != unit.pk:
            self.add_error("group", "只能选择本单位编制的单位组")
        if scope != ScopeKind.GROUP:
            data["group"] = None
        if unit is not None and year and self._exists(unit, scope, data["group"], year):
            raise forms.ValidationError("该统计范围该年度的报告已经存在")
        data["template_version"] = data.get("template_version") or (version_for_year(year) if year else "")
        return data

    @staticmethod
    def _exists(unit, scope, group, year) -> bool:
        if group is not None:
            return AnnualReport.objects.filter(group=group, year=year).exists()
        return AnnualReport.objects.filter(unit=unit, scope=scope, group=None, year=year).exists()


SECTION_MAX_LENGTH = 50_000  # characters; the longest section of a real report is a few thousand


class NarrativeForm(forms.Form):
    """One text area per section of the report's format (and the preamble)."""

    def __init__(self, *args, version: str, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {PREAMBLE: "导语"} | {s.key: s.label for s in load(version).sections}
        for key in section_keys(version):
            self.fields[key] = forms.CharField(label=labels[key], required=False, max_length=SECTION_MAX_LENGTH,
                                               widget=forms.Textarea(attrs={"rows": 10 if key == "overall" else 5}))


class PublishForm(forms.Form):
    override_reason = forms.CharField(label="带问题发布的原因", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                      help_text="报告存在未通过的校验项时必须填写，将记入操作日志")


class FigureImportForm(forms.Form):
    file = forms.FileField(label="数据文件（.xlsx 或 .csv）")
    reason = forms.CharField(label="修改原因", required=False, help_text="文件中的数值替换已导入的不同数值时必须填写")

    def clean_file(self):
        """Refused before it is read into memory; ``figure_io`` checks the same bound for the CLI."""
        upload = self.cleaned_data["file"]
        if problem := size_problem(upload.size):
            raise forms.ValidationError(problem)
        return upload


class FigureOverrideForm(forms.Form):
    cell = forms.ChoiceField(label="项目")
    value = forms.CharField(label="数值", max_length=30)
    reason = forms.CharField(label="修改原因", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, cells: tuple[FigureCell, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cell"].choices = [(cell.address, cell.label) for cell in cells]

    def clean(self):
        data = super().clean()
        if data.get("cell") and data.get("value"):
            try:
                parse_value(figure_cell(data["cell"]), data["value"])
            except ValueError as exc:
                self.add_error("value", str(exc))
        return data
