import pytest

from tests.foi import calendars


@pytest.fixture(autouse=True)
def official_calendar(monkeypatch):
    """Pin the calendar to the official schedules (2004–2026), whatever the database holds."""
    monkeypatch.setattr("gongkai.workdays.service.current_calendar", calendars.official)
    return calendars.official()
