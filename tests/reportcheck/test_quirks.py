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
