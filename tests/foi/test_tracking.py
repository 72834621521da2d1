"""The applicant's side: tracking number plus secret; nothing of other applicants is reachable."""

import pytest

from gongkai.foi import services
from gongkai.foi.models import Application
from gongkai.foi.services import tracking
from tests.foi.factories import ApplicantFactory, DetailsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(world):
    return services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")


def test_the_secret_opens_its_own_request(submission):
    number = submission.application.tracking_number
    assert tracking.find(number, submission.secret.lower()) == submission.application


def test_the_secret_is_stored_only_as_a_salted_hash(submission):
    stored = Application.objects.values_list("tracking_secret_hash", flat=True).get()
    assert submission.secret not in stored and "$" in stored


def test_a_wrong_secret_or_another_requests_number_finds_nothing(world, submission):
    other = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online")
    assert tracking.find(submission.application.tracking_number, other.secret) is None
    assert tracking.find("20209999900001", submission.secret) is None


def test_repeated_failures_lock_the_number(submission):
    for _ in range(tracking.MAX_FAILURES):
        tracking.find(submission.application.tracking_number, "WRONG")
    with pytest.raises(tracking.TrackingLocked, match=r"查询失败次数过多，请于\d\d:\d\d后再试"):
        tracking.find(submission.application.tracking_number, submission.secret)


def test_secrets_avoid_ambiguous_characters():
    secret = tracking.new_secret()
    assert len(secret) == tracking.SECRET_LENGTH and not set(secret) & set("01OIL")


def test_many_failures_from_one_address_lock_every_number(settings, submission):
    settings.TRACK_FAILURE_LIMIT_PER_HOUR = 3
    for n in range(3):
        tracking.find(f"2026999990000{n}", "WRONG", client_ip="203.0.113.9")
    with pytest.raises(tracking.TrackingLocked):
        tracking.find(submission.application.tracking_number, submission.secret, client_ip="203.0.113.9")
    assert tracking.find(submission.application.tracking_number, submission.secret, client_ip="198.51.100.1")
