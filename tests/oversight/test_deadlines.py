from datetime import date

import pytest

from gongkai.oversight.deadlines import requirement, state


@pytest.mark.parametrize(("kind", "level", "due", "scope"), [
    ("government", "city", date(2021, 3, 31), "subtree"),
    ("government", "county", date(2021, 3, 31), "subtree"),
    ("government", "town", date(2021, 1, 31), "unit"),
    ("department", "city", date(2021, 1, 31), "unit"),
    ("dispatched", "county", date(2021, 1, 31), "unit"),
    ("institution", "county", date(2021, 1, 31), "unit"),
])
def test_article_49_deadlines_by_kind_of_body(kind, level, due, scope):
    need = requirement(kind, level, 2020)
    assert (need.due, need.scope) == (due, scope)
    assert "第四十九条" in need.basis


@pytest.mark.parametrize(("published", "today", "expected"), [
    (date(2021, 1, 31), date(2021, 6, 1), "on_time"),
    (date(2021, 2, 1), date(2021, 6, 1), "late"),
    (None, date(2021, 1, 31), "pending"),
    (None, date(2021, 2, 1), "overdue"),
])
def test_state_of_a_report_against_its_deadline(published, today, expected):
    assert state(date(2021, 1, 31), published, today) == expected
