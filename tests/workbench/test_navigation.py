import pytest

from gongkai.workbench.navigation import current, sections_for

pytestmark = pytest.mark.django_db


def labels(user):
    return [section.label for section in sections_for(user)]


def test_a_clerk_sees_the_modules_of_unit_work(world):
    assert labels(world.district_clerk) == ["工作台", "依申请公开", "主动公开", "年度报告", "年报核查"]


def test_a_supervisor_sees_oversight_but_not_case_handling(world):
    sections = sections_for(world.city_supervisor)
    assert [s.label for s in sections] == ["工作台", "依申请公开", "年度报告", "监督检查", "年报核查"]
    assert sections[1].url == "/workbench/requests/oversight/"


def test_a_system_administrator_also_sees_the_calendar(world):
    assert labels(world.sysadmin)[-1] == "工作日历"


def test_anonymous_and_roleless_people_see_no_staff_modules(world, rf):
    from django.contrib.auth.models import AnonymousUser

    assert sections_for(AnonymousUser()) == []
    assert sections_for(world.outsider) == []


def test_the_longest_matching_section_is_current(world):
    sections = sections_for(world.district_clerk)
    assert current(sections, "/workbench/requests/12/").label == "依申请公开"
    assert current(sections, "/workbench/").label == "工作台"


def test_staff_pages_mark_the_current_module(world, client_as):
    page = client_as(world.district_clerk).get("/workbench/requests/").content.decode()
    assert '<a href="/workbench/requests/" aria-current="page">依申请公开</a>' in page


def test_staff_pages_link_the_workbench_once_and_portal_pages_keep_the_account_link(world, client_as):
    client = client_as(world.district_clerk)
    assert client.get("/workbench/").content.decode().count('href="/workbench/"') == 1
    assert 'href="/workbench/"' in client.get("/").content.decode()
