"""Planning the demo's requests: lawful event histories that add up to the year targets.
Plain Python, no Django; deterministic for a given seed.

Each planned step is checked with the same rules the services apply (``rules.transitions``), so
a plan the services would refuse cannot be produced: the planner retries with other dates.
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from gongkai.foi.demo.targets import COLUMNS, YearTarget
from gongkai.foi.rules.clock import compute
from gongkai.foi.rules.events import EventKind, Party
from gongkai.foi.rules.fees import FEES_FROM, PAYMENT_WORKING_DAYS, per_page_fee
from gongkai.foi.rules.regime import regime_for
from gongkai.foi.rules.state import ClockEvent, fold
from gongkai.foi.rules.transitions import refusal
from gongkai.workdays.rules import WorkCalendar

# Channels with their shares (网上申请 most; 信函 signed or ordinary; 当面; 电子邮件; 传真).
CHANNELS = (("online", "", 0.52), ("letter", "signed", 0.2), ("letter", "ordinary", 0.05), ("in_person", "", 0.15),
            ("email", "", 0.05), ("fax", "", 0.03))
CORRECTION_ITEMS = ("请明确所需政府信息的名称、文号或者便于查询的其他特征性描述",
                    "请补充申请人身份证明材料", "请明确所申请信息的时间范围和涉及的具体地块")
THIRD_PARTIES = ("淄博鑫源置业有限公司", "淄博恒信化工有限公司", "被征收人李某", "淄博华泰建筑安装有限公司")
AGENCIES = ("淄博市自然资源和规划局", "淄博市住房和城乡建设局", "淄博市财政局", "淄博市生态环境局")
FEE_SHARE = 0.005  # granted requests whose volume is charged (按量计收), from 2021
MASSIVE_NOTE = "您本年度已向本机关提出政府信息公开申请60余件，且多为相同或相近内容"
OPINIONS = ("同意公开", "不同意公开，涉及商业秘密", "同意公开，但应隐去个人身份信息")


CLOSING_KINDS = (EventKind.REPLIED, EventKind.WITHDRAWN, EventKind.CORRECTION_EXPIRED, EventKind.FEE_EXPIRED)


@dataclass
class Step:
    kind: EventKind
    on: date
    data: dict = field(default_factory=dict)
    role: str = "clerk"  # who records it: "clerk" or "reviewer"


@dataclass
class PlannedRequest:
    column: str  # applicant type (t3 column key)
    received_year: int
    close_year: int
    outcome: str = ""
    unit: int = 0  # index into the planner's unit list
    channel: str = ""
    letter_kind: str = ""
    submitted_on: date | None = None
    received_on: date | None = None
    steps: list[Step] = field(default_factory=list)  # after receipt, in order
    fee_pages: int = 0

    @property
    def closed_on(self) -> date | None:
        closing = self.steps and self.steps[-1].kind in CLOSING_KINDS
        return self.steps[-1].on if closing else None


class PlanFailed(Exception):
    """This draw of dates does not work; the planner draws again."""


class Planner:
    def __init__(self, calendar: WorkCalendar, rng: random.Random, unit_weights: list[float], today: date):
        self.calendar, self.rng, self.unit_weights, self.today = calendar, rng, unit_weights, today

    # --- dates ---------------------------------------------------------------------------------
    def add(self, day: date, n: int) -> date:
        return self.calendar.add_working_days(day, n).value

    def working_day_between(self, low: date, high: date, skew: float = 1.0) -> date:
        """A working day in [low, high], early days more likely when ``skew`` > 1."""
        low = self.calendar.next_working_day(low)
        span = self.calendar.working_days_between(low, high).value
        if high < low or span < 0:
            raise PlanFailed
        return self.add(low, int(self.rng.random() ** skew * (span + 1)))

    # --- outcomes per year ---------------------------------------------------------------------
    def skeletons(self, targets: list[YearTarget], tail_outcome: str = "granted") -> list[PlannedRequest]:
        """One request per unit of the targets: received year, closing year and outcome."""
        requests, carried = [], []
        for target in targets:
            pools = {c: [] for c in COLUMNS}
            for (outcome, column), n in sorted(target.results.items()):
                pools[column] += [outcome] * n
            for pool in pools.values():
                self.rng.shuffle(pool)
            for request in carried:
                request.outcome = pools[request.column].pop()
            carried = []
            for column in COLUMNS:
                for index in range(target.new[column]):
                    carry = index < target.carry_next[column]
                    request = PlannedRequest(column, target.year, target.year + carry)
                    if carry:
                        carried.append(request)
                    else:
                        request.outcome = pools[column].pop()
                    requests.append(request)
            leftover = Counter(o for pool in pools.values() for o in pool)
            if leftover:
                raise ValueError(f"{target.year}: outcomes left over {leftover}")
        for request in carried:  # the last year's carry-over closes the next year
            request.outcome = tail_outcome
        return requests

    # --- one request ---------------------------------------------------------------------------
    def plan(self, request: PlannedRequest) -> PlannedRequest:
        request.unit = self.rng.choices(range(len(self.unit_weights)), self.unit_weights)[0]
        for _ in range(200):
            try:
                self._draw(request)
                return request
            except PlanFailed:
                continue
        raise RuntimeError(f"cannot plan a request closing in {request.close_year} as {request.outcome}")

    def _draw(self, request: PlannedRequest) -> None:
        year = request.received_year
        if request.close_year == year:
            window = (date(year, 1, 2), date(year, 12, 10))
        else:
            window = (date(year, 12, 8), date(year, 12, 31))
        channel, letter_kind, _ = self.rng.choices(CHANNELS, [c[2] for c in CHANNELS])[0]
        received = self.working_day_between(*window)
        request.channel, request.letter_kind, request.received_on = channel, letter_kind, received
        request.submitted_on = self._submitted(channel, received)
        fee = request.outcome == "other_no_fee" or (request.outcome == "granted" and self.rng.random() < FEE_SHARE)
        request.fee_pages = self.rng.randrange(60, 400) if fee and received >= FEES_FROM else 0
        request.steps = History(self, request).steps()
        if request.closed_on.year != request.close_year:
            raise PlanFailed

    def _submitted(self, channel: str, received: date) -> date:
        if channel == "in_person":
            return received
        if channel == "letter":
            return received - timedelta(days=self.rng.randrange(1, 5))
        # Online/e-mail/fax (第31条第(三)项): confirmed on the day it arrives, or on the first working
        # day after a weekend, a holiday or an evening submission.
        candidates, day = [received], received - timedelta(days=1)
        while not self.calendar.is_working_day(day):
            candidates.append(day)
            day -= timedelta(days=1)
        candidates.append(day)
        return self.rng.choice(candidates) if self.rng.random() < 0.4 else received


class History:
    """The steps of one request, each checked against the rules as it is added."""

    def __init__(self, planner: Planner, request: PlannedRequest):
        self.p, self.r = planner, request
        self.rng = planner.rng
        self.events = [ClockEvent(EventKind.SUBMITTED, request.submitted_on),
                       ClockEvent(EventKind.RECEIVED, request.received_on)]
        self.out: list[Step] = []

    @property
    def last(self) -> date:
        return self.events[-1].on

    def step(self, kind: EventKind, on: date, role: str = "clerk", **data) -> None:
        if refusal(fold(self.events), kind, on, data, calendar=self.p.calendar, today=self.p.today):
            raise PlanFailed
        self.events.append(ClockEvent(kind, on, data))
        self.out.append(Step(kind, on, data, role))

    def due(self) -> date:
        return compute(fold(self.events), self.p.calendar, self.last).due_on

    def steps(self) -> list[Step]:
        outcome = self.r.outcome
        needs_correction = outcome in ("other_no_correction", "unable_unclear") or self.rng.random() < 0.04
        if needs_correction and self.correction():
            return self.out
        if outcome == "denied_third_party" or (outcome == "partial" and self.rng.random() < 0.3) \
                or self.rng.random() < 0.03:
            self.consultation(third_party=outcome in ("denied_third_party", "partial") or self.rng.random() < 0.5)
        if self.r.fee_pages and self.fee():
            return self.out
        if self.rng.random() < 0.06:
            self.extension()
        if outcome == "np_massive":
            self.reasons()
        if outcome == "other_other" and self.rng.random() < 0.8:
            self.step(EventKind.WITHDRAWN, self.p.working_day_between(self.p.add(self.last, 1), self.due()))
            return self.out
        self.reply()
        return self.out

    def correction(self) -> bool:
        """Returns True when the request ends here (not corrected in time)."""
        within = regime_for(self.r.received_on).correction_notice_within or 7
        asked = self.p.add(self.r.received_on, self.rng.randint(1, min(5, within)))
        due = self.p.add(asked, 15)
        self.step(EventKind.CORRECTION_REQUESTED, asked, items=self.rng.choice(CORRECTION_ITEMS), due_on=due)
        if self.r.outcome == "other_no_correction":
            self.step(EventKind.CORRECTION_EXPIRED, self.p.add(due, self.rng.randint(1, 3)))
            return True
        self.step(EventKind.CORRECTION_RECEIVED, self.p.add(asked, self.rng.randint(2, 12)))
        return False

    def consultation(self, third_party: bool) -> None:
        started = self.p.add(self.last, self.rng.randint(2, 6))
        days = regime_for(self.r.received_on).consultation_reply_days
        reply_by = self.p.add(started, days) if days else None
        party, name = (Party.THIRD_PARTY, self.rng.choice(THIRD_PARTIES)) if third_party else \
            (Party.AGENCY, self.rng.choice(AGENCIES))
        self.step(EventKind.CONSULTATION_STARTED, started, ref=1, party=party.value, party_name=name, reply_by=reply_by)
        if reply_by and self.rng.random() < 0.2:
            self.step(EventKind.CONSULTATION_EXPIRED, self.p.add(reply_by, 1), ref=1)
        else:
            opinion = OPINIONS[1] if self.r.outcome == "denied_third_party" else self.rng.choice(OPINIONS)
            self.step(EventKind.CONSULTATION_ANSWERED, self.p.add(started, self.rng.randint(3, 14)), ref=1,
                      opinion=opinion)

    def fee(self) -> bool:
        """按量计收 on a large paper request; returns True when unpaid (the request ends)."""
        notified = self.p.add(self.last, self.rng.randint(1, 3))
        pay_by = self.p.add(notified, PAYMENT_WORKING_DAYS)
        pages = self.r.fee_pages
        self.step(EventKind.FEE_NOTIFIED, notified, method="per_page", amount=per_page_fee(pages), pages=pages,
                  basis=f"共{pages}页", pay_by=pay_by)
        if self.r.outcome == "other_no_fee":
            self.step(EventKind.FEE_EXPIRED, self.p.add(pay_by, 1))
            return True
        self.step(EventKind.FEE_PAID, self.p.add(notified, self.rng.randint(2, 12)))
        return False

    def extension(self) -> None:
        due = self.due()
        asked = self.p.working_day_between(max(self.p.add(self.last, 1), due - timedelta(days=10)), due)
        days = self.rng.choice((10, 15, regime_for(self.r.received_on).extension_max))
        self.step(EventKind.EXTENSION_REQUESTED, asked, days=days)
        approved = self.p.working_day_between(asked, due)
        self.step(EventKind.EXTENSION_APPROVED, approved, role="reviewer")
        self.step(EventKind.EXTENSION_NOTIFIED, approved)

    def reasons(self) -> None:
        """第35条: 不予处理 only after the applicant was asked for reasons (and gave none that hold)."""
        asked = self.p.working_day_between(self.p.add(self.last, 1), self.due())
        self.step(EventKind.REASONS_REQUESTED, asked, due_on=self.p.add(asked, 5), note=MASSIVE_NOTE)

    def reply(self) -> None:
        low, high = self.p.add(self.last, 1), self.due()
        if self.r.close_year == self.r.received_year:
            high = min(high, date(self.r.close_year, 12, 31))
        else:
            low = max(low, date(self.r.close_year, 1, 1))
        self.step(EventKind.REPLIED, self.p.working_day_between(low, high, skew=1.8), outcome=self.r.outcome)
