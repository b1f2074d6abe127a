"""Havainnot: phenomena of families' everyday life that service guides and leads observe,
logged without personal data; themes over time and by area, and a list to download."""
from datetime import date

import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.figures_view import area_choices
from rollout.ui.observations_view import (observation_form, observation_list, theme_editor,
                                          theme_names, theme_views)
from rollout.ui.read_models import reads

actor = current_actor()
programme = current_programme()
st.title(t("observations.title"))
st.caption(t("observations.intro"))
data = reads(programme.id)
_, own = area_choices(actor, data)
themes = data.themes()
names = theme_names(themes)
today = date.today()

st.subheader(t("observations.add"))
st.warning(t("observations.no_personal_data"), icon=":material/privacy_tip:")
if not own:
    st.caption(t("observations.read_only"))
observation_form(actor, programme.id, own,
                 {code: names[code] for code in themes.loc[themes["is_active"], "code"]}, today)
with st.expander(t("observations.themes"), icon=":material/label:"):
    theme_editor(actor, programme.id, themes)

observations = data.observations()
st.subheader(t("observations.rising"))
if observations.empty:
    st.info(t("observations.none_yet"), icon=":material/info:")
    st.stop()
theme_views(data, observations, names, today)
st.subheader(t("observations.list"))
observation_list(data, observations, names)
