"""Checks of the API's query parameters: a value out of range is a 404 or 422 whose ``detail``
says in Chinese what was wrong, never a 500 (bounds in ``gongkai.catalog.bounds``)."""

from django.utils import timezone

from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination

from gongkai.catalog import bounds


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
