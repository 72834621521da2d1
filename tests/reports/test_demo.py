"""Acceptance on the demo: after every ``gongkai demo`` step, the city-wide 2020 report equals
the seed's tables cell for cell (typed by hand from the seed, ``seed_tables``), its 2021-format
rendering is consistent too, every unit's and subtree's report of 2019–2021 holds every
identity, and every unit's request tables (三, 四) hold in 2019–2022. The demo is built once for
the module (the slowest fixture of the suite), inside a transaction rolled back at the end."""

import importlib
import json

from django.db import transaction
from django.test import override_settings
from django.urls import reverse

import pytest

from gongkai.cli import main
from gongkai.core.demo import DEMO_STEPS
from gongkai.orgs.models import Unit
from gongkai.reportformat import check, check_across_years, t3_2021_to_2019, version_for_year
from gongkai.reports import bulk
from gongkai.reports.models import AnnualReport
from tests.foi.test_demo import assert_every_unit_consistent, assert_seed_tables
from tests.reports.seed_tables import seed_report

# One worker builds the demo for every test here (``--dist loadgroup``), and the first test
# carries the build: minutes on a loaded machine, hence the longer limit.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("full_demo"), pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    home = tmp_path_factory.mktemp("demo")
    with django_db_blocker.unblock(), override_settings(SEARCH_INDEX_DIR=home / "search", MEDIA_ROOT=home / "media"):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            for _, module in DEMO_STEPS:
                importlib.import_module(module).build()
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def report_json(capsys, *options) -> dict:
    assert main(["report", "--org", "淄博市人民政府", "--year", "2020", "--format", "json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_city_s_2020_report_equals_the_seed_cell_for_cell(demo, db, capsys):
    assert report_json(capsys, "--template", "2019") == seed_report()


def test_the_2021_format_of_the_same_data_is_consistent(demo, db, capsys):
    tables = report_json(capsys, "--template", "2021")
    assert [f.message for f in check(tables) if f.kind == "hard"] == []
    assert t3_2021_to_2019(tables["t3"]) == seed_report()["t3"] and tables["t4"] == seed_report()["t4"]
    assert {row: cells["decisions"] for row, cells in tables["t2"]["art20_6"].items()} == {
        "admin_penalty": 177083, "admin_coercion": 5230}


@pytest.mark.parametrize("year", [2019, 2020, 2021])
def test_every_unit_s_and_subtree_s_report_holds_every_identity(demo, db, year):
    reports = list(bulk.all_tables(year, version_for_year(year)))
    assert len(reports) > 536
    failing = {scope.label: [f.message for f in check(tables)] for scope, tables in reports if check(tables)}
    assert failing == {}


def test_item_counts_carry_over_from_2019_for_every_unit(demo, db):
    before = {scope.label: tables for scope, tables in bulk.all_tables(2019, "2019")}
    after = {scope.label: tables for scope, tables in bulk.all_tables(2020, "2019")}
    problems = {label: messages for label, tables in after.items()
                if (messages := [f.message for f in check_across_years(before[label], tables)])}
    assert problems == {}


def test_the_published_city_report_is_in_the_public_column(demo, db, client):
    report = AnnualReport.objects.published().get(unit__name="淄博市人民政府", year=2020)
    assert report.override_reason == "" and report.published_at.date().isoformat() == "2021-03-09"
    page = client.get(reverse("annual_reports:detail", args=[report.pk])).content.decode()
    assert "淄博市2020年政府信息公开工作年度报告" in page and "不予处理8件，占0.57%" in page
    assert "本年度共收到政府信息公开申请1399件，同比增长3.10%" in page  # the seed: 「同比增长3.1 %」


def test_the_city_s_2020_request_tables_equal_the_seed(demo, db):
    assert_seed_tables(Unit.objects.get(name="淄博市人民政府"))


def test_every_unit_s_request_tables_hold_in_every_year_2019_to_2022(demo, db):
    assert_every_unit_consistent()
