"""Every step allowed and refused, with the reason given (rules.transitions, pure).

The base case: received Monday 2021-03-01; 补正 must be asked by 3/10 (7 working days); the plain
due date is 3/29 (20 working days).
"""

import pytest

from gongkai.foi.rules.transitions import ACTIONS, refusal
from tests.foi.calendars import d, official
from tests.foi.events import ev, received, state_of

TODAY = d("2026-11-28")
R = received("2021-03-01")
PENDING = [ev("submitted", "2021-03-01")]
ASKED = [*R, ev("correction_requested", "2021-03-03", due_on="2021-03-24")]
CORRECTED = [*ASKED, ev("correction_received", "2021-03-10")]
CONSULTING = [*R, ev("consultation_started", "2021-03-03", ref=1, party="third_party", reply_by="2021-03-24")]
EXT_ASKED = [*R, ev("extension_requested", "2021-03-22", days=10)]
EXT_APPROVED = [*EXT_ASKED, ev("extension_approved", "2021-03-23")]
EXT_REJECTED = [*EXT_ASKED, ev("extension_rejected", "2021-03-23")]
EXT_NOTIFIED = [*EXT_APPROVED, ev("extension_notified", "2021-03-23")]
FEE = [*R, ev("fee_notified", "2021-03-03", amount=700, pay_by="2021-03-31")]
CLOSED = [*R, ev("replied", "2021-03-15", outcome="granted")]
REASONS = [*R, ev("reasons_requested", "2021-03-03", due_on="2021-03-10")]
TRANSFERRED = [*PENDING, ev("transferred", "2021-03-02")]
OLD = received("2019-03-01")  # under the 2007 条例: no 7-day limit, 15-day extension at most

CASES = [
    # (events, kind, on, params, expected refusal fragment or None = allowed)
    (R, "replied", "2027-01-04", {"outcome": "granted"}, "不能晚于今天"),
    (R, "replied", "2021-02-26", {"outcome": "granted"}, "不能早于上一办理环节"),
    (CLOSED, "withdrawn", "2021-03-16", {}, "申请已办结"),
    (TRANSFERRED, "received", "2021-03-03", {}, "已转送其他机关"),
    (R, "submitted", "2021-03-02", {}, "只能在登记申请时记录"),
    (PENDING, "received", "2021-03-02", {}, None),
    (R, "received", "2021-03-02", {}, "已于2021年3月1日确认收到"),
    (PENDING, "transferred", "2021-03-02", {}, None),
    (R, "transferred", "2021-03-02", {}, "已收到的申请不能转送"),
    (R, "correction_requested", "2021-03-10", {"due_on": d("2021-03-24")}, None),
    (R, "correction_requested", "2021-03-11", {"due_on": d("2021-03-24")}, "7个工作日内告知（第三十条），已于2021年3月10日届满"),
    (OLD, "correction_requested", "2019-03-20", {"due_on": d("2019-04-10")}, None),
    (PENDING, "correction_requested", "2021-03-02", {"due_on": d("2021-03-24")}, "尚未确认收到申请"),
    (ASKED, "correction_requested", "2021-03-04", {"due_on": d("2021-03-24")}, "正在等待申请人补正"),
    (CORRECTED, "correction_requested", "2021-03-11", {"due_on": d("2021-03-24")}, "一次性告知"),
    (CONSULTING, "correction_requested", "2021-03-04", {"due_on": d("2021-03-24")}, "已进入征求意见"),
    (R, "correction_requested", "2021-03-03", {"due_on": d("2021-03-03")}, "补正期限应晚于"),
    (ASKED, "correction_received", "2021-03-24", {}, None),
    (ASKED, "correction_received", "2021-03-25", {}, "补正期限已于2021年3月24日届满"),
    (R, "correction_received", "2021-03-02", {}, "没有等待中的补正"),
    (ASKED, "correction_expired", "2021-03-25", {}, None),
    (ASKED, "correction_expired", "2021-03-24", {}, "期满后才能按逾期未补正办结"),
    (R, "correction_expired", "2021-03-25", {}, "没有等待中的补正"),
    (R, "consultation_started", "2021-03-29", {"party": "agency"}, None),
    (R, "consultation_started", "2021-03-03", {"party": "neighbour"}, "应选择征求意见的对象"),
    (R, "consultation_started", "2021-03-30", {"party": "third_party"}, "答复期限已于2021年3月29日届满"),
    (ASKED, "consultation_started", "2021-03-04", {"party": "third_party"}, "正在等待申请人补正"),
    (CONSULTING, "consultation_answered", "2021-03-10", {"ref": 1}, None),
    (CONSULTING, "consultation_answered", "2021-03-10", {"ref": 2}, "没有进行中的该项征求意见"),
    (CONSULTING, "consultation_expired", "2021-03-25", {"ref": 1}, None),
    (CONSULTING, "consultation_expired", "2021-03-24", {"ref": 1}, "期满后才能登记未答复"),
    ([*OLD, ev("consultation_started", "2019-03-04", ref=1, party="third_party")], "consultation_expired",
     "2019-03-05", {"ref": 1}, None),
    (R, "extension_requested", "2021-03-29", {"days": 20}, None),
    (R, "extension_requested", "2021-03-22", {"days": 21}, "1至20个工作日"),
    (OLD, "extension_requested", "2019-03-18", {"days": 16}, "1至15个工作日"),
    (R, "extension_requested", "2021-03-30", {"days": 10}, "不能再申请延期"),
    (EXT_ASKED, "extension_requested", "2021-03-23", {"days": 10}, "只能申请一次"),
    (EXT_REJECTED, "extension_requested", "2021-03-24", {"days": 5}, None),
    (EXT_ASKED, "extension_approved", "2021-03-29", {}, None),
    (EXT_ASKED, "extension_approved", "2021-03-23", {"days": 11}, "批准的延长期限应为1至10个工作日"),
    (EXT_ASKED, "extension_approved", "2021-03-30", {}, "不能再批准延期"),
    (R, "extension_approved", "2021-03-23", {}, "没有待审批的延期申请"),
    (EXT_APPROVED, "extension_approved", "2021-03-24", {}, "没有待审批的延期申请"),
    (EXT_ASKED, "extension_rejected", "2021-03-23", {}, None),
    (EXT_NOTIFIED, "extension_rejected", "2021-03-24", {}, "没有待审批的延期申请"),
    (EXT_APPROVED, "extension_notified", "2021-03-29", {}, None),
    (EXT_APPROVED, "extension_notified", "2021-03-30", {}, "不能再告知延期"),
    (EXT_ASKED, "extension_notified", "2021-03-23", {}, "尚未经审核人批准"),
    (EXT_NOTIFIED, "extension_notified", "2021-03-24", {}, "已告知申请人延期答复"),
    (R, "fee_notified", "2021-03-03", {"amount": 700}, None),
    (received("2020-12-31"), "fee_notified", "2021-01-04", {"amount": 700}, "2021年1月1日"),
    (FEE, "fee_notified", "2021-03-04", {"amount": 700}, "不能重复收费"),
    (R, "fee_notified", "2021-03-03", {"amount": 0}, "收费金额应大于零"),
    (R, "fee_notified", "2021-03-30", {"amount": 700}, "不能再发出收费通知"),
    (FEE, "fee_paid", "2021-03-31", {}, None),
    (FEE, "fee_paid", "2021-04-01", {}, "缴费期限已于2021年3月31日届满"),
    (R, "fee_paid", "2021-03-03", {}, "没有待缴纳的信息处理费"),
    (FEE, "fee_expired", "2021-04-01", {}, None),
    (FEE, "fee_expired", "2021-03-31", {}, "期满后才能按逾期未缴费办结"),
    (R, "fee_expired", "2021-04-01", {}, "没有待缴纳的信息处理费"),
    (R, "reasons_requested", "2021-03-03", {"due_on": d("2021-03-10")}, None),
    (REASONS, "reasons_requested", "2021-03-04", {"due_on": d("2021-03-11")}, "已于2021年3月3日要求申请人说明理由（第三十五条），不能重复要求"),
    (R, "reasons_requested", "2021-03-03", {"due_on": d("2021-03-03")}, "说明理由的期限应晚于"),
    (R, "reasons_requested", "2021-03-30", {"due_on": d("2021-04-06")}, "答复期限已于2021年3月29日届满，不能再要求说明理由"),
    (ASKED, "reasons_requested", "2021-03-04", {"due_on": d("2021-03-11")}, "正在等待申请人补正"),
    (REASONS, "deadline_delayed", "2021-03-10", {"due_on": d("2021-04-30")}, None),
    (R, "deadline_delayed", "2021-03-10", {"due_on": d("2021-04-30")}, "须先依第三十五条要求申请人说明理由"),
    (REASONS, "deadline_delayed", "2021-03-10", {"due_on": d("2021-03-29")}, "应晚于现答复期限（2021年3月29日）"),
    (REASONS, "deadline_delayed", "2021-03-30", {"due_on": d("2021-04-30")}, "答复期限已于2021年3月29日届满，不能再确定延迟答复期限"),
    ([*REASONS, ev("deadline_delayed", "2021-03-10", due_on="2021-04-30")], "deadline_delayed", "2021-03-11",
     {"due_on": d("2021-05-31")}, "已确定过延迟答复期限"),
    (R, "replied", "2021-03-15", {"outcome": "partial"}, None),
    (R, "replied", "2021-04-15", {"outcome": "granted"}, None),  # late, but a reply is still a reply
    (PENDING, "replied", "2021-03-02", {"outcome": "granted"}, "尚未确认收到申请"),
    (ASKED, "replied", "2021-03-04", {"outcome": "granted"}, "正在等待申请人补正"),
    (CONSULTING, "replied", "2021-03-04", {"outcome": "granted"}, "尚有征求意见未结束"),
    (FEE, "replied", "2021-03-04", {"outcome": "granted"}, "收费通知尚未缴费"),
    (R, "replied", "2021-03-04", {"outcome": "other_no_correction"}, "应选择答复类别"),
    (R, "replied", "2021-03-04", {"outcome": "other_no_fee"}, "应选择答复类别"),
    (R, "replied", "2021-03-04", {"outcome": "approved"}, "应选择答复类别"),
    (R, "replied", "2021-03-04", {"outcome": "other_other"}, None),
    (R, "replied", "2021-03-04", {"outcome": "unable_unclear"}, "须先告知补正并收到补正"),
    (CORRECTED, "replied", "2021-03-11", {"outcome": "unable_unclear"}, None),
    (R, "replied", "2021-03-04", {"outcome": "np_massive"}, "须先依第三十五条要求申请人说明理由"),
    (REASONS, "replied", "2021-03-11", {"outcome": "np_massive"}, None),
    (PENDING, "withdrawn", "2021-03-02", {}, None),
    (R, "withdrawn", "2021-03-02", {}, None),
    (ASKED, "withdrawn", "2021-03-04", {}, None),
]


@pytest.mark.parametrize(("events", "kind", "on", "params", "expected"), CASES,
                         ids=[f"{i:02d}-{c[1]}-{'ok' if c[4] is None else 'refused'}" for i, c in enumerate(CASES)])
def test_step_is_allowed_or_refused_with_its_reason(events, kind, on, params, expected):
    reason = refusal(state_of(*events), kind, d(on), params, calendar=official(), today=TODAY)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason, reason


def test_every_step_kind_has_an_allowed_and_a_refused_case():
    kinds = {c[1] for c in CASES}
    allowed = {c[1] for c in CASES if c[4] is None}
    refused = {c[1] for c in CASES if c[4] is not None}
    assert set(ACTIONS) <= kinds
    assert set(ACTIONS) <= allowed
    assert set(ACTIONS) <= refused
