"""Implementation scores, as in the Stages of Implementation Completion (SIC): per unit the
days spent in each step, the share of applicable readiness items done, the furthest step
reached, and a stalled flag when a unit has gone without a change far longer than its peers
on the same step."""
from __future__ import annotations

from datetime import date

import pandas as pd

from rollout.domain import StepStatus

STALLED_FACTOR = 3      # idle more than 3 × the peers' median …
STALLED_MIN_DAYS = 60   # … and at least 60 days


def days_in_steps(rows: pd.DataFrame, today: date) -> pd.DataFrame:
    """Days from each step's actual start to its actual end (to today while it is under
    way); missing where the start is not known, and where the end is only the public
    record's upper bound (a duration from it would be made up). Columns: unit_id, position,
    days."""
    start = pd.to_datetime(rows["actual_start"])
    end = pd.to_datetime(rows["actual_end"]).where(rows["status"] == StepStatus.DONE.value)
    end = end.fillna(pd.Timestamp(today)).where(rows["status"] != StepStatus.NOT_STARTED.value)
    bounded = (rows["end_latest_by"].ne("") if "end_latest_by" in rows
               else pd.Series(False, index=rows.index))
    days = (end - start).dt.days.astype("Int64").mask(bounded)
    return rows[["unit_id", "position"]].assign(days=days)


def scores(progress: pd.DataFrame, rows: pd.DataFrame, readiness: pd.DataFrame,
           last_change: pd.DataFrame, today: date) -> pd.DataFrame:
    """One row per unit: its area and names (from `progress`), furthest step, days in each
    step (columns days_1…), share of applicable readiness items done in the steps it has
    started, days since its last change, and whether it is stalled."""
    days = days_in_steps(rows, today).pivot(index="unit_id", columns="position", values="days")
    days.columns = [f"days_{position}" for position in days.columns]
    started = rows.loc[rows["status"] != StepStatus.NOT_STARTED.value, ["unit_id", "position"]]
    counted = readiness.merge(started, on=["unit_id", "position"])
    share = (counted.groupby("unit_id")["done"].sum()
             / counted.groupby("unit_id")["applicable"].sum().where(lambda s: s > 0))
    finished = (rows["status"] == StepStatus.DONE.value).groupby(rows["unit_id"]).all()
    last = last_change.set_index("unit_id")["day"]
    table = progress.set_index("unit_id").join(days).assign(
        readiness=share, finished=finished,
        idle_days=(pd.Timestamp(today) - pd.to_datetime(last)).dt.days)
    return flag_stalled(table.reset_index())


def flag_stalled(table: pd.DataFrame) -> pd.DataFrame:
    """Stalled: idle more than STALLED_FACTOR × the median idle time of the units on the same
    furthest step, and at least STALLED_MIN_DAYS. Units not started or finished are never
    stalled."""
    working = (table["current_step"] > 0) & ~table["finished"].fillna(False).astype(bool)
    peers = table[working].groupby("current_step")["idle_days"].median()
    threshold = table["current_step"].map(peers) * STALLED_FACTOR
    stalled = working & (table["idle_days"] > threshold) & (table["idle_days"] >=
                                                            STALLED_MIN_DAYS)
    return table.assign(peer_median=table["current_step"].map(peers), stalled=stalled)


def median_days_by_area(rows: pd.DataFrame, today: date, by: str = "area") -> pd.DataFrame:
    """Per area (or county) and step: the median days units spent in (or have been in) the
    step, and how many units that is of. Columns: by, position, days, units."""
    days = days_in_steps(rows, today).dropna(subset=["days"]).merge(
        rows[["unit_id", by]].drop_duplicates(), on="unit_id")
    return (days.groupby([by, "position"])["days"]
            .agg(days="median", units="count").reset_index())
