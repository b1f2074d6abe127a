"""Replaying the change log: every status change with the day it took effect, and the
statuses in effect on any day."""
from __future__ import annotations

from datetime import date

import pandas as pd

from rollout.domain import StepStatus


def status_transitions(events: pd.DataFrame) -> pd.DataFrame:
    """Every status change of every unit × step with the day it took effect, from status and
    actual-end events in the order they were recorded (columns unit_id, position, field,
    new_value, effective_on).

    A status holds from its effective day; a done status holds from the step's actual end,
    so a later correction of the actual end (while the step stays done) moves the day it
    became done. Columns: unit_id, position, order (recorded), effective_on, status."""
    events = events.reset_index(drop=True).assign(order=lambda frame: frame.index)
    status = (events[events["field"] == "status"]
              .rename(columns={"new_value": "status"})
              [["unit_id", "position", "order", "effective_on", "status"]])
    ends = events[(events["field"] == "actual_end") & events["new_value"].notna()]
    corrections = pd.merge_asof(  # each actual end belongs to the status change before it
        ends[["unit_id", "position", "order", "new_value"]],
        status[["unit_id", "position", "order", "status"]].rename(
            columns={"order": "status_order"}),
        left_on="order", right_on="status_order", by=["unit_id", "position"],
        direction="backward")
    corrections = corrections[corrections["status"] == StepStatus.DONE.value]
    corrected = corrections.groupby("status_order")["new_value"].last()
    status = status.assign(effective_on=pd.to_datetime(status["effective_on"]))
    moved = status["order"].map(corrected)
    status.loc[moved.notna(), "effective_on"] = pd.to_datetime(moved[moved.notna()])
    return status.reset_index(drop=True)


def statuses_on(transitions: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Status of each started unit × step on `as_of`: of the changes in effect by then, the
    one that took effect last (the later recorded, on the same day)."""
    in_effect = transitions[transitions["effective_on"] <= pd.Timestamp(as_of)]
    latest = (in_effect.sort_values(["effective_on", "order"])
              .drop_duplicates(["unit_id", "position"], keep="last"))
    started = latest[latest["status"] != StepStatus.NOT_STARTED.value]
    return started[["unit_id", "position", "status"]].reset_index(drop=True)


def rows_as_of(rows: pd.DataFrame, transitions: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Step rows as they stood on `as_of`: each status replayed, actual dates after that day
    left out. Plans stay as they stand now (the log has them, but a past meeting's report is
    read against today's plan)."""
    replayed = statuses_on(transitions, as_of).set_index(["unit_id", "position"])["status"]
    keys = pd.MultiIndex.from_frame(rows[["unit_id", "position"]])
    status = pd.Series(replayed.reindex(keys).to_numpy(), index=rows.index).fillna(
        StepStatus.NOT_STARTED.value)
    day = pd.Timestamp(as_of)
    start, end = pd.to_datetime(rows["actual_start"]), pd.to_datetime(rows["actual_end"])
    started = status != StepStatus.NOT_STARTED.value
    return rows.assign(
        status=status,
        actual_start=start.where(started & (start <= day)).dt.date,
        actual_end=end.where((status == StepStatus.DONE.value) & (end <= day)).dt.date)
