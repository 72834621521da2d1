"""Figures of the annual report's table 二 that the catalog holds (called by ``gongkai.reports``).

Each measure is a few GROUP BY queries over ``units`` (a ``Unit`` queryset: one unit, or
``Unit.objects.in_subtree(city)`` for a whole government), never a Python loop over rows. Each
comes in two shapes built from the same querysets: over ``units`` taken together (``art20_1``,
``decision_record_counts``), and per unit of ``units`` (``…_by_unit``: the same queries with the
unit added to the GROUP BY, ``{unit id: figures}`` for every unit, zeros included). Every document
and record belongs to one unit, so the figures of a set of units are the sums of its units' ones.
"""

from collections.abc import Iterator
from datetime import date

from django.db.models import Count, Q

from gongkai.catalog.models import (
    DecisionKind,
    DecisionRecord,
    DocType,
    InfoItem,
    RecordKind,
    ValidityDecision,
)

# Table 二 row key of each lifecycle document type (report format art20_1 rows).
ROW_OF_TYPE = {DocType.RULE: "rules", DocType.NORMATIVE: "normative_docs"}
TOGETHER = None  # the key of the figures of ``units`` taken together


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _keys(units, by_unit: bool) -> list[int | None]:
    return list(units.values_list("pk", flat=True)) if by_unit else [TOGETHER]


def _groups(queryset, unit_field: str, field: str, by_unit: bool, **aggregates) -> Iterator[tuple]:
    """(unit id, or ``TOGETHER`` unless ``by_unit``; value of ``field``; {aggregate: n}) for each
    group of ``queryset`` by ``field`` (and by ``unit_field`` when ``by_unit``)."""
    fields = (unit_field, field) if by_unit else (field,)
    for entry in queryset.values(*fields).annotate(**aggregates).order_by():
        yield (entry[unit_field] if by_unit else TOGETHER), entry[field], {key: entry[key] for key in aggregates}


def _documents(units):
    return InfoItem.objects.published().filter(unit__in=units, doc_type__in=tuple(ROW_OF_TYPE))


def _art20_1(units, year: int, version: str, by_unit: bool) -> dict:
    """{key: art20_1 block}: see ``art20_1`` for the definitions."""
    first, last = _year_range(year)
    documents = _documents(units)
    if version == "2019":
        measures = [(documents, "unit", "doc_type", {
            "new_made": Count("pk", filter=Q(written_on__range=(first, last))),
            "new_published": Count("pk", filter=Q(published_on__range=(first, last))),
            "total_published": Count("pk", filter=Q(published_on__lte=last)),
        })]
    elif version == "2021":
        repeals = ValidityDecision.objects.filter(item__in=documents, kind=DecisionKind.REPEAL,
                                                  effective_on__range=(first, last))
        measures = [
            (documents, "unit", "doc_type", {"made": Count("pk", filter=Q(written_on__range=(first, last)))}),
            (repeals, "item__unit", "item__doc_type", {"repealed": Count("item", distinct=True)}),
            (documents.in_force_on(last), "unit", "doc_type", {"valid": Count("pk")}),
        ]
    else:
        raise ValueError(f"unknown report format version {version!r}")
    columns = [column for *_, aggregates in measures for column in aggregates]

    def zero() -> dict:
        return {row: dict.fromkeys(columns, 0) for row in ROW_OF_TYPE.values()}

    result = {key: zero() for key in _keys(units, by_unit)}
    for queryset, unit_field, type_field, aggregates in measures:
        for key, doc_type, counts in _groups(queryset, unit_field, type_field, by_unit, **aggregates):
            result.setdefault(key, zero())[ROW_OF_TYPE[doc_type]].update(counts)
    return result


def art20_1(units, year: int, version: str) -> dict:
    """Table 二, 第二十条第（一）项 (规章 and 规范性文件) for ``units`` in ``year``.

    Counted over published 规章 (made only by a 设区的市人民政府, here 淄博市人民政府) and
    行政规范性文件 of ``units``; a withdrawn item does not count.

    Version "2019" (国办公开办函〔2019〕60号):
    - ``new_made`` 本年新制作数量: 成文日期 in the year;
    - ``new_published`` 本年新公开数量: 发布日期 in the year;
    - ``total_published`` 对外公开总数量: 发布日期 on or before 31 December of the year, whatever
      the document's validity now (repealed and expired documents stay disclosed).

    Version "2021" (国办公开办函〔2021〕30号):
    - ``made`` 本年制发件数: 成文日期 in the year;
    - ``repealed`` 本年废止件数: documents 废止 by a recorded decision effective in the year;
    - ``valid`` 现行有效件数: in force on 31 December: 有效, or 已修改 (an amended document stays in
      force as amended), published and 实施 by that day, not ended by a 废止/失效 decision effective
      by then, and within its current 有效期.
    """
    return _art20_1(units, year, version, by_unit=False)[TOGETHER]


def art20_1_by_unit(units, year: int, version: str) -> dict[int, dict]:
    """``art20_1`` of each unit of ``units`` on its own: {unit id: block}, one GROUP BY per measure."""
    return _art20_1(units, year, version, by_unit=True)


def _decision_record_counts(units, year: int, by_unit: bool) -> dict:
    first, last = _year_range(year)
    records = DecisionRecord.objects.filter(unit__in=units, decided_on__range=(first, last))
    result = {key: dict.fromkeys(RecordKind.values, 0) for key in _keys(units, by_unit)}
    for key, kind, counts in _groups(records, "unit", "kind", by_unit, n=Count("pk")):
        result.setdefault(key, dict.fromkeys(RecordKind.values, 0))[kind] = counts["n"]
    return result


def decision_record_counts(units, year: int) -> dict[str, int]:
    """结果公开 records of ``units`` by 决定日期 in ``year``: one GROUP BY over the kinds
    (``admin_license`` 行政许可, ``admin_penalty`` 行政处罚, ``admin_coercion`` 行政强制)."""
    return _decision_record_counts(units, year, by_unit=False)[TOGETHER]


def decision_record_counts_by_unit(units, year: int) -> dict[int, dict[str, int]]:
    """``decision_record_counts`` of each unit of ``units`` on its own: {unit id: counts}, one GROUP BY."""
    return _decision_record_counts(units, year, by_unit=True)
