from datetime import date

import pytest
import time_machine

from gongkai.appeals import services
from gongkai.core.models import AuditEntry
from gongkai.foi.services import StepRefused
from tests.appeals.factories import appeal, replied
from tests.foi.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_filing_and_deciding_a_review_is_logged(world):
    case = appeal(world, decided_on=date(2020, 6, 1), outcome="corrected")
    assert (case.kind, case.outcome, case.decided_on) == ("review", "corrected", date(2020, 6, 1))
    assert list(AuditEntry.objects.filter(target_id=str(case.pk)).values_list("action", flat=True).order_by("id")) == [
        "appeals.filed", "appeals.decided"]


def test_an_appeal_cannot_precede_the_reply(world):
    with pytest.raises(StepRefused, match="不能早于该申请的办结日期"):
        appeal(world, filed_on=date(2020, 3, 10))


def test_an_appeal_against_silence_needs_the_request_to_be_overdue(world):
    application = ApplicationFactory(unit=world.district, by=world.district_clerk, received_on=date(2020, 3, 2))
    with pytest.raises(StepRefused, match="尚在答复期限内"):
        appeal(world, application, filed_on=date(2020, 3, 20))
    assert appeal(world, application, filed_on=date(2020, 4, 10)).application == application


def test_the_request_must_be_the_respondents_own(world):
    other = ApplicationFactory(unit=world.town, by=world.town_clerk, received_on=date(2020, 3, 2))
    with pytest.raises(StepRefused, match="本单位办理的申请"):
        appeal(world, other)


def test_litigation_needs_its_route_and_after_review_follows_the_decision(world):
    with pytest.raises(StepRefused, match="应选择未经复议直接起诉或复议后起诉"):
        appeal(world, kind="litigation")
    review = appeal(world, decided_on=date(2020, 6, 1))
    with pytest.raises(StepRefused, match="复议后起诉应在行政复议审结之后"):
        appeal(world, review.application, kind="litigation", route="after_review", review=review,
               filed_on=date(2020, 5, 20))
    case = appeal(world, review.application, kind="litigation", route="after_review", review=review,
                  filed_on=date(2020, 6, 10))
    assert case.review == review


def test_a_decision_is_recorded_once_and_not_before_filing(world):
    case = appeal(world)
    with pytest.raises(StepRefused, match="不能早于申请"):
        services.decide_appeal(case, outcome="maintained", decided_on=date(2020, 4, 1), by=world.district_clerk)
    services.decide_appeal(case, outcome="other", decided_on=date(2020, 5, 1), by=world.district_clerk)
    with pytest.raises(StepRefused, match="已登记审结结果"):
        services.decide_appeal(case, outcome="maintained", decided_on=date(2020, 5, 2), by=world.district_clerk)


def test_only_the_respondents_staff_record_appeals(world):
    with pytest.raises(StepRefused, match="只有淄博市张店区人民政府的工作人员"):
        services.file_appeal(world.district, kind="review", filed_on=date(2020, 4, 10), appellant="张三",
                             organ="淄博市人民政府", by=world.city_supervisor, application=replied(world))


@time_machine.travel(date(2020, 7, 1))
def test_an_appeal_filed_after_today_is_refused_in_chinese(world):
    with pytest.raises(StepRefused, match="申请（立案）日期2020年7月2日晚于今天（2020年7月1日），不能登记尚未发生的日期"):
        appeal(world, filed_on=date(2020, 7, 2))


@time_machine.travel(date(2020, 7, 1))
def test_an_appeal_decided_after_today_is_refused_in_chinese(world):
    case = appeal(world)
    with pytest.raises(StepRefused, match="审结日期2020年7月2日晚于今天"):
        services.decide_appeal(case, outcome="maintained", decided_on=date(2020, 7, 2), by=world.district_clerk)
    assert services.decide_appeal(case, outcome="maintained", decided_on=date(2020, 7, 1),
                                  by=world.district_clerk).decided_on == date(2020, 7, 1)


def test_litigation_after_review_cannot_link_another_requests_review(world):
    review = appeal(world, decided_on=date(2020, 6, 1))
    with pytest.raises(StepRefused, match="只能关联本单位就同一申请的行政复议"):
        appeal(world, kind="litigation", route="after_review", review=review, filed_on=date(2020, 6, 10))
