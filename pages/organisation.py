"""Organisaatio: admins regroup areas and family centres, assign municipalities to centres and
move units between them, and refresh populations with their year and source."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.organisation_view import areas_panel, centres_panel, organisation_of
from rollout.ui.populations_view import populations_panel
from rollout.ui.read_models import reads
from rollout.ui.tabs import steady_tabs
from rollout.ui.units_view import units_panel

actor = current_actor()
programme = current_programme()
st.title(t("organisation.title"))
st.caption(t("organisation.intro"))

data = reads(programme.id)
organisation = organisation_of(data)

tabs = steady_tabs({"areas": t("organisation.tab_areas"), "units": t("organisation.tab_units"),
                    "populations": t("organisation.tab_populations")},
                   "organisation.tabs", "areas")
with tabs["areas"]:
    areas_panel(actor, data, organisation)
    centres_panel(actor, data, organisation)
with tabs["units"]:
    units_panel(actor, data, organisation)
with tabs["populations"]:
    populations_panel(actor, data, organisation)
