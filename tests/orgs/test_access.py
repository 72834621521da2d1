import pytest

from gongkai.orgs import access
from gongkai.orgs.models import Role, Unit
from tests.factories import staff


def readable(user):
    return set(access.units_readable_by(user).values_list("name", flat=True))


@pytest.mark.django_db
def test_clerk_reads_only_their_own_unit(world):
    assert readable(world.district_clerk) == {world.district.name}


@pytest.mark.django_db
def test_clerk_of_a_parent_unit_does_not_read_its_children(world):
    assert not access.can_read_unit(world.city_clerk, world.district)


@pytest.mark.django_db
def test_supervisor_reads_the_whole_subtree(world):
    assert readable(world.district_supervisor) == {world.district.name, world.district_bureau.name, world.town.name}
    assert readable(world.city_supervisor) == set(Unit.objects.values_list("name", flat=True))


@pytest.mark.django_db
def test_supervisor_cannot_act_even_in_their_own_unit(world):
    assert not access.can_act(world.city_supervisor, world.city)
    assert not access.can_act(world.city_supervisor, world.district)


@pytest.mark.django_db
def test_clerk_acts_in_their_unit_only(world):
    assert access.can_act(world.district_clerk, world.district)
    assert not access.can_act(world.district_clerk, world.town)


@pytest.mark.django_db
def test_sysadmin_reads_everything(world):
    assert readable(world.sysadmin) == set(Unit.objects.values_list("name", flat=True))


@pytest.mark.django_db
def test_user_without_role_reads_nothing(world):
    assert readable(world.outsider) == set()
    assert not access.is_staff_member(world.outsider)


@pytest.mark.django_db
def test_inactive_membership_grants_nothing(world):
    user = staff(world.town, Role.CLERK)
    user.memberships.update(active=False)
    assert readable(user) == set()


@pytest.mark.django_db
def test_readable_filter_applies_to_related_models(world):
    from gongkai.orgs.models import Membership

    visible = Membership.objects.filter(access.readable_unit_filter(world.district_supervisor))
    assert {m.unit_id for m in visible} == {world.district.pk, world.town.pk}
