import random

from gongkai.reportcheck.across import check_across, unit_key
from gongkai.reportcheck.checker import check_bytes
from gongkai.reportcheck.findings import Kind
from tests.reportcheck.synth import Report, random_tables, render_text


def checked(year: int, unit: str, carried_in: int | None = None, seed: int = 0):
    tables = random_tables(random.Random(seed + year), "2021" if year > 2020 else "2019")
    if carried_in is not None:
        t3 = tables["t3"]
        shift = carried_in - t3["carried_in"]["natural"]
        t3["carried_in"]["natural"] += shift
        t3["carried_in"]["total"] += shift
        t3["new"]["natural"] -= shift
        t3["new"]["total"] -= shift
    report = Report(unit=unit, year=year, tables=tables, published=f"{year + 1}-01-20")
    return check_bytes(render_text(report, "columns"), f"{unit}{year}.txt"), report


def test_carried_over_requests_must_match_the_previous_report():
    previous, before = checked(2021, "淄博市财政局")
    carried = before.tables["t3"]["carry_next"]["natural"]
    current, _ = checked(2022, "淄博市财政局", carried_in=carried + 2)
    check_across([current, previous])
    (finding,) = [f for f in current.findings if f.kind == Kind.CARRY_OVER and "自然人" in f.message]
    assert finding.cells == ["t3.carried_in.natural"]
    assert f"上年结转为{carried + 2}" in finding.message and "淄博市财政局2021.txt" in finding.message
    assert previous.findings == []


def test_matching_carry_over_and_other_years_and_units_give_no_finding():
    previous, before = checked(2021, "淄博市财政局")
    same, _ = checked(2022, "淄博市财政局", carried_in=before.tables["t3"]["carry_next"]["natural"])
    other_unit, _ = checked(2022, "淄博市教育局", carried_in=999)
    later, _ = checked(2024, "淄博市财政局", carried_in=999)
    check_across([previous, same, other_unit, later])
    assert [f for r in (same, other_unit, later) for f in r.findings if f.rule == "T3.CARRY_ACROSS_YEARS"
            and "自然人" in f.message] == []


def test_unit_names_match_across_ocr_noise_and_the_government_suffix():
    assert unit_key("沐阳县人民政府") == unit_key("沭阳县") == "沭阳县"
