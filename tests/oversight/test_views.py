from datetime import UTC, date, datetime

from django.urls import reverse

import pytest

from gongkai.orgs.models import Unit
from gongkai.oversight.queries import report_deadlines
from gongkai.reports.models import ScopeKind
from tests.reports.access import published_report
from tests.reports.factories import NamedGroupFactory

pytestmark = pytest.mark.django_db


def publish(unit, scope, when):
    report = published_report(unit)
    report.scope, report.published_at = scope, when
    report.group = NamedGroupFactory(owner=unit) if scope == ScopeKind.GROUP else None
    report.save()
    return report


def test_missing_late_and_timely_reports_are_told_apart(world):
    publish(world.district, ScopeKind.SUBTREE, datetime(2021, 3, 20, tzinfo=UTC))
    publish(world.district_bureau, ScopeKind.UNIT, datetime(2021, 2, 3, tzinfo=UTC))
    publish(world.town, ScopeKind.SUBTREE, datetime(2021, 1, 5, tzinfo=UTC))  # wrong scope for a town
    rows = {row.unit: row for row in report_deadlines(Unit.objects.in_subtree(world.district), 2020,
                                                      today=date(2021, 6, 1))}
    assert rows[world.district].state == "on_time"
    assert (rows[world.district_bureau].state, rows[world.district_bureau].days_late) == ("late", 3)
    assert rows[world.town].state == "overdue"


def test_a_government_s_group_report_counts_as_its_area_report(world):
    publish(world.city, ScopeKind.GROUP, datetime(2021, 3, 9, tzinfo=UTC))
    row = report_deadlines(Unit.objects.filter(pk=world.city.pk), 2020, today=date(2021, 6, 1))[0]
    assert row.state == "on_time"


def test_supervisors_see_their_subtree_s_problems(client_as, world):
    page = client_as(world.district_supervisor).get(reverse("oversight:report_deadlines"), {"year": 2020})
    text = page.content.decode()
    assert world.district_bureau.name in text and world.other_district.name not in text
    assert "逾期未发布" in text


def test_unit_staff_cannot_open_the_oversight_pages(client_as, world):
    assert client_as(world.district_clerk).get(reverse("oversight:report_deadlines")).status_code == 403


def test_units_abolished_before_the_year_or_set_up_after_it_are_not_listed(world):
    world.town.active_until = date(2019, 12, 31)
    world.town.save()
    world.district_bureau.active_from = date(2021, 1, 1)
    world.district_bureau.save()
    units = {row.unit for row in report_deadlines(Unit.objects.in_subtree(world.district), 2020,
                                                  today=date(2021, 6, 1))}
    assert units == {world.district}


def test_a_unit_abolished_during_the_year_is_not_listed(world):
    world.town.active_until = date(2020, 6, 30)
    world.town.save()
    units = {row.unit for row in report_deadlines(Unit.objects.in_subtree(world.district), 2020,
                                                  today=date(2021, 6, 1))}
    assert world.town not in units


def test_a_unit_set_up_during_the_year_is_held_to_its_report(world):
    world.district_bureau.active_from = date(2020, 7, 1)
    world.district_bureau.save()
    units = {row.unit for row in report_deadlines(Unit.objects.in_subtree(world.district), 2020,
                                                  today=date(2021, 6, 1))}
    assert world.district_bureau in units


def test_a_unit_whose_active_period_spans_the_year_is_listed(world):
    world.town.active_from, world.town.active_until = date(2020, 1, 1), date(2020, 12, 31)
    world.town.save()
    units = {row.unit for row in report_deadlines(Unit.objects.in_subtree(world.district), 2020,
                                                  today=date(2021, 6, 1))}
    assert world.town in units


@pytest.mark.parametrize("year", ["99999999999999999999", "0", "1999", "9999", "２０２０", "abc"])
def test_an_out_of_range_year_is_not_found(client_as, world, year):
    response = client_as(world.city_supervisor).get(reverse("oversight:report_deadlines"), {"year": year})
    assert response.status_code == 404
