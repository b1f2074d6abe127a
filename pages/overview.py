"""Yleiskuva: live municipalities, residents covered, units per step, progress by area."""
from datetime import date

import streamlit as st

from rollout.ui.context import current_programme, date_input_format, moment, t
from rollout.ui.labels import population_note
from rollout.ui.overview_view import by_area_table, coverage_figures, progress_on, units_per_step
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("overview.title"))
today = date.today()
as_of = st.columns([1, 3])[0].date_input(
    t("overview.as_of"), value=today, max_value=today, format=date_input_format(),
    help=t("overview.as_of_help"))

data = reads(programme.id)
steps = data.steps()
progress = progress_on(data, as_of)
last_change = data.last_change()
st.caption(t("overview.last_changed", when=moment(last_change)) if last_change
           else t("overview.never_changed"))
coverage_figures(progress)
by_area_table(progress, steps)
st.caption(population_note(progress))
units_per_step(progress, steps)
