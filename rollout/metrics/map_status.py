"""Each municipality's status for the rollout map, on any day: live, else the furthest step
its units have reached, else not started; and the months the map's slider offers."""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from rollout.metrics.adoption import live_changes
from rollout.metrics.coverage import unit_progress
from rollout.metrics.replay import statuses_on

LIVE = "live"
NOT_STARTED = "not_started"


def categories(positions: list[int]) -> list[str]:
    """Every status the map can show, in legend order: not started, the furthest step
    reached (a municipality past the go-live step whose go-live was reopened is not live),
    live."""
    return [NOT_STARTED, *(f"step_{position}" for position in positions), LIVE]


def municipality_statuses(units: pd.DataFrame, transitions: pd.DataFrame,
                          go_live_position: int, as_of: date) -> pd.DataFrame:
    """One row per municipality on `as_of`: municipality_code, category (see `categories`),
    step (furthest reached by any of its units), live, population, live_since (the day it
    last became live)."""
    progress = unit_progress(units, statuses_on(transitions, as_of), go_live_position)
    table = progress.groupby("municipality_code").agg(
        step=("current_step", "max"), live=("live", "any"),
        population=("population", "first")).reset_index()
    table["category"] = [LIVE if live else (f"step_{step}" if step else NOT_STARTED)
                         for live, step in zip(table["live"], table["step"])]
    flips = live_changes(transitions, units, go_live_position)
    became_live = flips[(flips["change"] > 0) & (pd.to_datetime(flips["day"])
                                                 <= pd.Timestamp(as_of))]
    since = became_live.groupby("municipality_code")["day"].max()
    live_since = pd.Series(since.reindex(table["municipality_code"]).to_numpy(),
                           index=table.index, dtype="datetime64[ns]")
    table["live_since"] = live_since.where(table["live"])
    return table


def months(start: date, today: date) -> list[date]:
    """The first day of every month from `start`'s to today's."""
    first = date(start.year, start.month, 1)
    return [moment.date() for moment in pd.date_range(first, today, freq="MS")] or [first]


def month_end(month: date, today: date) -> date:
    """The day a month's map shows: its last day, or today for the month under way."""
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return min(following - timedelta(days=1), today)
