"""Step rules: statuses, dates, reopening, schedule flags and overlapping steps."""
from dataclasses import replace
from datetime import date

import pytest

from rollout.domain import (DomainError, StepStatus, StepValues,
                            apply_step_change, current_step, out_of_order_steps,
                            status_effective_on)

TODAY = date(2026, 11, 23)
S = StepStatus


@pytest.mark.parametrize("old, new", [
    (S.NOT_STARTED, S.IN_PROGRESS), (S.IN_PROGRESS, S.BLOCKED), (S.BLOCKED, S.NOT_STARTED),
    (S.BLOCKED, S.IN_PROGRESS), (S.IN_PROGRESS, S.NOT_STARTED),
])
def test_status_moves_freely_between_the_open_statuses(old, new):
    assert apply_step_change(StepValues(status=old), StepValues(status=new), TODAY).status == new


def test_done_without_an_actual_end_is_done_today():
    assert apply_step_change(StepValues(), StepValues(status=S.DONE), TODAY).actual_end == TODAY


def test_done_keeps_the_actual_end_given():
    done = apply_step_change(StepValues(), StepValues(status=S.DONE,
                                                      actual_end=date(2025, 3, 31)), TODAY)
    assert done.actual_end == date(2025, 3, 31)


def test_reopening_a_done_step_needs_a_reason():
    done = StepValues(status=S.DONE, actual_end=date(2025, 3, 31))
    with pytest.raises(DomainError, match="reopen_needs_reason"):
        apply_step_change(done, replace(done, status=S.IN_PROGRESS), TODAY)


def test_reopening_with_a_reason_clears_the_actual_end():
    done = StepValues(status=S.DONE, actual_end=date(2025, 3, 31))
    reopened = apply_step_change(done, replace(done, status=S.IN_PROGRESS), TODAY,
                                 reason="Palveluohjaaja vaihtui")
    assert reopened.status == S.IN_PROGRESS and reopened.actual_end is None


@pytest.mark.parametrize("values, key", [
    (StepValues(planned_start=date(2026, 5, 1), planned_end=date(2026, 4, 1)),
     "steps.end_before_start"),
    (StepValues(status=S.DONE, actual_start=date(2026, 5, 1), actual_end=date(2026, 4, 1)),
     "steps.end_before_start"),
    (StepValues(status=S.IN_PROGRESS, actual_start=date(2026, 12, 1)), "steps.actual_in_future"),
    (StepValues(status=S.DONE, actual_end=date(2026, 11, 24)), "steps.actual_in_future"),
    (StepValues(status=S.IN_PROGRESS, actual_end=date(2026, 1, 1)),
     "steps.actual_end_only_when_done"),
])
def test_bad_dates_are_refused_with_a_named_rule(values, key):
    with pytest.raises(DomainError) as refusal:
        apply_step_change(StepValues(), values, TODAY)
    assert refusal.value.key == key


def test_planned_dates_may_be_in_the_future():
    plan = StepValues(planned_start=date(2027, 1, 1), planned_end=date(2027, 3, 1))
    assert apply_step_change(StepValues(), plan, TODAY) == plan



def test_a_later_step_started_before_an_earlier_is_done_is_flagged_not_refused():
    statuses = {1: S.DONE, 2: S.IN_PROGRESS, 3: S.IN_PROGRESS, 4: S.NOT_STARTED}
    assert out_of_order_steps(statuses) == [3]
    assert current_step(statuses) == 3


@pytest.mark.parametrize("values, reopening, expected", [
    (StepValues(status=S.DONE, actual_end=date(2025, 3, 31)), False, date(2025, 3, 31)),
    (StepValues(status=S.IN_PROGRESS, actual_start=date(2025, 2, 1)), False, date(2025, 2, 1)),
    (StepValues(status=S.IN_PROGRESS, actual_start=date(2025, 2, 1)), True, TODAY),
    (StepValues(status=S.BLOCKED), False, TODAY),
])
def test_status_takes_effect_on_its_real_world_day(values, reopening, expected):
    assert status_effective_on(values, TODAY, reopening) == expected


def test_a_step_planned_and_done_within_one_day_is_accepted():
    same_day = date(2026, 11, 2)
    stored = apply_step_change(StepValues(), StepValues(
        status=S.DONE, planned_start=same_day, planned_end=same_day, actual_start=same_day,
        actual_end=same_day), TODAY)
    assert (stored.planned_start, stored.planned_end, stored.actual_end) == (
        same_day, same_day, same_day)
