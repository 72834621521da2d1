"""Filters of the public lists: they validate GET parameters; bad values are simply ignored."""

from django import forms

from gongkai.catalog.models import POLICY_TYPES, DocType, RecordKind, Validity
from gongkai.orgs.models import Unit

YEARS = [(str(y), f"{y}年") for y in range(2026, 2004, -1)]


def _issuer_choices():
    """Governments and departments (not towns), for the unit filter."""
    units = Unit.objects.exclude(level="town").order_by("path").values_list("pk", "name")
    return [("", "全部发布机构"), *((str(pk), name) for pk, name in units)]


class PolicyFilter(forms.Form):
    unit = forms.TypedChoiceField(label="发布机构", required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label="发布年份", required=False, coerce=int, empty_value=None,
                                  choices=[("", "全部年份"), *YEARS])
    doc_type = forms.ChoiceField(label="文件类型", required=False,
                                 choices=[("", "全部类型"), *((t.value, t.label) for t in POLICY_TYPES)])
    validity = forms.ChoiceField(label="效力状态", required=False,
                                 choices=[("", "全部状态"), *Validity.choices])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = _issuer_choices()


class SearchForm(forms.Form):
    q = forms.CharField(label="检索词", required=False, max_length=100)
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput)
    year = forms.IntegerField(required=False, min_value=1949, max_value=2100, widget=forms.HiddenInput)
    doc_type = forms.ChoiceField(required=False, widget=forms.HiddenInput,
                                 choices=[("", ""), *DocType.choices, *RecordKind.choices])
    kind = forms.ChoiceField(required=False, widget=forms.HiddenInput,
                             choices=[("", ""), ("item", "政府信息"), ("record", "结果公开")])
    page = forms.IntegerField(required=False, min_value=1, max_value=500, widget=forms.HiddenInput)


class RecordFilter(forms.Form):
    kind = forms.ChoiceField(label="类别", required=False, choices=[("", "全部类别"), *RecordKind.choices])
    year = forms.TypedChoiceField(label="决定年份", required=False, coerce=int, empty_value=None,
                                  choices=[("", "全部年份"), *YEARS])
