"""The harmonisation view (yhdenvertaisuus): readiness by area × step as a heatmap, a drill
into one area and step with ordinary selectors (Streamlit cannot report clicks on plotly
heatmaps, streamlit#8760), and the items most often left open or not applicable."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout import charts, metrics
from rollout.domain import ItemStatus, StepStatus
from rollout.ui.context import t
from rollout.ui.downloads import csv_download
from rollout.ui.labels import item_label


def heatmap(states: pd.DataFrame, by: str, step_labels: dict[int, str]) -> None:
    """Required items done per area (or county) and step, among units that started it."""
    table = metrics.harmonisation(states, by)
    st.subheader(t(f"harmonisation.heatmap_{by}"))
    if table.empty:
        st.info(t("harmonisation.nothing_started"))
        return
    st.plotly_chart(charts.readiness_heatmap(table, by, step_labels, t("harmonisation.share")),
                    width="stretch", config={"displayModeBar": False})
    st.caption(t("harmonisation.heatmap_help"))
    csv_download(pd.DataFrame({t(f"column.{by}"): table[by],
                               t("column.step"): table["position"],
                               t("harmonisation.required_done"): table["required_done"],
                               t("harmonisation.required_applicable"):
                                   table["required_applicable"],
                               t("harmonisation.share"): table["share"].round(3)}),
                 "harmonisation.csv", "harmonisation.heatmap")


def area_drill_down(states: pd.DataFrame, items: pd.DataFrame, units: pd.DataFrame, by: str,
                    step_labels: dict[int, str]) -> None:
    """Which items are open (or not applicable) where, in one area and step, among the
    units that have started it."""
    started = states[states["step_status"] != StepStatus.NOT_STARTED.value]
    st.subheader(t("harmonisation.drill"))
    area_column, step_column = st.columns(2)
    area = area_column.selectbox(t(f"column.{by}"), sorted(started[by].unique()),
                                 key="harmonisation.area")
    position = step_column.selectbox(t("column.step"), list(step_labels),
                                     format_func=step_labels.get, key="harmonisation.step")
    in_step = started[(started[by] == area) & (started["position"] == position)]
    here = in_step[in_step["status"] != ItemStatus.DONE.value]
    if in_step.empty:
        st.caption(t("harmonisation.not_started_here"))
        return
    if here.empty:
        st.caption(t("harmonisation.all_done"))
        return
    named = here.merge(items[["item_id", "item_position", "required", "text"]],
                       on=["item_id", "required"]).merge(
        units[["unit_id", "municipality", "centre"]], on="unit_id")
    st.dataframe({t("column.municipality"): named["municipality"],
                  t("column.centre"): named["centre"],
                  t("checklist.item"): [f"{'✱ ' if required else ''}{p}. {text}" for required,
                                        p, text in zip(named["required"],
                                                       named["item_position"], named["text"])],
                  t("steps.status"): [item_label(status) for status in named["status"]]},
                 hide_index=True, width="stretch")


def unsettled_table(states: pd.DataFrame, items: pd.DataFrame, by: str,
                    step_labels: dict[int, str]) -> None:
    """The practices not yet uniform: items most often open or not applicable, by area."""
    unsettled = metrics.unsettled_items(states, by)
    st.subheader(t("harmonisation.unsettled"))
    if unsettled.empty:
        st.caption(t("harmonisation.all_done"))
        return
    named = unsettled.merge(items, on="item_id")
    table = pd.DataFrame({
        t("column.step"): named["position"].map(step_labels),
        t("checklist.item"): [f"{'✱ ' if required else ''}{p}. {text}" for required, p, text
                              in zip(named["required"], named["item_position"],
                                     named["text"])],
        t("harmonisation.open"): named["open"],
        t("harmonisation.not_applicable"): named["not_applicable"],
        t("harmonisation.areas"): named["areas"],
        t("harmonisation.area_names"): named["area_names"]})
    st.dataframe(table, hide_index=True, width="stretch", height=420)
    csv_download(table, "harmonisation-items.csv", "harmonisation.items")
