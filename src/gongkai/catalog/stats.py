"""Figures of the annual report's table 二 that the catalog holds (called by ``gongkai.reports``).

Each function is a few GROUP BY queries over ``units`` (a ``Unit`` queryset: one unit, or
``Unit.objects.in_subtree(city)`` for a whole government), never a Python loop over rows.
"""

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


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _grouped(queryset, **aggregates) -> dict[str, dict[str, int]]:
    """{row key: {column: n}} with zeros for types that have no rows."""
    result = {row: dict.fromkeys(aggregates, 0) for row in ROW_OF_TYPE.values()}
    for entry in queryset.values("doc_type").annotate(**aggregates).order_by():
        result[ROW_OF_TYPE[entry["doc_type"]]] = {key: entry[key] for key in aggregates}
    return result


def _documents(units):
    return InfoItem.objects.published().filter(unit__in=units, doc_type__in=tuple(ROW_OF_TYPE))


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
    first, last = _year_range(year)
    documents = _documents(units)
    if version == "2019":
        return _grouped(
            documents,
            new_made=Count("pk", filter=Q(written_on__range=(first, last))),
            new_published=Count("pk", filter=Q(published_on__range=(first, last))),
            total_published=Count("pk", filter=Q(published_on__lte=last)),
        )
    if version != "2021":
        raise ValueError(f"unknown report format version {version!r}")
    result = _grouped(documents, made=Count("pk", filter=Q(written_on__range=(first, last))))
    valid = _grouped(documents.in_force_on(last), valid=Count("pk"))
    repealed = (ValidityDecision.objects.filter(item__in=documents, kind=DecisionKind.REPEAL,
                                                effective_on__range=(first, last))
                .values("item__doc_type").annotate(n=Count("item", distinct=True)).order_by())
    repealed_by_row = {ROW_OF_TYPE[entry["item__doc_type"]]: entry["n"] for entry in repealed}
    for row, figures in result.items():
        figures["repealed"] = repealed_by_row.get(row, 0)
        figures["valid"] = valid[row]["valid"]
    return result


def decision_record_counts(units, year: int) -> dict[str, int]:
    """结果公开 records of ``units`` by 决定日期 in ``year``: one GROUP BY over the kinds
    (``admin_license`` 行政许可, ``admin_penalty`` 行政处罚, ``admin_coercion`` 行政强制)."""
    first, last = _year_range(year)
    counts = dict.fromkeys(RecordKind.values, 0)
    rows = (DecisionRecord.objects.filter(unit__in=units, decided_on__range=(first, last))
            .values("kind").annotate(n=Count("pk")).order_by())
    counts.update({row["kind"]: row["n"] for row in rows})
    return counts
