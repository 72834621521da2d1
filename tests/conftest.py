"""Shared fixtures. ``world`` is a small integrated unit tree with one person per role."""

from dataclasses import dataclass

import pytest

from gongkai.orgs.models import Kind, Level, Role, Unit
from tests.factories import UnitFactory, UserFactory, staff


@dataclass
class World:
    city: Unit
    city_office: Unit
    district: Unit
    district_bureau: Unit
    town: Unit
    other_district: Unit
    city_clerk: object
    city_reviewer: object
    district_clerk: object
    district_reviewer: object
    district_admin: object
    town_clerk: object
    other_clerk: object
    city_supervisor: object
    district_supervisor: object
    sysadmin: object
    outsider: object


@pytest.fixture
def world(db) -> World:
    """市政府 ─ 市政府办公室; 张店区政府 ─ 张店区财政局, 车站街道; 淄川区政府.

    Clerks and reviewers in several units, a city-wide and a district supervisor, a system
    administrator and a logged-in user with no role at all.
    """
    city = UnitFactory(name="淄博市人民政府", short_name="市政府", kind=Kind.GOVERNMENT)
    city_office = UnitFactory(name="淄博市人民政府办公室", parent=city)
    district = UnitFactory(name="淄博市张店区人民政府", short_name="张店区", level=Level.COUNTY,
                           kind=Kind.GOVERNMENT, parent=city)
    district_bureau = UnitFactory(name="淄博市张店区财政局", level=Level.COUNTY, parent=district)
    town = UnitFactory(name="淄博市张店区车站街道办事处", level=Level.TOWN, kind=Kind.DISPATCHED, parent=district)
    other_district = UnitFactory(name="淄博市淄川区人民政府", short_name="淄川区", level=Level.COUNTY,
                                 kind=Kind.GOVERNMENT, parent=city)
    sysadmin = UserFactory(username="sysadmin", is_superuser=True, is_staff=True)
    return World(
        city=city, city_office=city_office, district=district, district_bureau=district_bureau, town=town,
        other_district=other_district,
        city_clerk=staff(city, Role.CLERK, username="city_clerk"),
        city_reviewer=staff(city, Role.REVIEWER, username="city_reviewer"),
        district_clerk=staff(district, Role.CLERK, username="district_clerk"),
        district_reviewer=staff(district, Role.REVIEWER, username="district_reviewer"),
        district_admin=staff(district, Role.UNIT_ADMIN, username="district_admin"),
        town_clerk=staff(town, Role.CLERK, username="town_clerk"),
        other_clerk=staff(other_district, Role.CLERK, username="other_clerk"),
        city_supervisor=staff(city, Role.SUPERVISOR, username="city_supervisor"),
        district_supervisor=staff(district, Role.SUPERVISOR, username="district_supervisor"),
        sysadmin=sysadmin,
        outsider=UserFactory(username="outsider"),
    )


@pytest.fixture
def client_as(client):
    """``client_as(user)`` → the test client logged in as ``user``."""

    def login(user):
        client.force_login(user)
        return client

    return login
