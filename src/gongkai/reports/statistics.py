"""Report tables from the database: scope → {"version", "t2", "t3", "t4"}.

Table 三 and 四 come from ``gongkai.foi.stats`` and ``gongkai.appeals.stats``, table 二 第（一）项
and the platform's 结果公开 counts from ``gongkai.catalog.stats`` (their SQL GROUP BY queries),
the other table 二 cells from imported figures (see ``reports.cells`` for the precedence rule).
``by_unit`` computes every unit's own tables in a few passes; subtrees are sums over unit paths.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Sum

from gongkai.orgs.models import Unit
from gongkai.reportformat import empty_tables, t3_2021_to_2019
from gongkai.reports import cells as figure_cells
from gongkai.reports.models import ImportedFigure
from gongkai.reports.tables_math import add_into


@dataclass(frozen=True)
class Sources:
    """The statistics other apps provide (the interfaces agreed for the annual report)."""

    table3: Callable  # (applications, year) -> t3 in the 2021 rows, incl. "total"
    table3_by_unit: Callable  # (applications, year) -> {unit_id: t3}
    table4: Callable  # (appeals, year) -> {"cases": {...}}
    table4_by_unit: Callable
    art20_1: Callable  # (units, year, version) -> the art20_1 block
    art20_1_by_unit: Callable  # (units, year, version) -> {unit_id: block} for every unit of units
    decision_record_counts: Callable  # (units, year) -> {"admin_license", "admin_penalty", "admin_coercion"}
    decision_record_counts_by_unit: Callable  # (units, year) -> {unit_id: counts} for every unit of units
    applications: Callable  # () -> the Application queryset
    appeals: Callable  # () -> the Appeal queryset


def platform_sources() -> Sources:
    foi = importlib.import_module("gongkai.foi.stats")
    appeals = importlib.import_module("gongkai.appeals.stats")
    catalog = importlib.import_module("gongkai.catalog.stats")
    from gongkai.appeals.models import Appeal
    from gongkai.foi.models import Application

    return Sources(
        table3=foi.table3, table3_by_unit=foi.table3_by_unit, table4=appeals.table4,
        table4_by_unit=appeals.table4_by_unit, art20_1=catalog.art20_1, art20_1_by_unit=catalog.art20_1_by_unit,
        decision_record_counts=catalog.decision_record_counts,
        decision_record_counts_by_unit=catalog.decision_record_counts_by_unit,
        applications=Application.objects.all, appeals=Appeal.objects.all,
    )


_sources: Sources | None = None


def sources() -> Sources:
    global _sources
    if _sources is None:
        _sources = platform_sources()
    return _sources


def use_sources(replacement: Sources | None) -> None:
    """Swap the statistics providers (tests, benchmarks); ``None`` restores the platform's."""
    global _sources
    _sources = replacement


def _t3(t3_2021: dict, version: str) -> dict:
    return t3_2021_to_2019(t3_2021) if version == "2019" else t3_2021


def _imported(units, year: int, version: str) -> dict[str, object]:
    """cell → the sum of the current imported figures of these units."""
    addresses = [cell.address for cell in figure_cells.cells_for(version)]
    rows = (ImportedFigure.objects.current().filter(unit__in=units, year=year, cell__in=addresses)
            .values("cell").annotate(value=Sum("value")))
    return {row["cell"]: row["value"] for row in rows}


def _fill_figures(tables: dict, units, year: int, version: str) -> None:
    imported = _imported(units, year, version)
    for cell in figure_cells.cells_for(version):
        value = imported.get(cell.address)
        if cell.platform_row:
            without_figure = units.exclude(
                pk__in=ImportedFigure.objects.current().filter(year=year, cell=cell.address).values("unit_id"))
            counted = sources().decision_record_counts(without_figure, year)[cell.platform_row]
            value = (value or 0) + counted
        _set(tables, cell, value)


def _set(tables: dict, cell, value) -> None:
    _, block, row, column = cell.address.split(".")
    tables["t2"][block][row][column] = None if value is None else figure_cells.table_value(cell, value)


def tables_for_units(units, year: int, version: str) -> dict:
    """The tables of a set of units taken together (one report's statistics)."""
    s = sources()
    tables = empty_tables(version, fill=None)
    tables["t3"] = _t3(s.table3(s.applications().filter(unit__in=units), year), version)
    tables["t4"] = s.table4(s.appeals().filter(unit__in=units), year)
    tables["t2"]["art20_1"] = s.art20_1(units, year, version)
    _fill_figures(tables, units, year, version)
    return tables


def by_unit(year: int, version: str, units=None, progress: Callable[[int], None] | None = None) -> dict[int, dict]:
    """Every unit's own tables: t3/t4, the catalog's table 二 第（一）项 and 结果公开 counts in one
    GROUP BY pass each (by unit), figures in one query. ``progress(n)`` once the units are counted."""
    s = sources()
    units = list(units if units is not None else Unit.objects.all())
    pks = [unit.pk for unit in units]
    selected = Unit.objects.filter(pk__in=pks)
    t3 = s.table3_by_unit(s.applications().filter(unit__in=pks), year)
    t4 = s.table4_by_unit(s.appeals().filter(unit__in=pks), year)
    art20_1 = s.art20_1_by_unit(selected, year, version)
    platform = s.decision_record_counts_by_unit(selected, year)
    figures = _figures_by_unit(pks, year, version)
    out = {}
    for pk in pks:
        tables = empty_tables(version)  # zero where a source has nothing for the unit
        if pk in t3:
            tables["t3"] = _t3(t3[pk], version)
        tables["t4"] = t4.get(pk, tables["t4"])
        tables["t2"]["art20_1"] = art20_1.get(pk, tables["t2"]["art20_1"])
        for cell in figure_cells.cells_for(version):
            value = figures.get((pk, cell.address))
            if value is None and cell.platform_row:
                value = platform.get(pk, {}).get(cell.platform_row, 0)
            _set(tables, cell, value)
        out[pk] = tables
    if progress:
        progress(len(pks))
    return out


def _figures_by_unit(units: list[int], year: int, version: str) -> dict[tuple[int, str], object]:
    addresses = [cell.address for cell in figure_cells.cells_for(version)]
    rows = ImportedFigure.objects.current().filter(year=year, cell__in=addresses, unit__in=units)
    return {(unit, cell): value for unit, cell, value in rows.values_list("unit_id", "cell", "value")}


def subtree_totals(unit_tables: dict[int, dict], paths: dict[int, str], version: str) -> dict[int, dict]:
    """For every unit with units below it: the sum of its subtree's tables (via ``Unit.path``)."""
    sums: dict[int, dict] = {}
    parents: set[int] = set()
    for pk, path in paths.items():
        *above, own = (int(part) for part in path.strip("/").split("/"))
        parents.update(above)
        if pk in unit_tables:
            for ancestor in (*above, own):
                add_into(sums.setdefault(ancestor, {"version": version}), unit_tables[pk])
    return {pk: tables for pk, tables in sums.items() if pk in parents}


__all__ = ["Sources", "by_unit", "platform_sources", "sources", "subtree_totals", "tables_for_units", "use_sources"]
