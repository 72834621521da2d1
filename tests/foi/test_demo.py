"""The demo year: city-wide 2020 reproduces the seed report's tables 三 and 四 cell for cell, and
every unit's own tables are consistent in every year.

Fast tests plan the demo for the small ``world`` city and write the plan's report fields in bulk;
``test_services_write_exactly_the_planned_rows`` shows the services write those same fields. The
whole Zibo demo, built through the services, is checked with these helpers in
``tests/reports/test_demo.py`` (built once there for every demo check).
"""

import random
from collections import Counter
from datetime import date, timedelta
from functools import cache

import pytest

from gongkai import reportformat
from gongkai.appeals import stats as appeal_stats
from gongkai.appeals.models import Appeal
from gongkai.foi import demo, stats
from gongkai.foi.demo.bulk import write_in_bulk
from gongkai.foi.demo.current import reply_samples
from gongkai.foi.demo.people import People
from gongkai.foi.demo.plan import Planner
from gongkai.foi.demo.staff import Staff
from gongkai.foi.demo.writer import Builder, unit_weight
from gongkai.foi.models import Application, SentLetter
from tests.foi.calendars import official

TODAY = date(2026, 11, 28)
YEARS = (2019, 2020, 2021, 2022)


def world_units(world) -> list:
    return [world.city, world.city_office, world.district, world.district_bureau, world.town, world.other_district]


@cache
def planned(weights: tuple):
    return demo.plan_history(list(weights), TODAY, official())


def plan_for(world):
    units = world_units(world)
    return units, *planned(tuple(unit_weight(u) for u in units))[1:]


def year_tables(year: int, applications, appeals) -> dict:
    version = reportformat.version_for_year(year)
    tables = reportformat.empty_tables(version)
    t3 = stats.table3(applications, year)
    tables["t3"] = reportformat.t3_2021_to_2019(t3) if version == "2019" else t3
    tables["t4"] = appeal_stats.table4(appeals, year)
    return tables


def assert_seed_tables(city) -> None:
    tables = year_tables(2020, Application.objects.in_subtree(city), Appeal.objects.in_subtree(city))
    seed = reportformat.fixture("zibo_2020")
    assert tables["t3"] == seed["t3"]
    assert tables["t4"] == seed["t4"]


def assert_every_unit_consistent() -> None:
    for year in YEARS:
        version = reportformat.version_for_year(year)
        by_t3 = stats.table3_by_unit(Application.objects.all(), year)
        by_t4 = appeal_stats.table4_by_unit(Appeal.objects.all(), year)
        assert by_t3, year
        for unit_id in set(by_t3) | set(by_t4):
            tables = reportformat.empty_tables(version)
            t3 = by_t3.get(unit_id, stats.empty_t3())
            tables["t3"] = reportformat.t3_2021_to_2019(t3) if version == "2019" else t3
            tables["t4"] = by_t4.get(unit_id, appeal_stats.empty_t4())
            assert [f.message for f in reportformat.check(tables)] == [], (unit_id, year)


@pytest.mark.django_db
def test_the_plan_reproduces_the_seed_tables_for_the_city_in_2020(world):
    write_in_bulk(*plan_for(world))
    assert_seed_tables(world.city)


@pytest.mark.django_db
def test_every_units_tables_are_consistent_in_every_year(world):
    write_in_bulk(*plan_for(world))
    assert_every_unit_consistent()


@pytest.mark.django_db
def test_the_years_meet_at_their_boundaries(world):
    write_in_bulk(*plan_for(world))
    tables = {y: stats.table3(Application.objects.all(), y) for y in YEARS}
    assert (tables[2019]["new"]["total"], tables[2019]["carry_next"]["total"]) == (1357, 18)
    assert (tables[2021]["carried_in"]["total"], tables[2021]["new"]["total"]) == (21, 1469)
    for year in YEARS[1:]:
        assert tables[year - 1]["carry_next"] == tables[year]["carried_in"]


@pytest.mark.django_db
def test_the_plan_covers_every_kind_of_step_and_fees_only_from_2021(world):
    _, requests, _ = plan_for(world)
    kinds = Counter(step.kind for r in requests for step in r.steps)
    assert set(kinds) >= {"correction_requested", "correction_received", "correction_expired", "consultation_started",
                          "consultation_answered", "consultation_expired", "extension_requested", "extension_approved",
                          "extension_notified", "fee_notified", "fee_paid", "fee_expired", "replied", "withdrawn"}
    assert all(r.received_on.year >= 2021 for r in requests if r.fee_pages)
    assert all(r.steps[-1].on.weekday() < 5 or official().is_working_day(r.steps[-1].on)
               for r in requests if r.steps[-1].kind == "replied")


@pytest.mark.django_db
def test_services_write_exactly_the_planned_rows(world):
    units, requests, _ = plan_for(world)
    rng = random.Random(3)
    sample = [r for r in requests if len(r.steps) > 2][:25] + rng.sample(requests, 25)
    builder = Builder(units, People(random.Random(1)), Staff(People(random.Random(2))))
    for plan in sample:
        builder.request(plan)
    written = Counter(Application.objects.values_list("unit", "applicant_type", "received_on", "closed_on", "outcome"))
    planned_rows = Counter((units[r.unit].pk, r.column, r.received_on, r.closed_on, r.outcome) for r in sample)
    assert written == planned_rows


def todays_samples(world):
    units = world_units(world)
    planner = Planner(official(), random.Random(5), [1.0] * len(units), TODAY)
    return units, reply_samples(planner, 0, TODAY)


def test_todays_sample_replies_cover_every_decision_category(world):
    _, samples = todays_samples(world)
    assert sorted(s.outcome for s in samples) == sorted(c.key for c in reportformat.decision_categories())
    assert all(s.closed_on and TODAY - s.closed_on < timedelta(days=10) for s in samples)


@pytest.mark.django_db
def test_the_demo_sends_the_letters_of_todays_steps(world, time_machine):
    time_machine.move_to(TODAY, tick=False)
    units, samples = todays_samples(world)
    chosen = [s for s in samples if s.outcome in ("unable_unclear", "other_no_fee", "np_repeat")]
    builder = Builder(units, People(random.Random(1)), Staff(People(random.Random(2))))
    for plan in chosen:
        builder.request(plan, letters=True)
    sent = Counter((letter.kind, letter.category) for letter in SentLetter.objects.all())
    assert sent == Counter({("correction", ""): 1, ("reply", "unable_unclear"): 1, ("fee", ""): 1,
                            ("reply", "other_no_fee"): 1, ("reply", "np_repeat"): 1})
    assert all("向山东省人民政府申请行政复议" in letter.html for letter in SentLetter.objects.filter(kind="reply"))
