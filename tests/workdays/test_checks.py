"""The start-up check of ``settings.WORKDAY_COUNTING``."""

from gongkai.workdays.checks import check_workday_counting


def test_the_default_counting_rule_passes(settings):
    assert check_workday_counting(None) == []


def test_an_unknown_counting_rule_stops_start_up(settings):
    settings.WORKDAY_COUNTING = "calendar_days"
    [error] = check_workday_counting(None)
    assert error.id == "workdays.E001" and "calendar_days" in error.msg
