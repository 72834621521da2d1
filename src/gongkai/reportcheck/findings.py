"""Findings: one JSON object per problem, with the cells or the sentence it concerns.

Severity: ``error`` for a broken hard identity or a required cell that is missing; ``warning``
for the soft rules (narrative, percentages, dates, carry-over, template version).
"""

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    IDENTITY = "identity"  # a sum printed in a table differs from its parts (勾稽关系)
    VALUE = "value"  # a count that is negative or not a whole number
    MISSING = "missing"  # a table, row or cell the template requires is absent or blank
    TEMPLATE = "template"  # the report uses the wrong version of the national format
    NARRATIVE = "narrative"  # a number in the text disagrees with the tables
    PERCENTAGE = "percentage"  # a printed share that its own numbers do not give
    DATE = "date"  # a date that cannot exist or lacks its month
    PERIOD = "period"  # the statistical period is not the report's year
    PLACEHOLDER = "placeholder"  # a programme's placeholder printed in the report (None, 〔〕号)
    CARRY_OVER = "carry_over"  # figures that do not follow from the unit's previous report


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "提示"}
KIND_LABELS = {
    Kind.IDENTITY: "勾稽关系", Kind.VALUE: "数值", Kind.MISSING: "缺项", Kind.TEMPLATE: "格式版本",
    Kind.NARRATIVE: "正文与表格不符", Kind.PERCENTAGE: "百分比", Kind.DATE: "日期", Kind.PERIOD: "统计期限",
    Kind.PLACEHOLDER: "占位符", Kind.CARRY_OVER: "跨年度衔接",
}


@dataclass
class Finding:
    kind: Kind
    severity: Severity
    message: str  # one line of Chinese
    rule: str = ""  # the identity id or rule name, for people who want the detail
    cells: list[str] = field(default_factory=list)  # cell addresses, e.g. "t3.new.total"
    quote: str | None = None  # the sentence or text involved
    where: str | None = None  # where the quote (or the first cell) is in the file

    def as_dict(self) -> dict:
        data = asdict(self)
        data["kind"], data["severity"] = str(self.kind), str(self.severity)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        return cls(**{**data, "kind": Kind(data["kind"]), "severity": Severity(data["severity"])})
