"""Properties of the clock over random lawful histories (hypothesis; pure, no database)."""

import random
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.foi.rules.clock import compute
from gongkai.foi.rules.events import Phase
from gongkai.foi.rules.regime import regime_for
from gongkai.foi.rules.state import fold
from tests.foi.calendars import official
from tests.foi.walk import as_events, random_walk

TODAY = date(2026, 11, 28)
histories = st.tuples(st.dates(date(2019, 1, 2), date(2025, 12, 1)), st.integers(0, 2**32))
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)


def walk(received_on, seed):
    calendar = official()
    steps = random_walk(random.Random(seed), calendar, received_on, TODAY)
    return fold(as_events(received_on, steps)), calendar


def _days_to(calendar, start, end):
    return calendar.working_days_between(start, end).value


@PROPERTY_SETTINGS
@given(histories, st.integers(0, 60))
def test_due_date_is_never_before_the_plain_reply_period(history, later):
    state, calendar = walk(*history)
    clock = compute(state, calendar, (state.last_on or history[0]) + timedelta(days=later))
    if clock.due_on is not None:
        plain = calendar.add_working_days(clock.start_on, regime_for(clock.received_on).reply_days).value
        assert clock.due_on >= plain >= clock.received_on


@PROPERTY_SETTINGS
@given(histories)
def test_pauses_never_shorten_the_period(history):
    state, calendar = walk(*history)
    without = replace(state, consultations={}, fee=None)
    with_pauses, no_pauses = compute(state, calendar, state.last_on), compute(without, calendar, state.last_on)
    if with_pauses.due_on is not None:
        assert with_pauses.due_on >= no_pauses.due_on
        assert with_pauses.days_used <= no_pauses.days_used


@PROPERTY_SETTINGS
@given(histories, st.integers(0, 40))
def test_days_used_and_left_add_up_to_the_days_allowed_while_running(history, later):
    state, calendar = walk(*history)
    today = state.last_on + timedelta(days=later)
    clock = compute(state, calendar, today)
    if clock.phase == Phase.RUNNING and not clock.paused and not state.delayed_due_on and today <= clock.due_on:
        assert clock.days_used + clock.days_left == clock.days_allowed
        assert 0 <= clock.days_used <= _days_to(calendar, clock.start_on, today)


@PROPERTY_SETTINGS
@given(histories)
def test_an_effective_extension_adds_exactly_its_days(history):
    state, calendar = walk(*history)
    clock = compute(state, calendar, state.last_on)
    if clock.due_on is not None and not state.delayed_due_on:
        expected = calendar.add_working_days(clock.start_on, clock.days_allowed + clock.paused_days).value
        assert clock.due_on == expected
        assert clock.extension_days == (state.extension.days if state.extension and state.extension.effective else 0)


@PROPERTY_SETTINGS
@given(histories)
def test_a_corrected_request_restarts_the_period_from_the_correction(history):
    state, calendar = walk(*history)
    if state.correction_received_on:
        assert compute(state, calendar, state.last_on).start_on == state.correction_received_on


@PROPERTY_SETTINGS
@given(histories)
def test_closing_fixes_the_outcome_and_date(history):
    state, calendar = walk(*history)
    clock = compute(state, calendar, TODAY)
    assert (clock.phase == Phase.CLOSED) == (state.closed_on is not None)
    assert (clock.outcome != "") == (state.closed_on is not None)
    if state.closed_on:
        assert state.closed_on >= state.received_on and not clock.overdue
