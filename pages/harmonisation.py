"""Yhdenvertaisuus: where readiness practices still differ across the county's areas."""
import streamlit as st

from rollout.ui.context import current_programme, t
from rollout.ui.harmonisation_view import (area_drill_down, harmonisation_reads, heatmap,
                                           unsettled_table)
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("harmonisation.title"))
st.caption(t("harmonisation.intro"))
data = reads(programme.id)
read = harmonisation_reads(data)
heatmap(data, read)
area_drill_down(data, read)
unsettled_table(data, read)
