"""Kartta: the programme's municipalities coloured by status in any month of the rollout, on
real boundaries (downloaded and cached on first use) or, offline, on schematic tiles."""
from datetime import date

import streamlit as st

from rollout import charts, figures, metrics
from rollout.i18n import Words
from rollout.ui.boundaries import map_boundaries
from rollout.ui.context import current_programme, lang, t, with_names
from rollout.ui.downloads import csv_download
from rollout.ui.labels import population_note
from rollout.ui.map_view import chosen_from_click, month_slider, municipality_details, \
    source_note
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("map.heading"))
today = date.today()
data = reads(programme.id)
units, steps, words = with_names(data.units()), data.steps(), Words(lang())
with st.spinner(t("map.loading")):
    boundaries, found = map_boundaries(units, download=True)

adoption = data.adoption(today, None)
months = metrics.months(adoption.actual["day"].iloc[0].date(), today)
month_column, animate_column = st.columns([4, 1], vertical_alignment="bottom")
with month_column:
    month = month_slider(months)
animate = animate_column.toggle(t("map.animate"), key="map.animate", help=t("map.animate_help"))
as_of = today if animate else metrics.month_end(month, today)
if animate:
    with st.spinner(t("map.loading")):
        monthly = [(first, data.map_statuses(metrics.month_end(first, today)))
                   for first in months]
    figure = figures.map_animation(boundaries, monthly, units, steps, words)
else:
    figure = figures.map_figure(boundaries, data.map_statuses(as_of), units, steps, words,
                                as_of)
event = st.plotly_chart(figure, width="stretch", key="map.chart", on_select="rerun",
                        selection_mode="points", config=charts.MAP_CONFIG)
csv_download(figures.map_data(data.map_statuses(as_of), units, steps, words),
             f"map-{as_of.isoformat()}.csv", "map.data")
source_note(boundaries, found)
st.caption(population_note(units))
chosen_from_click(event)
municipality_details(units, data.grid_rows(today, lang()), steps)
