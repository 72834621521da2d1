"""Table 三 from the requests (foi.stats): year definitions, per unit, and the format's identities."""

import random
from datetime import date

from django.db import transaction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai import reportformat
from gongkai.foi import services, stats
from gongkai.foi.models import Application
from tests.foi.calendars import official
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory
from tests.foi.walk import random_walk

pytestmark = pytest.mark.django_db


def received(world, on, unit=None, **kwargs):
    unit = unit or world.district
    clerk = {world.district.pk: world.district_clerk, world.town.pk: world.town_clerk}[unit.pk]
    return ApplicationFactory(unit=unit, by=clerk, received_on=on, **kwargs)


def test_a_request_open_at_the_year_end_is_carried_once_on_each_side(world):
    application = received(world, date(2020, 12, 28), applicant=ApplicantFactory(type="commercial"))
    services.reply(application, by=world.district_clerk, category="partial", on=date(2021, 1, 6))
    t2020, t2021 = (stats.table3(Application.objects.all(), y) for y in (2020, 2021))
    assert (t2020["new"]["commercial"], t2020["carry_next"]["commercial"], t2020["result_total"]["total"]) == (1, 1, 0)
    assert (t2021["new"]["total"], t2021["carried_in"]["commercial"], t2021["partial"]["commercial"]) == (0, 1, 1)
    assert t2021["carry_next"]["total"] == 0


def test_results_are_counted_by_closing_year_and_outcome(world):
    for day, outcome in ((date(2020, 3, 2), "granted"), (date(2020, 4, 1), "denied_process_info")):
        services.reply(received(world, day), by=world.district_clerk, category=outcome, on=day)
    expiring = received(world, date(2020, 5, 6))
    services.request_correction(expiring, by=world.district_clerk, items="请明确", on=date(2020, 5, 7),
                                due_on=date(2020, 5, 20))
    services.expire_correction(expiring, by=world.district_clerk, on=date(2020, 5, 21))
    table = stats.table3(Application.objects.all(), 2020)
    assert (table["granted"]["natural"], table["denied_process_info"]["total"]) == (1, 1)
    assert (table["other_no_correction"]["natural"], table["result_total"]["total"]) == (1, 3)
    assert reportformat.t3_2021_to_2019(table)["other"]["total"] == 1


def test_unconfirmed_and_transferred_submissions_count_nowhere(world):
    pending = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                              submitted_on=date(2020, 5, 9)).application
    services.transfer(pending, world.town, by=world.district_clerk, on=date(2020, 5, 11))
    assert stats.table3(Application.objects.all(), 2020) == stats.empty_t3()


def test_table_by_unit_matches_each_units_own_table_and_sums_to_the_subtree(world):
    received(world, date(2020, 3, 2))
    received(world, date(2020, 3, 3), unit=world.town)
    services.reply(received(world, date(2020, 6, 1), unit=world.town), by=world.town_clerk, category="np_repeat",
                   on=date(2020, 6, 2))
    by_unit = stats.table3_by_unit(Application.objects.all(), 2020)
    assert set(by_unit) == {world.district.pk, world.town.pk}
    for unit in (world.district, world.town):
        assert by_unit[unit.pk] == stats.table3(Application.objects.filter(unit=unit), 2020)
    assert stats.sum_tables(by_unit.values()) == stats.table3(Application.objects.in_subtree(world.district), 2020)


def test_table_has_every_2021_row_and_column_with_totals(world):
    received(world, date(2020, 3, 2), applicant=ApplicantFactory(type="legal_service"))
    table = stats.table3(Application.objects.all(), 2020)
    fmt = reportformat.load("2021").t3
    assert set(table) == {row.key for row in fmt.data_rows}
    assert all(set(cells) == {column.key for column in fmt.columns} for cells in table.values())
    assert (table["new"]["legal_service"], table["new"]["total"], table["carry_next"]["total"]) == (1, 1, 1)


def test_the_queries_do_not_grow_with_the_number_of_requests(world, django_assert_max_num_queries):
    for day in range(1, 6):
        received(world, date(2020, 3, day + 1))
    with django_assert_max_num_queries(2):
        stats.table3_by_unit(Application.objects.all(), 2020)


def _replay(world, received_on, steps):
    application = received(world, received_on)
    for step in steps:
        by = world.district_reviewer if step.kind in ("extension_approved", "extension_rejected") else world.district_clerk
        services.perform(step.kind, application, by=by, on=step.on, **step.params)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.dates(date(2020, 10, 1), date(2022, 3, 1)), st.integers(0, 2**32)),
                min_size=1, max_size=6))
def test_lawful_histories_satisfy_every_identity_of_the_report_formats(world, histories):
    """Random lawful histories (any steps the rules allow) → tables 三 that check clean, year after year."""
    with transaction.atomic():
        for received_on, seed in histories:
            _replay(world, received_on, random_walk(random.Random(seed), official(), received_on, date(2026, 11, 28)))
        previous = None
        for year in (2020, 2021, 2022):
            t3 = stats.table3(Application.objects.all(), year)
            version = reportformat.version_for_year(year)
            tables = reportformat.empty_tables(version)
            tables["t3"] = reportformat.t3_2021_to_2019(t3) if version == "2019" else t3
            assert reportformat.check(tables) == []
            if previous is not None:
                assert previous["carry_next"] == t3["carried_in"]
            previous = t3
        transaction.set_rollback(True)
