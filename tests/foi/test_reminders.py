"""Deadline reminders: 5 and 2 working days left to the clerks, overdue to the reviewers, once each."""

from datetime import date

from django.core import mail

import pytest

from gongkai.foi import reminders, services
from gongkai.foi.models import ReminderSent
from gongkai.foi.tasks import send_due_reminders
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(world):
    """Received Monday 2021-03-01: due 2021-03-29."""
    for user in (world.district_clerk, world.district_reviewer):
        user.email = f"{user.username}@example.cn"
        user.save()
    return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))


def test_clerks_get_a_reminder_at_five_working_days_left(request_):
    result = reminders.sweep(date(2021, 3, 22))
    assert result.sent == [(request_.pk, "5")]
    (message,) = mail.outbox
    assert message.to == ["district_clerk@example.cn"]
    assert message.subject == "【政府信息公开】申请〔2021〕第1号距答复期限还剩5个工作日"
    assert "答复期限为2021年3月29日" in message.body and "第三十三条" in message.body


def test_the_sweep_sends_each_reminder_once(request_):
    reminders.sweep(date(2021, 3, 22))
    reminders.sweep(date(2021, 3, 22))
    reminders.sweep(date(2021, 3, 23))  # 4 days left: still the 5-day reminder, already sent
    assert len(mail.outbox) == 1


def test_two_days_left_and_overdue_follow(request_):
    reminders.sweep(date(2021, 3, 25))
    reminders.sweep(date(2021, 3, 31))
    assert [m.subject for m in mail.outbox] == ["【政府信息公开】申请〔2021〕第1号距答复期限还剩2个工作日",
                                                "【政府信息公开】申请〔2021〕第1号已超过答复期限"]
    assert mail.outbox[1].to == ["district_reviewer@example.cn"] and "已逾期2个工作日" in mail.outbox[1].body


def test_an_extension_gives_a_new_round_of_reminders(world, request_):
    reminders.sweep(date(2021, 3, 22))
    services.request_extension(request_, by=world.district_clerk, days=20, reason="", on=date(2021, 3, 22))
    services.approve_extension(request_, by=world.district_reviewer, on=date(2021, 3, 22))
    services.notify_extension(request_, by=world.district_clerk, on=date(2021, 3, 22))
    reminders.sweep(date(2021, 4, 20))  # due 4/26 (Sunday 4/25 is worked): 5 days left
    assert ReminderSent.objects.filter(threshold="5").count() == 2


def test_no_reminder_while_paused_or_closed(world, request_):
    services.start_consultation(request_, by=world.district_clerk, party="agency", party_name="市财政局",
                                on=date(2021, 3, 3))
    assert reminders.sweep(date(2021, 3, 26)).sent == []
    services.answer_consultation(request_, by=world.district_clerk, ref=1, opinion="同意", on=date(2021, 3, 26))
    services.reply(request_, by=world.district_clerk, category="granted", on=date(2021, 3, 26))
    assert reminders.sweep(date(2021, 4, 30)).sent == [] and mail.outbox == []


def test_the_background_task_runs_the_sweep(request_):
    result = send_due_reminders.enqueue("2021-03-22")
    assert result.return_value == {"checked": 1, "sent": 1}


def test_refreshing_moves_the_cached_due_date_of_a_running_pause(world, request_):
    services.start_consultation(request_, by=world.district_clerk, party="agency", party_name="市财政局",
                                on=date(2021, 3, 3))
    reminders.refresh_open(date(2021, 3, 10))
    request_.refresh_from_db()
    assert request_.paused and request_.due_on == date(2021, 4, 6)  # 5 working days paused so far
