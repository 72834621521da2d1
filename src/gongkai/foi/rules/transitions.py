"""Which step may follow which: ``refusal`` returns the reason (Chinese, for the case worker) why
an event may not be recorded now, or ``None`` when it may. Plain Python, no Django.

The checks follow the 条例: 补正 once and within 7 working days of receipt (第30条); consultation
(第32条, 第34条), extension (第33条) and fee notices only while the reply period runs; an
extension needs approval and notice before the period ends; fees only from 2021 (国办函〔2020〕109号);
不予处理 for too many or too frequent requests only after the applicant was asked for reasons (第35条).
"""

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from gongkai.foi.rules.clock import Clock, compute
from gongkai.foi.rules.events import EventKind, Party, Phase
from gongkai.foi.rules.fees import FEES_FROM
from gongkai.foi.rules.regime import regime_for
from gongkai.foi.rules.state import CLOSING_OUTCOMES, CaseState
from gongkai.reportformat import decision_categories
from gongkai.workdays.rules import WorkCalendar

Check = Callable[[CaseState, Clock, date, Mapping[str, Any], WorkCalendar], str | None]


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _running(state: CaseState) -> str | None:
    if state.phase == Phase.PENDING:
        return "尚未确认收到申请"
    if state.phase == Phase.CORRECTION:
        return "正在等待申请人补正"
    return None


def _before_due(clock: Clock, on: date, what: str) -> str | None:
    if clock.due_on and on > clock.due_on:
        return f"答复期限已于{cn_date(clock.due_on)}届满，不能再{what}"
    return None


def _received(state, clock, on, params, calendar):
    if state.phase != Phase.PENDING:
        return f"申请已于{cn_date(state.received_on)}确认收到"
    return None


def _transferred(state, clock, on, params, calendar):
    if state.phase != Phase.PENDING:
        return "已收到的申请不能转送，应按第三十六条第（五）项答复并告知有权机关"
    return None


def _correction_requested(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if state.correction_requested_on:
        return "补正应一次性告知（第三十条），不能再次告知补正"
    if state.consultations or state.extension or state.fee:
        return "已进入征求意见、延期或收费环节，不能再告知补正"
    within = regime_for(state.received_on).correction_notice_within
    if within is not None:
        last = calendar.add_working_days(state.received_on, within).value
        if on > last:
            return f"补正应在收到申请之日起{within}个工作日内告知（第三十条），已于{cn_date(last)}届满"
    due = params.get("due_on")
    if not due or due <= on:
        return "补正期限应晚于告知补正的日期"
    return None


def _correction_received(state, clock, on, params, calendar):
    if state.phase != Phase.CORRECTION:
        return "没有等待中的补正"
    if on > state.correction_due_on:
        return f"补正期限已于{cn_date(state.correction_due_on)}届满，应按逾期未补正办结"
    return None


def _correction_expired(state, clock, on, params, calendar):
    if state.phase != Phase.CORRECTION:
        return "没有等待中的补正"
    if on <= state.correction_due_on:
        return f"补正期限至{cn_date(state.correction_due_on)}，期满后才能按逾期未补正办结"
    return None


def _consultation_started(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if params.get("party") not in set(Party):
        return "应选择征求意见的对象：第三方或其他机关"
    return _before_due(clock, on, "征求意见")


def _open_consultation(state: CaseState, params):
    ref = params.get("ref")
    return next((c for c in state.open_consultations if c.ref == ref), None)


def _consultation_answered(state, clock, on, params, calendar):
    if _open_consultation(state, params) is None:
        return "没有进行中的该项征求意见"
    return None


def _consultation_expired(state, clock, on, params, calendar):
    consultation = _open_consultation(state, params)
    if consultation is None:
        return "没有进行中的该项征求意见"
    if consultation.reply_by and on <= consultation.reply_by:
        return f"征求意见的答复期限至{cn_date(consultation.reply_by)}，期满后才能登记未答复"
    return None


def _extension_requested(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if state.extension and not state.extension.rejected_on:
        return "延期答复只能申请一次"
    maximum = regime_for(state.received_on).extension_max
    if not 1 <= int(params.get("days") or 0) <= maximum:
        return f"延长的期限应为1至{maximum}个工作日（第三十三条）"
    return _before_due(clock, on, "申请延期")


def _extension_decided(state, clock, on, params, calendar):
    if not state.extension or not state.extension.pending:
        return "没有待审批的延期申请"
    if "days" in params and not 1 <= int(params["days"]) <= state.extension.days:
        return f"批准的延长期限应为1至{state.extension.days}个工作日"
    return _before_due(clock, on, "批准延期")


def _extension_notified(state, clock, on, params, calendar):
    if not state.extension or not state.extension.approved_on:
        return "延期答复尚未经审核人批准"
    if state.extension.notified_on:
        return "已告知申请人延期答复"
    return _before_due(clock, on, "告知延期（须在原答复期限内告知申请人）")


def _fee_notified(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if state.received_on < FEES_FROM:
        return "信息处理费自2021年1月1日起施行，此前收到的申请不收费"
    if state.fee:
        return "该申请已发出收费通知，不能重复收费"
    if int(params.get("amount") or 0) <= 0:
        return "收费金额应大于零"
    return _before_due(clock, on, "发出收费通知（收费通知须在答复期限内发出）")


def _fee_paid(state, clock, on, params, calendar):
    if not state.fee or not state.fee.pending:
        return "没有待缴纳的信息处理费"
    if on > state.fee.pay_by:
        return f"缴费期限已于{cn_date(state.fee.pay_by)}届满，应按逾期未缴费办结"
    return None


def _fee_expired(state, clock, on, params, calendar):
    if not state.fee or not state.fee.pending:
        return "没有待缴纳的信息处理费"
    if on <= state.fee.pay_by:
        return f"缴费期限至{cn_date(state.fee.pay_by)}，期满后才能按逾期未缴费办结"
    return None


def _reasons_requested(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if state.reasons_requested_on:
        return f"已于{cn_date(state.reasons_requested_on)}要求申请人说明理由（第三十五条），不能重复要求"
    due = params.get("due_on")
    if not due or due <= on:
        return "说明理由的期限应晚于要求说明理由的日期"
    return _before_due(clock, on, "要求说明理由")


def _deadline_delayed(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if not state.reasons_requested_on:
        return "确定延迟答复期限须先依第三十五条要求申请人说明理由：认为理由合理、但无法在答复期限内答复的，才能确定延迟答复期限"
    if state.delayed_due_on:
        return "已确定过延迟答复期限"
    due = params.get("due_on")
    if not due or due <= clock.due_on:
        return f"延迟答复期限应晚于现答复期限（{cn_date(clock.due_on)}）"
    return _before_due(clock, on, "确定延迟答复期限（第三十五条：无法在答复期限内答复的，在期限内确定并告知申请人）")


_ANSWERABLE = {c.key for c in decision_categories()} - set(CLOSING_OUTCOMES.values()) | {"other_other"}


def _replied(state, clock, on, params, calendar):
    if reason := _running(state):
        return reason
    if state.open_consultations:
        return "尚有征求意见未结束，请先登记收到意见或期满未答复"
    if state.fee and state.fee.pending:
        return "收费通知尚未缴费，请先登记缴费或按逾期未缴费办结"
    outcome = params.get("outcome")
    if outcome not in _ANSWERABLE:
        return "应选择答复类别（逾期不补正、逾期未缴费由相应环节办结）"
    if outcome == "unable_unclear" and not state.correction_received_on:
        return "“补正后申请内容仍不明确”须先告知补正并收到补正"
    if outcome == "np_massive" and not state.reasons_requested_on:
        return ("“无正当理由大量反复申请”须先依第三十五条要求申请人说明理由，"
                "认为理由不合理的才能告知不予处理")
    return None


def _withdrawn(state, clock, on, params, calendar):
    return None


CHECKS: dict[EventKind, Check] = {
    EventKind.RECEIVED: _received,
    EventKind.TRANSFERRED: _transferred,
    EventKind.CORRECTION_REQUESTED: _correction_requested,
    EventKind.CORRECTION_RECEIVED: _correction_received,
    EventKind.CORRECTION_EXPIRED: _correction_expired,
    EventKind.CONSULTATION_STARTED: _consultation_started,
    EventKind.CONSULTATION_ANSWERED: _consultation_answered,
    EventKind.CONSULTATION_EXPIRED: _consultation_expired,
    EventKind.EXTENSION_REQUESTED: _extension_requested,
    EventKind.EXTENSION_APPROVED: _extension_decided,
    EventKind.EXTENSION_REJECTED: _extension_decided,
    EventKind.EXTENSION_NOTIFIED: _extension_notified,
    EventKind.FEE_NOTIFIED: _fee_notified,
    EventKind.FEE_PAID: _fee_paid,
    EventKind.FEE_EXPIRED: _fee_expired,
    EventKind.REASONS_REQUESTED: _reasons_requested,
    EventKind.DEADLINE_DELAYED: _deadline_delayed,
    EventKind.REPLIED: _replied,
    EventKind.WITHDRAWN: _withdrawn,
}
ACTIONS = tuple(CHECKS)  # every step a case worker can take on an existing request


def refusal(state: CaseState, kind: EventKind, on: date, params: Mapping[str, Any], *,
            calendar: WorkCalendar, today: date) -> str | None:
    """Why ``kind`` may not be recorded on ``on`` (Chinese), or ``None`` if it may."""
    if kind not in CHECKS:
        return f"“{EventKind(kind).action_label}”只能在登记申请时记录"
    if on > today:
        return f"日期不能晚于今天（{cn_date(today)}）"
    if state.last_on and on < state.last_on:
        return f"日期不能早于上一办理环节的日期（{cn_date(state.last_on)}）"
    if state.phase == Phase.CLOSED:
        return "申请已办结，不能再办理"
    if state.phase == Phase.TRANSFERRED:
        return "申请已转送其他机关，不能再办理"
    return CHECKS[kind](state, compute(state, calendar, on), on, params, calendar)
