"""Drafting a report's number-bearing sentences from its tables (plain Python).

Counts come straight from the tables, percentages to two decimals of the year's 办理结果 total,
同比 growth against last year's report of the same scope when there is one. Staff edit the text
afterwards; the publish gate re-checks every number (``reports.narrative_check``).
"""

from gongkai.reportformat import load
from gongkai.reports.cells import PLATFORM_COLUMN, PLATFORM_ROWS
from gongkai.reports.numbers import group_total, growth_phrase, percent, result_groups

PREAMBLE = "preamble"


def section_keys(version: str) -> list[str]:
    return [PREAMBLE, *(section.key for section in load(version).sections)]


def _count_list(items: list[tuple[str, int]], suffix: str = "件") -> str:
    return "，".join(f"{label}{value}{suffix}" for label, value in items)


def proactive_paragraph(tables: dict, version: str) -> str:
    block = tables["t2"]["art20_1"]
    fmt = load(version).t2.blocks[0]
    rows = {row.key: row.label for row in fmt.rows}
    if version == "2019":
        parts = [f"本年度新制作{_count_list([(rows[k], block[k]['new_made']) for k in rows])}",
                 f"新公开{_count_list([(rows[k], block[k]['new_published']) for k in rows])}",
                 f"截至年底对外公开{_count_list([(rows[k], block[k]['total_published']) for k in rows])}"]
    else:
        parts = [f"本年度制发{_count_list([(rows[k], block[k]['made']) for k in rows])}",
                 f"废止{_count_list([(rows[k], block[k]['repealed']) for k in rows])}",
                 f"现行有效{_count_list([(rows[k], block[k]['valid']) for k in rows])}"]
    decisions = [(row.label, tables["t2"][block.key][row.key][PLATFORM_COLUMN])
                 for block in load(version).t2.blocks for row in block.rows
                 if row.key in PLATFORM_ROWS and tables["t2"][block.key][row.key].get(PLATFORM_COLUMN) is not None]
    text = "；".join(parts) + "。"
    if decisions:
        text += f"作出{_count_list([(f'{label}决定', value) for label, value in decisions])}。"
    return text


def received_paragraph(tables: dict, version: str, previous: dict | None) -> str:
    t3 = tables["t3"]
    new = t3["new"]
    growth = growth_phrase(new["total"], previous["t3"]["new"]["total"] if previous else None)
    text = f"本年度共收到政府信息公开申请{new['total']}件" + (f"，{growth}" if growth else "") + "。"
    columns = [c for c in load(version).t3.columns if c.key != "total" and new[c.key]]
    if columns:
        text += "其中，" + "，".join(
            f"{'其他申请人' if c.label == '其他' else c.label}申请{new[c.key]}件" for c in columns) + "。"
    return text + f"上年结转申请{t3['carried_in']['total']}件。"


def results_paragraphs(tables: dict, version: str) -> list[str]:
    t3 = tables["t3"]
    handled = t3["result_total"]["total"]
    lead = f"本年度共办理政府信息公开申请{handled}件"
    groups = result_groups(version)
    if handled:
        lead += "，其中" + "；".join(
            f"{g.label}{group_total(t3, g)}件，占{percent(group_total(t3, g), handled)}%" for g in groups)
    paragraphs = [f"{lead}。结转下年度{t3['carry_next']['total']}件。"]
    for group in groups:
        total = group_total(t3, group)
        details = [(label, t3[key]["total"]) for key, label in group.rows if t3[key]["total"]]
        if group.rows and total:
            paragraphs.append(f"在{group.label}的{total}件中，" + "，".join(
                f"{label}的{value}件" for label, value in details) + "。")
    return paragraphs


def appeals_paragraph(tables: dict) -> str:
    c = tables["t4"]["cases"]
    litigation = c["lit_direct_total"] + c["lit_after_review_total"]

    def outcomes(prefixes: tuple[str, ...]) -> str:
        labels = (("maintained", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"))
        return "，".join(f"{label}{sum(c[f'{p}_{key}'] for p in prefixes)}件" for key, label in labels)

    text = f"本年度因政府信息公开被申请行政复议{c['review_total']}件"
    text += f"，其中{outcomes(('review',))}" if c["review_total"] else ""
    text += f"；被提起行政诉讼{litigation}件"
    if litigation:
        text += (f"，其中未经复议直接起诉{c['lit_direct_total']}件，复议后起诉{c['lit_after_review_total']}件，"
                 f"{outcomes(('lit_direct', 'lit_after_review'))}")
    return text + "。"


def overall_section(tables: dict, version: str, previous: dict | None) -> str:
    lines = ["（一）主动公开", proactive_paragraph(tables, version), "（二）依申请公开",
             received_paragraph(tables, version, previous), *results_paragraphs(tables, version),
             appeals_paragraph(tables)]
    return "\n".join(lines)


def preamble(version: str, year: int, compiler: str) -> str:
    fmt = load(version)
    parts = "".join(f"“{section.label.split('、', 1)[-1]}”" for section in fmt.sections)
    return (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条的规定，"
            f"按照《{fmt.title}》（{fmt.doc_no}）的要求，由{compiler}编制。"
            f"报告全文包括{parts}{len(fmt.sections)}个部分。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")


def draft(tables: dict, *, year: int, compiler: str, previous: dict | None = None, scope_note: str = "") -> dict:
    """A first narrative: preamble, 一、总体情况 with the data paragraphs, and the scope note in 六."""
    version = tables["version"]
    text = {key: "" for key in section_keys(version)}
    text[PREAMBLE] = preamble(version, year, compiler)
    text["overall"] = overall_section(tables, version, previous)
    text["other"] = scope_note
    return text
