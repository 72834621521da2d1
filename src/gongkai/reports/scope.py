"""What a report covers: one unit, a unit and everything below it, or a named group."""

from dataclasses import dataclass

from gongkai.orgs.models import Kind, Unit
from gongkai.reports.models import AnnualReport, NamedGroup, ScopeKind

GOVERNMENT_SUFFIX = "人民政府"


@dataclass(frozen=True)
class Scope:
    kind: str  # ScopeKind
    unit: Unit  # the unit whose report it is (the group's owner for a group)
    group: NamedGroup | None = None

    @classmethod
    def of(cls, report: AnnualReport) -> "Scope":
        return cls(report.scope, report.unit, report.group)

    @classmethod
    def for_group(cls, group: NamedGroup) -> "Scope":
        return cls(ScopeKind.GROUP, group.owner, group)

    def units(self):
        if self.kind == ScopeKind.GROUP:
            return self.group.units()
        if self.kind == ScopeKind.SUBTREE:
            return Unit.objects.in_subtree(self.unit)
        return Unit.objects.filter(pk=self.unit.pk)

    @property
    def title_name(self) -> str:
        """The name in the report's title: 「淄博市」 for a government's area, the unit's name otherwise."""
        if self.kind == ScopeKind.GROUP:
            return self.group.title
        if self.kind == ScopeKind.SUBTREE and self.unit.kind == Kind.GOVERNMENT:
            return self.unit.name.removesuffix(GOVERNMENT_SUFFIX)
        return self.unit.name

    def title(self, year: int) -> str:
        return f"{self.title_name}{year}年政府信息公开工作年度报告"

    @property
    def label(self) -> str:
        """「淄博市人民政府（本单位及所属单位）」: which report this is, for lists and file names."""
        if self.kind == ScopeKind.GROUP:
            return f"{self.group.name}（单位组）"
        return f"{self.unit.name}（{ScopeKind(self.kind).label}）"

    @property
    def slug(self) -> str:
        """File-name stem: the credit code and the scope (``11370300004224423Q-subtree``)."""
        if self.kind == ScopeKind.GROUP:
            return f"{self.unit.credit_code}-group{self.group.pk}"
        return f"{self.unit.credit_code}-{self.kind}"
