"""Validating a report before it is published (plain Python).

Blocking problems: a hard identity of the format that fails (``reportformat.check``), a cell with
no data, a number in the narrative that contradicts the tables, a section left empty. Warnings:
soft identities, within the report and against last year's report of the same scope.
Publishing with blocking problems needs a recorded override reason.
"""

from dataclasses import dataclass, field

from gongkai.reportformat import cell_addresses, check, check_across_years, describe_cell, load
from gongkai.reportformat.tables import get_cell
from gongkai.reports import narrative_check
from gongkai.reports.narrative import PREAMBLE

# Sections whose table carries the content; their text may stay empty.
TABLE_SECTIONS = {"proactive", "requests", "appeals"}


@dataclass(frozen=True)
class Issue:
    code: str  # identity id (T3.BALANCE …), "MISSING", "NARRATIVE", "EMPTY_SECTION"
    blocking: bool
    message: str
    cells: tuple[str, ...] = ()


@dataclass
class Validation:
    issues: list[Issue] = field(default_factory=list)

    @property
    def blocking(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.blocking]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if not issue.blocking]

    @property
    def ok(self) -> bool:
        return not self.blocking

    @property
    def warned_cells(self) -> set[str]:
        return {cell for issue in self.warnings for cell in issue.cells}

    @property
    def failed_cells(self) -> set[str]:
        """Cells of blocking identity failures (what the page marks red)."""
        return {cell for issue in self.issues if issue.blocking and issue.code != "MISSING" for cell in issue.cells}

    @property
    def missing_cells(self) -> set[str]:
        return {cell for issue in self.issues if issue.code == "MISSING" for cell in issue.cells}

    def as_json(self) -> list[dict]:
        return [{"code": i.code, "blocking": i.blocking, "message": i.message, "cells": list(i.cells)}
                for i in self.issues]


def _missing(tables: dict) -> list[Issue]:
    fmt = load(tables["version"])
    issues = []
    for address in cell_addresses(fmt):
        try:
            value = get_cell(tables, address)
        except KeyError:
            value = None
        if value is None:
            issues.append(Issue("MISSING", True, f"{describe_cell(fmt, address)}没有数据（未导入或未填报）", (address,)))
    return issues


def _identities(tables: dict, previous: dict | None) -> list[Issue]:
    failures = check(tables)
    if previous is not None:
        failures += check_across_years(previous, tables)
    return [Issue(f.identity, f.kind == "hard", f.message, f.cells) for f in failures if f.checkable]


def _narrative(narrative: dict[str, str], tables: dict) -> list[Issue]:
    fmt = load(tables["version"])
    issues = [Issue("NARRATIVE", True, f"{_section_label(fmt, i.section)}“{i.excerpt}”：{i.message}")
              for i in narrative_check.check(narrative, tables)]
    for section in fmt.sections:
        if section.key not in TABLE_SECTIONS and not narrative.get(section.key, "").strip():
            issues.append(Issue("EMPTY_SECTION", True, f"{section.label}尚未撰写"))
    return issues


def _section_label(fmt, key: str) -> str:
    if key == PREAMBLE:
        return "导语"
    return next((s.label for s in fmt.sections if s.key == key), key)


def validate(tables: dict, narrative: dict[str, str], previous: dict | None = None) -> Validation:
    """``previous``: last year's tables of the same scope, for the cross-year rules."""
    return Validation(_missing(tables) + _identities(tables, previous) + _narrative(narrative, tables))
