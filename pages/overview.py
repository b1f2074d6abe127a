"""Yleiskuva: live municipalities, residents covered, units per step, progress by area."""
from datetime import date

import streamlit as st

from rollout.ui.context import current_programme, date_input_format, t
from rollout.ui.overview_view import overview_on
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("overview.title"))
today = date.today()
as_of = st.columns([1, 3])[0].date_input(
    t("overview.as_of"), value=today, max_value=today, format=date_input_format(),
    help=t("overview.as_of_help"))

overview_on(reads(programme.id), as_of)
