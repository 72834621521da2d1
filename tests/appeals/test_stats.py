"""Table 四: a case counts in its filing year; decided by 31 December → its outcome, else 尚未审结."""

from datetime import date

import pytest

from gongkai import reportformat
from gongkai.appeals import stats
from gongkai.appeals.models import Appeal
from tests.appeals.factories import appeal, replied

pytestmark = pytest.mark.django_db


def test_a_case_decided_within_the_filing_year_counts_by_its_outcome(world):
    appeal(world, filed_on=date(2020, 4, 10), decided_on=date(2020, 6, 1), outcome="maintained")
    cases = stats.table4(Appeal.objects.all(), 2020)["cases"]
    assert (cases["review_maintained"], cases["review_total"]) == (1, 1)


def test_a_case_decided_the_next_year_stays_pending_in_its_filing_year_and_is_not_counted_again(world):
    application = replied(world, replied_on=date(2020, 11, 2))
    appeal(world, application, filed_on=date(2020, 12, 1), decided_on=date(2021, 1, 20), outcome="corrected")
    assert stats.table4(Appeal.objects.all(), 2020)["cases"]["review_pending"] == 1
    assert stats.table4(Appeal.objects.all(), 2021) == stats.empty_t4()


def test_litigation_columns_follow_the_route(world):
    review = appeal(world, decided_on=date(2020, 5, 1))
    appeal(world, review.application, kind="litigation", route="after_review", review=review,
           filed_on=date(2020, 5, 10), decided_on=date(2020, 9, 1), outcome="other")
    appeal(world, kind="litigation", route="direct", filed_on=date(2020, 7, 1))
    cases = stats.table4(Appeal.objects.all(), 2020)["cases"]
    assert (cases["lit_after_review_other"], cases["lit_after_review_total"]) == (1, 1)
    assert (cases["lit_direct_pending"], cases["lit_direct_total"], cases["review_total"]) == (1, 1, 1)
    tables = reportformat.empty_tables("2021")
    tables["t4"] = stats.table4(Appeal.objects.all(), 2020)
    assert reportformat.check(tables) == []


def test_table4_by_unit_equals_each_units_table(world):
    appeal(world, decided_on=date(2020, 6, 1))
    by_unit = stats.table4_by_unit(Appeal.objects.all(), 2020)
    assert by_unit == {world.district.pk: stats.table4(Appeal.objects.filter(unit=world.district), 2020)}
