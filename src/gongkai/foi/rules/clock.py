"""The statutory clock, computed from a request's events and the working-day calendar.
Plain Python, no Django.

- The reply period starts on the receipt date (第31条) and is ``reply_days`` working days
  (第33条: 20; 15 under the 2007 条例), counted per the calendar's rule (day 1 = the next
  working day by default, 民法典第201条).
- A 补正 (第30条) stops the clock; the period starts again, from zero, on the day the corrected
  request is received.
- Consultation of a third party or another agency (第32条, 第34条) and the time from a fee notice to
  payment are not counted (第33条第3款; 国办函〔2020〕109号): a pause from the day after it starts
  up to and including the day it ends. While a pause runs the due date moves with each working day.
  A consultation pauses for at most the consulted party's 15 working days (``reply_by``): after
  that the agency decides on its own, so an answer recorded late does not stretch the period.
- An approved extension notified to the applicant adds its days (≤ ``extension_max``) once.
- A reasonable delayed deadline set under 第35条 replaces an earlier due date.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from gongkai.foi.rules.events import Phase
from gongkai.foi.rules.regime import Regime, regime_for
from gongkai.foi.rules.state import CaseState
from gongkai.workdays.rules import UNCONFIRMED_LABEL, WorkCalendar


@dataclass(frozen=True)
class Clock:
    phase: Phase
    regime: Regime | None
    received_on: date | None
    start_on: date | None  # receipt, or receipt of the corrected request (第30条)
    plain_due_on: date | None  # start + reply_days: the date without extension or pauses
    due_on: date | None  # the legal due date; provisional while a pause runs
    days_allowed: int  # reply_days + an effective extension
    days_used: int  # working days counted so far (up to today, or to the closing date)
    days_left: int | None  # working days from today to due_on; negative once overdue
    paused_days: int  # working days not counted (consultation, fee)
    extension_days: int
    paused: bool  # a consultation or a fee notice is running now
    overdue: bool  # open and past due_on
    late: bool  # closed after due_on
    closed_on: date | None
    outcome: str
    correction_due_on: date | None  # while waiting for the applicant's 补正
    confirmed: bool  # False when a year it touches has no confirmed schedule: show 待确认

    @property
    def label(self) -> str:
        return "" if self.confirmed else UNCONFIRMED_LABEL

    @property
    def days_overdue(self) -> int:
        return -self.days_left if self.overdue and self.days_left is not None else 0


def pause_days(begin: date, end: date | None, start_on: date, calendar: WorkCalendar, until: date,
               limit: date | None = None) -> set[date]:
    """The working days of one pause (begin, end] after the period's start, up to ``until`` and to
    the pause's ``limit`` (the consulted party's period)."""
    days: set[date] = set()
    day, last = max(begin, start_on) + timedelta(days=1), min(end or until, until, limit or until)
    while day <= last:
        if calendar.is_working_day(day):
            days.add(day)
        day += timedelta(days=1)
    return days


def paused_working_days(state: CaseState, calendar: WorkCalendar, until: date) -> int:
    """Working days inside the pauses (start, end] after the period's start, up to ``until``
    (a day inside two overlapping pauses counts once)."""
    if state.start_on is None:
        return 0
    days: set[date] = set()
    for begin, end, limit in state.pauses():
        days |= pause_days(begin, end, state.start_on, calendar, until, limit)
    return len(days)


def _signed_days(calendar: WorkCalendar, today: date, due: date):
    if today <= due:
        return calendar.working_days_between(today, due)
    behind = calendar.working_days_between(due, today)
    return behind._replace(value=-behind.value)


def _blank(state: CaseState, regime: Regime | None) -> Clock:
    """A request whose period does not run: not yet received, waiting for 补正, or closed meanwhile."""
    return Clock(phase=state.phase, regime=regime, received_on=state.received_on, start_on=None,
                 plain_due_on=None, due_on=None, days_allowed=regime.reply_days if regime else 0, days_used=0,
                 days_left=None, paused_days=0, extension_days=0, paused=False, overdue=False, late=False,
                 closed_on=state.closed_on, outcome=state.outcome,
                 correction_due_on=state.correction_due_on if state.phase == Phase.CORRECTION else None,
                 confirmed=True)


def compute(state: CaseState, calendar: WorkCalendar, today: date) -> Clock:
    """The clock of a request as of ``today`` (or as of its closing date once closed)."""
    regime = regime_for(state.received_on) if state.received_on else None
    if state.start_on is None or state.phase in (Phase.PENDING, Phase.CORRECTION) or (
            state.phase == Phase.CLOSED and state.correction_due_on and state.correction_received_on is None):
        return _blank(state, regime)
    until = state.closed_on if state.phase == Phase.CLOSED else today
    extension = state.extension.days if state.extension and state.extension.effective else 0
    allowed = regime.reply_days + extension
    paused = paused_working_days(state, calendar, until)
    plain = calendar.add_working_days(state.start_on, regime.reply_days)
    due = calendar.add_working_days(state.start_on, allowed + paused)
    due_on = max(due.value, state.delayed_due_on) if state.delayed_due_on else due.value
    elapsed = calendar.working_days_between(state.start_on, until)
    left = _signed_days(calendar, until, due_on)
    is_open = state.phase == Phase.RUNNING
    return Clock(
        phase=state.phase, regime=regime, received_on=state.received_on, start_on=state.start_on,
        plain_due_on=plain.value, due_on=due_on, days_allowed=allowed, days_used=elapsed.value - paused,
        days_left=left.value if is_open else None, paused_days=paused, extension_days=extension,
        paused=is_open and any(end is None and (limit is None or until <= limit) for _, end, limit in state.pauses()),
        overdue=is_open and today > due_on, late=not is_open and until > due_on,
        closed_on=state.closed_on, outcome=state.outcome, correction_due_on=None,
        confirmed=plain.confirmed and due.confirmed and elapsed.confirmed and left.confirmed,
    )
