from datetime import date

import pytest

from tests.foi import calendars
from tests.foi.factories import ApplicationFactory


@pytest.fixture(autouse=True)
def official_calendar(monkeypatch):
    """Pin the calendar to the official schedules (2004–2026), whatever the database holds."""
    monkeypatch.setattr("gongkai.workdays.service.current_calendar", calendars.official)
    return calendars.official()


@pytest.fixture
def application(world):
    """An in-person request to the district, received on Monday 1 March 2021."""
    return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
