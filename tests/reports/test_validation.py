"""Every identity of both formats, broken on purpose, is reported with its cells."""

import copy

import pytest

from gongkai.reportformat import VERSIONS, empty_tables, load
from gongkai.reports.narrative import draft
from gongkai.reports.validation import validate
from tests.reports.fakes import seed_tables

COMPLETE_TEXT = {"problems": "存在的问题已整改。", "other": "无。"}


def tables_2021():
    """The seed's figures carried into the 2021 layout (t3 other → other_other; a 2021 table 二)."""
    seed = seed_tables()
    tables = empty_tables("2021")
    tables["t3"] = {key: dict(seed["t3"].get(key, seed["t3"]["other"] if key == "other_other" else {}))
                    or dict.fromkeys(seed["t3"]["new"], 0) for key in tables["t3"]}
    tables["t4"] = copy.deepcopy(seed["t4"])
    tables["t2"]["art20_1"] = {"rules": {"made": 0, "repealed": 0, "valid": 79},
                               "normative_docs": {"made": 127, "repealed": 4, "valid": 1443}}
    tables["t2"]["art20_5"]["admin_license"]["decisions"] = 326417
    tables["t2"]["art20_8"]["admin_fees"]["fee_amount"] = "12.5"
    return tables


def consistent(version: str) -> dict:
    return seed_tables() if version == "2019" else tables_2021()


def bump(tables, address, by=1):
    *path, last = address.split(".")
    node = tables
    for part in path:
        node = node[part]
    node[last] = node[last] + by if isinstance(node[last], int) else node[last]


# identity id -> how to break it in a consistent report (version, mutation, a cell that must be flagged)
BREAKERS = {
    "T3.BALANCE": (lambda t: bump(t, "t3.new.natural"), "t3.new.natural"),
    "T3.RESULT_TOTAL": (lambda t: bump(t, "t3.result_total.commercial"), "t3.result_total.commercial"),
    "T3.ROW_SUM": (lambda t: bump(t, "t3.granted.total"), "t3.granted.total"),
    "T3.NONNEG_INT": (lambda t: bump(t, "t3.np_publication.research", -1), "t3.np_publication.research"),
    "T4.REVIEW_TOTAL": (lambda t: bump(t, "t4.cases.review_other"), "t4.cases.review_other"),
    "T4.LIT_DIRECT_TOTAL": (lambda t: bump(t, "t4.cases.lit_direct_total"), "t4.cases.lit_direct_total"),
    "T4.LIT_AFTER_REVIEW_TOTAL": (lambda t: bump(t, "t4.cases.lit_after_review_pending"),
                                  "t4.cases.lit_after_review_pending"),
    "T4.NONNEG_INT": (lambda t: t["t4"]["cases"].update(review_other=-5, review_maintained=134),
                      "t4.cases.review_other"),
    "T2.NONNEG": (lambda t: t["t2"]["art20_6"]["admin_coercion"].update(decisions=-1),
                  "t2.art20_6.admin_coercion.decisions"),
    "T2.PUBLISHED_LE_TOTAL": (lambda t: t["t2"]["art20_1"]["rules"].update(new_published=80),
                              "t2.art20_1.rules.new_published"),
}
# Rules between two years' reports: (mutation of (previous, current), flagged cell)
ACROSS_YEARS = {
    "T3.CARRY_ACROSS_YEARS": (lambda prev, cur: bump(prev, "t3.carry_next.total", 3), "t3.carried_in.total"),
    "T2.ITEMS_ACROSS_YEARS": (lambda prev, cur: bump(prev, "t2.art20_6.admin_penalty.change", 5),
                              "t2.art20_6.admin_penalty.prev_items"),
    "T2.VALID_ACROSS_YEARS": (lambda prev, cur: bump(prev, "t2.art20_1.rules.valid", 2), "t2.art20_1.rules.valid"),
    "T2.REPEALED_LE_PREV_VALID": (lambda prev, cur: (prev["t2"]["art20_1"]["rules"].update(valid=1),
                                                     cur["t2"]["art20_1"]["rules"].update(repealed=3)),
                                  "t2.art20_1.rules.repealed"),
}
NARRATIVE_RULES = {"T4.NARRATIVE_LITIGATION_TOTAL"}


def identities(version):
    return [(version, i.id) for i in load(version).identities()]


def text_for(tables):
    return {**draft(tables, year=2020, compiler="测试单位"), **COMPLETE_TEXT}


def previous_of(tables):
    """Last year's report that agrees with ``tables`` on every cross-year rule."""
    prev = copy.deepcopy(tables)
    for column, value in tables["t3"]["carried_in"].items():
        prev["t3"]["carry_next"][column] = value
    if tables["version"] == "2019":
        for block in ("art20_5", "art20_6", "art20_8"):
            for row in prev["t2"][block].values():
                row["change"] = 0
    else:
        for row in prev["t2"]["art20_1"].values():
            row["valid"] = row["valid"] - row["made"] + row["repealed"]
    return prev


@pytest.mark.parametrize("version", VERSIONS)
def test_a_consistent_report_passes(version):
    tables = consistent(version)
    result = validate(tables, text_for(tables), previous_of(tables))
    assert result.ok and result.warnings == []


@pytest.mark.parametrize(("version", "identity"), identities("2019") + identities("2021"))
def test_every_identity_broken_on_purpose_is_reported_with_its_cell(version, identity):
    tables = consistent(version)
    text = text_for(tables)
    previous = previous_of(tables)
    if identity in NARRATIVE_RULES:
        text["overall"] += "本年度被提起行政诉讼136件。"
        result = validate(tables, text, previous)
        assert any("与表四不一致：表中相应数字为135" in issue.message for issue in result.blocking)
        return
    if identity in ACROSS_YEARS:
        breaker, cell = ACROSS_YEARS[identity]
        breaker(previous, tables)
    else:
        breaker, cell = BREAKERS[identity]
        breaker(tables)
    result = validate(tables, text, previous)
    flagged = [issue for issue in result.issues if issue.code == identity]
    assert flagged, [issue.code for issue in result.issues]
    assert cell in {c for issue in flagged for c in issue.cells}
    kind = next(i.kind for i in load(version).identities() if i.id == identity)
    assert all(issue.blocking == (kind == "hard") for issue in flagged)


def test_hard_identities_block_and_soft_ones_only_warn():
    tables = consistent("2019")
    previous = previous_of(tables)
    bump(previous, "t3.carry_next.total", 3)
    bump(tables, "t3.new.natural")
    result = validate(tables, text_for(tables), previous)
    assert {i.code for i in result.blocking} >= {"T3.BALANCE"}
    assert {i.code for i in result.warnings} == {"T3.CARRY_ACROSS_YEARS"}


def test_a_cell_without_data_blocks_and_is_named():
    tables = consistent("2019")
    tables["t2"]["art20_9"]["gov_central_procurement"]["procurement_amount"] = None
    result = validate(tables, text_for(tables))
    assert result.missing_cells == {"t2.art20_9.gov_central_procurement.procurement_amount"}
    assert "表二第二十条第（九）项「政府集中采购」「采购总金额」没有数据" in result.blocking[0].message


def test_a_wrong_percentage_in_the_narrative_blocks():
    tables = consistent("2019")
    text = text_for(tables)
    text["overall"] = text["overall"].replace("不予处理8件，占0.57%", "不予处理8件，占0.057%")
    result = validate(tables, text)
    assert [i.code for i in result.blocking] == ["NARRATIVE"]
    assert "8件占1396件的0.57%，不是0.057%" in result.blocking[0].message


def test_sections_without_a_table_must_be_written():
    tables = consistent("2021")
    text = {**text_for(tables), "problems": "  "}
    assert [i.message for i in validate(tables, text).blocking] == ["五、存在的主要问题及改进情况尚未撰写"]
