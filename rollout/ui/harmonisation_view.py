"""The harmonisation view (yhdenvertaisuus): readiness by area × step as a heatmap, a drill
into one area and step with ordinary selectors (Streamlit cannot report clicks on plotly
heatmaps, streamlit#8760), and the items most often left open or not applicable."""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import streamlit as st

from rollout import charts, metrics
from rollout.domain import ItemStatus, StepStatus
from rollout.ui import labels
from rollout.ui.context import lang, localized_column, t, with_names
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.labels import item_label
from rollout.ui.read_models import Reads


class HarmonisationReads(NamedTuple):
    """What the page is drawn from, with names in the user's language."""
    states: pd.DataFrame  # every unit × item with its area, step status and item status
    items: pd.DataFrame
    units: pd.DataFrame
    by: str  # "region" when the programme spans several counties, else "area"
    step_labels: dict[int, str]
    started_in: list[str]  # the areas (or counties) where some unit has started a step


def harmonisation_reads(data: Reads) -> HarmonisationReads:
    def compute() -> HarmonisationReads:
        states = with_names(data.item_states())
        by = "region" if states["region"].nunique() > 1 else "area"
        started = states.loc[states["step_status"] != StepStatus.NOT_STARTED.value, by]
        return HarmonisationReads(
            states, data.items().assign(text=lambda frame: localized_column(frame, "text")),
            data.named_units(lang()), by, labels.step_labels(data.steps()),
            sorted(started.unique()))
    return computed_once(("harmonisation", data), compute)


def heatmap(data: Reads, read: HarmonisationReads) -> None:
    """Required items done per area (or county) and step, among units that started it."""
    by = read.by

    def draw() -> pd.DataFrame | None:
        table = metrics.harmonisation(read.states, by)
        st.subheader(t(f"harmonisation.heatmap_{by}"))
        if table.empty:
            st.info(t("harmonisation.nothing_started"))
            return None
        st.plotly_chart(charts.readiness_heatmap(table, by, read.step_labels,
                                                 t("harmonisation.share")),
                        width="stretch", config={"displayModeBar": False})
        st.caption(t("harmonisation.heatmap_help"))
        return pd.DataFrame({t(f"column.{by}"): table[by], t("column.step"): table["position"],
                             t("harmonisation.required_done"): table["required_done"],
                             t("harmonisation.required_applicable"):
                                 table["required_applicable"],
                             t("harmonisation.share"): table["share"].round(3)})
    table = draw_once(("harmonisation.heatmap", data), draw)
    if table is not None:
        csv_download(table, "harmonisation.csv", "harmonisation.heatmap")


def area_drill_down(data: Reads, read: HarmonisationReads) -> None:
    """Which items are open (or not applicable) where, in one area and step, among the
    units that have started it."""
    st.subheader(t("harmonisation.drill"))
    area_column, step_column = st.columns(2)
    area = area_column.selectbox(t(f"column.{read.by}"), read.started_in,
                                 key="harmonisation.area")
    position = step_column.selectbox(t("column.step"), list(read.step_labels),
                                     format_func=read.step_labels.get, key="harmonisation.step")
    draw_once(("harmonisation.drill", data, area, position),
              lambda: _open_items(read, area, position))


def _open_items(read: HarmonisationReads, area: str, position: int) -> None:
    states = read.states
    in_step = states[(states["step_status"] != StepStatus.NOT_STARTED.value)
                     & (states[read.by] == area) & (states["position"] == position)]
    here = in_step[in_step["status"] != ItemStatus.DONE.value]
    if in_step.empty:
        st.caption(t("harmonisation.not_started_here"))
        return
    if here.empty:
        st.caption(t("harmonisation.all_done"))
        return
    named = here.merge(read.items[["item_id", "item_position", "required", "text"]],
                       on=["item_id", "required"]).merge(
        read.units[["unit_id", "municipality", "centre"]], on="unit_id")
    st.dataframe({t("column.municipality"): named["municipality"],
                  t("column.centre"): named["centre"],
                  t("checklist.item"): [f"{'✱ ' if required else ''}{p}. {text}" for required,
                                        p, text in zip(named["required"],
                                                       named["item_position"], named["text"])],
                  t("steps.status"): [item_label(status) for status in named["status"]]},
                 hide_index=True, width="stretch")


def unsettled_table(data: Reads, read: HarmonisationReads) -> None:
    """The practices not yet uniform: items most often open or not applicable, by area."""
    table = draw_once(("harmonisation.unsettled", data), lambda: _unsettled(read))
    if table is not None:
        csv_download(table, "harmonisation-items.csv", "harmonisation.items")


def _unsettled(read: HarmonisationReads) -> pd.DataFrame | None:
    unsettled = metrics.unsettled_items(read.states, read.by)
    st.subheader(t("harmonisation.unsettled"))
    if unsettled.empty:
        st.caption(t("harmonisation.all_done"))
        return None
    named = unsettled.merge(read.items, on="item_id")
    table = pd.DataFrame({
        t("column.step"): named["position"].map(read.step_labels),
        t("checklist.item"): [f"{'✱ ' if required else ''}{p}. {text}" for required, p, text
                              in zip(named["required"], named["item_position"],
                                     named["text"])],
        t("harmonisation.open"): named["open"],
        t("harmonisation.not_applicable"): named["not_applicable"],
        t("harmonisation.areas"): named["areas"],
        t("harmonisation.area_names"): named["area_names"]})
    st.dataframe(table, hide_index=True, width="stretch", height=420)
    return table
