"""The Map page's parts: where the boundaries came from (with the attribution, or one line on
how to get real ones), the month slider, and one municipality's steps."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from rollout import charts, findings, geo, metrics
from rollout.i18n import Words, error_message, format_month
from rollout.public_record import end_labels
from rollout.ui.boundaries import retry
from rollout.ui.context import current_programme, days, lang, plain, t
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.labels import population_note, status_label, step_labels
from rollout.ui.read_models import Reads

CHOSEN_KEY = "map.municipality"


def population_caption(data: Reads, units: pd.DataFrame, today: date) -> None:
    """Where the residents figures come from, and which go-live days only bound when."""
    def draw() -> None:
        st.caption(population_note(units))
        adoption = data.adoption(today, None)
        if adoption.bounded:
            st.caption(findings.bounds_note(adoption, Words(lang())))
    draw_once(("map.population", data, today), draw)


def rollout_map(data: Reads, boundaries: geo.Boundaries, units: pd.DataFrame,
                steps: pd.DataFrame, today: date):
    """The month slider (or the animation) and the map of that month, with its data as CSV;
    returns the chart's selection event (a click on a municipality)."""
    words = Words(lang())
    months = computed_once(("map.months", data, today), lambda: metrics.months(
        data.adoption(today, None).actual["day"].iloc[0].date(), today))
    month_column, animate_column = st.columns([4, 1], vertical_alignment="bottom")
    with month_column:
        month = month_slider(months)
    animate = animate_column.toggle(t("map.animate"), key="map.animate",
                                    help=t("map.animate_help"))
    as_of = today if animate else metrics.month_end(month, today)

    def animation() -> go.Figure:
        monthly = [(first, data.map_statuses(metrics.month_end(first, today)))
                   for first in months]
        return findings.map_animation(boundaries, monthly, units, steps, words)

    def month_map() -> go.Figure:
        return findings.map_figure(boundaries, data.map_statuses(as_of), units, steps, words,
                                   as_of)
    with st.spinner(t("map.loading")):
        figure = computed_once(("map.figure", data, boundaries.fingerprint, today, animate,
                                as_of), animation if animate else month_map)
    event = st.plotly_chart(figure, width="stretch", key="map.chart", on_select="rerun",
                            selection_mode="points", config=charts.MAP_CONFIG)
    statuses = data.map_statuses(as_of)
    csv_download(lambda: findings.map_data(statuses, units, steps, words),
                 f"map-{as_of.isoformat()}.csv", "map.data")
    return event


def source_note(boundaries: geo.Boundaries, found: geo.Lookup) -> None:
    """Under the map: the data's attribution, or why there are only tiles and how to fix it."""
    if boundaries.source != "tiles":
        st.caption(t("map.attribution"))
        return
    reason = error_message(found.problem, lang()) if found.problem else ""
    st.info(t("map.tiles_note") + (f" ({reason})" if reason else ""),
            icon=":material/grid_view:")
    st.button(t("map.retry"), on_click=retry, key="map.retry")


def month_slider(months: list[date]) -> date:
    """The month to show, the latest by default."""
    language = lang()
    names = computed_once(("map.month_names", months[0], len(months)), lambda: {
        month: format_month(month, language) for month in months})
    return st.select_slider(t("map.month"), options=months, value=months[-1], key="map.month",
                            format_func=names.get)


def chosen_from_click(event, key: str = CHOSEN_KEY) -> None:
    """A municipality clicked on the map becomes the selector's choice (Streamlit reports
    clicks on plotly maps as selected points with their location)."""
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    locations = [point.get("location") for point in points if point.get("location")]
    if locations and st.session_state.get(f"{key}.clicked") != locations[0]:
        st.session_state[key] = st.session_state[f"{key}.clicked"] = locations[0]


def municipality_details(data: Reads, units: pd.DataFrame, steps: pd.DataFrame,
                         today: date) -> None:
    """A selector of municipalities and the chosen one's steps, with a link to edit them."""
    names = computed_once(("map.names", data), lambda: dict(
        units.drop_duplicates("municipality_code").set_index("municipality_code")[
            "municipality"].sort_values()))
    choose = t("common.choose")
    code = st.selectbox(t("map.choose"), [None, *names], key=CHOSEN_KEY,
                        format_func=lambda chosen: names.get(chosen, choose),
                        help=t("map.choose_help"))
    if code is None:
        return
    draw_once(("map.municipality", data, today, code),
              lambda: _municipality_steps(data.grid_rows(today, lang()), code, steps))
    st.page_link("pages/steps.py", label=t("map.open_steps"), icon=":material/checklist:",
                 query_params={"unit": code, "programme": current_programme().slug})


def _municipality_steps(rows: pd.DataFrame, code: str, steps: pd.DataFrame) -> None:
    labels = step_labels(steps)
    for _unit, unit_rows in rows[rows["municipality_code"] == code].groupby("unit_id",
                                                                            sort=False):
        first = unit_rows.iloc[0]
        st.markdown(f"**{plain(first['municipality'])}** · {plain(first['centre'])}")
        st.dataframe({t("column.step"): unit_rows["position"].map(labels),
                      t("steps.status"): [status_label(status) for status in
                                          unit_rows["status"]],
                      t("steps.planned_end"): days(unit_rows["planned_end"]),
                      t("steps.actual_end"): end_labels(Words(lang()), unit_rows["actual_end"],
                                                        unit_rows["end_latest_by"])},
                     hide_index=True, width="stretch")
