"""Each rule lives once in domain.py as a function of plain values; the vectorised versions
in metrics/ and tracking.py, kept where speed needs them, give the same answer on the same
cases."""
from datetime import date, timedelta

import pandas as pd
import pytest

from rollout import metrics, tracking
from rollout.domain import (ScheduleFlag, StepStatus, current_step, is_live, is_under_way,
                            schedule_flag)

S = StepStatus
TODAY = date(2026, 11, 23)
GO_LIVE = 5
UNITS = [  # a unit's statuses by step position
    {},
    {1: S.IN_PROGRESS},
    {1: S.DONE, 2: S.BLOCKED},
    {1: S.DONE, 2: S.DONE, 3: S.DONE, 4: S.DONE, 5: S.DONE},
    {1: S.DONE, 5: S.DONE, 6: S.IN_PROGRESS},
    {1: S.DONE, 2: S.DONE, 3: S.DONE, 4: S.DONE, 5: S.IN_PROGRESS, 6: S.DONE},
    {3: S.BLOCKED},
    {1: S.NOT_STARTED, 2: S.DONE},
]


def test_current_step_and_live_agree_with_unit_progress():
    units = pd.DataFrame({"unit_id": range(len(UNITS))})
    statuses = pd.DataFrame(
        [(unit, position, status.value) for unit, steps in enumerate(UNITS)
         for position, status in steps.items() if status != S.NOT_STARTED],
        columns=["unit_id", "position", "status"])
    progress = metrics.unit_progress(units, statuses, GO_LIVE).set_index("unit_id")
    for unit, steps in enumerate(UNITS):
        assert progress.loc[unit, "current_step"] == current_step(steps), steps
        assert bool(progress.loc[unit, "live"]) == is_live(steps, GO_LIVE), steps


PLANNED_ENDS = [None, TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=14),
                TODAY + timedelta(days=15), TODAY + timedelta(days=400)]


@pytest.mark.parametrize("status", list(StepStatus))
def test_schedule_flags_agree_with_the_grid_s_flags(status):
    rows = pd.DataFrame({"status": status.value, "planned_end": PLANNED_ENDS})
    flagged = tracking.with_flags(rows, TODAY)["flag"].tolist()
    assert flagged == [schedule_flag(status, end, TODAY).value for end in PLANNED_ENDS]


def test_a_step_past_its_plan_is_overdue_unless_done():
    yesterday = TODAY - timedelta(days=1)
    assert schedule_flag(S.BLOCKED, yesterday, TODAY) == ScheduleFlag.OVERDUE
    assert schedule_flag(S.DONE, yesterday, TODAY) == ScheduleFlag.ON_TRACK


@pytest.mark.parametrize("status", list(StepStatus))
def test_days_run_to_today_exactly_while_a_step_is_under_way(status):
    start = TODAY - timedelta(days=10)
    rows = pd.DataFrame({"unit_id": [1], "position": [1], "status": [status.value],
                         "actual_start": [start],
                         "actual_end": [TODAY - timedelta(days=3) if status == S.DONE
                                        else None]})
    days = metrics.days_in_steps(rows, TODAY)["days"].iloc[0]
    gantt = metrics.gantt_rows(tracking.with_flags(rows.assign(planned_start=None,
                                                              planned_end=None), TODAY), TODAY)
    runs_to_today = gantt["actual_until"].iloc[0] == pd.Timestamp(TODAY)
    assert runs_to_today == is_under_way(status)
    assert (pd.notna(days) and days == 10) == is_under_way(status)
