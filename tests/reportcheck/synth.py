"""Synthetic annual reports: consistent random tables printed in the layouts real units use.

Used by the tests (readers beyond the corpus, injected errors) and by the throughput benchmark.
Layouts: ``flattened`` (one cell per line), ``columns`` (a row per line, cells spaced), ``tabs``,
``run-together`` (no separators at all), ``markdown``, ``html`` (rowspan/colspan), ``docx``
(merged cells), ``pdf`` (the HTML rendered by WeasyPrint, when wanted).
"""

import random
from dataclasses import dataclass, field

from gongkai.reportformat import empty_tables, load, set_cell, version_for_year

LAYOUTS = ("flattened", "columns", "tabs", "run-together", "markdown", "html", "docx")
SLOW_LAYOUTS = ("pdf",)  # rendered by WeasyPrint, half a second each
UNITS = ("淄博市张店区人民政府", "淄博市财政局", "沂源县南麻街道办事处", "高青县人民政府", "淄博市教育局")


def random_tables(rng: random.Random, version: str, scale: int = 40) -> dict:
    """Tables that satisfy every identity of the format."""
    tables = empty_tables(version)
    _random_t3(rng, version, tables["t3"], scale)
    for group in ("review", "lit_direct", "lit_after_review"):
        parts = [rng.randint(0, scale // 4) for _ in range(4)]
        for key, value in zip(("maintained", "corrected", "other", "pending"), parts, strict=True):
            tables["t4"]["cases"][f"{group}_{key}"] = value
        tables["t4"]["cases"][f"{group}_total"] = sum(parts)
    for block in load(version).t2.blocks:
        for row in block.rows:
            for column in block.columns:
                tables["t2"][block.key][row.key][column.key] = _t2_value(rng, column)
    if version == "2019":
        for row in ("rules", "normative_docs"):
            cells = tables["t2"]["art20_1"][row]
            cells["total_published"] = cells["new_published"] + rng.randint(0, 500)
    return tables


def _random_t3(rng: random.Random, version: str, t3: dict, scale: int) -> None:
    fmt = load(version)
    columns = [c.key for c in fmt.t3.columns if c.key != "total"]
    results = [r.key for r in fmt.t3.data_rows if r.parent is not None and r.key != "result_total"]
    for column in columns:
        weight = scale if column == "natural" else max(1, scale // 10)
        for row in results:
            t3[row][column] = rng.choice([0, 0, rng.randint(0, weight)])
        total = sum(t3[row][column] for row in results)
        carried_in, carry_next = rng.randint(0, weight // 2), rng.randint(0, weight // 2)
        carried_in = min(carried_in, total + carry_next)
        t3["result_total"][column] = total
        t3["carried_in"][column] = carried_in
        t3["carry_next"][column] = carry_next
        t3["new"][column] = total + carry_next - carried_in
    for row in t3.values():
        row["total"] = sum(row[c] for c in columns)


def _t2_value(rng: random.Random, column):
    if column.type == "decimal":
        return f"{rng.randint(0, 90000)}.{rng.randint(0, 99):02d}"
    if column.type == "signed_int":
        return rng.randint(-300, 300)
    return rng.randint(0, 5000)


@dataclass
class Report:
    unit: str
    year: int
    tables: dict
    published: str = ""
    extra_sentences: list[str] = field(default_factory=list)

    @property
    def version(self) -> str:
        return self.tables["version"]


def random_report(rng: random.Random, year: int | None = None) -> Report:
    year = year or rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
    return Report(unit=rng.choice(UNITS), year=year, tables=random_tables(rng, version_for_year(year)),
                  published=f"{year + 1}-01-{rng.randint(10, 28)}")


def narrative(report: Report) -> list[str]:
    t3 = report.tables["t3"]
    total = t3["result_total"]["total"]
    share = f"{100 * t3['granted']['total'] / total:.2f}" if total else "0.00"
    return [
        f"本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限自{report.year}年1月1日起至"
        f"{report.year}年12月31日止。",
        "一、总体情况",
        f"{report.year}年，本单位全年共受理政府信息公开申请{t3['new']['total']}件，办理{total}件，"
        f"其中予以公开{t3['granted']['total']}件，占{share}%。",
        *report.extra_sentences,
    ]


def set_cells(report: Report, changes: dict[str, object]) -> Report:
    for address, value in changes.items():
        set_cell(report.tables, address, value)
    return report


# --- the table grid shared by the layouts ------------------------------------------------------


def t2_rows(report: Report) -> list[tuple[str, list[str]]]:
    """(kind, cells) rows of table 二: caption, header and data rows per block."""
    fmt, rows = load(report.version), []
    for block in fmt.t2.blocks:
        rows.append(("caption", [block.caption]))
        rows.append(("header", ["信息内容", *(c.label for c in block.columns)]))
        for row in block.rows:
            values = report.tables["t2"][block.key][row.key]
            rows.append(("data", [row.label, *(_print(values[c.key], c.type) for c in block.columns)]))
    return rows


def _print(value, kind: str = "int") -> str:
    if value is None:
        return ""
    if kind == "signed_int" and value > 0:
        return f"+{value}"
    return str(value)


def t3_rows(report: Report) -> list[tuple[list[str], list[str]]]:
    """(label path, seven printed values) for every data row of table 三."""
    fmt = load(report.version)
    rows = []
    for row in fmt.t3.data_rows:
        path, parent = [row.label], row.parent
        while parent:
            path.insert(0, fmt.t3.row(parent).label)
            parent = fmt.t3.row(parent).parent
        rows.append((path, [_print(report.tables["t3"][row.key][c.key]) for c in fmt.t3.columns]))
    return rows


def t4_values(report: Report) -> list[str]:
    return [_print(report.tables["t4"]["cases"][c.key]) for c in load(report.version).t4.columns]


T3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4_HEADER = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
             *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3]


def title(report: Report) -> str:
    return f"{report.unit}{report.year}年政府信息公开工作年度报告"


# --- plain text layouts ------------------------------------------------------------------------


def text_lines(report: Report, layout: str) -> list[str]:
    lines = [title(report), f"发布日期：{report.published}", *narrative(report), "二、主动公开政府信息情况"]
    sep = {"columns": "    ", "tabs": "\t", "run-together": "", "flattened": "\n"}[layout]
    lines += [sep.join(cells) for _, cells in t2_rows(report)]
    lines += ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
              sep.join(["申请人情况", *T3_COLUMNS])]
    for path, values in t3_rows(report):
        lines.append(sep.join([*path, *values]) if layout != "columns" else
                     "    ".join(path[:-1] + [path[-1] + "    " + "    ".join(values)]))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", sep.join(T4_HEADER), sep.join(t4_values(report)),
              "五、存在的主要问题及改进情况", "存在的问题是培训不足。", "六、其他需要报告的事项", "无。"]
    if layout == "run-together":
        return ["".join(lines)]
    return lines


def markdown_lines(report: Report) -> list[str]:
    lines = [f"# {title(report)}", f"发布日期：{report.published}", *narrative(report), "## 二、主动公开政府信息情况"]
    for kind, cells in t2_rows(report):
        if kind == "caption":
            lines.append(f"### {cells[0]}")
        else:
            lines.append("| " + " | ".join(cells) + " |")
            if kind == "header":
                lines.append("|" + "---|" * len(cells))
    lines += ["## 三、收到和处理政府信息公开申请情况", "| 项目 | " + " | ".join(T3_COLUMNS) + " |",
              "|" + "---|" * 8]
    lines += ["| " + " | ".join([path[-1], *values]) + " |" for path, values in t3_rows(report)]
    lines += ["## 四、政府信息公开行政复议、行政诉讼情况", "| " + " | ".join(T4_HEADER[4:]) + " |",
              "|" + "---|" * 15, "| " + " | ".join(t4_values(report)) + " |", "## 五、存在的主要问题及改进情况", "无。"]
    return lines


def render_text(report: Report, layout: str) -> bytes:
    lines = markdown_lines(report) if layout == "markdown" else text_lines(report, layout)
    return "\n".join(lines).encode("utf-8")
