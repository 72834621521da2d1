"""Checking one report file: read it, recognise its tables, and list what is wrong.

``check_bytes(data, name)`` never raises for bad input: a file that cannot be read as a report
comes back with ``error`` set to the reason, in Chinese.
"""

from dataclasses import dataclass, field

from gongkai.reportcheck.extract import Extraction, extract
from gongkai.reportcheck.findings import Finding, Severity
from gongkai.reportcheck.limits import Budget, UnreadableReport
from gongkai.reportcheck.metadata import Metadata, read_metadata
from gongkai.reportcheck.readers import read
from gongkai.reportcheck.rules.dates import date_findings, period_findings, placeholder_findings
from gongkai.reportcheck.rules.narrative import narrative_findings
from gongkai.reportcheck.rules.percentages import percentage_findings
from gongkai.reportcheck.rules.tables import identity_findings, missing_findings, template_findings
from gongkai.reportcheck.rules.text import narrative
from gongkai.reportcheck.source import Source
from gongkai.reportformat import empty_tables, version_for_year

NO_TABLES = "未找到年度报告的统计表（表二、表三、表四）：文件可能不是政府信息公开工作年度报告，或表格是图片"


@dataclass
class CheckResult:
    file: str
    error: str | None = None  # why the file could not be read as a report
    template: str | None = None  # "2019", "2021" or "mixed"
    versions: dict[str, str] = field(default_factory=dict)  # per table
    layout: str | None = None  # flattened | columns | run-together | markdown | html | docx | pdf
    metadata: Metadata = field(default_factory=Metadata)
    tables: dict | None = None  # the shape of the spec's fixtures, every cell (None when not read)
    locations: dict[str, dict] = field(default_factory=dict)  # cell address → where it was read
    unresolved: list[dict] = field(default_factory=list)  # run-together digits with several readings
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == Severity.WARNING)

    def as_json(self) -> dict:
        """One line of ``gongkai check --json``."""
        return {
            "file": self.file, "error": self.error, "template": self.template, "versions": self.versions,
            "layout": self.layout, "unit": self.metadata.unit, "year": self.metadata.year,
            "published_on": self.metadata.published_on, "metadata": self.metadata.as_dict(),
            "tables": self.tables, "locations": self.locations, "unresolved": self.unresolved,
            "findings": [f.as_dict() for f in self.findings],
        }


def result_from_json(data: dict) -> CheckResult:
    """The inverse of ``CheckResult.as_json`` (the web page's download round trip)."""
    return CheckResult(
        file=data["file"], error=data.get("error"), template=data.get("template"), versions=data.get("versions") or {},
        layout=data.get("layout"), metadata=Metadata(**(data.get("metadata") or {})), tables=data.get("tables"),
        locations=data.get("locations") or {}, unresolved=data.get("unresolved") or [],
        findings=[Finding.from_dict(f) for f in data.get("findings") or []],
    )


def check_bytes(data: bytes, name: str, budget: Budget | None = None) -> CheckResult:
    budget = budget or Budget()
    try:
        return check_source(read(data, budget), name, budget)
    except UnreadableReport as exc:
        return CheckResult(file=name, error=exc.reason)
    except RecursionError:
        return CheckResult(file=name, error="文件结构嵌套过深，无法读取")


def check_source(source: Source, name: str, budget: Budget) -> CheckResult:
    metadata = read_metadata(source)
    extraction = extract(source, metadata.year, budget)
    if not extraction.readings:
        raise UnreadableReport(NO_TABLES)
    result = CheckResult(file=name, metadata=metadata, layout=layout_of(source, extraction))
    result.versions = _versions(extraction, metadata.year)
    result.template = _template(result.versions)
    result.tables = _tables(extraction, result.versions, result.template)
    for reading in extraction.readings:
        result.locations.update(reading.locations)
        result.unresolved.extend(reading.unresolved)
    sentences = narrative(source, extraction)
    view = {"version": result.versions["t3"], "t3": result.tables["t3"], "t4": result.tables["t4"]}
    result.findings = (
        missing_findings(extraction) + identity_findings(extraction) + template_findings(extraction, metadata.year)
        + narrative_findings(sentences, view) + percentage_findings(sentences, view) + date_findings(sentences)
        + period_findings(sentences, metadata.year) + placeholder_findings(sentences)
    )
    budget.check()
    return result


def _versions(extraction: Extraction, year: int | None) -> dict[str, str]:
    fallback = version_for_year(year) if year else "2021"
    t3 = extraction.t3.version if extraction.t3 else None
    t2 = extraction.t2.version if extraction.t2 else None
    return {"t2": t2 or t3 or fallback, "t3": t3 or t2 or fallback, "t4": t3 or t2 or fallback}


def _template(versions: dict[str, str]) -> str:
    return versions["t3"] if versions["t2"] == versions["t3"] else "mixed"


def _tables(extraction: Extraction, versions: dict[str, str], template: str) -> dict:
    tables: dict = {"version": template}
    if template == "mixed":
        tables["versions"] = dict(versions)
    for key in ("t2", "t3", "t4"):
        reading = getattr(extraction, key)
        tables[key] = reading.values if reading else empty_tables(versions[key], fill=None)[key]
    return tables


def layout_of(source: Source, extraction: Extraction) -> str:
    """The layout the tables were printed in, as the readers met it."""
    methods = {m for r in extraction.readings if r.key != "t2" for m in r.methods}
    if methods & {"split", "repeated", "unresolved"}:
        return "run-together"
    if source.kind != "text":
        return source.kind
    reading = extraction.t3 or extraction.t4
    lines = {}
    for address, entry in (reading.locations if reading else {}).items():
        row = address.rsplit(".", 1)[0]
        lines.setdefault(row, set()).add(entry["location"].get("line"))
    one_line = sum(1 for found in lines.values() if len(found) == 1)
    return "columns" if one_line * 2 >= max(len(lines), 1) else "flattened"
