"""Coverage, progress and implementation figures: pure pandas over query results."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from rollout.domain import ItemStatus, StepStatus


@dataclass(frozen=True)
class Coverage:
    live_municipalities: int
    municipalities: int
    residents_covered: int
    residents: int

    @property
    def share(self) -> float:
        return self.residents_covered / self.residents if self.residents else 0.0


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


READINESS_COLUMNS = ["done", "applicable", "required_done", "required_applicable"]


def readiness(states: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Readiness items done and applicable (not-applicable ones do not count), all and the
    required ones, grouped `by` (e.g. unit and step, or area and step)."""
    done = states["status"] == ItemStatus.DONE.value
    applicable = states["status"] != ItemStatus.NOT_APPLICABLE.value
    required = states["required"].astype(bool)
    counted = states.assign(done=done, applicable=applicable, required_done=done & required,
                            required_applicable=applicable & required)
    return counted.groupby(by)[READINESS_COLUMNS].sum().astype(int).reset_index()


def harmonisation(states: pd.DataFrame, by: str = "area") -> pd.DataFrame:
    """Per area (or county) × step: the share of applicable required items done among the
    units that have started the step, with its counts; areas where nobody has started a
    step have no share for it."""
    started = states[states["step_status"] != StepStatus.NOT_STARTED.value]
    table = readiness(started, [by, "position"])
    table["share"] = table["required_done"] / table["required_applicable"].where(
        table["required_applicable"] > 0)
    return table


def unsettled_items(states: pd.DataFrame, by: str = "area") -> pd.DataFrame:
    """Per readiness item, among units that have started its step: how many have it open and
    how many marked it not applicable, in how many areas, and which: the practices that are
    not yet uniform across the county. Most often unsettled first."""
    started = states[states["step_status"] != StepStatus.NOT_STARTED.value]
    unsettled = started[started["status"] != ItemStatus.DONE.value]
    if unsettled.empty:
        return pd.DataFrame(columns=["item_id", "open", "not_applicable", "units", "areas",
                                     "area_names"])
    table = unsettled.groupby("item_id").agg(
        open=("status", lambda s: int((s == ItemStatus.OPEN.value).sum())),
        not_applicable=("status", lambda s: int((s == ItemStatus.NOT_APPLICABLE.value).sum())),
        areas=(by, "nunique"), area_names=(by, lambda s: ", ".join(sorted(set(s)))))
    table["units"] = started.groupby("item_id")["unit_id"].nunique().reindex(table.index)
    return table.sort_values(["areas", "open", "not_applicable"], ascending=False)\
        .reset_index()
