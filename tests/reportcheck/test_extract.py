"""Tables read back from synthetic reports in every layout, and from the run-together corpus."""

import json
import random
from pathlib import Path

import pytest

from gongkai.reportcheck.checker import check_bytes
from gongkai.reportcheck.findings import Kind
from gongkai.reportformat import cell_addresses, get_cell, load
from tests.reportcheck.synth import LAYOUTS, random_report, render_text, set_cells
from tests.reportcheck.synth_grid import render, render_html
from tests.reportcheck.truth import raw_file


def wrong_cells(report, result):
    """Cells read as something else than printed (an unread cell is not wrong)."""
    return [(a, get_cell(report.tables, a), get_cell(result.tables, a)) for a in cell_addresses(load(report.version))
            if get_cell(result.tables, a) is not None and str(get_cell(result.tables, a)) != str(get_cell(report.tables, a))]


@pytest.mark.parametrize("year", [2020, 2023])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_cell_of_a_consistent_report_is_read_in_every_layout(layout, year):
    for seed in range(3):
        report = random_report(random.Random(seed), year=year)
        result = check_bytes(render(report, layout), f"{seed}.{layout}")
        assert result.error is None
        assert wrong_cells(report, result) == []
        assert result.findings == []
        unread = [a for a in cell_addresses(load(report.version)) if get_cell(result.tables, a) is None]
        if layout != "run-together":
            assert unread == []
        assert {a for u in result.unresolved for a in u["cells"]} == set(unread)


@pytest.mark.parametrize("year", [2020, 2023])
def test_a_printed_pdf_whose_labels_wrap_around_their_values_is_read(year):
    report = random_report(random.Random(year), year=year)
    result = check_bytes(render(report, "pdf"), "printed.pdf")
    assert (result.layout, wrong_cells(report, result), result.findings) == ("pdf", [], [])
    assert not [a for a in cell_addresses(load(report.version)) if get_cell(result.tables, a) is None]


@pytest.mark.parametrize("layout", ["columns", "html", "docx", "markdown"])
def test_the_template_version_follows_the_printed_rows(layout):
    for year, version in ((2020, "2019"), (2022, "2021")):
        result = check_bytes(render(random_report(random.Random(1), year=year), layout), "r")
        assert result.versions == {"t2": version, "t3": version, "t4": version}


def test_a_row_left_ambiguous_by_its_own_total_is_settled_by_the_columns():
    result = check_bytes(raw_file("007").read_bytes(), "007.txt")
    assert [result.tables["t3"]["unable_not_held"][c] for c in ("natural", "other_org", "total")] == [22, 3, 25]
    assert result.locations["t3.unable_not_held.natural"]["text"] == "220000325"
    assert result.locations["t3.unable_not_held.natural"]["method"] == "split"


def test_blank_cells_are_null_and_reported_missing_by_column():
    report = random_report(random.Random(2), year=2023)
    result = check_bytes(render_html(report, blank_zero_organisations=True), "blank.html")
    blank = [a for a, v in _t3_cells(report) if v == 0 and a.split(".")[2] in _ORGS]
    assert blank and all(get_cell(result.tables, a) is None for a in blank)
    (finding,) = [f for f in result.findings if f.kind == Kind.MISSING]
    assert finding.cells == blank and f"有{len(blank)}个单元格空白" in finding.message


_ORGS = {"commercial", "research", "public_interest", "legal_service", "other_org"}


def _t3_cells(report):
    return [(f"t3.{r}.{c}", v) for r, row in report.tables["t3"].items() for c, v in row.items()]


def test_a_row_missing_from_the_report_is_named():
    report = random_report(random.Random(4), year=2023)
    text = render_text(report, "columns").decode().replace("3.要求提供公开出版物", "")
    result = check_bytes(text.encode(), "r.txt")
    (finding,) = [f for f in result.findings if f.kind == Kind.MISSING]
    assert "未找到以下行：「3.要求提供公开出版物」" in finding.message
    assert all(get_cell(result.tables, a) is None for a in finding.cells)


def test_a_broken_row_total_is_an_identity_error_naming_the_cell():
    report = set_cells(random_report(random.Random(6), year=2021), {"t3.granted.total": 999})
    result = check_bytes(render(report, "docx"), "r.docx")
    messages = [f.message for f in result.findings if f.rule == "T3.ROW_SUM"]
    assert messages == [f"表三「（一）予以公开」行「总计」列为999，而该行自然人与法人或其他组织各列之和为"
                        f"{sum(v for k, v in report.tables['t3']['granted'].items() if k != 'total')}"]


def test_a_report_without_tables_cannot_be_checked():
    result = check_bytes("某县2023年政府信息公开工作年度报告\n一、总体情况\n今年工作顺利。".encode(), "r.txt")
    assert result.error.startswith("未找到年度报告的统计表")


def test_rows_with_fewer_values_than_columns_are_reported_missing():
    report = random_report(random.Random(8), year=2023)
    lines = render_text(report, "tabs").decode().splitlines()
    short = "\n".join(line.rsplit("\t", 1)[0] if line.startswith(("一、本年新收", "二、上年结转")) else line
                      for line in lines)
    result = check_bytes(short.encode(), "short.txt")
    (finding,) = [f for f in result.findings if f.kind == Kind.MISSING]
    assert finding.message == ("表三以下行的数字少于模板列数（缺列），无法对应各列："
                               "「一、本年新收政府信息公开申请数量」、「二、上年结转政府信息公开申请数量」")
    assert get_cell(result.tables, "t3.new.natural") is None


@pytest.mark.parametrize("version", ["2019", "2021"])
def test_a_word_pdf_with_narrow_columns_is_read(version):
    fixtures = Path(__file__).parent / "fixtures"
    expected = json.loads((fixtures / f"narrow-columns-{version}.json").read_text(encoding="utf-8"))
    result = check_bytes((fixtures / f"narrow-columns-{version}.pdf").read_bytes(), "narrow.pdf")
    assert result.findings == []
    assert {a: get_cell(result.tables, a) for a in cell_addresses(load(version))} == \
        {a: get_cell(expected, a) for a in cell_addresses(load(version))}


def test_values_printed_above_their_label_belong_to_it():
    text = "\n".join([
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "（一）予以公开 3 0 0 0 0 0 3",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0",
        "          2 0 0 0 0 0 2",
        "       1.属于国家秘密",
        "    （三）不予公开",
        "          0 0 0 0 0 0 0",
        "       2.其他法律行政法规禁止公开",
    ])
    result = check_bytes(text.encode(), "centred.txt")
    assert result.tables["t3"]["denied_state_secret"]["total"] == 2
    assert result.tables["t3"]["denied_law_prohibited"]["total"] == 0


def test_run_together_digits_that_no_cut_makes_add_up_are_an_identity_error():
    report = set_cells(random_report(random.Random(9), year=2021), {"t3.granted.natural": 7, "t3.granted.total": 91})
    result = check_bytes(render_text(report, "run-together"), "r.txt")
    (finding,) = [f for f in result.findings if f.cells[0].startswith("t3.granted")]
    assert (finding.kind, finding.rule) == (Kind.IDENTITY, "T3.ROW_SUM")
    assert finding.message.startswith("表三「（一）予以公开」的数字连写为「7")
