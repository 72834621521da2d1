"""Recording 行政复议 and 行政诉讼 over disclosure, and their outcomes. The only code that writes
``Appeal`` rows; each change is in the audit trail.

Deadlines the applicant has (for letters and checks of plausibility, not enforced here: the
review organ or court decides admissibility): 行政复议 within 60 days of learning of the act
(《中华人民共和国行政复议法》第二十条), 行政诉讼 within 6 months (《中华人民共和国行政诉讼法》第四十六条),
or within 15 days of receiving the review decision (第四十五条).
"""

from datetime import date

from django.db import transaction

from gongkai.appeals.models import Appeal, AppealKind, AppealOutcome, LitigationRoute
from gongkai.core import audit
from gongkai.foi.rules.transitions import cn_date
from gongkai.foi.services import StepRefused
from gongkai.foi.services.common import today
from gongkai.foi.workflow import clock_for
from gongkai.orgs.access import can_act
from gongkai.orgs.models import Role

RECORDER_ROLES = (Role.CLERK, Role.REVIEWER, Role.UNIT_ADMIN)


def _check_recorder(by, unit) -> None:
    if by is None or not can_act(by, unit, RECORDER_ROLES):
        raise StepRefused(f"只有{unit.name}的工作人员可以登记本单位的行政复议、行政诉讼")


def _check_not_future(what: str, on: date) -> None:
    """A case is recorded once it happened: a date after today is a typing error."""
    if on > today():
        raise StepRefused(f"{what}{cn_date(on)}晚于今天（{cn_date(today())}），不能登记尚未发生的日期")


def _check_application(application, unit, filed_on: date) -> None:
    if application is None:
        return
    if application.unit_id != unit.pk:
        raise StepRefused("所涉申请应为本单位办理的申请")
    if not application.received_on:
        raise StepRefused("所涉申请尚未确认收到")
    if application.closed_on:
        if filed_on < application.closed_on:
            raise StepRefused("复议或起诉日期不能早于该申请的办结日期")
    elif not clock_for(application, filed_on).overdue:
        raise StepRefused("该申请尚在答复期限内，不能就未答复提起复议或诉讼")


def _check_route(unit, application, kind: str, route: str, review: Appeal | None, filed_on: date) -> None:
    if kind == AppealKind.REVIEW:
        if route or review:
            raise StepRefused("行政复议不区分起诉方式")
        return
    if route not in LitigationRoute.values:
        raise StepRefused("行政诉讼应选择未经复议直接起诉或复议后起诉")
    if review is None:
        return
    if review.unit_id != unit.pk or review.application_id != getattr(application, "pk", None):
        raise StepRefused("复议后起诉只能关联本单位就同一申请的行政复议")
    if route != LitigationRoute.AFTER_REVIEW or review.kind != AppealKind.REVIEW:
        raise StepRefused("只有复议后起诉可以关联此前的行政复议")
    if not review.decided_on or filed_on < review.decided_on:
        raise StepRefused("复议后起诉应在行政复议审结之后")


@transaction.atomic
def file_appeal(unit, *, kind: str, filed_on: date, appellant: str, organ: str, by, application=None,
                route: str = "", review: Appeal | None = None, case_number: str = "", note: str = "") -> Appeal:
    """A 行政复议 (``kind="review"``) or 行政诉讼 (``"litigation"`` with ``route``) against ``unit``."""
    _check_recorder(by, unit)
    _check_not_future("申请（立案）日期", filed_on)
    _check_application(application, unit, filed_on)
    _check_route(unit, application, kind, route, review, filed_on)
    if not appellant.strip() or not organ.strip():
        raise StepRefused("请填写申请人（原告）和复议机关（受理法院）")
    appeal = Appeal.objects.create(unit=unit, application=application, kind=kind, route=route, filed_on=filed_on,
                                   appellant=appellant.strip(), organ=organ.strip(), review=review,
                                   case_number=case_number.strip(), note=note, recorded_by=by)
    audit.record("appeals.filed", actor=by, unit=unit, target=appeal,
                 summary=f"登记{appeal.get_kind_display()}（{filed_on:%Y-%m-%d}）", kind=kind, route=route)
    return appeal


@transaction.atomic
def decide_appeal(appeal: Appeal, *, outcome: str, decided_on: date, by) -> Appeal:
    """The review decision or judgment: 维持, 纠正 (撤销、变更、确认违法、责令履行…) or 其他 (撤回、和解…)."""
    appeal = Appeal.objects.select_for_update().select_related("unit").get(pk=appeal.pk)
    _check_recorder(by, appeal.unit)
    if appeal.decided_on:
        raise StepRefused("该案件已登记审结结果")
    if outcome not in AppealOutcome.values:
        raise StepRefused("应选择结果维持、结果纠正或其他结果")
    _check_not_future("审结日期", decided_on)
    if decided_on < appeal.filed_on:
        raise StepRefused("审结日期不能早于申请（立案）日期")
    appeal.outcome, appeal.decided_on = outcome, decided_on
    appeal.save(update_fields=["outcome", "decided_on"])
    audit.record("appeals.decided", actor=by, unit=appeal.unit, target=appeal,
                 summary=f"{appeal.get_kind_display()}审结：{appeal.get_outcome_display()}", outcome=outcome)
    return appeal
