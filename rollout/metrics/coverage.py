"""Coverage and progress: units' current steps, live municipalities and residents covered,
by area or county."""
from __future__ import annotations

from dataclasses import dataclass

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


def municipality_coverage(progress: pd.DataFrame, group: str = "area") -> pd.DataFrame:
    """One row per municipality; live when any of its units is live (service available).

    A municipality served by centres of several areas counts in the area of its first unit."""
    return (progress.groupby("municipality_code")
            .agg(**{group: (group, "first")}, population=("population", "first"),
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


def area_progress(progress: pd.DataFrame, step_count: int, by: str = "area") -> pd.DataFrame:
    """Per area (or per county, `by="region"`): municipalities, live, residents covered and
    their share, steps done."""
    municipalities = municipality_coverage(progress, by)
    municipalities["residents_covered"] = municipalities["population"].where(
        municipalities["live"], 0)
    by_area = municipalities.groupby(by).agg(
        municipalities=("municipality_code", "size"), live=("live", "sum"),
        residents=("population", "sum"), residents_covered=("residents_covered", "sum"))
    steps = progress.groupby(by).agg(units=("unit_id", "size"),
                                     steps_done=("steps_done", "sum"))
    table = by_area.join(steps)
    table["coverage_share"] = table["residents_covered"] / table["residents"]
    table["steps_done_share"] = table["steps_done"] / (table["units"] * step_count)
    return table.reset_index()
