"""Quirks of published reports, each as a small variant of a consistent generated report.

A variant must read every printed cell as the original does and raise no finding, except where the
quirk itself is something the template forbids (a dash or 「无」 for a zero is a blank cell).
"""

import random
import re

import pytest

from gongkai.reportcheck.checker import check_bytes
from gongkai.reportcheck.findings import Kind
from gongkai.reportformat import cell_addresses, get_cell, load
from tests.reportcheck.synth import random_report, render_text, t4_values
from tests.reportcheck.synth_grid import render_html

_CELL = re.compile(r"<span>([+\-]?\d[\d.]*)</span>")
_SPACED_NUMBER = re.compile(r"(?<![\d.\u4e00-\u9fff])([+\-]?\d+(?:\.\d+)?)(?![\d.])")


def report(year: int = 2023, seed: int = 0):
    return random_report(random.Random(seed), year=year)


def html_cells(rep, change) -> bytes:
    """The HTML rendering with every numeric cell's text passed through ``change``."""
    return _CELL.sub(lambda m: f"<span>{change(m.group(1))}</span>", render_html(rep).decode()).encode()


def text_cells(rep, layout: str, change) -> bytes:
    """A text rendering with every number of the tables passed through ``change``."""
    text = render_text(rep, layout).decode()
    head, heading, tables = text.partition("二、主动公开政府信息情况")
    return (head + heading + _SPACED_NUMBER.sub(lambda m: change(m.group(1)), tables)).encode()


def read_as_printed(rep, data: bytes, name: str = "r") -> bool:
    result = check_bytes(data, name)
    addresses = cell_addresses(load(rep.version))
    return result.error is None and result.findings == [] and all(
        str(get_cell(result.tables, a)) == str(get_cell(rep.tables, a)) for a in addresses)


def zeros(printed: str):
    return lambda value: printed if value == "0" else value


def blank_finding_only(rep, data: bytes):
    """The cells printed as a zero are read as blank, and that is the only kind of finding."""
    result = check_bytes(data, "r")
    zero_cells = {a for a in cell_addresses(load(rep.version)) if get_cell(rep.tables, a) == 0}
    blank = {a for f in result.findings for a in f.cells}
    assert {(f.kind, f.rule) for f in result.findings} == {(Kind.MISSING, "blank")}
    assert blank == zero_cells
    assert all(get_cell(result.tables, a) == get_cell(rep.tables, a) for a in cell_addresses(load(rep.version))
               if a not in zero_cells)


@pytest.mark.parametrize("layout", ["columns", "flattened", "tabs", "markdown"])
@pytest.mark.parametrize("printed", ["—", "/", "无"])
def test_a_dash_or_wu_for_zero_is_a_blank_cell_in_text_layouts(layout, printed):
    rep = report()
    blank_finding_only(rep, text_cells(rep, layout, zeros(printed)))


@pytest.mark.parametrize("printed", ["—", "/", "无", "-"])
def test_a_dash_or_wu_for_zero_is_a_blank_cell_in_html(printed):
    rep = report()
    blank_finding_only(rep, html_cells(rep, zeros(printed)))


def thousands(separator: str):
    def change(value: str) -> str:
        if "." in value or abs(int(value)) < 1000:
            return value
        return ("+" if value.startswith("+") else "") + f"{int(value):,}".replace(",", separator)
    return change


FULL_WIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


@pytest.mark.parametrize("change", [
    lambda v: v.translate(FULL_WIDTH), thousands(","), thousands("，"), thousands("&nbsp;"), thousands(" "),
    thousands("\u2009"), lambda v: v + ("万元" if "." in v else "件"), lambda v: v + " 个",
    lambda v: f"&nbsp; {v} &nbsp;", lambda v: v.replace("-", "\u2212"), lambda v: thousands("&nbsp;")(v) + "件",
], ids=["full-width", "comma", "full-width-comma", "nbsp-thousands", "space-thousands", "thin-space-thousands",
        "unit", "spaced-unit", "nbsp-padding", "minus-sign", "nbsp-thousands-unit"])
@pytest.mark.parametrize("year", [2020, 2023])
def test_html_cells_with_printed_digit_quirks_are_read_as_printed(change, year):
    rep = report(year, seed=1)
    assert read_as_printed(rep, html_cells(rep, change))


@pytest.mark.parametrize("change", [lambda v: v.translate(FULL_WIDTH), thousands(","), thousands("，"),
                                    lambda v: v + ("万元" if "." in v else "件")],
                         ids=["full-width", "comma", "full-width-comma", "unit"])
@pytest.mark.parametrize("layout", ["columns", "tabs", "flattened", "markdown"])
def test_text_rows_with_printed_digit_quirks_are_read_as_printed(change, layout):
    rep = report(2020, seed=1)
    assert read_as_printed(rep, text_cells(rep, layout, change))


@pytest.mark.parametrize("layout", ["html", "columns"])
def test_an_em_dash_before_digits_is_a_minus_sign(layout):
    rep = report(2020, seed=0)  # 2019 format: 本年增/减 is signed
    assert any(isinstance(v, int) and v < 0 for v in rep.tables["t2"]["art20_5"]["admin_license"].values())
    to_dash = lambda v: v.replace("-", "—")  # noqa: E731
    data = html_cells(rep, to_dash) if layout == "html" else text_cells(rep, layout, to_dash)
    assert read_as_printed(rep, data)


# --- HTML as government sites and Word publish it ------------------------------------------------

_LONG_LABEL = re.compile(r"<span>([^<\d]{6,})</span>")
_GRID_CELL = re.compile(r'<td rowspan="(\d+)" colspan="(\d+)"><p><span>(.*?)</span></p></td>')


def _word_cell(match) -> str:
    """A cell as Word's 「网页」 export writes it: mso- styles, spans every few characters, <o:p>."""
    text = "".join(f"<span style='mso-spacerun:yes'>{ch}</span>" if i % 3 == 0 else ch
                   for i, ch in enumerate(match.group(3)))
    return (f"<td width=37 rowspan={match.group(1)} colspan={match.group(2)} style='width:27.6pt;border:solid "
            f"windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal align=center "
            f"style='text-align:center'><span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312;"
            f"mso-bidi-font-family:宋体'>{text}<o:p>{'&nbsp;' if not text else ''}</o:p></span></p></td>")


def _table_three(page: str) -> tuple[str, str, list[str], str]:
    """(page before, the three header rows, the data rows, page after) of table 三's markup."""
    start = page.index("<table", page.index("三、收到和处理"))
    end = page.index("</table>", start) + len("</table>")
    rows = re.findall(r"<tr>.*?</tr>", page[start:end], re.DOTALL)
    return page[:start], "".join(rows[:3]), rows[3:], page[end:]


def _split_table_three(page: str, repeat_header: bool) -> str:
    """Table 三 cut in two ``<table>``s before 「1.本机关不掌握…」, with a page number between."""
    before, header, rows, after = _table_three(page)
    cut = next(i for i, row in enumerate(rows) if "本机关不掌握" in row)
    return (f'{before}<table border="1">{header}{"".join(rows[:cut])}</table><p>- 3 -</p>'
            f'<table border="1">{header if repeat_header else ""}{"".join(rows[cut:])}</table>{after}')


HTML_VARIANTS = {
    "br-in-labels": lambda p: _LONG_LABEL.sub(lambda m: f"<span>{m.group(1)[:3]}<br>{m.group(1)[3:]}</span>", p),
    "p-in-labels": lambda p: _LONG_LABEL.sub(lambda m: f"<span>{m.group(1)[:4]}</span></p><p><span>{m.group(1)[4:]}</span>", p),
    "word-export": lambda p: _GRID_CELL.sub(_word_cell, p).replace(
        "<body>", "<body><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"),
    "th-cells": lambda p: p.replace("<td", "<th").replace("</td>", "</th>"),
    "spaced-labels": lambda p: re.sub(r"<span>([^<\d]{2,})</span>", lambda m: f"<span>{' '.join(m.group(1))}</span>", p),
    "half-width-brackets": lambda p: p.replace("（", "(").replace("）", ")"),
    "tbody": lambda p: p.replace('<table border="1">\n', '<table border="1"><tbody>\n').replace("</table>", "</tbody></table>"),
    "layout-table": lambda p: p.replace("<body>", "<body><table width=100%><tr><td><div>").replace(
        "</body>", "</div></td></tr></table></body>"),
    "split-table": lambda p: _split_table_three(p, repeat_header=False),
    "split-table-repeated-header": lambda p: _split_table_three(p, repeat_header=True),
}


@pytest.mark.parametrize("variant", HTML_VARIANTS)
@pytest.mark.parametrize("year", [2020, 2023])
def test_html_markup_variants_are_read_as_printed(variant, year):
    rep = report(year, seed=1)
    assert read_as_printed(rep, HTML_VARIANTS[variant](render_html(rep).decode()).encode())


def test_a_gb2312_page_declared_by_http_equiv_is_read():
    rep = report(2023)
    page = render_html(rep).decode().replace(
        '<meta charset="utf-8">', '<meta http-equiv=Content-Type content="text/html; charset=gb2312">')
    assert read_as_printed(rep, page.encode("gb18030"))  # GBK-only characters under a gb2312 label too


_ITEM_NUMBER = re.compile(r"(?<=[>\s])(\d)\.(?=[\u4e00-\u9fff])")


@pytest.mark.parametrize("numbering", ["1、", "（1）", "①"])
@pytest.mark.parametrize("layout", ["html", "columns"])
def test_item_numbering_variants_are_read_as_printed(numbering, layout):
    rep = report(2023)
    page = (render_html(rep) if layout == "html" else render_text(rep, layout)).decode()
    printed = _ITEM_NUMBER.sub(lambda m: numbering.replace("1", m.group(1)).replace("①", chr(0x245F + int(m.group(1)))),
                               page)
    assert read_as_printed(rep, printed.encode())


# --- parts of the report left out -----------------------------------------------------------------


def test_a_report_without_table_four_reads_the_others_and_says_so():
    rep = report(2023)
    text = render_text(rep, "columns").decode()
    text = text[:text.index("四、政府信息公开行政复议")] + text[text.index("五、存在的主要问题"):]
    result = check_bytes(text.encode(), "r.txt")
    assert [f.message for f in result.findings] == ["未找到表四（政府信息公开行政复议、行政诉讼情况）"]
    assert result.tables["t3"] == rep.tables["t3"]


def test_a_table_two_printed_as_wu_is_reported_missing_and_the_others_read():
    rep = report(2023)
    text = render_text(rep, "columns").decode()
    text = (text[:text.index("二、主动公开政府信息情况")] + "二、主动公开政府信息情况\n无。\n"
            + text[text.index("三、收到和处理政府信息公开申请情况"):])
    result = check_bytes(text.encode(), "r.txt")
    assert [f.message for f in result.findings] == ["未找到表二（主动公开政府信息情况）"]
    assert (result.tables["t3"], result.tables["t4"]) == (rep.tables["t3"], rep.tables["t4"])


def test_a_pdf_whose_table_three_runs_over_a_page_with_its_header_repeated_is_read():
    from weasyprint import HTML

    rep = report(2023)
    before, header, rows, after = _table_three(render_html(rep).decode())
    rows = [row.replace("<tr>", '<tr style="break-before: page">') if "本机关不掌握" in row else row for row in rows]
    page = f'{before}<table border="1"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>{after}'
    style = "<style>@page { @bottom-center { content: '— ' counter(page) ' —' } }</style>"
    pdf = HTML(string=page.replace("</head>", style + "</head>")).write_pdf()
    assert read_as_printed(rep, pdf)


@pytest.mark.parametrize("variant", [("其他", "其它"), ("部分公开", "部份公开")], ids=["qita", "bufen"])
@pytest.mark.parametrize("layout", ["html", "columns", "flattened"])
def test_labels_in_a_variant_spelling_are_found(variant, layout):
    from tests.reportcheck.synth_grid import render

    rep = report(2023)  # 2021 format: 「3.其他」 under （六）其他处理 is too short to match approximately
    assert read_as_printed(rep, render(rep, layout).decode().replace(*variant).encode())


_RESULT_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def _td(text, rowspan: int = 1, colspan: int = 1) -> str:
    return f'<td rowspan="{rowspan}" colspan="{colspan}">{text}</td>'


def _with_table_four(page: str, rows: str) -> str:
    start = page.index("<table", page.index("四、政府信息公开行政复议"))
    return page[:start] + f"<table border=1>{rows}</table>" + page[page.index("</table>", start) + len("</table>"):]


def test_a_table_four_printed_down_the_page_is_read():
    rep = report(2023, seed=1)
    values = t4_values(rep)
    rows = ""
    for group, (label, span) in enumerate([("行政复议", 5), ("行政诉讼", 10), ("复议后起诉", 5)]):
        for result, result_label in enumerate(_RESULT_LABELS):
            first = _td(label, span) if result == 0 and group != 2 else ""
            if group == 1 and result == 0:
                first += _td("未经复议直接起诉", 5)
            if group == 2 and result == 0:
                first = _td(label, 5)
            rows += f"<tr>{first}{_td(result_label)}{_td(values[group * 5 + result])}</tr>"
    assert read_as_printed(rep, _with_table_four(render_html(rep).decode(), rows).encode())


def test_a_table_four_with_the_results_as_rows_and_the_groups_as_columns_is_read():
    rep = report(2023, seed=1)
    values = t4_values(rep)
    rows = (f"<tr>{_td('', 2)}{_td('行政复议', 2)}{_td('行政诉讼', 1, 2)}</tr>"
            f"<tr>{_td('未经复议直接起诉')}{_td('复议后起诉')}</tr>")
    rows += "".join(f"<tr>{_td(label)}{_td(values[r])}{_td(values[5 + r])}{_td(values[10 + r])}</tr>"
                    for r, label in enumerate(_RESULT_LABELS))
    assert read_as_printed(rep, _with_table_four(render_html(rep).decode(), rows).encode())


def test_a_running_page_header_with_the_year_does_not_break_a_table_cut_by_a_page():
    from weasyprint import HTML

    rep = report(2023, seed=1)
    before, header, rows, after = _table_three(render_html(rep).decode())
    rows = [row.replace("<tr>", '<tr style="break-before: page">') if "2.重复申请" in row else row for row in rows]
    page = f'{before}<table border="1"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>{after}'
    style = ("<style>@page { @top-center { content: '某县2023年政府信息公开工作年度报告' } "
             "@bottom-center { content: '第 ' counter(page) ' 页' } }</style>")
    pdf = HTML(string=page.replace("</head>", style + "</head>")).write_pdf()
    assert read_as_printed(rep, pdf)  # table 四's header runs onto the next page, under the running header


def test_a_running_header_is_dropped_from_pdf_text_but_kept_on_the_first_page():
    from gongkai.reportcheck.readers.text import text_source

    pages = ["某县2023年政府信息公开工作年度报告\n一、总体情况", "某县2023年政府信息公开工作年度报告\n行政复议\n  8  7",
             "某县2023年政府信息公开工作年度报告\n结果维持\n- 3 -"]
    texts = [s.text for s in text_source("\f".join(pages), kind="pdf").segments]
    assert texts == ["某县2023年政府信息公开工作年度报告", "一、总体情况", "行政复议", "  8  7", "结果维持"]


@pytest.mark.parametrize("footer", ["counter(page)", "counter(page) ' / ' counter(pages)", "'Page ' counter(page)"],
                         ids=["bare", "of-pages", "page-word"])
def test_a_pdf_page_number_printed_bare_is_not_a_value_of_a_table_cut_by_the_page(footer):
    from weasyprint import HTML

    rep = report(2023, seed=1)
    before, header, rows, after = _table_three(render_html(rep).decode())
    rows = [row.replace("<tr>", '<tr style="break-before: page">') if "2.重复申请" in row else row for row in rows]
    page = f'{before}<table border="1"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>{after}'
    style = f"<style>@page {{ @bottom-center {{ content: {footer} }} }}</style>"
    assert read_as_printed(rep, HTML(string=page.replace("</head>", style + "</head>")).write_pdf())


def test_a_lone_number_on_a_page_edge_is_kept_unless_it_counts_the_pages():
    from gongkai.reportcheck.readers.text import text_source

    kept = [s.text.strip() for s in text_source("标题\n7\f总计\n5\f合计\n5", kind="pdf").segments]
    assert kept == ["标题", "7", "总计", "5", "合计", "5"]
    dropped = [s.text.strip() for s in text_source("标题\n1\f总计\n2\f合计\n3", kind="pdf").segments]
    assert dropped == ["标题", "总计", "合计"]


def test_an_empty_cell_holding_a_zero_width_space_is_blank():
    rep = report(2023, seed=2)  # UEditor, common on government sites, fills empty cells with U+200B
    page = render_html(rep, blank_zero_organisations=True).decode().replace("<span></span>", "<span>\u200b</span>")
    result = check_bytes(page.encode(), "r.html")
    assert {(f.kind, f.rule) for f in result.findings} == {(Kind.MISSING, "blank")}


def test_a_zero_width_space_inside_a_number_is_ignored():
    rep = report(2023, seed=1)
    assert read_as_printed(rep, html_cells(rep, lambda v: v[:1] + "\u200b" + v[1:]))


# --- Word files ---------------------------------------------------------------------------------


def _edit_docx(data: bytes, change) -> bytes:
    import io
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = change(content.decode()).encode()
            target.writestr(info, content)
    return out.getvalue()


def _content_control(match) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{match.group(1)}</w:sdtContent></w:sdt>"


DOCX_VARIANTS = {
    "content-controls-around-cells": lambda x: re.sub(r"(<w:tc>.*?</w:tc>)", _content_control, x),
    "content-controls-around-rows": lambda x: re.sub(r"(<w:tr[ >].*?</w:tr>)", _content_control, x),
    "tracked-move": lambda x: re.sub(r"<w:r><w:t>(\d+)</w:t></w:r>", r'<w:moveFrom w:id="1" w:author="a"><w:r>'
                                     r'<w:t>99</w:t></w:r></w:moveFrom><w:r><w:t>\1</w:t></w:r>', x),
    "runs-split": lambda x: re.sub(r"<w:t>(\d)(\d+)</w:t>", r"<w:t>\1</w:t></w:r><w:r><w:t>\2</w:t>", x),
    "line-breaks-in-labels": lambda x: re.sub(r"<w:t>([^<\d]{3})([^<\d]{3,})</w:t>", r"<w:t>\1</w:t><w:br/><w:t>\2</w:t>", x),
}


@pytest.mark.parametrize("variant", DOCX_VARIANTS)
def test_word_markup_variants_are_read_as_printed(variant):
    from tests.reportcheck.synth_grid import render_docx

    rep = report(2023, seed=1)
    assert read_as_printed(rep, _edit_docx(render_docx(rep), DOCX_VARIANTS[variant]))


@pytest.mark.parametrize("layout", ["html", "columns", "flattened"])
@pytest.mark.parametrize(("year", "address"), [(2020, "t2.art20_9.gov_central_procurement.procurement_amount"),
                                               (2023, "t2.art20_8.admin_fees.fee_amount")])
def test_an_amount_with_four_decimals_is_read_as_printed(layout, year, address):
    from tests.reportcheck.synth import set_cells
    from tests.reportcheck.synth_grid import render

    rep = set_cells(report(year), {address: "631972.7378"})
    result = check_bytes(render(rep, layout), "r")
    assert get_cell(result.tables, address) == "631972.7378"
    assert result.findings == []


@pytest.mark.parametrize("layout", ["columns", "tabs", "markdown"])
@pytest.mark.parametrize("year", [2020, 2023])
def test_digits_grouped_by_a_single_space_in_a_text_row_are_one_number(layout, year):
    rep = report(year, seed=1)  # cells are further apart than the groups of a number
    assert read_as_printed(rep, text_cells(rep, layout, thousands(" ")))


def test_digits_grouped_by_spaces_are_joined_only_when_the_row_has_a_value_too_many():
    from gongkai.reportcheck.numbers import decode, tokenize
    from gongkai.reportcheck.source import Location, Segment

    segment = Segment("1 234 567 0 12", Location(line=1), 0)
    tokens = tokenize(segment, segment.text, 0)
    assert decode(tokens, ["int"] * 5).values == [1, 234, 567, 0, 12]
    assert decode(tokens, ["int"] * 3).values == [1234567, 0, 12]


@pytest.mark.parametrize("hidden", ['style="display: none"', "style='mso-hide:all'", "hidden"])
def test_hidden_text_inside_a_cell_is_not_read(hidden):
    rep = report(2023, seed=1)
    assert read_as_printed(rep, html_cells(rep, lambda v: f"<span {hidden}>9</span>{v}"))


TEXT_LABEL_VARIANTS = {
    "spaced-labels": lambda t: re.sub(r"[\u4e00-\u9fff]{2,6}", lambda m: " ".join(m.group()), t),
    "half-width-brackets": lambda t: t.replace("（", "(").replace("）", ")"),
    "article-without-brackets": lambda t: re.sub(r"第二十条第（(.)）项", r"第二十条第\1项", t),
}


@pytest.mark.parametrize("variant", TEXT_LABEL_VARIANTS)
@pytest.mark.parametrize("layout", ["columns", "flattened"])
@pytest.mark.parametrize("year", [2020, 2023])
def test_label_punctuation_and_spacing_variants_in_text_are_read_as_printed(variant, layout, year):
    rep = report(year)
    assert read_as_printed(rep, TEXT_LABEL_VARIANTS[variant](render_text(rep, layout).decode()).encode())


@pytest.mark.parametrize("layout", ["html", "tabs", "markdown"])
def test_an_amount_whose_unit_is_spaced_out_is_read(layout):
    rep = report(2020, seed=8)
    change = lambda v: v + "万 元" if "." in v else v  # noqa: E731
    assert read_as_printed(rep, html_cells(rep, change) if layout == "html" else text_cells(rep, layout, change))


def test_a_table_four_header_wrapped_so_that_jiu_comes_before_wei_is_found():
    rep = report(2023, seed=5)
    text = render_text(rep, "columns").decode()
    start, end = text.index("四、政府信息公开行政复议"), text.index("五、存在的主要问题")
    values = "    ".join(t4_values(rep))
    header = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议                   行政诉讼",
              "                       未经复议直接起诉                      复议后起诉",
              "结果   结果纠 其他    尚未审 总", "维持   正   结果    结   计",
              "       结果   结果   其他    尚未       总    结果     结果   其他       尚未      总",
              "       维持   纠正   结果    审结       计    维持     纠正   结果       审结      计"]
    printed = text[:start] + "\n".join([*header, values, ""]) + text[end:]
    assert read_as_printed(rep, printed.encode())


def test_a_row_of_dashes_printed_between_the_lines_of_its_wrapped_label_is_a_row_of_blanks():
    text = "\n".join([
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "（一）予以公开 3 0 0 0 0 0 3",
        "          （二）部分公开（区分处理的，只计这一情形，",
        "                                —         —    —   —   —    —   —",
        "          不计其他情形）",
        "（三）不予公开 1.属于国家秘密 2 0 0 0 0 0 2",
    ])
    result = check_bytes(text.encode(), "wrapped.txt")
    assert all(v is None for v in result.tables["t3"]["partial"].values())
    assert "t3.partial.natural" in next(f for f in result.findings if f.rule == "blank").cells
    assert result.tables["t3"]["denied_state_secret"]["total"] == 2


def test_a_row_of_dashes_and_numbers_left_above_its_label_by_a_page_break_belongs_to_it():
    text = "\n".join([
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "（一）予以公开 3 — — — — — 3",
        "                           —    —   —   4   —   — 4",
        "                          申请人情况",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予公开 1.属于国家秘密 2 0 0 0 0 0 2",
    ])
    result = check_bytes(text.encode(), "above.txt")
    assert result.tables["t3"]["partial"]["public_interest"] == 4 and result.tables["t3"]["partial"]["natural"] is None
