"""What each person must do next, from the read models (pure pandas): a planner's steps that
are overdue, end within DUE_SOON_DAYS or are blocked; a lead's readiness items still open in
their centres for steps under way or starting within STARTING_SOON_DAYS, and the units ready
for their sign-off; a manager's changes since their last visit and the stalled units; an
admin's locked or disabled accounts, units with no owner on their next step, and owners
without an account. The My work page and the reminder digest show the same items."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

import pandas as pd

from rollout.domain import AT_RISK_DAYS, ItemStatus, Role, ScheduleFlag, StepStatus
from rollout.tracking import changes_since

DUE_SOON_DAYS = AT_RISK_DAYS  # "ends soon" is the schedule's "at risk"
NEWS_DAYS = 30  # a manager's first visit: the changes of the last 30 days
STARTING_SOON_DAYS = 30
# The kinds of work, each with the page where the person acts on it.
PLACES = {"overdue": "steps", "due_soon": "steps", "blocked": "steps",
          "open_items": "readiness", "ready_to_sign": "readiness",
          "advanced": "history", "slipped": "history", "reopened": "history",
          "newly_overdue": "history", "stalled": "progress",
          "locked_account": "users", "disabled_account": "users",
          "no_owner": "steps", "owner_without_account": "steps"}
KINDS = tuple(PLACES)


@dataclass(frozen=True)
class WorkItem:
    """One thing to do: its kind, the unit (municipality code and names, centre) and step
    it is about, a day (a planned end or start, a change's day) and a count or value."""
    kind: str
    municipality_code: str = ""
    municipality: str = ""
    centre: str = ""
    position: int | None = None
    day: date | None = None
    detail: str = ""

    @property
    def place(self) -> str:
        """The page (and query) where the person acts on it."""
        page = PLACES[self.kind]
        return f"{page}?unit={self.municipality_code}" if page == "steps" and \
            self.municipality_code else page


def in_programme(place: str, slug: str) -> str:
    """A page's address (and query) in the programme, relative to the app's: what My work
    links to and, after the app's address, what a digest links to."""
    joiner = "&" if "?" in place else "?"
    return f"{place}{joiner}programme={quote(slug, safe='')}"


@dataclass(frozen=True)
class MyWork:
    items: tuple[WorkItem, ...]
    since: datetime | None = None  # a manager's last visit, where "since" starts
    with_news: bool = False  # a manager's list: what changed since the last visit

    def count(self, *kinds: str) -> int:
        return sum(item.kind in kinds for item in self.items) if kinds else len(self.items)


def owned_steps(rows: pd.DataFrame, user_id: int, today: date) -> list[WorkItem]:
    """The person's steps (owner_user_id) that are overdue or end within DUE_SOON_DAYS (the
    rows' schedule flag, tracking.with_flags) or are blocked, most urgent first."""
    mine = rows[(rows["owner_user_id"] == user_id) & (rows["status"] != StepStatus.DONE.value)]
    kind = mine["flag"].map({ScheduleFlag.OVERDUE.value: "overdue",
                             ScheduleFlag.AT_RISK.value: "due_soon"}).fillna("")
    kind[mine["status"] == StepStatus.BLOCKED.value] = "blocked"
    chosen = mine.assign(kind=kind, end=pd.to_datetime(mine["planned_end"]))[kind != ""]\
        .sort_values(["end", "position"])
    return [_item(row, row.kind, row.planned_end) for row in chosen.itertuples()]


def lead_work(rows: pd.DataFrame, states: pd.DataFrame, signed: pd.DataFrame,
              centre_ids: frozenset[int], today: date) -> list[WorkItem]:
    """In the lead's centres: per unit and step under way or starting within
    STARTING_SOON_DAYS, how many readiness items are still open; and the steps whose required
    items are all done (or do not apply) but that nobody has signed off."""
    theirs = rows[rows["centre_id"].isin(centre_ids) & (rows["status"] != StepStatus.DONE.value)]
    soon = pd.Timestamp(today + timedelta(days=STARTING_SOON_DAYS))
    starting = (theirs["status"] == StepStatus.NOT_STARTED.value) & \
        (pd.to_datetime(theirs["planned_start"]) <= soon)
    working = theirs[(theirs["status"] != StepStatus.NOT_STARTED.value) | starting]
    counted = _item_counts(states, working)
    items = [_item(row, "open_items", row.planned_start, str(int(row.open)))
             for row in counted[counted["open"] > 0].itertuples()]
    ready = counted[(counted["required_open"] == 0) & (counted["required"] > 0)
                    & (counted["status"] != StepStatus.NOT_STARTED.value)]
    keys = set(zip(signed["unit_id"], signed["position"]))
    items += [_item(row, "ready_to_sign", row.planned_end) for row in ready.itertuples()
              if (row.unit_id, row.position) not in keys]
    return items


def _item_counts(states: pd.DataFrame, working: pd.DataFrame) -> pd.DataFrame:
    """Per working unit × step: items open, required items, required items open."""
    open_item = states["status"] == ItemStatus.OPEN.value
    required = states["required"].astype(bool)
    counts = states.assign(open=open_item, required=required, required_open=open_item & required)\
        .groupby(["unit_id", "position"])[["open", "required", "required_open"]].sum()\
        .reset_index()
    return working.merge(counts, on=["unit_id", "position"])


def manager_news(events: pd.DataFrame, rows: pd.DataFrame, scores: pd.DataFrame,
                 since: datetime | None, today: date) -> list[WorkItem]:
    """Since the last visit (or the last NEWS_DAYS on the first): units that advanced,
    slipped, were reopened or became overdue; and every stalled unit."""
    start = since or datetime.combine(today - timedelta(days=NEWS_DAYS), datetime.min.time())
    changed = changes_since(events, rows, start, today)
    items = [WorkItem(row.kind, row.municipality_code, row.municipality, row.centre,
                      int(row.position), None, str(row.detail))
             for row in changed.itertuples()]
    stalled = scores[scores["stalled"]]
    items += [WorkItem("stalled", row.municipality_code, row.municipality, row.centre,
                       int(row.current_step), None, str(int(row.idle_days)))
              for row in stalled.itertuples()]
    return items


def admin_work(rows: pd.DataFrame, accounts: pd.DataFrame, now: datetime) -> list[WorkItem]:
    """Locked and disabled accounts (`detail` the user name); units whose next open step has
    no owner; steps whose owner is text that names no account."""
    items = [WorkItem("locked_account", detail=row.username) for row in accounts.itertuples()
             if row.active and pd.notna(row.locked_until) and row.locked_until > now]
    items += [WorkItem("disabled_account", detail=row.username)
              for row in accounts.itertuples() if not row.active]
    open_rows = rows[rows["status"] != StepStatus.DONE.value].sort_values("position")
    upcoming = open_rows.drop_duplicates("unit_id")
    items += [_item(row, "no_owner") for row in upcoming.itertuples()
              if not str(row.owner).strip()]
    unmatched = rows[rows["owner"].str.strip().ne("") & rows["owner_user_id"].isna()]
    items += [_item(row, "owner_without_account", detail=row.owner)
              for row in unmatched.drop_duplicates(["owner", "unit_id"]).itertuples()]
    return items


def my_work(role: Role | None, user_id: int, centre_ids: frozenset[int], frames: "WorkFrames",
            today: date, now: datetime) -> MyWork:
    """Everything on one person's list in a programme, for their role."""
    items = owned_steps(frames.rows, user_id, today)
    if role == Role.LEAD:
        items += lead_work(frames.rows, frames.states, frames.signed, centre_ids, today)
    if role == Role.MANAGER:
        items += manager_news(frames.events, frames.rows, frames.scores, frames.since, today)
    if role == Role.ADMIN:
        items += admin_work(frames.rows, frames.accounts, now)
    manager = role == Role.MANAGER
    return MyWork(tuple(items), frames.since if manager else None, manager)


@dataclass(frozen=True)
class WorkFrames:
    """The read models a person's list is computed from: step rows with names and flags
    (municipality, centre columns), readiness item states, active sign-offs (unit_id,
    position), change events since a day, implementation scores with names, accounts
    (username, active, locked_until), and the manager's last visit."""
    rows: pd.DataFrame
    states: pd.DataFrame
    signed: pd.DataFrame
    events: pd.DataFrame
    scores: pd.DataFrame
    accounts: pd.DataFrame
    since: datetime | None = None


def _item(row, kind: str, day: object = None, detail: str = "") -> WorkItem:
    return WorkItem(kind, row.municipality_code, row.municipality, row.centre,
                    int(row.position), day if isinstance(day, date) else None, detail)
