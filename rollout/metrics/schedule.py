"""Plan against actual per unit and step, for the Gantt chart and the list of late units."""
from __future__ import annotations

from datetime import date

import pandas as pd

from rollout.domain import UNDER_WAY, ScheduleFlag, StepStatus


def gantt_rows(rows: pd.DataFrame, today: date) -> pd.DataFrame:
    """Step rows (with their schedule flag, `tracking.with_flags`) as bars: the planned span,
    the actual span (to today while under way), and for an overdue step the days from its
    planned end to today. Adds columns actual_until, overdue, late_days."""
    now = pd.Timestamp(today)
    status = rows["status"]
    actual_start = pd.to_datetime(rows["actual_start"])
    actual_end = pd.to_datetime(rows["actual_end"])
    under_way = status.isin([value.value for value in UNDER_WAY])
    until = actual_end.where(status == StepStatus.DONE.value,
                             pd.Series(now, index=rows.index).where(under_way))
    overdue = rows["flag"] == ScheduleFlag.OVERDUE.value
    late = (now - pd.to_datetime(rows["planned_end"])).dt.days.where(overdue)
    return rows.assign(planned_start=pd.to_datetime(rows["planned_start"]),
                       planned_end=pd.to_datetime(rows["planned_end"]),
                       actual_start=actual_start.where(status != StepStatus.NOT_STARTED.value),
                       actual_until=until.where(actual_start.notna()), overdue=overdue,
                       late_days=late.astype("Int64"))


def late_units(rows: pd.DataFrame) -> pd.DataFrame:
    """Units with an overdue step (rows from `gantt_rows`): the step furthest past its planned
    end, how many days past, and how many steps are overdue. Most late first. Columns unit_id,
    position, late_days, overdue_steps."""
    overdue = rows[rows["overdue"]].sort_values(["late_days", "position"],
                                                ascending=[False, True])
    worst = overdue.drop_duplicates("unit_id")[["unit_id", "position", "late_days"]]
    counts = overdue.groupby("unit_id").size().rename("overdue_steps")
    return worst.join(counts, on="unit_id").reset_index(drop=True)
