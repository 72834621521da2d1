"""Closing a request: reply in a report category with its legal basis; 其他处理 endings."""

from datetime import date

import pytest

from gongkai.foi import services
from gongkai.foi.models import Decision, Phase
from tests.foi.factories import ApplicantFactory, ApplicationFactory, DetailsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(world):
    return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))


def test_reply_closes_with_its_category_and_default_basis(world, request_):
    decision = services.reply(request_, by=world.district_clerk, category="partial", reason="隐去个人信息",
                              on=date(2021, 3, 15))
    assert (request_.phase, request_.closed_on, request_.outcome) == (Phase.CLOSED, date(2021, 3, 15), "partial")
    assert decision.basis == "《中华人民共和国政府信息公开条例》第三十七条"
    assert (decision.decided_by, decision.decided_on) == (world.district_clerk, date(2021, 3, 15))


def test_reply_may_cite_another_listed_provision(world, request_):
    decision = services.reply(request_, by=world.district_clerk, category="granted", citation="第三十六条第（一）项",
                              on=date(2021, 3, 15))
    assert decision.basis.endswith("第三十六条第（一）项")


def test_reply_refuses_a_provision_that_does_not_fit_the_category(world, request_):
    with pytest.raises(services.StepRefused, match="法律依据应为"):
        services.reply(request_, by=world.district_clerk, category="granted", citation="第十四条", on=date(2021, 3, 15))


def test_not_this_units_information_names_the_competent_agency(world, request_):
    with pytest.raises(services.StepRefused, match="负责公开的机关名称"):
        services.reply(request_, by=world.district_clerk, category="unable_not_held", citation="第三十六条第（五）项",
                       on=date(2021, 3, 15))
    decision = services.reply(request_, by=world.district_clerk, category="unable_not_held",
                              citation="第三十六条第（五）项", referral="淄博市自然资源和规划局，0533-0000000",
                              on=date(2021, 3, 15))
    assert decision.referral.startswith("淄博市自然资源和规划局")


def test_correction_not_made_in_time_closes_as_other_no_correction(world, request_):
    services.request_correction(request_, by=world.district_clerk, items="请明确", on=date(2021, 3, 3),
                                due_on=date(2021, 3, 17))
    decision = services.expire_correction(request_, by=world.district_clerk, on=date(2021, 3, 18))
    assert (request_.outcome, request_.closed_on, decision.category) == (
        "other_no_correction", date(2021, 3, 18), "other_no_correction")


def test_withdrawal_after_receipt_counts_as_other(world, request_):
    decision = services.withdraw(request_, by=world.district_clerk, reason="申请人书面撤回", on=date(2021, 3, 5))
    assert (request_.outcome, decision.basis) == ("other_other", "申请人书面撤回申请")


def test_withdrawal_before_receipt_counts_nowhere(world):
    application = services.submit(world.district, ApplicantFactory(), DetailsFactory(), channel="online",
                                  submitted_on=date(2021, 3, 6)).application
    assert services.withdraw(application, by=world.district_clerk, on=date(2021, 3, 8)) is None
    assert (application.phase, application.outcome, application.received_on) == (Phase.CLOSED, "", None)
    assert not Decision.objects.exists()


def test_a_closed_request_takes_no_further_step(world, request_):
    services.reply(request_, by=world.district_clerk, category="granted", on=date(2021, 3, 15))
    with pytest.raises(services.StepRefused, match="申请已办结"):
        services.withdraw(request_, by=world.district_clerk, on=date(2021, 3, 16))
