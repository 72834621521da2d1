"""Per-address limits on the public pages (foi.throttle): /apply/ submissions and failed /track/
tries per hour, counted in the database, answered with HTTP 429 and the form as typed."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from gongkai.core.models import AuditEntry
from gongkai.foi import services
from gongkai.foi.models import Application
from gongkai.foi.services import tracking
from tests.foi.factories import ApplicantFactory, DetailsFactory
from tests.foi.test_views_public import FORM

pytestmark = pytest.mark.django_db
VISITOR, OTHER = "203.0.113.9", "198.51.100.7"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.APPLY_LIMIT_PER_HOUR = 2
    settings.TRACK_FAILURE_LIMIT_PER_HOUR = 3


def apply(client, world, address=VISITOR, **changes):
    # The test client comes from 127.0.0.1, a trusted proxy by default: X-Forwarded-For names the visitor.
    return client.post(reverse("foi_public:apply", args=[world.district.pk]), {**FORM, **changes},
                       HTTP_X_FORWARDED_FOR=address)


def track(client, number, secret, address=VISITOR):
    return client.post(reverse("foi_public:track"), {"tracking_number": number, "secret": secret},
                       HTTP_X_FORWARDED_FOR=address)


def test_submissions_within_the_limit_go_through(client, world):
    assert [apply(client, world).status_code for _ in range(2)] == [302, 302]
    assert Application.objects.count() == 2


def test_a_submission_over_the_limit_is_refused_with_429_in_chinese(client, world):
    apply(client, world), apply(client, world)
    response = apply(client, world)
    page = response.content.decode()
    assert response.status_code == 429 and "同一网络地址每小时最多提交2件申请，已达上限" in page
    assert int(response["Retry-After"]) > 0


def test_a_refused_submission_creates_no_request(client, world):
    apply(client, world), apply(client, world), apply(client, world)
    assert Application.objects.count() == 2


def test_a_refused_submission_shows_the_form_again_with_what_was_typed(client, world):
    apply(client, world), apply(client, world)
    page = apply(client, world, subject="2024年城区道路改造工程预算").content.decode()
    assert "2024年城区道路改造工程预算" in page and "山东省淄博市张店区人民西路8号" in page
    assert "您填写的内容已保留" in page


def test_the_message_says_when_the_oldest_counted_submission_leaves_the_hour(client, world, time_machine):
    time_machine.move_to("2026-11-28 10:00:00+08:00", tick=False)
    apply(client, world)
    time_machine.move_to("2026-11-28 10:20:00+08:00", tick=False)
    apply(client, world)
    response = apply(client, world)
    assert "请于11:00后再试" in response.content.decode() and response["Retry-After"] == "2400"


def test_another_address_is_not_limited(client, world):
    apply(client, world), apply(client, world)
    assert apply(client, world, address=OTHER).status_code == 302


def test_the_limit_frees_up_after_an_hour(client, world, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    apply(client, world), apply(client, world)
    time_machine.shift(timedelta(hours=1, seconds=1))
    assert apply(client, world).status_code == 302


def test_the_limit_comes_from_the_setting(client, world, settings):
    settings.APPLY_LIMIT_PER_HOUR = 1
    apply(client, world)
    assert apply(client, world).status_code == 429


def test_a_limit_of_zero_turns_the_limit_off(client, world, settings):
    settings.APPLY_LIMIT_PER_HOUR = 0
    assert {apply(client, world).status_code for _ in range(3)} == {302}


def test_the_first_refusal_in_the_hour_is_audited_once(client, world):
    for _ in range(4):
        apply(client, world)
    entries = AuditEntry.objects.filter(action="foi.throttled")
    assert entries.count() == 1
    assert (entries.get().context, entries.get().unit) == ({"form": "apply", "client_ip": VISITOR}, world.district)


@pytest.fixture
def submission(world):
    return services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")


def test_failed_tracking_tries_over_the_address_limit_are_refused_with_429(client, submission):
    for n in range(3):
        track(client, f"2026999990000{n}", "WRONGWRONG")
    response = track(client, submission.application.tracking_number, submission.secret)
    assert response.status_code == 429 and "查询失败次数过多" in response.content.decode()


def test_a_refused_tracking_try_keeps_the_number_typed(client, submission):
    for _ in range(3):
        track(client, "20269999900001", "WRONGWRONG")
    assert 'value="20269999900001"' in track(client, "20269999900001", "WRONGWRONG").content.decode()


def test_the_tracking_address_limit_is_audited_once(client, submission):
    for _ in range(5):
        track(client, "20269999900001", "WRONGWRONG")
    entry = AuditEntry.objects.get(action="foi.throttled")
    assert (entry.context["form"], entry.context["client_ip"], entry.context["locked_by"]) == (
        "track", VISITOR, "address")


def test_a_locked_number_is_refused_with_429_from_any_address(client, submission, settings):
    settings.TRACK_FAILURE_LIMIT_PER_HOUR = 100
    for _ in range(tracking.MAX_FAILURES):
        track(client, submission.application.tracking_number, "WRONGWRONG")
    response = track(client, submission.application.tracking_number, submission.secret, address=OTHER)
    assert response.status_code == 429


def test_successful_tracking_tries_do_not_count_against_the_address(client, submission):
    for _ in range(5):
        assert track(client, submission.application.tracking_number, submission.secret).status_code == 302
