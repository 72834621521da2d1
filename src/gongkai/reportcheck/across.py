"""Reports of one unit for consecutive years: the figures that must carry over.

结转下年度继续办理 of year N is 上年结转 of year N+1; in the 2019 format 上一年项目数量 moves on by
本年增/减, in the 2021 format 现行有效件数 by 本年制发 less 本年废止 (``reportformat.check_across_years``).
"""

from gongkai.reportcheck.checker import CheckResult
from gongkai.reportcheck.findings import Finding, Kind, Severity
from gongkai.reportformat import check_across_years

_OCR_CONFUSIONS = str.maketrans({"沐": "沭"})  # a common OCR misreading in unit names


def unit_key(unit: str | None) -> str | None:
    """The unit's name for matching across files: OCR confusions folded, 「人民政府」 ignored."""
    if not unit:
        return None
    return unit.translate(_OCR_CONFUSIONS).replace(" ", "").removesuffix("人民政府")


def check_across(results: list[CheckResult]) -> None:
    """Add carry-over findings to the later report of every consecutive pair of the same unit."""
    by_unit: dict[tuple[str, int], CheckResult] = {}
    for result in results:
        key = unit_key(result.metadata.unit)
        if result.error is None and key and result.metadata.year:
            by_unit.setdefault((key, result.metadata.year), result)
    for (key, year), current in sorted(by_unit.items()):
        previous = by_unit.get((key, year - 1))
        if previous is not None:
            current.findings.extend(carry_over_findings(previous, current))


def carry_over_findings(previous: CheckResult, current: CheckResult) -> list[Finding]:
    findings = []
    for table in ("t3", "t2"):
        before = {"version": previous.versions[table], table: previous.tables[table]}
        now = {"version": current.versions[table], table: current.tables[table]}
        for failure in check_across_years(before, now):
            findings.append(Finding(
                Kind.CARRY_OVER, Severity.WARNING,
                f"{'表三' if table == 't3' else '表二'}{failure.message}（上一年度报告：{previous.file}）",
                rule=failure.identity, cells=list(failure.cells),
                where=current.locations.get(failure.cells[0], {}).get("where")))
    return findings
