"""The adoption curve: municipalities live and residents covered, day by day, replayed from the
change log; the plan and a baseline; and when the rollout will (or did) complete."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from rollout.domain import StepStatus
from rollout.public_record import FirstLive, season_end

PACE_WINDOW_DAYS = 180


def live_changes(transitions: pd.DataFrame, units: pd.DataFrame,
                 go_live_position: int) -> pd.DataFrame:
    """The days each municipality became live, or stopped being live (a reopened go-live),
    with its residents. A municipality is live while any of its units' go-live step is done.
    Columns: day, municipality_code, population, change (+1 or -1)."""
    go_live = transitions[transitions["position"] == go_live_position]
    daily = (go_live.sort_values(["unit_id", "effective_on", "order"])
             .drop_duplicates(["unit_id", "effective_on"], keep="last"))
    daily = daily.assign(live=(daily["status"] == StepStatus.DONE.value).astype(int))
    daily["delta"] = daily["live"] - daily.groupby("unit_id")["live"].shift(fill_value=0)
    daily = daily[daily["delta"] != 0].merge(
        units[["unit_id", "municipality_code", "population"]], on="unit_id")
    per_day = (daily.groupby(["municipality_code", "effective_on"], as_index=False)
               .agg(delta=("delta", "sum"), population=("population", "first")))
    per_day["live"] = (per_day.groupby("municipality_code")["delta"].cumsum() > 0).astype(int)
    per_day["change"] = per_day["live"] - per_day.groupby("municipality_code")["live"].shift(
        fill_value=0)
    flips = per_day[per_day["change"] != 0]
    return flips.rename(columns={"effective_on": "day"})[
        ["day", "municipality_code", "population", "change"]].reset_index(drop=True)


def curve(changes: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Municipalities and residents covered on every day from `start` to `end`, from dated
    changes (columns day, population, change). Columns: day, municipalities, residents."""
    days = pd.date_range(start, end, freq="D")
    if changes.empty:
        return pd.DataFrame({"day": days, "municipalities": 0, "residents": 0})
    steps = (changes.assign(day=pd.to_datetime(changes["day"]),
                            residents=changes["change"] * changes["population"])
             .groupby("day")[["change", "residents"]].sum().cumsum())
    steps = steps.rename(columns={"change": "municipalities"})
    filled = steps.reindex(steps.index.union(days)).ffill().fillna(0).reindex(days)
    return filled.astype(int).rename_axis("day").reset_index()


def planned_changes(planned: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """A plan as dated changes: each municipality counted from the first day one of its units
    is planned (or was frozen in a baseline) to go live (column planned_end by unit_id);
    municipalities with no such date are left out."""
    dated = planned.dropna(subset=["planned_end"]).merge(
        units[["unit_id", "municipality_code", "population"]], on="unit_id")
    first = dated.groupby("municipality_code", as_index=False).agg(
        day=("planned_end", "min"), population=("population", "first"))
    return first.assign(change=1)


@dataclass(frozen=True)
class Outlook:
    """Where the rollout is heading: `kind` is "complete" (on `day`), "projected" (complete on
    `day` at `per_month` municipalities a month, the pace of the last PACE_WINDOW_DAYS days),
    or "no_pace" (nothing went live lately to project from)."""
    kind: str
    day: date | None = None
    per_month: float = 0.0


def outlook(actual: pd.DataFrame, total: int, today: date) -> Outlook:
    """When the rollout completed, or when it will at the pace so far."""
    live = actual.set_index("day")["municipalities"]
    if live.empty:
        return Outlook("no_pace")
    now = int(live.iloc[-1])
    if total and now >= total:
        short = live[live < total]
        complete = live[live >= total]
        if len(short):
            complete = complete[complete.index > short.index.max()]
        return Outlook("complete", complete.index.min().date())
    window_start = pd.Timestamp(today - timedelta(days=PACE_WINDOW_DAYS))
    before = int(live[live.index <= window_start].iloc[-1]) if (live.index <= window_start).any() \
        else 0
    per_day = (now - before) / PACE_WINDOW_DAYS
    if per_day <= 0:
        return Outlook("no_pace")
    return Outlook("projected", today + timedelta(days=round((total - now) / per_day)),
                   per_month=round(per_day * 30.44, 1))


@dataclass(frozen=True)
class Adoption:
    """Municipalities live and residents covered by day: actual from `start` to today, the
    current plan and (when chosen) a baseline to their last planned day; where it is heading;
    and the programme's totals."""
    actual: pd.DataFrame
    plan: pd.DataFrame
    baseline: pd.DataFrame | None
    outlook: Outlook
    municipalities: int
    residents: int
    # Days on the actual line that are only a public release's upper bound, with the release.
    latest_by: dict[date, str] = field(default_factory=dict)
    bounded: int = 0  # how many go-lives are dated only by such a bound


def adoption(units: pd.DataFrame, transitions: pd.DataFrame, planned: pd.DataFrame,
             go_live_position: int, today: date, started_on: date | None = None,
             baseline: pd.DataFrame | None = None,
             bounds: tuple[dict[date, str], int] = ({}, 0)) -> Adoption:
    """The adoption curves of a programme. `planned` (and `baseline`) give each unit's
    planned go-live day (columns unit_id, planned_end); `bounds` the days that are only
    upper bounds and how many go-lives they date (upper_bounds)."""
    actual_changes = live_changes(transitions, units, go_live_position)
    plans = {"plan": planned_changes(planned, units)}
    if baseline is not None:
        plans["baseline"] = planned_changes(baseline, units)
    firsts = [pd.Timestamp(day) for day in (
        started_on, transitions["effective_on"].min() if len(transitions) else None,
        *(changes["day"].min() for changes in plans.values() if len(changes)))
        if day is not None and pd.notna(day)]
    start = min(firsts).date() if firsts else today
    actual = curve(actual_changes, start, max(start, today))
    lines = {name: curve(changes, start, max([start, *pd.to_datetime(changes["day"]).dt.date]))
             for name, changes in plans.items()}
    municipalities = units["municipality_code"].nunique()
    residents = int(units.drop_duplicates("municipality_code")["population"].sum())
    return Adoption(actual, lines["plan"], lines.get("baseline"),
                    outlook(actual, municipalities, today), municipalities, residents,
                    *bounds)


def first_live(go_live: pd.DataFrame, start_record: str = "") -> FirstLive:
    """`go_live`: the go-live step's rows (status, actual_end, end_latest_by). A recorded day
    counts when it is no later than the season the record says the service started in (or
    than the earliest upper bound, when the record gives no start)."""
    done = go_live[(go_live["status"] == StepStatus.DONE.value) & go_live["actual_end"].notna()]
    recorded = done.loc[done["end_latest_by"] == "", "actual_end"]
    bounds = done[done["end_latest_by"] != ""].sort_values("actual_end")
    day = pd.Timestamp(recorded.min()).date() if len(recorded) else None
    started_by = season_end(start_record)
    if started_by is not None:
        return FirstLive(day) if day is not None and day <= started_by else \
            FirstLive(start_record=start_record)
    if len(bounds) and (day is None or bounds["actual_end"].iloc[0] < day):
        return FirstLive(bounds["actual_end"].iloc[0], latest_by=bounds["end_latest_by"].iloc[0])
    return FirstLive(day)


def upper_bounds(go_live: pd.DataFrame) -> tuple[dict[date, str], int]:
    """The go-live days that are only a release's upper bound, with the release's key (a day
    on which someone also recorded a real go-live is a day, not a bound), and how many
    go-lives are dated by a bound."""
    done = go_live[(go_live["status"] == StepStatus.DONE.value) & go_live["actual_end"].notna()]
    recorded = set(done.loc[done["end_latest_by"] == "", "actual_end"])
    bounds = done[done["end_latest_by"] != ""]
    return ({day: key for day, key in zip(bounds["actual_end"], bounds["end_latest_by"])
             if day not in recorded}, len(bounds))
