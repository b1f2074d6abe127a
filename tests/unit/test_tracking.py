"""The planners' picture: filters, baseline variance and what changed since a date."""
from datetime import date, datetime

import pandas as pd
import pytest

from rollout import tracking
from rollout.domain import ScheduleFlag, StepStatus

S = StepStatus

TODAY = date(2026, 11, 23)


def rows(*steps):
    """Step rows: (unit_id, centre_code, position, status, planned_end, owner)."""
    frame = pd.DataFrame(steps, columns=["unit_id", "centre_code", "position", "status",
                                         "planned_end", "owner"])
    frame["progress_id"] = range(1, len(frame) + 1)
    frame["area"] = frame["centre_code"].str.upper()
    frame["municipality"] = [f"Kunta {unit}" for unit in frame["unit_id"]]
    frame["centre"] = frame["centre_code"]
    frame["actual_end"] = None
    return tracking.with_flags(frame, TODAY)


ROWS = rows(
    (1, "lakeus", 1, "done", date(2026, 1, 31), "Liisa"),
    (1, "lakeus", 2, "in_progress", date(2026, 11, 1), "Liisa"),
    (2, "lakeus", 1, "in_progress", date(2026, 12, 1), "Pekka"),
    (3, "oulu", 1, "blocked", None, ""),
)


@pytest.mark.parametrize("wanted, expected", [
    (tracking.GridFilter(), [1, 2, 3]),
    (tracking.GridFilter(centres=("oulu",)), [3]),
    (tracking.GridFilter(areas=("LAKEUS",)), [1, 2]),
    (tracking.GridFilter(position=1, statuses=("in_progress",)), [2]),
    (tracking.GridFilter(statuses=("in_progress",)), [1, 2]),
    (tracking.GridFilter(owner="liisa"), [1]),
    (tracking.GridFilter(overdue_only=True), [1]),
    (tracking.GridFilter(position=1, overdue_only=True), []),
])
def test_filters_pick_the_units_a_planner_asked_for(wanted, expected):
    assert tracking.matching_units(ROWS, wanted) == expected


def test_flags_mark_overdue_and_at_risk_steps():
    assert ROWS["flag"].tolist() == ["on_track", "overdue", "at_risk", "on_track"]


def test_baseline_variance_counts_days_of_slip():
    baseline = pd.DataFrame({"progress_id": [2, 3], "baseline_start": [None, None],
                             "baseline_end": [date(2026, 10, 1), date(2026, 12, 11)]})
    variance = tracking.baseline_variance(ROWS, baseline).set_index("progress_id")
    assert variance.loc[2, "plan_variance_days"] == 31
    assert variance.loc[3, "plan_variance_days"] == -10
    assert pd.isna(variance.loc[1, "plan_variance_days"])


def event(field, old, new, unit=1, position=1, when=datetime(2026, 11, 10), reason="",
          source="user"):
    return {"entity": "step_progress", "recorded_at": when, "field": field, "old_value": old,
            "new_value": new, "unit_id": unit, "municipality": f"Kunta {unit}",
            "centre": "lakeus", "position": position, "reason": reason, "source": source}


def test_changes_since_sorts_events_into_what_a_steering_group_asks():
    events = pd.DataFrame([
        event("status", "in_progress", "done"),
        event("status", "not_started", "in_progress", unit=2),
        event("status", "done", "in_progress", unit=3, reason="Vaihtuvuus"),
        event("planned_end", "2026-12-01", "2027-02-01", unit=2, position=3),
        event("planned_end", "2027-02-01", "2026-12-01", unit=2, position=4),
        event("status", "in_progress", "done", unit=3, when=datetime(2026, 10, 1)),
    ])
    summary = tracking.changes_since(events, ROWS, date(2026, 11, 1), TODAY)
    by_kind = summary.groupby("kind")["municipality"].apply(list).to_dict()
    assert by_kind == {"advanced": ["Kunta 1", "Kunta 2"], "reopened": ["Kunta 3"],
                       "slipped": ["Kunta 2"], "newly_overdue": ["Kunta 1"]}
    assert summary.loc[summary["kind"] == "reopened", "detail"].tolist() == ["Vaihtuvuus"]


def test_the_initial_load_of_the_public_record_is_not_news_since_a_date():
    events = pd.DataFrame([
        event("status", "not_started", "done", unit=4, position=5, source="public_record"),
        event("status", "not_started", "in_progress", unit=2)])
    summary = tracking.changes_since(events, ROWS.iloc[:0], date(2026, 11, 1), TODAY)
    assert summary[["kind", "municipality"]].values.tolist() == [["advanced", "Kunta 2"]]


@pytest.mark.parametrize("status, planned_end, flag", [
    (S.IN_PROGRESS, date(2026, 11, 22), ScheduleFlag.OVERDUE),
    (S.NOT_STARTED, date(2026, 11, 1), ScheduleFlag.OVERDUE),
    (S.IN_PROGRESS, date(2026, 11, 23), ScheduleFlag.AT_RISK),
    (S.IN_PROGRESS, date(2026, 12, 7), ScheduleFlag.AT_RISK),
    (S.IN_PROGRESS, date(2026, 12, 8), ScheduleFlag.ON_TRACK),
    (S.DONE, date(2026, 1, 1), ScheduleFlag.ON_TRACK),
    (S.BLOCKED, None, ScheduleFlag.ON_TRACK),
])
def test_schedule_flag_against_the_plan(status, planned_end, flag):
    flagged = tracking.with_flags(pd.DataFrame({"status": [status.value],
                                                 "planned_end": [planned_end]}), TODAY)
    assert flagged["flag"].tolist() == [flag.value]
