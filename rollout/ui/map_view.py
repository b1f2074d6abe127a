"""The Map page's parts: where the boundaries came from (with the attribution, or one line on
how to get real ones), the month slider, and one municipality's steps."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import charts, findings, geo, metrics
from rollout.i18n import Words, error_message, format_month
from rollout.ui.boundaries import retry
from rollout.ui.context import current_programme, days, lang, plain, t
from rollout.ui.downloads import csv_download
from rollout.ui.labels import status_label, step_labels

CHOSEN_KEY = "map.municipality"


def rollout_map(data, boundaries: geo.Boundaries, units: pd.DataFrame, steps: pd.DataFrame,
                today: date):
    """The month slider (or the animation) and the map of that month, with its data as CSV;
    returns the chart's selection event (a click on a municipality)."""
    words = Words(lang())
    adoption = data.adoption(today, None)
    months = metrics.months(adoption.actual["day"].iloc[0].date(), today)
    month_column, animate_column = st.columns([4, 1], vertical_alignment="bottom")
    with month_column:
        month = month_slider(months)
    animate = animate_column.toggle(t("map.animate"), key="map.animate",
                                    help=t("map.animate_help"))
    as_of = today if animate else metrics.month_end(month, today)
    if animate:
        with st.spinner(t("map.loading")):
            monthly = [(first, data.map_statuses(metrics.month_end(first, today)))
                       for first in months]
        figure = findings.map_animation(boundaries, monthly, units, steps, words)
    else:
        figure = findings.map_figure(boundaries, data.map_statuses(as_of), units, steps, words,
                                    as_of)
    event = st.plotly_chart(figure, width="stretch", key="map.chart", on_select="rerun",
                            selection_mode="points", config=charts.MAP_CONFIG)
    csv_download(findings.map_data(data.map_statuses(as_of), units, steps, words),
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
    return st.select_slider(t("map.month"), options=months, value=months[-1], key="map.month",
                            format_func=lambda month: format_month(month, lang()))


def chosen_from_click(event, key: str = CHOSEN_KEY) -> None:
    """A municipality clicked on the map becomes the selector's choice (Streamlit reports
    clicks on plotly maps as selected points with their location)."""
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    locations = [point.get("location") for point in points if point.get("location")]
    if locations and st.session_state.get(f"{key}.clicked") != locations[0]:
        st.session_state[key] = st.session_state[f"{key}.clicked"] = locations[0]


def municipality_details(units: pd.DataFrame, rows: pd.DataFrame,
                         steps: pd.DataFrame) -> None:
    """A selector of municipalities and the chosen one's steps, with a link to edit them."""
    names = units.drop_duplicates("municipality_code").set_index("municipality_code")[
        "municipality"].sort_values()
    code = st.selectbox(t("map.choose"), [None, *names.index], key=CHOSEN_KEY,
                        format_func=lambda chosen: names.get(chosen, t("common.choose")),
                        help=t("map.choose_help"))
    if code is None:
        return
    labels = step_labels(steps)
    for _unit, unit_rows in rows[rows["municipality_code"] == code].groupby("unit_id",
                                                                            sort=False):
        first = unit_rows.iloc[0]
        st.markdown(f"**{plain(first['municipality'])}** · {plain(first['centre'])}")
        st.dataframe({t("column.step"): unit_rows["position"].map(labels),
                      t("steps.status"): [status_label(status) for status in
                                          unit_rows["status"]],
                      t("steps.planned_end"): days(unit_rows["planned_end"]),
                      t("steps.actual_end"): days(unit_rows["actual_end"])},
                     hide_index=True, width="stretch")
    st.page_link("pages/steps.py", label=t("map.open_steps"), icon=":material/checklist:",
                 query_params={"unit": code, "programme": current_programme().slug})
