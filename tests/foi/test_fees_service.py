"""信息处理费 through the services: the monthly count per applicant, notice, pause, payment, expiry."""

from datetime import date

import pytest

from gongkai.foi import services
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory

pytestmark = pytest.mark.django_db


def test_the_monthly_count_is_per_applicant_unit_and_calendar_month(world):
    applicant = ApplicantFactory()
    same = [ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant,
                               received_on=date(2021, 3, day)) for day in (1, 2, 2)]
    ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 2))  # someone else
    ApplicationFactory(unit=world.town, by=world.town_clerk, applicant=applicant, received_on=date(2021, 3, 2))
    next_month = ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant,
                                    received_on=date(2021, 4, 1))
    assert [services.monthly_ordinal(a) for a in same] == [1, 2, 3]
    assert services.monthly_ordinal(next_month) == 1



def test_requests_received_the_same_day_but_submitted_in_different_years_count_apart(world):
    applicant = ApplicantFactory()
    posted = [ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant, channel="letter",
                                 letter_kind="signed", submitted_on=submitted, confirmed_on=date(2022, 1, 4))
              for submitted in (date(2021, 12, 30), date(2022, 1, 3))]
    assert sorted(services.monthly_ordinal(a) for a in posted) == [1, 2]

def test_the_eleventh_request_of_a_month_costs_100_yuan(world):
    applicant = ApplicantFactory()
    requests = [ApplicationFactory(unit=world.district, by=world.district_clerk, applicant=applicant,
                                   received_on=date(2021, 3, 1)) for _ in range(11)]
    with pytest.raises(services.StepRefused, match="未超过10件"):
        services.fee_quote(requests[9], "per_request")
    assert services.fee_quote(requests[10], "per_request").amount == 100


def test_a_fee_notice_pauses_the_clock_until_payment(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
    event = services.send_fee_notice(application, by=world.district_clerk, method="per_page", pages=150,
                                     on=date(2021, 3, 3))
    assert (event.data["amount"], event.data["pay_by"]) == (1700, "2021-03-31")
    assert application.paused
    services.record_fee_paid(application, by=world.district_clerk, on=date(2021, 3, 10))
    assert not application.paused and application.due_on == date(2021, 4, 6)


def test_an_unpaid_fee_closes_the_request_as_other_no_fee(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))
    services.send_fee_notice(application, by=world.district_clerk, method="per_page", pages=150, on=date(2021, 3, 3))
    decision = services.expire_fee(application, by=world.district_clerk, on=date(2021, 4, 1))
    assert (application.outcome, decision.basis) == (
        "other_no_fee", "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）")


def test_no_fee_by_page_for_online_delivery(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(delivery_form="online"),
                                  channel="in_person", submitted_on=date(2021, 3, 1), by=world.district_clerk).application
    with pytest.raises(services.StepRefused, match="仅适用于以纸质"):
        services.send_fee_notice(application, by=world.district_clerk, method="per_page", pages=150,
                                 on=date(2021, 3, 3))


def test_no_fee_for_requests_received_before_2021(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2020, 12, 31))
    with pytest.raises(services.StepRefused, match="2021年1月1日"):
        services.send_fee_notice(application, by=world.district_clerk, method="per_page", pages=150,
                                 on=date(2021, 1, 4))
