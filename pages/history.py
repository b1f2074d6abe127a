"""Muutoshistoria: what changed since a date (for the steering group), and every change."""
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from rollout import queries, tracking
from rollout.ui.context import (current_programme, date_input_format, day, session_factory, t,
                                tc, with_names)
from rollout.ui.history_view import event_table, summary_table

programme = current_programme()
st.title(t("history.title"))
today = date.today()

with session_factory()() as session:
    events = with_names(queries.history_frame(session, programme.id))
    rows = with_names(queries.step_rows(session, programme.id))
    centres = with_names(queries.centres_frame(session))
centre_names = dict(zip(centres["code"], centres["centre"]))

since = st.columns([1, 3])[0].date_input(t("history.since"), value=today - timedelta(days=30),
                                         max_value=today, format=date_input_format())
st.subheader(t("history.summary", since=day(since)))
summary = tracking.changes_since(events, rows, since, today)
if summary.empty:
    st.caption(t("history.nothing_changed"))
else:
    counts = summary["kind"].value_counts()
    for column, kind in zip(st.columns(len(tracking.CHANGE_KINDS)), tracking.CHANGE_KINDS):
        column.metric(t(f"change.{kind}"), int(counts.get(kind, 0)))
    summary_table(summary)

st.subheader(t("history.events"))
unit_column, step_column, user_column, until_column = st.columns(4)
municipalities = unit_column.multiselect(t("column.municipality"),
                                         sorted(events["municipality"].dropna().unique()),
                                         placeholder=t("common.choose"))
positions = step_column.multiselect(t("column.step"), sorted(rows["position"].unique()),
                                    placeholder=t("common.choose"))
users = user_column.multiselect(t("history.filter_user"), sorted(events["actor"].unique()),
                                placeholder=t("common.choose"))
until = until_column.date_input(t("history.until"), value=today, format=date_input_format())
recorded_at = pd.to_datetime(events["recorded_at"])
chosen = events[(recorded_at >= pd.Timestamp(since))
                & (recorded_at < pd.Timestamp(until) + pd.Timedelta(days=1))
                & (events["municipality"].isin(municipalities) if municipalities else True)
                & (events["position"].isin(positions) if positions else True)
                & (events["actor"].isin(users) if users else True)]
st.caption(tc("history.count", len(chosen)))
event_table(chosen, centre_names)
