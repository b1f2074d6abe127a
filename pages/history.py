"""Muutoshistoria: what changed since a date (for the steering group), and every change."""
from datetime import date, timedelta

import streamlit as st

from rollout.ui.context import current_programme, date_input_format, day, lang, t, tc
from rollout.ui.history_view import (HistoryFilter, changes_since, event_table, filter_options,
                                     page_of_events)
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("history.title"))
today = date.today()
data = reads(programme.id)

since = st.columns([1, 3])[0].date_input(t("history.since"), value=today - timedelta(days=30),
                                         max_value=today, format=date_input_format())
st.subheader(t("history.summary", since=day(since)))
changes_since(data, since, today)

st.subheader(t("history.events"))
unit_column, step_column, user_column, until_column = st.columns(4)
municipalities, positions = filter_options(data)
chosen = HistoryFilter(
    since=since,
    until=until_column.date_input(t("history.until"), value=today, format=date_input_format()),
    municipalities=tuple(unit_column.multiselect(
        t("column.municipality"), list(municipalities), format_func=municipalities.get,
        placeholder=t("common.choose"))),
    positions=tuple(step_column.multiselect(t("column.step"), positions,
                                            placeholder=t("common.choose"))),
    actor=user_column.text_input(t("history.filter_user"), help=t("history.filter_user_help")))
events, total, page = page_of_events(data, chosen, lang())
st.caption(tc("history.count", total))
event_table(data, chosen, page, events)
