"""Imported figures: file import (all or nothing), one-cell overrides, the template to fill in.
The only code that writes ``ImportedFigure``; every change is in the audit trail.

A value that replaces a different current value needs a reason (kept on the new row and in the
audit entry); re-importing the same value changes nothing.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from gongkai.core import audit
from gongkai.core.imports import ImportRejected
from gongkai.orgs.models import Unit
from gongkai.reports import figure_io
from gongkai.reports.cells import cells_for, figure_cell, parse_value, table_value
from gongkai.reports.models import FigureSource, ImportedFigure


@dataclass
class FigureImportResult:
    created: int  # new values (first value or a replacement)
    unchanged: int  # same as the current value
    units: int


def _current(pairs: set[tuple[int, int]]) -> dict[tuple[int, int, str], ImportedFigure]:
    units, years = {unit for unit, _ in pairs}, {year for _, year in pairs}
    figures = ImportedFigure.objects.current().filter(unit_id__in=units, year__in=years)
    return {(f.unit_id, f.year, f.cell): f for f in figures if (f.unit_id, f.year) in pairs}


def _resolve_units(rows, allowed) -> tuple[dict[str, Unit], list[str]]:
    codes = {row.credit_code for row in rows}
    units = {unit.credit_code: unit for unit in Unit.objects.filter(credit_code__in=codes)}
    permitted = set(allowed.values_list("pk", flat=True)) if allowed is not None else None
    errors = []
    for row in rows:
        unit = units.get(row.credit_code)
        where = f"第{row.row}行"
        if unit is None:
            errors.append(f"{where}：统一社会信用代码“{row.credit_code}”不是本平台的单位")
        elif row.unit_name and row.unit_name != unit.name:
            errors.append(f"{where}：单位名称“{row.unit_name}”与统一社会信用代码对应的“{unit.name}”不符")
        elif permitted is not None and unit.pk not in permitted:
            errors.append(f"{where}：您没有为“{unit.name}”导入数据的权限")
    return units, errors


def _plan(rows, units, reason: str):
    """(figures to create, figures they replace, unchanged count, errors)."""
    seen, errors, creates, replaces, unchanged = {}, [], [], [], 0
    valid = [row for row in rows if row.credit_code in units and row.year]
    current = _current({(units[row.credit_code].pk, row.year) for row in valid})
    for row in valid:
        unit = units[row.credit_code]
        key = (unit.pk, row.year)
        if key in seen:
            errors.append(f"第{row.row}行：与第{seen[key]}行重复（同一单位、同一年度）")
            continue
        seen[key] = row.row
        for address, value in row.values.items():
            old = current.get((unit.pk, row.year, address))
            if old is not None and old.value == value:
                unchanged += 1
                continue
            if old is not None and not reason:
                errors.append(f"第{row.row}行「{figure_cell(address).label}」：已有数值"
                              f"{table_value(figure_cell(address), old.value)}（{old.provenance}），修改须填写原因")
                continue
            creates.append((unit, row, address, value))
            replaces += [old] if old is not None else []
    return creates, replaces, unchanged, errors


def import_figures(data: bytes, file_name: str, *, actor=None, allowed_units=None, reason: str = "",
                   ) -> FigureImportResult:
    """Import a figure file; ``ImportRejected`` (nothing changed) listing every problem by row."""
    try:
        rows, errors = figure_io.parse(data, file_name)
    except figure_io.FigureFileError as exc:
        raise ImportRejected([str(exc)]) from None
    units, unit_errors = _resolve_units(rows, allowed_units)
    creates, replaces, unchanged, plan_errors = _plan(rows, units, reason.strip())
    errors += unit_errors + plan_errors
    if errors:
        raise ImportRejected(errors)
    try:
        return _write(creates, replaces, unchanged, file_name, actor, reason.strip())
    except IntegrityError:  # another import or override wrote the same cells since we read them
        raise ImportRejected(["其他人刚刚修改了同一单位同一年度的数据，未导入任何数据，请重新导入"]) from None


def _write(creates, replaces, unchanged: int, file_name: str, actor, reason: str) -> FigureImportResult:
    now = timezone.now()
    with transaction.atomic():
        ImportedFigure.objects.filter(pk__in=[old.pk for old in replaces]).update(replaced_at=now)
        ImportedFigure.objects.bulk_create([
            ImportedFigure(unit=unit, year=row.year, cell=address, value=value, source=FigureSource.IMPORT,
                           file_name=file_name[:200], file_row=row.row, reason=reason.strip() if replaced else "",
                           created_by=actor if getattr(actor, "is_authenticated", False) else None)
            for (unit, row, address, value), replaced in _with_replaced(creates, replaces)
        ])
        touched = {unit.pk for unit, *_ in creates}
        audit.record("reports.figures_imported", actor=actor,
                     summary=f"导入年度报告数据“{file_name}”：新增或修改{len(creates)}项，其中修改{len(replaces)}项",
                     file_name=file_name, created=len(creates), replaced=len(replaces), unchanged=unchanged,
                     units=sorted(touched), reason=reason.strip())
    return FigureImportResult(created=len(creates), unchanged=unchanged, units=len(touched))


def _with_replaced(creates, replaces):
    replaced = {(old.unit_id, old.year, old.cell) for old in replaces}
    for unit, row, address, value in creates:
        yield (unit, row, address, value), (unit.pk, row.year, address) in replaced


def override_figure(unit: Unit, year: int, address: str, raw_value, *, reason: str, actor=None) -> ImportedFigure:
    """Set one cell by hand. ``ValueError`` (Chinese) for a bad value or a missing reason."""
    cell = figure_cell(address)
    value = parse_value(cell, raw_value)
    if not reason.strip():
        raise ValueError("人工修改数据须填写原因")
    with transaction.atomic():
        old = ImportedFigure.objects.current().select_for_update().filter(unit=unit, year=year, cell=address).first()
        if old is not None:
            old.replaced_at = timezone.now()
            old.save(update_fields=["replaced_at"])
        figure = ImportedFigure.objects.create(
            unit=unit, year=year, cell=address, value=value, source=FigureSource.OVERRIDE, reason=reason.strip(),
            created_by=actor if getattr(actor, "is_authenticated", False) else None)
        audit.record("reports.figure_overridden", actor=actor, unit=unit, target=figure,
                     summary=f"人工修改{year}年「{cell.label}」为{table_value(cell, value)}", cell=address,
                     old=str(old.value) if old else None, new=str(value), reason=reason.strip())
    return figure


def figure_template(units, year: int, version: str) -> bytes:
    """The file to fill in for these units and year, with their current values."""
    cells = cells_for(version)
    current: dict[int, dict[str, Decimal]] = {}
    for figure in ImportedFigure.objects.current().filter(unit__in=units, year=year):
        current.setdefault(figure.unit_id, {})[figure.cell] = figure.value
    rows = [(u.credit_code, u.name, year, {k: _cell_value(k, v) for k, v in current.get(u.pk, {}).items()})
            for u in units.order_by("path")]
    return figure_io.template(cells, rows)


def _cell_value(address: str, value: Decimal):
    shown = table_value(figure_cell(address), value)
    return Decimal(shown) if isinstance(shown, str) else shown
