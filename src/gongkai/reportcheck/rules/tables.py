"""Findings about the tables themselves: identities, values, missing parts, template version."""

from gongkai.reportcheck.extract import Extraction, TableReading
from gongkai.reportcheck.findings import Finding, Kind, Severity
from gongkai.reportformat import Failure, check, describe_cell, load, version_for_year

TABLE_NAMES = {"t2": "表二（主动公开政府信息情况）", "t3": "表三（收到和处理政府信息公开申请情况）",
               "t4": "表四（政府信息公开行政复议、行政诉讼情况）"}
SHORT_NAMES = {"t2": "表二", "t3": "表三", "t4": "表四"}
LISTED = 5  # cells or rows named in one message before 「等」


def identity_findings(extraction: Extraction) -> list[Finding]:
    """Every identity the tables break (those involving a blank cell are reported as missing)."""
    findings = []
    for reading in extraction.readings:
        tables = {"version": reading.version, reading.key: reading.values}
        fmt = load(reading.version)
        for failure in check(tables, reading.version):
            if failure.checkable and failure.cells[0].startswith(reading.key):
                findings.append(_identity_finding(fmt, failure, reading))
        if reading.key != "t2":
            findings += [_uncuttable(fmt, reading, item) for item in reading.unresolved if not item["candidates"]]
    return findings


def _uncuttable(fmt, reading: TableReading, item: dict) -> Finding:
    """Digits printed together that no cut makes add up: the row breaks its own total."""
    prefix = item["cells"][0].rsplit(".", 1)[0]
    rule = "T3.ROW_SUM" if reading.key == "t3" else "T4.TOTALS"
    return Finding(Kind.IDENTITY, Severity.ERROR,
                   f"{SHORT_NAMES[reading.key]}{_row_label(fmt, prefix)}的数字连写为「{item['raw']}」，"
                   f"无论怎样拆分，总计都不等于各项之和", rule=rule, cells=list(item["cells"]), where=item["where"])


def _identity_finding(fmt, failure: Failure, reading: TableReading) -> Finding:
    kind = Kind.VALUE if failure.identity.endswith(("NONNEG", "NONNEG_INT")) else Kind.IDENTITY
    severity = Severity.ERROR if failure.kind == "hard" else Severity.WARNING
    first = reading.locations.get(failure.cells[0], {}).get("where")
    return Finding(kind, severity, _message(fmt, failure), rule=failure.identity, cells=list(failure.cells),
                   where=first)


def _message(fmt, failure: Failure) -> str:
    lhs, rhs, first = failure.lhs, failure.rhs, failure.cells[0]
    if failure.identity == "T3.ROW_SUM":
        return f"{describe_cell(fmt, first)}为{lhs}，而该行自然人与法人或其他组织各列之和为{rhs}"
    if failure.identity == "T3.RESULT_TOTAL":
        return f"{describe_cell(fmt, first)}为{lhs}，而该列各项办理结果之和为{rhs}"
    if failure.identity == "T3.BALANCE":
        column = fmt.t3.column(first.split(".")[2]).label
        return (f"表三「{column}」列：本年新收与上年结转之和为{lhs}，"
                f"而办理结果总计与结转下年度继续办理之和为{rhs}（应相等）")
    if failure.identity.startswith("T4.") and failure.lhs is not None:
        return f"{describe_cell(fmt, first)}为{lhs}，而结果维持、结果纠正、其他结果、尚未审结之和为{rhs}"
    return failure.message


def missing_findings(extraction: Extraction) -> list[Finding]:
    findings = []
    for key in ("t2", "t3", "t4"):
        reading = getattr(extraction, key)
        if reading is None:
            findings.append(Finding(Kind.MISSING, Severity.ERROR, f"未找到{TABLE_NAMES[key]}", rule="table"))
            continue
        fmt = load(reading.version)
        if reading.absent_rows:
            findings.append(_rows_finding(fmt, reading, reading.absent_rows, "未找到以下行"))
        if reading.empty_rows:
            findings.append(_rows_finding(fmt, reading, reading.empty_rows, "以下行未填写数字"))
        if reading.short_rows:
            findings.append(_rows_finding(fmt, reading, reading.short_rows, "以下行的数字少于模板列数（缺列），无法对应各列"))
        if reading.blank:
            findings.append(_blank_finding(fmt, reading))
    return findings


def _row_label(fmt, prefix: str) -> str:
    """「（一）予以公开」, 第二十条第（五）项「行政许可」, 数据行 (table 四's only row)."""
    parts = prefix.split(".")
    if parts[0] == "t3":
        return f"「{fmt.t3.row(parts[1]).label}」"
    if parts[0] == "t4":
        return "数据行"
    block = next(b for b in fmt.t2.blocks if b.key == parts[1])
    return f"{block.caption}「{next(r.label for r in block.rows if r.key == parts[2])}」"


def _cells_of(reading: TableReading, prefixes: list[str]) -> list[str]:
    return [a for p in prefixes for a in _addresses(reading.values, p)]


def _addresses(values: dict, prefix: str) -> list[str]:
    node = values
    for part in prefix.split(".")[1:]:
        node = node.get(part, {})
    return [f"{prefix}.{column}" for column in node]


def _rows_finding(fmt, reading: TableReading, prefixes: list[str], what: str) -> Finding:
    labels = [_row_label(fmt, p) for p in prefixes]
    more = f"等{len(labels)}行" if len(labels) > LISTED else ""
    return Finding(Kind.MISSING, Severity.ERROR, f"{SHORT_NAMES[reading.key]}{what}：{'、'.join(labels[:LISTED])}{more}",
                   rule="row", cells=_cells_of(reading, prefixes))


def _blank_finding(fmt, reading: TableReading) -> Finding:
    blank = reading.blank
    message = f"{SHORT_NAMES[reading.key]}有{len(blank)}个单元格空白或以“-”“无”代替数字（模板要求填写数字，没有的应填0）"
    if reading.key == "t3":
        full_columns = [c for c in fmt.t3.columns
                        if all(f"t3.{r.key}.{c.key}" in blank for r in fmt.t3.data_rows
                               if f"t3.{r.key}" not in reading.absent_rows)]
        if full_columns:
            message += f"：{'、'.join(f'「{c.label}」' for c in full_columns)}列整列空白"
    if not message.endswith("列整列空白"):
        message += "：" + "、".join(describe_cell(fmt, a) for a in blank[:LISTED]) + ("等" if len(blank) > LISTED else "")
    return Finding(Kind.MISSING, Severity.ERROR, message, rule="blank", cells=list(blank),
                   where=reading.locations.get(blank[0], {}).get("where"))


def template_findings(extraction: Extraction, year: int | None) -> list[Finding]:
    """A table in the other version of the national format than the report year calls for."""
    if year is None:
        return []
    expected = version_for_year(year)
    findings = []
    for reading in (extraction.t2, extraction.t3):
        if reading is not None and reading.version != expected:
            fmt = load(expected)
            findings.append(Finding(
                Kind.TEMPLATE, Severity.WARNING,
                f"{SHORT_NAMES[reading.key]}使用的是{reading.version}年版格式，{year}年度报告应使用{expected}年版格式"
                f"（{fmt.doc_no}）", rule=f"{reading.key}.version"))
    return findings
