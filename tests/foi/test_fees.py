from datetime import date

import pytest

from gongkai.foi.rules import fees

JAN_2021 = date(2021, 1, 4)


@pytest.mark.parametrize(("ordinal", "fee"), [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200),
                                              (41, 300), (50, 300), (51, 400)])
def test_per_request_fee_follows_the_monthly_bands(ordinal, fee):
    assert fees.per_request_fee(ordinal) == fee


@pytest.mark.parametrize(("pages", "fee"), [(0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700),
                                            (201, 2740)])
def test_per_page_fee_charges_each_band_at_its_rate(pages, fee):
    assert fees.per_page_fee(pages) == fee


def test_per_page_fee_matches_the_reported_case_of_2219_pages():
    assert fees.per_page_fee(2219) == 83460


def test_quote_refuses_requests_received_before_2021():
    with pytest.raises(fees.FeeRefused, match="2021年1月1日"):
        fees.quote("per_page", received_on=date(2020, 12, 31), pages=500, delivery_form="paper_post")


def test_quote_refuses_the_free_part():
    with pytest.raises(fees.FeeRefused, match="未超过10件"):
        fees.quote("per_request", received_on=JAN_2021, ordinal=10)
    with pytest.raises(fees.FeeRefused, match="未超过30页"):
        fees.quote("per_page", received_on=JAN_2021, pages=30, delivery_form="paper_post")


def test_per_page_fee_applies_only_to_paper_email_or_copied_data():
    with pytest.raises(fees.FeeRefused, match="纸质、电子邮件"):
        fees.quote("per_page", received_on=JAN_2021, pages=300, delivery_form="inspection")


def test_quote_names_its_method_and_basis():
    quote = fees.quote("per_request", received_on=JAN_2021, ordinal=12)
    assert (quote.method, quote.amount, quote.basis) == (fees.FeeMethod.PER_REQUEST, 100, "该申请人本自然月内第12件申请")
