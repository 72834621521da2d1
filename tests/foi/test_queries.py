"""The querysets pages use: open cases by urgency, overdue, due soon, approvals, carry-over."""

from datetime import date

import pytest

from gongkai.foi import services
from gongkai.foi.models import Application
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory

pytestmark = pytest.mark.django_db


def received(world, on, unit=None):
    unit = unit or world.district
    clerk = {world.district.pk: world.district_clerk, world.town.pk: world.town_clerk}[unit.pk]
    return ApplicationFactory(unit=unit, by=clerk, received_on=on)


def test_open_for_units_lists_the_most_urgent_first_and_leaves_others_out(world):
    later, sooner = received(world, date(2021, 3, 10)), received(world, date(2021, 3, 1))
    closed = received(world, date(2021, 2, 1))
    services.reply(closed, by=world.district_clerk, category="granted", on=date(2021, 2, 3))
    received(world, date(2021, 3, 1), unit=world.town)
    assert list(Application.objects.open_for_units([world.district])) == [sooner, later]


def test_requests_waiting_for_correction_are_open_but_not_running(world):
    application = received(world, date(2021, 3, 1))
    services.request_correction(application, by=world.district_clerk, items="请明确", on=date(2021, 3, 2))
    assert list(Application.objects.open()) == [application]
    assert not Application.objects.running().exists()


def test_overdue_and_due_by(world):
    overdue, due_soon, later = (received(world, day) for day in (date(2021, 3, 1), date(2021, 3, 3), date(2021, 3, 22)))
    assert list(Application.objects.overdue(date(2021, 3, 30))) == [overdue]
    assert set(Application.objects.due_by(date(2021, 4, 1))) == {overdue, due_soon}
    assert later not in Application.objects.due_by(date(2021, 4, 1))


def test_a_paused_request_is_never_overdue(world):
    application = received(world, date(2021, 3, 1))
    services.start_consultation(application, by=world.district_clerk, party="agency", party_name="市财政局",
                                on=date(2021, 3, 29))
    assert not Application.objects.overdue(date(2021, 4, 20)).exists()


def test_pending_submissions_are_not_open(world):
    services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")
    assert Application.objects.pending_confirmation().count() == 1
    assert not Application.objects.open().exists()


def test_open_at_the_year_end_is_the_carry_over(world):
    carried = received(world, date(2020, 12, 28))
    services.reply(carried, by=world.district_clerk, category="granted", on=date(2021, 1, 6))
    closed = received(world, date(2020, 12, 1))
    services.reply(closed, by=world.district_clerk, category="granted", on=date(2020, 12, 31))
    assert list(Application.objects.open_at(date(2020, 12, 31))) == [carried]
