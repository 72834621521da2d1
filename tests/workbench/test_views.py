import pytest

from gongkai.core import audit

pytestmark = pytest.mark.django_db


def test_unit_home_lists_recent_operations_by_person_and_by_the_system(world, client_as):
    audit.record("orgs.role_granted", actor=world.district_admin, unit=world.district, summary="授予角色")
    audit.record("foi.reminder_sent", unit=world.district, summary="发送期限提醒")
    page = client_as(world.district_clerk).get(f"/workbench/units/{world.district.pk}/").content.decode()
    assert "district_admin：授予角色" in page or f"{world.district_admin.first_name}：授予角色" in page
    assert "系统：发送期限提醒" in page


def test_home_lists_the_persons_units_and_roles(world, client_as):
    page = client_as(world.district_clerk).get("/workbench/").content.decode()
    assert world.district.name in page and "经办人" in page


def test_a_system_administrator_without_unit_roles_reaches_the_units_from_the_top(world, client_as):
    page = client_as(world.sysadmin).get("/workbench/").content.decode()
    assert f'href="/workbench/units/{world.city.pk}/"' in page
    assert f'href="/workbench/units/{world.district.pk}/"' not in page
