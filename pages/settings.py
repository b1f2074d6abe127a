"""Omat asetukset: every signed-in person chooses their reminder digest's language and rhythm,
and a manager the steering-group report with it once a month."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import t
from rollout.ui.settings_view import settings_panel

actor = current_actor()
st.title(t("my_settings.title"))
st.caption(t("my_settings.intro"))
settings_panel(actor)
