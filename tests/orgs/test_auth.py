from django.test import override_settings

import pytest

from gongkai.core.models import AuditEntry
from gongkai.orgs.auth import client_ip
from tests.factories import PASSWORD


def login(client, username, password):
    return client.post("/login/", {"username": username, "password": password})


@pytest.mark.django_db
def test_correct_password_logs_in(world, client):
    response = login(client, "district_clerk", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/workbench/"


@pytest.mark.django_db
@override_settings(LOGIN_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_account_even_for_the_right_password(world, client):
    for _ in range(3):
        assert login(client, "district_clerk", "wrong").status_code == 200
    response = login(client, "district_clerk", PASSWORD)
    assert response.status_code == 200
    assert "账户已被临时锁定" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AuditEntry.objects.filter(action="orgs.login_locked").count() == 1


@pytest.mark.django_db
@override_settings(LOGIN_FAILURE_LIMIT=3)
def test_lock_out_of_one_account_leaves_others_alone(world, client):
    for _ in range(3):
        login(client, "district_clerk", "wrong")
    assert login(client, "town_clerk", PASSWORD).status_code == 302


@pytest.mark.django_db
@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_LOCKOUT_MINUTES=15)
def test_lock_out_expires(world, client, time_machine):
    time_machine.move_to("2026-11-28 09:00 +0800")
    for _ in range(3):
        login(client, "district_clerk", "wrong")
    time_machine.move_to("2026-11-28 09:16 +0800")
    assert login(client, "district_clerk", PASSWORD).status_code == 302


@pytest.mark.django_db
@override_settings(LOGIN_FAILURE_LIMIT=3)
def test_a_successful_login_starts_the_failure_count_afresh(world, client, time_machine):
    time_machine.move_to("2026-11-28 09:00 +0800")
    for _ in range(2):
        login(client, "district_clerk", "wrong")
    time_machine.move_to("2026-11-28 09:01 +0800")
    assert login(client, "district_clerk", PASSWORD).status_code == 302
    client.logout()
    time_machine.move_to("2026-11-28 09:02 +0800")
    for _ in range(2):
        login(client, "district_clerk", "wrong")
    assert login(client, "district_clerk", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_passwords_are_stored_hashed(world):
    assert world.district_clerk.password != PASSWORD
    assert world.district_clerk.check_password(PASSWORD)


def test_behind_the_trusted_proxy_the_visitor_s_address_counts(rf):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7")
    assert client_ip(request) == "198.51.100.7"


def test_x_forwarded_for_from_an_untrusted_address_is_ignored(rf):
    assert client_ip(rf.get("/", REMOTE_ADDR="192.0.2.5", HTTP_X_FORWARDED_FOR="198.51.100.7")) == "192.0.2.5"


def test_a_malformed_x_forwarded_for_falls_back_to_the_proxy_address(rf):
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="unknown")) == "127.0.0.1"
