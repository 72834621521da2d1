"""The real reports of the corpus: every truth cell read right, every listed inconsistency found,
and nothing else reported beyond the problems each report really has."""

import re
from functools import cache

import pytest

from gongkai.reportcheck.checker import CheckResult, check_bytes
from gongkai.reportcheck.findings import Kind
from gongkai.reportformat import get_cell, load
from tests.reportcheck.truth import CORPUS, cells, entries, raw_file, truth

ENTRIES = entries()
IDS = [e["id"] for e in ENTRIES]

# What each report really gets wrong, beyond the identities its truth file lists: (kind, rule).
EXPECTED_FINDINGS = {
    "001": {(Kind.PERCENTAGE, "share"), (Kind.DATE, "date"), (Kind.PLACEHOLDER, "placeholder")},
    "002": {(Kind.IDENTITY, "T4.REVIEW_TOTAL"), (Kind.IDENTITY, "T4.LIT_AFTER_REVIEW_TOTAL"),
            (Kind.TEMPLATE, "t3.version")},
    "005": set(),
    "007": set(),
    "012": set(),
    "016": {(Kind.MISSING, "blank")},  # 125 cells printed empty where the template wants 0
}
_INCONSISTENCY = re.compile(r"^table4\[(.+?)\]: sum=(\d+) != 总计=(\d+)$")


@cache
def result(entry_id: str) -> CheckResult:
    return check_bytes(raw_file(entry_id).read_bytes(), raw_file(entry_id).name)


@pytest.mark.parametrize("entry_id", IDS)
def test_every_truth_cell_is_read_as_printed(entry_id):
    checked = result(entry_id)
    wrong = [f"{c.address}: {actual!r} != {c.expected!r}"
             for c in cells(truth(entry_id), checked.versions)
             if (actual := _actual(checked, c.address, c.expected)) is not _SAME]
    assert wrong == []


_SAME = object()


def _actual(checked: CheckResult, address: str, expected):
    """``_SAME`` when the checker agrees with the truth cell, else what it read."""
    if isinstance(expected, dict):
        return _actual_raw(checked, address, expected)
    actual = get_cell(checked.tables, address)
    if actual == expected or (isinstance(expected, str) and str(actual) == expected):
        return _SAME
    return actual


def _actual_raw(checked: CheckResult, prefix: str, expected: dict):
    """Digits printed together: either split as the person thought likely, kept whole in a
    single-column block, or reported as unresolved with the printed digits."""
    row = get_cell(checked.tables, prefix)
    values = list(row.values())
    if "likely" in expected and values == expected["likely"]:
        return _SAME
    if len(values) == 1 and str(values[0]) == expected["raw"]:
        return _SAME
    unresolved = [u for u in checked.unresolved if u["cells"][0].startswith(prefix + ".")]
    digits = re.sub(r"\D", "", expected["raw"])
    if unresolved and re.sub(r"\D", "", unresolved[0]["raw"]) == digits and all(v is None for v in values):
        return _SAME
    return values


@pytest.mark.parametrize("entry_id", IDS)
def test_the_table_three_template_is_recognised(entry_id):
    assert result(entry_id).versions["t3"] == truth(entry_id)["template"]


@pytest.mark.parametrize("entry_id", IDS)
def test_every_listed_inconsistency_is_found(entry_id):
    checked = result(entry_id)
    t4 = load(checked.versions["t4"]).t4
    found = {cell for f in checked.findings if f.kind == Kind.IDENTITY for cell in f.cells[:1]}
    for text in truth(entry_id)["report_inconsistencies"]:
        group = tuple(_INCONSISTENCY.match(text).group(1).split("_"))
        total = next(c.key for c in t4.columns if c.group == group and c.label == "总计")
        assert f"t4.cases.{total}" in found, text


@pytest.mark.parametrize("entry_id", IDS)
def test_only_the_real_problems_are_reported(entry_id):
    assert {(f.kind, f.rule) for f in result(entry_id).findings} == EXPECTED_FINDINGS[entry_id]


@pytest.mark.parametrize("entry_id", IDS)
def test_unit_and_year_are_read_from_the_report(entry_id):
    checked, expected = result(entry_id), truth(entry_id)
    unit, agency = _ocr_folded(checked.metadata.unit), _ocr_folded(expected["agency"])
    assert checked.metadata.year == expected["year"]
    assert unit in agency or agency in unit


def _ocr_folded(name: str) -> str:
    return name.replace("沐阳", "沭阳")


def test_the_seed_report_yields_its_share_and_date_problems_and_no_identity_finding():
    checked = result("001")
    messages = {f.kind: f.message for f in checked.findings}
    assert "0.57" in messages[Kind.PERCENTAGE] and "0.057%" in messages[Kind.PERCENTAGE]
    assert "2021年11日" in messages[Kind.DATE]
    assert not [f for f in checked.findings if f.kind in (Kind.IDENTITY, Kind.VALUE, Kind.NARRATIVE)]


def test_the_real_pdf_reads_like_its_text_conversion():
    from_pdf = check_bytes((CORPUS / "raw" / "002.pdf").read_bytes(), "002.pdf")
    assert from_pdf.layout == "pdf"
    assert from_pdf.tables == result("002").tables
    assert from_pdf.locations["t4.cases.review_total"]["where"].startswith("第4页")


def test_every_value_says_where_it_was_read():
    checked = result("001")
    assert checked.locations["t3.new.natural"]["where"] == "第233行"
    assert checked.locations["t3.new.natural"]["text"] == "1330"
