"""``gongkai foi remind``, ``new-key`` and ``rotate-keys``."""

from argparse import Namespace
from datetime import date

from django.core import mail

import pytest

from gongkai.foi import commands, privacy
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_remind_runs_the_sweep_for_the_given_date(world, capsys):
    world.district_clerk.email = "clerk@example.cn"
    world.district_clerk.save()
    ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
    assert commands.run_remind(Namespace(date=date(2021, 3, 22), enqueue=False)) == 0
    assert "检查在办申请1件，发送提醒1封" in capsys.readouterr().out and len(mail.outbox) == 1


def test_remind_can_hand_the_sweep_to_the_task_worker(capsys):
    assert commands.run_remind(Namespace(date=None, enqueue=True)) == 0
    assert "已提交后台任务" in capsys.readouterr().out


def test_new_key_prints_a_usable_key(settings, capsys):
    commands.run_new_key(Namespace())
    settings.FIELD_ENCRYPTION_KEYS = [capsys.readouterr().out.strip()]
    assert privacy.decrypt(privacy.encrypt("13805331234")) == "13805331234"


def test_rotate_keys_reports_the_count(world, capsys):
    ApplicationFactory(unit=world.district, by=world.district_clerk)
    assert commands.run_rotate(Namespace()) == 0
    assert "重新加密1件申请" in capsys.readouterr().out
