from gongkai.reports.models.figure import FigureSource, ImportedFigure
from gongkai.reports.models.group import GroupMember, NamedGroup
from gongkai.reports.models.report import AnnualReport, ReportStatus, ScopeKind, TemplateVersion

__all__ = ["AnnualReport", "FigureSource", "GroupMember", "ImportedFigure", "NamedGroup", "ReportStatus", "ScopeKind",
           "TemplateVersion"]
