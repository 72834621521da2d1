"""Filters of the public lists: they validate GET parameters. The lists ignore bad values; the
search page explains them (years up to the current one, ids and pages within bounds)."""

from django import forms
from django.utils import timezone

from gongkai.catalog import bounds
from gongkai.catalog.models import POLICY_TYPES, DocType, RecordKind, Validity
from gongkai.orgs.models import Unit
from gongkai.search.text import MAX_OFFSET

SEARCH_PAGE_SIZE = 20
MAX_SEARCH_PAGE = MAX_OFFSET // SEARCH_PAGE_SIZE


def _year_choices():
    return [("", "全部年份"), *((str(y), f"{y}年") for y in bounds.filter_years(timezone.localdate()))]


def _issuer_choices():
    """Governments and departments (not towns), for the unit filter."""
    units = Unit.objects.exclude(level="town").order_by("path").values_list("pk", "name")
    return [("", "全部发布机构"), *((str(pk), name) for pk, name in units)]


class PolicyFilter(forms.Form):
    unit = forms.TypedChoiceField(label="发布机构", required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label="发布年份", required=False, coerce=int, empty_value=None,
                                  choices=_year_choices)
    doc_type = forms.ChoiceField(label="文件类型", required=False,
                                 choices=[("", "全部类型"), *((t.value, t.label) for t in POLICY_TYPES)])
    validity = forms.ChoiceField(label="效力状态", required=False,
                                 choices=[("", "全部状态"), *Validity.choices])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = _issuer_choices()


class SearchForm(forms.Form):
    q = forms.CharField(label="检索词", required=False, max_length=100)
    unit = forms.IntegerField(label="发布机构", required=False, min_value=1, max_value=bounds.MAX_ID,
                              widget=forms.HiddenInput)
    year = forms.IntegerField(label="年份", required=False, widget=forms.HiddenInput)
    doc_type = forms.ChoiceField(required=False, widget=forms.HiddenInput,
                                 choices=[("", ""), *DocType.choices, *RecordKind.choices])
    kind = forms.ChoiceField(required=False, widget=forms.HiddenInput,
                             choices=[("", ""), ("item", "政府信息"), ("record", "结果公开")])
    page = forms.IntegerField(label="页码", required=False, min_value=1, max_value=MAX_SEARCH_PAGE,
                              widget=forms.HiddenInput,
                              error_messages={"max_value": f"检索结果最多显示{MAX_SEARCH_PAGE}页"})

    def clean_year(self):
        year = self.cleaned_data["year"]
        problem = bounds.year_problem(year, timezone.localdate())
        if problem:
            raise forms.ValidationError(problem)
        return year


class RecordFilter(forms.Form):
    kind = forms.ChoiceField(label="类别", required=False, choices=[("", "全部类别"), *RecordKind.choices])
    year = forms.TypedChoiceField(label="决定年份", required=False, coerce=int, empty_value=None,
                                  choices=_year_choices)
