"""No input crashes or stalls the checker: each gets a result or a clear reason.

Time is bounded by the checker's own budget (``limits.Budget``), not asserted here.
"""

import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.reportcheck.batch import Batch
from gongkai.reportcheck.checker import CheckResult, check_bytes
from gongkai.reportcheck.limits import MB
from tests.reportcheck.synth import random_report
from tests.reportcheck.synth_grid import render
from tests.reportcheck.truth import CORPUS

CORPUS_FILES = sorted((CORPUS / "raw").iterdir())
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def checked(data: bytes) -> CheckResult:
    result = check_bytes(data, "fuzz")
    assert isinstance(result, CheckResult)
    assert result.error is None or result.error.strip()
    return result


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_give_a_reason(data):
    result = checked(data)
    assert result.error is not None or result.tables is not None


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_truncated_reports_are_read_as_far_as_they_go(path):
    data = path.read_bytes()
    for cut in (1, 7, len(data) // 5, len(data) // 2, len(data) * 4 // 5, len(data) - 3):
        checked(data[:cut])


@FUZZ
@given(st.data())
def test_mutated_reports_never_crash(data):
    path = data.draw(st.sampled_from([p for p in CORPUS_FILES if p.suffix != ".pdf"]))
    text = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        start = data.draw(st.integers(0, len(text) - 1))
        end = min(len(text), start + data.draw(st.integers(0, 400)))
        text[start:end] = data.draw(st.binary(max_size=40))
    checked(bytes(text))


@FUZZ
@given(st.integers(0, 2**31), st.sampled_from(["html", "docx", "markdown", "columns"]), st.data())
def test_damaged_synthetic_reports_never_crash(seed, layout, data):
    report = render(random_report(random.Random(seed)), layout)
    cut = data.draw(st.integers(0, len(report)))
    checked(report[:cut] + data.draw(st.binary(max_size=200)))


def test_a_report_without_tables_says_so():
    assert checked("某县2023年政府信息公开工作年度报告\n一、总体情况\n…".encode()).error.startswith("未找到年度报告的统计表")


def test_a_fifty_megabyte_file_is_refused_by_size():
    data = b"0123456789" * (5 * MB)
    assert checked(data).error == "文件过大（50.0 MB），超过单份报告上限20.0 MB"
    batch = Batch()
    batch.add("big.txt", data)
    assert batch.entries[0].error == "文件过大（50.0 MB），超过上限20.0 MB"


def test_a_word_file_that_inflates_without_end_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("word/document.xml", b"<" + b"a" * (90 * MB))
    assert "超过上限" in checked(buffer.getvalue()).error


def test_deeply_nested_and_very_wide_html_is_read_within_limits():
    assert checked(b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000).error
    wide = b"<table><tr>" + b'<td colspan="1000000" rowspan="1000000">1</td>' * 50 + b"</tr></table>"
    assert checked(wide).error
    huge = b"<table>" + b"<tr><td>1</td></tr>" * 30_000 + b"</table>"
    assert "表格过大" in checked(huge).error


def test_an_endless_run_of_digits_is_left_unresolved():
    text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "1" * 5000 + "\n二、上年结转政府信息公开申请数量0\n（一）予以公开1"
    result = checked(text.encode())
    assert result.tables["t3"]["new"]["total"] is None


def test_an_xml_entity_bomb_in_a_word_file_is_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
            '<w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        out.writestr("word/document.xml", bomb)
    assert checked(buffer.getvalue()).error
