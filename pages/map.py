"""Kartta: the programme's municipalities coloured by status in any month of the rollout, on
real boundaries (downloaded and cached on first use) or, offline, on schematic tiles."""
from datetime import date

import streamlit as st

from rollout.ui.boundaries import map_boundaries
from rollout.ui.context import current_programme, lang, t
from rollout.ui.map_view import (chosen_from_click, municipality_details, population_caption,
                                 rollout_map, source_note)
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("map.heading"))
today = date.today()
data = reads(programme.id)
units, steps = data.named_units(lang()), data.steps()
with st.spinner(t("map.loading")):
    boundaries, found = map_boundaries(data, download=True)
event = rollout_map(data, boundaries, units, steps, today)
source_note(boundaries, found)
population_caption(data, units, today)
chosen_from_click(event)
municipality_details(data, units, steps, today)
