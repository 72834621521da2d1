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
from tests.reportcheck.synth import random_report, render_text
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
    lambda v: f"&nbsp; {v} &nbsp;", lambda v: v.replace("-", "\u2212"),
], ids=["full-width", "comma", "full-width-comma", "nbsp-thousands", "space-thousands", "thin-space-thousands",
        "unit", "spaced-unit", "nbsp-padding", "minus-sign"])
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
