"""Organisaatio: admins regroup areas and family centres, assign municipalities to centres and
move units between them, and refresh populations with their year and source."""
import streamlit as st

from rollout import queries
from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, localized_column, session_factory, t, with_names
from rollout.ui.organisation_view import areas_panel, centres_panel
from rollout.ui.populations_view import populations_panel
from rollout.ui.read_models import reads
from rollout.ui.tabs import steady_tabs
from rollout.ui.units_view import units_panel

actor = current_actor()
programme = current_programme()
st.title(t("organisation.title"))
st.caption(t("organisation.intro"))

with session_factory()() as session:
    counties = with_names(queries.programme_counties(session, programme.id))
    areas = queries.areas_frame(session, programme.id)
    centres = with_names(queries.organisation_centres(session, programme.id))
    units = with_names(queries.organisation_units(session, programme.id)).sort_values(
        ["municipality", "centre"])
    municipalities = with_names(queries.populations_frame(session, programme.id)).sort_values(
        "municipality")
areas["region"] = localized_column(areas, "region")
data = reads(programme.id)
rows = data.step_rows()
started = rows[rows["status"] != "not_started"].groupby("unit_id").size().to_dict()

tabs = steady_tabs({"areas": t("organisation.tab_areas"), "units": t("organisation.tab_units"),
                    "populations": t("organisation.tab_populations")},
                   "organisation.tabs", "areas")
with tabs["areas"]:
    areas_panel(actor, programme.id, areas, counties)
    centres_panel(actor, programme.id, centres, areas)
with tabs["units"]:
    units_panel(actor, programme.id, units, centres, municipalities, started,
                len(data.steps()))
with tabs["populations"]:
    populations_panel(actor, programme.id, municipalities)
