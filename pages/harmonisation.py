"""Yhdenvertaisuus: where readiness practices still differ across the county's areas."""
import streamlit as st

from rollout.ui import labels
from rollout.ui.context import current_programme, localized_column, t, with_names
from rollout.ui.harmonisation_view import area_drill_down, heatmap, unsettled_table
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("harmonisation.title"))
st.caption(t("harmonisation.intro"))
data = reads(programme.id)
states = with_names(data.item_states())
items = data.items().assign(text=lambda frame: localized_column(frame, "text"))
by = "region" if states["region"].nunique() > 1 else "area"
step_labels = labels.step_labels(data.steps())

heatmap(states, by, step_labels)
area_drill_down(states, items, with_names(data.units()), by, step_labels)
unsettled_table(states, items, by, step_labels)
