"""Requests open today, for the workbench: at the units with demo logins, one of each situation a
case worker meets (overdue, due within days, waiting for 补正, in consultation, an extension
waiting for the 审核人, a fee notice waiting for payment, an online submission to confirm), and a
few open ones across the city; at the city government, recent replies of every decision category
(their letters are the demo's sample letters). Dates are relative to the day the demo is built.
Plain Python."""

from datetime import date, timedelta

from gongkai.foi.demo.plan import MASSIVE_NOTE, History, PlannedRequest, Planner
from gongkai.foi.rules.events import EventKind
from gongkai.foi.rules.fees import PAYMENT_WORKING_DAYS, per_page_fee
from gongkai.foi.rules.state import CLOSING_OUTCOMES
from gongkai.reportformat import decision_categories


def working_days_before(planner: Planner, day: date, n: int) -> date:
    """The day ``n`` working days before ``day`` (counted from the last working day on or before it),
    so that ``n`` working days of a period have passed on ``day``."""
    while not planner.calendar.is_working_day(day):
        day -= timedelta(days=1)
    while n:
        day -= timedelta(days=1)
        n -= planner.calendar.is_working_day(day)
    return day


# (label, working days since receipt, steps as (kind, working days ago, data, role))
SITUATIONS = (
    ("逾期未答复", 24, ()),
    ("剩余1个工作日", 19, ()),
    ("剩余3个工作日", 17, ()),
    ("剩余5个工作日", 15, ()),
    ("新收到", 1, ()),
    ("等待补正", 4, ((EventKind.CORRECTION_REQUESTED, 2, {"items": "请明确所需信息的文号或形成时间"}, "clerk"),)),
    ("征求第三方意见中", 10, ((EventKind.CONSULTATION_STARTED, 4, {"ref": 1, "party": "third_party",
                                                               "party_name": "淄博鑫源置业有限公司"}, "clerk"),)),
    ("延期待审批", 17, ((EventKind.EXTENSION_REQUESTED, 1, {"days": 15, "reason": "涉及档案调取，信息量较大"}, "clerk"),)),
    ("征求其他机关意见中", 9, ((EventKind.CONSULTATION_STARTED, 4, {"ref": 1, "party": "agency",
                                                                 "party_name": "淄博市自然资源和规划局"}, "clerk"),)),
    ("收费通知待缴费", 8, ((EventKind.FEE_NOTIFIED, 3, {"method": "per_page", "pages": 120}, "clerk"),)),
    ("已延期", 25, ((EventKind.EXTENSION_REQUESTED, 8, {"days": 20, "reason": "涉及多个年度的档案，需调取核实"},
                    "clerk"),
                   (EventKind.EXTENSION_APPROVED, 7, {}, "reviewer"), (EventKind.EXTENSION_NOTIFIED, 7, {}, "clerk"))),
    ("近期已答复", 15, ((EventKind.REPLIED, 3, {"outcome": "granted"}, "clerk"),)),
)


def _situation(planner: Planner, unit: int, age: int, steps, today: date) -> PlannedRequest:
    received = working_days_before(planner, today, age)
    request = PlannedRequest("natural", received.year, 0, unit=unit, channel="in_person", submitted_on=received,
                             received_on=received)
    history = History(planner, request)
    for kind, ago, data, role in steps:
        data = dict(data)
        on = working_days_before(planner, today, ago)
        if kind == EventKind.CORRECTION_REQUESTED:
            data["due_on"] = planner.add(on, 15)
        if kind == EventKind.REASONS_REQUESTED:
            data["due_on"] = planner.add(on, 5)
        if kind == EventKind.CONSULTATION_STARTED:
            data["reply_by"] = planner.add(on, 15)
        if kind == EventKind.FEE_NOTIFIED:
            request.fee_pages = data["pages"]
            data.update(amount=per_page_fee(data["pages"]), basis=f"共{data['pages']}页",
                        pay_by=planner.add(on, PAYMENT_WORKING_DAYS))
        history.step(kind, on, role, **data)
    request.steps = history.out
    if request.closed_on:
        request.outcome = request.steps[-1].data.get("outcome") or CLOSING_OUTCOMES[request.steps[-1].kind]
    return request


def pending_online(planner: Planner, unit: int, today: date) -> PlannedRequest:
    """Submitted online today: waits for the two parties' confirmation (第31条第(三)项)."""
    return PlannedRequest("natural", today.year, 0, unit=unit, channel="online", submitted_on=today)


CORRECTION = (EventKind.CORRECTION_REQUESTED, 12, {"items": "请明确所需信息的文号或形成时间"}, "clerk")
# Replies of every category, by a step history that leads to it (working days ago).
CLOSINGS = {
    "unable_unclear": (15, (CORRECTION, (EventKind.CORRECTION_RECEIVED, 8, {}, "clerk"),
                            (EventKind.REPLIED, 2, {"outcome": "unable_unclear"}, "clerk"))),
    "other_no_correction": (25, ((EventKind.CORRECTION_REQUESTED, 23, {"items": "请补充申请人身份证明材料"}, "clerk"),
                                 (EventKind.CORRECTION_EXPIRED, 2, {}, "clerk"))),
    "np_massive": (15, ((EventKind.REASONS_REQUESTED, 10, {"note": MASSIVE_NOTE}, "clerk"),
                        (EventKind.REPLIED, 2, {"outcome": "np_massive"}, "clerk"))),
    "other_no_fee": (28, ((EventKind.FEE_NOTIFIED, 25, {"method": "per_page", "pages": 80}, "clerk"),
                          (EventKind.FEE_EXPIRED, 3, {}, "clerk"))),
}


def reply_samples(planner: Planner, unit: int, today: date) -> list[PlannedRequest]:
    """One recent request closed in each decision category of the report format."""
    samples = []
    for item in decision_categories():
        age, steps = CLOSINGS.get(item.key, (12, ((EventKind.REPLIED, 3, {"outcome": item.key}, "clerk"),)))
        samples.append(_situation(planner, unit, age, steps, today))
    return samples


def current_requests(planner: Planner, login_units: list[int], other_units: list[int], today: date):
    requests = []
    for unit in login_units:
        requests += [_situation(planner, unit, age, steps, today) for _, age, steps in SITUATIONS]
        requests.append(pending_online(planner, unit, today))
    for unit in other_units:
        age = planner.rng.choice((1, 3, 5, 8, 12, 16, 18, 21, 23))
        requests.append(_situation(planner, unit, age, (), today))
    return requests
