"""Checks of the API's query parameters: a value out of range is a 404 or 422 whose ``detail``
says in Chinese what was wrong, never a 500 (bounds in ``gongkai.catalog.bounds``)."""

from django.utils import timezone

from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination

from gongkai.catalog import bounds

NOT_FOUND = "未找到：该编号的信息不存在或未公开"


def explain(error: dict) -> dict:
    """A parameter validation error (pydantic's, in English) with a Chinese ``msg``; ``loc`` and
    ``type`` stay for programs."""
    name = error.get("loc", ["", "参数"])[-1]
    context = error.get("ctx") or {}
    texts = {
        "missing": "缺少此参数",
        "int_parsing": "应为整数",
        "int_type": "应为整数",
        "greater_than_equal": f"不能小于{context.get('ge')}",
        "less_than_equal": f"不能大于{context.get('le')}",
        "string_too_long": f"不能超过{context.get('max_length')}个字符",
    }
    return {**error, "msg": f"参数 {name}：{texts.get(error.get('type'), '格式不正确')}"}


def check_year(year: int | None) -> None:
    problem = bounds.year_problem(year, timezone.localdate())
    if problem:
        raise HttpError(422, problem)


def check_ids(**ids: tuple[int | None, str]) -> None:
    """``check_ids(unit=(value, "单位"))``: 404 for an id no row can have."""
    for value, what in ids.values():
        problem = bounds.id_problem(value, what)
        if problem:
            raise HttpError(404, problem)


class Pages(PageNumberPagination):
    """Page numbers from 1 to the last page; a page past the last one is a 404 naming how many
    pages there are (an empty first page is still a page)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=bounds.MAX_ID, description="页码，从1开始")
        page_size: int | None = Field(None, ge=1, le=100, description="每页条数")

    def paginate_queryset(self, queryset, pagination: Input, request, **params):
        page_size = self._get_page_size(pagination.page_size)
        count = self._items_count(queryset)
        last = max(1, -(-count // page_size))
        if pagination.page > last:
            raise HttpError(404, f"第{pagination.page}页超出范围：共{last}页")
        offset = (pagination.page - 1) * page_size
        return {self.items_attribute: queryset[offset:offset + page_size], "count": count}
