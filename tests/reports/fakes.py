"""Stand-in statistics providers (``reports.statistics.Sources``) fed with per-unit tables, so the
report assembly is tested without the request, appeal and catalog apps' data."""

import copy
from dataclasses import dataclass, field

from gongkai.reportformat import empty_tables, fixture
from gongkai.reports.statistics import Sources
from gongkai.reports.tables_math import add_into


@dataclass
class Selection:
    """What ``Application.objects.filter(unit__in=units)`` stands for: the selected unit ids."""

    unit_ids: set | None = None

    def filter(self, unit__in):
        ids = set(unit__in) if isinstance(unit__in, list | set) else set(unit__in.values_list("pk", flat=True))
        return Selection(ids)


@dataclass
class UnitData:
    """Per-unit tables for the fake providers; units without an entry have zero everywhere."""

    t3: dict = field(default_factory=dict)  # unit id -> 2021 t3
    t4: dict = field(default_factory=dict)  # unit id -> {"cases": …}
    art20_1: dict = field(default_factory=dict)  # (unit id, version) -> block
    decisions: dict = field(default_factory=dict)  # unit id -> {"admin_license": n, …}
    calls: list = field(default_factory=list)

    def _sum(self, table: str, ids, zero):
        out = copy.deepcopy(zero)
        for pk in ids:
            if pk in getattr(self, table):
                add_into(out, getattr(self, table)[pk])
        return out

    def sources(self) -> Sources:
        zero = empty_tables("2021")
        ids = lambda units: set(units.values_list("pk", flat=True))  # noqa: E731

        def art20_1(units, year, version):
            self.calls.append(("art20_1", year, version))
            out = copy.deepcopy(empty_tables(version)["t2"]["art20_1"])
            for pk in ids(units):
                if (pk, version) in self.art20_1:
                    add_into(out, self.art20_1[(pk, version)])
            return out

        def decisions(units, year):
            out = {"admin_license": 0, "admin_penalty": 0, "admin_coercion": 0}
            for pk in ids(units):
                add_into(out, self.decisions.get(pk, {}))
            return out

        def each(measure):  # the by-unit variant: the measure of each unit on its own
            return lambda units, *args: {pk: measure(units.filter(pk=pk), *args) for pk in ids(units)}

        return Sources(
            table3=lambda sel, year: self._sum("t3", sel.unit_ids, zero["t3"]),
            table3_by_unit=lambda sel, year: {pk: t for pk, t in self.t3.items() if pk in sel.unit_ids},
            table4=lambda sel, year: self._sum("t4", sel.unit_ids, zero["t4"]),
            table4_by_unit=lambda sel, year: {pk: t for pk, t in self.t4.items() if pk in sel.unit_ids},
            art20_1=art20_1, art20_1_by_unit=each(art20_1),
            decision_record_counts=decisions, decision_record_counts_by_unit=each(decisions),
            applications=Selection, appeals=Selection,
        )


def seed_tables() -> dict:
    """The seed report's tables (``fixtures.zibo_2020``), a private copy each call."""
    return copy.deepcopy(fixture("zibo_2020"))
