"""Readiness figures: items done of those that apply, by unit, area and step; where
practices are not yet uniform."""
from __future__ import annotations

import pandas as pd

from rollout.domain import ItemStatus, StepStatus


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
