"""Omat tehtävät: the signed-in person's list in the chosen programme (rollout.my_work), each
row linking to where they act. Computed once per data stamp, person and day; the visit is
recorded once per browser session, so "since your last visit" holds while they work."""
from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from rollout import logged_values, my_work, queries, services
from rollout.i18n import Words
from rollout.models import utcnow
from rollout.permissions import Actor
from rollout.ui.context import current_programme, lang, moment, session_factory, t
from rollout.ui.drawn_once import draw_once
from rollout.ui.read_models import Reads

SINCE_KEY = "my_work.since"  # per programme: the last visit before this browser session's
GROUPS = {"steps": ("overdue", "due_soon", "blocked"),
          "readiness": ("open_items", "ready_to_sign"),
          "news": ("advanced", "slipped", "reopened", "newly_overdue", "stalled"),
          "admin": ("locked_account", "disabled_account", "no_owner",
                    "owner_without_account")}


def last_visit(actor: Actor, programme_id: int) -> datetime | None:
    """The visit before this browser session's first look at My work (recorded then)."""
    seen = st.session_state.setdefault(SINCE_KEY, {})
    if programme_id not in seen:
        with session_factory()() as session:
            seen[programme_id] = services.record_work_visit(session, actor, programme_id)
    return seen[programme_id]


def work_list(actor: Actor, data: Reads, today: date, since: datetime | None) -> None:
    """The person's list, drawn once per data stamp, person, day and visit."""
    language = lang()

    def draw() -> None:
        with session_factory()() as session:
            frames = queries.work_frames(session, data.programme_id, language, today, since,
                                         data.frames())
        work = my_work.my_work(actor.role, actor.user_id, actor.centre_ids, frames, today,
                               utcnow())
        _sections(work, Words(language), current_programme().slug)
    # An account's lock records no event (the stamp stays): an admin's list is read anew
    # each minute.
    minute = utcnow().strftime("%H:%M") if actor.is_admin else ""
    draw_once(("my_work", data, actor, today, since, minute), draw)


def _sections(work: my_work.MyWork, words: Words, slug: str) -> None:
    if work.with_news:  # the day of the last visit, whether or not anything changed
        st.caption(t("my_work.since", when=moment(work.since)) if work.since
                   else t("my_work.since_first"))
    if not work.items:
        st.success(t("my_work.nothing"), icon=":material/task_alt:")
    for group, kinds in GROUPS.items():
        items = [item for item in work.items if item.kind in kinds]
        if not items:
            continue
        st.subheader(t(f"my_work.group.{group}"))
        st.dataframe(_table(items, words, slug), hide_index=True, width="stretch",
                     column_config={t("my_work.open"): st.column_config.LinkColumn(
                         display_text=t("my_work.open_link"))})


def _table(items: list[my_work.WorkItem], words: Words, slug: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("my_work.what"): [t(f"my_work.kind.{item.kind}") for item in items],
        t("column.municipality"): [item.municipality for item in items],
        t("column.centre"): [item.centre for item in items],
        t("column.step"): [str(item.position) if item.position else "" for item in items],
        t("my_work.day"): [words.day(item.day) if item.day else "" for item in items],
        t("my_work.detail"): [_detail(item, words) for item in items],
        t("my_work.open"): [my_work.in_programme(item.place, slug) for item in items]})


def _detail(item: my_work.WorkItem, words: Words) -> str:
    if item.kind == "open_items":
        return words.tc("my_work.open_count", int(item.detail))
    if item.kind == "stalled":
        return words.tc("my_work.idle_days", int(item.detail))
    if item.kind in logged_values.SUMMARY_FIELDS:
        return logged_values.summary_detail(words, item.kind, item.detail)
    return item.detail
