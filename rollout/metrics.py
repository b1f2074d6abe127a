"""Coverage, progress and implementation figures: pure pandas over query results."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from rollout.domain import StepStatus


@dataclass(frozen=True)
class Coverage:
    live_municipalities: int
    municipalities: int
    residents_covered: int
    residents: int

    @property
    def share(self) -> float:
        return self.residents_covered / self.residents if self.residents else 0.0


def statuses_on(events: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Status of each started unit × step on `as_of`, from status and actual-end events in
    the order they were recorded.

    A status holds from its effective day; a done status holds from the step's actual end,
    so correcting the actual end of a done step moves the day it became done."""
    rows = []
    for (unit_id, position), group in events.groupby(["unit_id", "position"], sort=False):
        transitions: list[list] = []  # [effective day, status], in recorded order
        for field, value, effective_on in group[["field", "new_value", "effective_on"]]\
                .itertuples(index=False):
            if field == "status":
                transitions.append([effective_on, value])
            elif value and transitions and transitions[-1][1] == StepStatus.DONE.value:
                transitions[-1][0] = date.fromisoformat(value)
        in_effect = [t for t in transitions if t[0] <= as_of]
        if in_effect:
            status = max(enumerate(in_effect), key=lambda item: (item[1][0], item[0]))[1][1]
            if status != StepStatus.NOT_STARTED.value:
                rows.append((unit_id, position, status))
    return pd.DataFrame(rows, columns=["unit_id", "position", "status"])


def unit_progress(units: pd.DataFrame, statuses: pd.DataFrame,
                  go_live_position: int) -> pd.DataFrame:
    """Per unit: current (furthest reached) step, steps done, and whether it is live.

    `statuses` holds only the unit × step pairs that were started (see queries)."""
    started = statuses.groupby("unit_id")["position"].max()
    done = statuses[statuses["status"] == StepStatus.DONE.value]
    live_units = set(done.loc[done["position"] == go_live_position, "unit_id"])
    progress = units.copy()
    progress["current_step"] = progress["unit_id"].map(started).fillna(0).astype(int)
    progress["steps_done"] = (progress["unit_id"].map(done.groupby("unit_id").size())
                              .fillna(0).astype(int))
    progress["live"] = progress["unit_id"].isin(live_units)
    return progress


def municipality_coverage(progress: pd.DataFrame) -> pd.DataFrame:
    """One row per municipality; live when any of its units is live (service available)."""
    return (progress.groupby("municipality_code")
            .agg(area=("area", "first"), population=("population", "first"),
                 live=("live", "any"))
            .reset_index())


def coverage(progress: pd.DataFrame) -> Coverage:
    """Live municipalities and residents covered, out of all in the programme."""
    municipalities = municipality_coverage(progress)
    live = municipalities[municipalities["live"]]
    return Coverage(live_municipalities=len(live), municipalities=len(municipalities),
                    residents_covered=int(live["population"].sum()),
                    residents=int(municipalities["population"].sum()))


def units_per_step(progress: pd.DataFrame, positions: list[int]) -> pd.Series:
    """How many units stand at each step (0 = not started), every step listed."""
    return (progress["current_step"].value_counts()
            .reindex([0, *positions], fill_value=0).astype(int))


def area_progress(progress: pd.DataFrame, step_count: int) -> pd.DataFrame:
    """Per area: municipalities, live, residents covered and their share, steps done."""
    municipalities = municipality_coverage(progress)
    municipalities["residents_covered"] = municipalities["population"].where(
        municipalities["live"], 0)
    by_area = municipalities.groupby("area").agg(
        municipalities=("municipality_code", "size"), live=("live", "sum"),
        residents=("population", "sum"), residents_covered=("residents_covered", "sum"))
    steps = progress.groupby("area").agg(units=("unit_id", "size"),
                                         steps_done=("steps_done", "sum"))
    table = by_area.join(steps)
    table["coverage_share"] = table["residents_covered"] / table["residents"]
    table["steps_done_share"] = table["steps_done"] / (table["units"] * step_count)
    return table.reset_index()
