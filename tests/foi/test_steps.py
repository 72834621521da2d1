"""The steps between receipt and reply through the services: rules, roles and the clock caches."""

from datetime import date

import pytest

from gongkai.foi import services
from gongkai.foi.models import Application, Phase
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(world):
    """Received Monday 2021-03-01 by the district government: plain due date 2021-03-29."""
    return ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2021, 3, 1))


def test_correction_stops_the_clock_and_the_corrected_request_restarts_it(world, request_):
    services.request_correction(request_, by=world.district_clerk, items="请明确文号", on=date(2021, 3, 3))
    assert (request_.phase, request_.due_on) == (Phase.CORRECTION, None)
    services.receive_correction(request_, by=world.district_clerk, on=date(2021, 3, 10))
    assert (request_.phase, request_.due_on) == (Phase.RUNNING, date(2021, 4, 8))


def test_correction_period_defaults_to_fifteen_working_days(world, request_):
    event = services.request_correction(request_, by=world.district_clerk, items="请明确文号", on=date(2021, 3, 3))
    assert event.data["due_on"] == "2021-03-24"


def test_a_refused_step_changes_nothing(world, request_):
    with pytest.raises(services.StepRefused, match="7个工作日内"):
        services.request_correction(request_, by=world.district_clerk, items="请明确文号", on=date(2021, 3, 11))
    assert request_.events.count() == 2 and Application.objects.get().phase == Phase.RUNNING


def test_consultation_pauses_and_its_answer_resumes_the_clock(world, request_):
    event = services.start_consultation(request_, by=world.district_clerk, party="third_party", party_name="某公司",
                                        on=date(2021, 3, 3))
    assert event.data["ref"] == 1 and event.data["reply_by"] == "2021-03-24"
    assert request_.paused
    services.answer_consultation(request_, by=world.district_clerk, ref=1, opinion="不同意公开", on=date(2021, 3, 10))
    assert not request_.paused and request_.due_on == date(2021, 4, 6)  # 5 working days not counted


def test_two_consultations_get_their_own_references(world, request_):
    for party in ("third_party", "agency"):
        services.start_consultation(request_, by=world.district_clerk, party=party, party_name="某单位",
                                    on=date(2021, 3, 3))
    assert list(request_.events.filter(kind="consultation_started").values_list("data__ref", flat=True)) == [1, 2]


def test_extension_needs_a_reviewer_of_the_unit_and_a_notice(world, request_):
    services.request_extension(request_, by=world.district_clerk, days=20, reason="信息量大", on=date(2021, 3, 22))
    assert request_.pending_approval and Application.objects.awaiting_approval().get() == request_
    services.approve_extension(request_, by=world.district_reviewer, on=date(2021, 3, 23))
    assert request_.due_on == date(2021, 3, 29) and not request_.pending_approval
    services.notify_extension(request_, by=world.district_clerk, on=date(2021, 3, 23))
    assert request_.due_on == date(2021, 4, 26)  # Qingming 4/3–4/5 off, Sunday 4/25 worked


@pytest.mark.parametrize("approver", ["district_clerk", "city_reviewer", "district_supervisor", "city_supervisor"])
def test_only_a_reviewer_of_the_unit_may_approve_an_extension(world, request_, approver):
    services.request_extension(request_, by=world.district_clerk, days=10, reason="", on=date(2021, 3, 22))
    with pytest.raises(services.StepRefused, match="须由淄博市张店区人民政府的审核人办理"):
        services.approve_extension(request_, by=getattr(world, approver), on=date(2021, 3, 23))


def test_a_reviewer_cannot_approve_the_extension_they_asked_for(world, request_):
    services.request_extension(request_, by=world.district_reviewer, days=10, reason="", on=date(2021, 3, 22))
    with pytest.raises(services.StepRefused, match="不能审批本人提出的延期申请"):
        services.approve_extension(request_, by=world.district_reviewer, on=date(2021, 3, 23))


def test_a_rejected_extension_leaves_the_due_date(world, request_):
    services.request_extension(request_, by=world.district_clerk, days=10, reason="", on=date(2021, 3, 22))
    services.reject_extension(request_, by=world.district_reviewer, on=date(2021, 3, 23), note="理由不充分")
    assert request_.due_on == date(2021, 3, 29) and not request_.pending_approval


@pytest.mark.parametrize("user", ["town_clerk", "other_clerk", "city_supervisor", "outsider", None])
def test_people_outside_the_unit_cannot_take_steps(world, request_, user):
    with pytest.raises(services.StepRefused, match="须由淄博市张店区人民政府的经办人、审核人办理"):
        services.reply(request_, by=getattr(world, user) if user else None, category="granted", on=date(2021, 3, 2))


def test_delayed_deadline_under_article_35(world, request_):
    services.request_reasons(request_, by=world.district_clerk, note="本月已提出申请56件", due_on=date(2021, 3, 9),
                             on=date(2021, 3, 2))
    services.set_delayed_deadline(request_, by=world.district_clerk, due_on=date(2021, 5, 31), reason="申请数量较多",
                                  on=date(2021, 3, 10))
    assert request_.due_on == date(2021, 5, 31)


def test_perform_dispatches_by_event_kind(world, request_):
    services.perform("consultation_started", request_, by=world.district_clerk, on=date(2021, 3, 3),
                     party="agency", party_name="市财政局")
    services.perform("consultation_expired", request_, by=world.district_clerk, on=date(2021, 3, 25), ref=1)
    assert [e.kind for e in request_.events.all()][-2:] == ["consultation_started", "consultation_expired"]
