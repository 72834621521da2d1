import pytest

from gongkai.orgs import credit_code, demo
from gongkai.orgs.models import Kind, Level, Membership, Unit


@pytest.fixture
def zibo(db):
    demo.build()
    return Unit.objects.get(name="淄博市人民政府")


def test_the_tree_has_the_platforms_532_units_plus_the_high_tech_zone(zibo):
    high_tech = Unit.objects.get(short_name="高新区")
    outside = Unit.objects.in_subtree(high_tech).count()
    assert Unit.objects.count() - outside == demo.PLATFORM_UNITS
    assert Unit.objects.in_subtree(zibo).count() == Unit.objects.count()


def test_every_credit_code_is_valid_and_unique(zibo):
    codes = list(Unit.objects.values_list("credit_code", flat=True))
    assert all(credit_code.is_valid(code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_real_units_keep_their_names_and_synthetic_ones_are_marked(zibo):
    assert zibo.credit_code == "11370300004224423Q"
    assert Unit.objects.filter(level=Level.COUNTY, kind=Kind.GOVERNMENT).count() == 8
    assert Unit.objects.filter(level=Level.TOWN).count() == 88
    assert Unit.objects.get(name="淄博市张店区车站街道办事处").synthetic is False
    assert Unit.objects.get(name="淄博市张店区财政局").synthetic is True


def test_three_levels_below_the_city(zibo):
    assert set(Unit.objects.values_list("depth", flat=True)) == {0, 1, 2}


def test_each_demo_login_has_its_role(zibo):
    for username, _, unit_name, role, _ in demo.DEMO_LOGINS:
        if unit_name:
            assert Membership.objects.filter(user__username=username, unit__name=unit_name, role=role).exists()
