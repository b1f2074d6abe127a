"""The planners' picture of step tracking, in pure pandas: schedule flags, filters, baseline
variance and the "what changed since" summary for a steering-group meeting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from rollout.domain import AT_RISK_DAYS, Entity, ScheduleFlag, StepStatus
from rollout.permissions import PUBLIC_RECORD

DONE = StepStatus.DONE.value


def with_flags(rows: pd.DataFrame, today: date) -> pd.DataFrame:
    """Step rows with their red/amber/green flag against the plan: overdue when the planned
    end has passed and the step is not done, at risk when it ends within AT_RISK_DAYS."""
    planned_end = pd.to_datetime(rows["planned_end"])
    open_step = rows["status"] != DONE
    days_left = (planned_end - pd.Timestamp(today)).dt.days
    flag = np.select([open_step & (days_left < 0), open_step & (days_left <= AT_RISK_DAYS)],
                     [ScheduleFlag.OVERDUE.value, ScheduleFlag.AT_RISK.value],
                     ScheduleFlag.ON_TRACK.value)
    return rows.assign(flag=flag)


@dataclass(frozen=True)
class GridFilter:
    areas: tuple[str, ...] = ()
    centres: tuple[str, ...] = ()
    position: int | None = None
    statuses: tuple[str, ...] = ()
    owner: str = ""
    overdue_only: bool = False


def matching_units(rows: pd.DataFrame, wanted: GridFilter) -> list[int]:
    """Units that pass the filter; step, status, owner and overdue look at `position` when
    one is chosen, at any step otherwise."""
    keep = pd.Series(True, index=rows.index)
    if wanted.areas:
        keep &= rows["area"].isin(wanted.areas)
    if wanted.centres:
        keep &= rows["centre_code"].isin(wanted.centres)
    step_rows = keep & (rows["position"] == wanted.position if wanted.position else True)
    if wanted.statuses:
        step_rows &= rows["status"].isin(wanted.statuses)
    if wanted.owner.strip():
        step_rows &= rows["owner"].str.contains(wanted.owner.strip(), case=False, regex=False)
    if wanted.overdue_only:
        step_rows &= rows["flag"] == ScheduleFlag.OVERDUE.value
    return list(dict.fromkeys(rows.loc[step_rows, "unit_id"]))


def baseline_variance(rows: pd.DataFrame, baseline: pd.DataFrame) -> pd.DataFrame:
    """Planned vs baseline vs actual end per step, with the slip in days (+ = later)."""
    merged = rows.merge(baseline, on="progress_id", how="left")
    merged["plan_variance_days"] = _days_between(merged["baseline_end"], merged["planned_end"])
    merged["actual_variance_days"] = _days_between(merged["baseline_end"],
                                                   merged["actual_end"])
    return merged


def _days_between(earlier: pd.Series, later: pd.Series) -> pd.Series:
    difference = pd.to_datetime(later) - pd.to_datetime(earlier)
    return difference.dt.days.astype("Int64")


CHANGE_KINDS = ("advanced", "slipped", "reopened", "newly_overdue")


def changes_since(events: pd.DataFrame, rows: pd.DataFrame, since: date,
                  today: date) -> pd.DataFrame:
    """Units that advanced, slipped, were reopened, or became overdue since `since`.

    Both frames carry a `municipality` column with the name to show, and the rows their
    schedule flag (`with_flags`). The initial load of the public record is the starting
    state, not news, so it never counts as a change.

    Columns: kind, municipality, centre, position, detail (the new value or planned end),
    and municipality_code where both frames carry it."""
    start = pd.Timestamp(since)
    recent = events[(events["entity"] == Entity.STEP_PROGRESS)
                    & (events["source"] != PUBLIC_RECORD.source)
                    & (pd.to_datetime(events["recorded_at"]) >= start)]
    status = recent[recent["field"] == "status"]
    advanced = status[(status["new_value"] == DONE) & (status["old_value"] != DONE)
                      | (status["old_value"] == StepStatus.NOT_STARTED.value)
                      & (status["new_value"] == StepStatus.IN_PROGRESS.value)]
    reopened = status[(status["old_value"] == DONE) & (status["new_value"] != DONE)]
    ends = recent[(recent["field"] == "planned_end") & recent["old_value"].notna()
                  & recent["new_value"].notna()]
    slipped = ends[ends["new_value"] > ends["old_value"]]  # ISO dates compare as text
    overdue = rows[(rows["flag"] == ScheduleFlag.OVERDUE.value)
                   & (pd.to_datetime(rows["planned_end"]) >= start.normalize())]  # that day
    parts = [
        _summary("advanced", advanced, "new_value"),
        _summary("slipped", slipped, "new_value"),
        _summary("reopened", reopened, "reason"),
        _summary("newly_overdue", overdue, "planned_end"),
    ]
    return pd.concat(parts, ignore_index=True)


def _summary(kind: str, frame: pd.DataFrame, detail: str) -> pd.DataFrame:
    named = [column for column in ("municipality_code", "municipality", "centre", "position")
             if column in frame]  # the code where both frames have it (links to the unit)
    summary = frame[named].copy()
    summary.insert(0, "kind", kind)
    summary["detail"] = frame[detail].astype(str).values
    return summary.drop_duplicates()
