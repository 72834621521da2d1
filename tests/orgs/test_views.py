from django.contrib.auth import get_user_model

import pytest

from gongkai.core.models import AuditEntry
from gongkai.orgs.models import Membership, Role

pytestmark = pytest.mark.django_db


def staff_url(unit):
    return f"/workbench/units/{unit.pk}/staff/"


def revoke(client, membership):
    """Post the revoke button of ``membership`` and reload it."""
    response = client.post(f"/workbench/units/staff/{membership.pk}/revoke/")
    membership.refresh_from_db()
    return response


def new_person(**overrides):
    return {"username": "li.na", "full_name": "李娜", "email": "li.na@example.gov.cn", "role": "clerk",
            "password": "Zibo-2026-strong", **overrides}


def test_unit_admin_adds_a_new_clerk(world, client_as):
    response = client_as(world.district_admin).post(staff_url(world.district), new_person())
    assert response.status_code == 302
    user = get_user_model().objects.get(username="li.na")
    assert user.check_password("Zibo-2026-strong") and user.first_name == "李娜"
    assert Membership.objects.filter(user=user, unit=world.district, role=Role.CLERK, active=True).exists()
    assert set(AuditEntry.objects.values_list("action", flat=True)) >= {"orgs.user_created", "orgs.role_granted"}


def test_an_existing_person_gets_a_further_role_without_a_password(world, client_as):
    data = new_person(username="district_clerk", role="reviewer", password="")
    client_as(world.district_admin).post(staff_url(world.district), data)
    assert Membership.objects.filter(user=world.district_clerk, role=Role.REVIEWER).exists()


def test_a_new_person_needs_a_password(world, client_as):
    response = client_as(world.district_admin).post(staff_url(world.district), new_person(password=""))
    assert "新用户须设置初始密码" in response.content.decode()


def test_a_weak_password_is_refused_in_chinese(world, client_as):
    response = client_as(world.district_admin).post(staff_url(world.district), new_person(password="12345678"))
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="li.na").exists()
    assert "密码" in response.content.decode()


def test_supervisor_role_cannot_be_granted_by_a_unit_admin(world, client_as):
    response = client_as(world.district_admin).post(staff_url(world.district), new_person(role="supervisor"))
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="li.na").exists()


def test_a_clerk_sees_the_staff_list_but_cannot_change_it(world, client_as):
    client = client_as(world.district_clerk)
    page = client.get(staff_url(world.district)).content.decode()
    assert "district_admin" in page and "添加人员或角色" not in page
    assert client.post(staff_url(world.district), new_person()).status_code == 403


def test_unit_admin_revokes_a_role(world, client_as):
    membership = Membership.objects.get(user=world.district_clerk, unit=world.district)
    revoke(client_as(world.district_admin), membership)
    assert membership.active is False
    assert AuditEntry.objects.filter(action="orgs.role_revoked").exists()


def test_unit_admin_cannot_revoke_their_own_admin_role(world, client_as):
    membership = Membership.objects.get(user=world.district_admin, unit=world.district)
    revoke(client_as(world.district_admin), membership)
    assert membership.active is True


def test_unit_admin_cannot_touch_another_units_staff(world, client_as):
    membership = Membership.objects.get(user=world.other_clerk)
    assert client_as(world.district_admin).post(f"/workbench/units/staff/{membership.pk}/revoke/").status_code == 404


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.SYSADMIN])
def test_unit_admin_cannot_revoke_a_supervisor_or_sysadmin_role(world, client_as, role):
    membership = Membership.objects.create(user=world.district_clerk, unit=world.district, role=role)
    response = revoke(client_as(world.district_admin), membership)
    assert response.status_code == 403 and membership.active is True
    assert not AuditEntry.objects.filter(action="orgs.role_revoked").exists()


def test_staff_list_offers_no_revoke_button_for_a_supervisor_role(world, client_as):
    supervisor = Membership.objects.get(user=world.district_supervisor, unit=world.district)
    page = client_as(world.district_admin).get(staff_url(world.district)).content.decode()
    assert f"/workbench/units/staff/{supervisor.pk}/revoke/" not in page


def test_sysadmin_role_cannot_be_granted_by_a_unit_admin(world, client_as):
    client_as(world.district_admin).post(staff_url(world.district), new_person(role="sysadmin"))
    assert not Membership.objects.filter(role=Role.SYSADMIN).exists()


def test_sysadmin_appoints_a_supervisor_on_the_staff_page(world, client_as):
    response = client_as(world.sysadmin).post(staff_url(world.district), new_person(role="supervisor"))
    assert response.status_code == 302
    assert Membership.objects.filter(user__username="li.na", unit=world.district, role=Role.SUPERVISOR).exists()
    assert AuditEntry.objects.filter(action="orgs.role_granted", actor=world.sysadmin).exists()


def test_sysadmin_revokes_a_supervisor_role(world, client_as):
    membership = Membership.objects.get(user=world.district_supervisor, unit=world.district)
    revoke(client_as(world.sysadmin), membership)
    assert membership.active is False


def test_revoking_a_role_twice_is_logged_once(world, client_as):
    membership = Membership.objects.get(user=world.district_clerk, unit=world.district)
    client = client_as(world.district_admin)
    client.post(f"/workbench/units/staff/{membership.pk}/revoke/")
    client.post(f"/workbench/units/staff/{membership.pk}/revoke/")
    assert AuditEntry.objects.filter(action="orgs.role_revoked").count() == 1
