"""``gongkai demo`` never erases a real database."""

import pytest

from gongkai.cli import main
from gongkai.core import demo
from gongkai.orgs.models import Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_reset(monkeypatch):
    def refuse():
        raise AssertionError("reset_state must not run")

    monkeypatch.setattr(demo, "reset_state", refuse)


def test_demo_refuses_to_replace_a_real_unit_tree(world, no_reset, capsys):
    assert main(["demo", "--no-serve"]) == 2
    assert "数据库中已有非演示数据" in capsys.readouterr().err
    assert Unit.objects.filter(pk=world.city.pk).exists()


def test_a_previous_demo_is_not_real_data(world):
    Unit.objects.filter(pk=world.town.pk).update(synthetic=True)
    assert demo.holds_real_data() is False


def test_an_empty_database_is_not_real_data():
    assert demo.holds_real_data() is False
