"""The Gantt section: planned against actual per unit and step, filtered by area and centre,
a page of units at a time (never thousands of bars at once)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import findings, metrics
from rollout.i18n import Words
from rollout.ui.context import lang, t
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.paging import page_of
from rollout.ui.progress_view import CHART_CONFIG
from rollout.ui.read_models import Reads

UNITS_PER_PAGE = 25


def gantt_section(data: Reads, by: str, today: date) -> None:
    """The Gantt of the programme's units: filters, a page of units, the chart and its data.
    What the filters leave is computed once per data stamp and choice."""
    schedule = computed_once(("gantt.rows", data, today), lambda: metrics.gantt_rows(
        data.grid_rows(today, lang()), today))
    st.subheader(t("gantt.heading"), help=t("gantt.help"))
    areas, centres, only_late = _filters(data, schedule, by)
    chosen = computed_once(("gantt.chosen", data, today, by, areas, centres, only_late),
                           lambda: _chosen(schedule, by, areas, centres, only_late))
    if chosen.empty:
        st.info(t("gantt.none"))
        return
    words, steps = Words(lang()), data.steps()
    unit_ids = computed_once(("gantt.units", data, today, by, areas, centres, only_late),
                             lambda: list(dict.fromkeys(chosen["unit_id"])))
    shown = page_of(unit_ids, UNITS_PER_PAGE, "gantt.page")

    def draw() -> None:
        title = findings.gantt_title(chosen, words)
        labels = findings.unit_labels(chosen.drop_duplicates("unit_id"))
        page = chosen[chosen["unit_id"].isin(shown)].assign(
            group=lambda rows: rows[by], unit=lambda rows: rows["unit_id"].map(labels))
        st.plotly_chart(findings.gantt_figure(page, steps, words, today, title),
                        width="stretch", config=CHART_CONFIG)
        st.caption(words.t("gantt.legend"))
    draw_once(("gantt", data, today, by, areas, centres, only_late, shown[0], len(shown)),
              draw)
    csv_download(lambda: _download_table(chosen, by, steps, words), "gantt.csv",
                 "progress.gantt")


def _filters(data: Reads, schedule: pd.DataFrame, by: str
             ) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The areas, centres and "only late" chosen (the centres offered are those of the
    chosen areas)."""
    area_column, centre_column, late_column = st.columns([3, 3, 2],
                                                         vertical_alignment="bottom")
    options = computed_once(("gantt.areas", data, by), lambda: sorted(schedule[by].unique()))
    areas = tuple(area_column.multiselect(t(f"column.{by}"), options, key="gantt.areas",
                                          placeholder=t("common.choose")))
    centres = computed_once(("gantt.centres", data, by, areas), lambda: dict(sorted(
        (schedule[schedule[by].isin(areas)] if areas else schedule)
        .drop_duplicates("centre_code").set_index("centre_code")["centre"].items(),
        key=lambda item: item[1])))
    chosen_centres = tuple(centre_column.multiselect(
        t("column.centre"), list(centres), format_func=centres.get, key="gantt.centres",
        placeholder=t("common.choose")))
    only_late = late_column.toggle(t("gantt.only_late"), key="gantt.only_late")
    return areas, chosen_centres, only_late


def _chosen(schedule: pd.DataFrame, by: str, areas: tuple[str, ...],
            centres: tuple[str, ...], only_late: bool) -> pd.DataFrame:
    """The units the filters leave, with at least one dated step, in the chart's order."""
    in_areas = schedule[schedule[by].isin(areas)] if areas else schedule
    if centres:
        in_areas = in_areas[in_areas["centre_code"].isin(centres)]
    if only_late:
        late_units = in_areas.loc[in_areas["overdue"], "unit_id"]
        in_areas = in_areas[in_areas["unit_id"].isin(late_units)]
    dated = in_areas[["planned_start", "planned_end", "actual_start", "actual_end"]].notna() \
        .any(axis=1)
    in_areas = in_areas[in_areas["unit_id"].isin(in_areas.loc[dated, "unit_id"])]
    return in_areas.sort_values([by, "centre", "municipality", "position"])


def _download_table(rows: pd.DataFrame, by: str, steps: pd.DataFrame,
                    words: Words) -> pd.DataFrame:
    """The chosen units' steps with their plan, actual and days late (built on download)."""
    names = words.step_labels(steps)
    statuses = {status: words.t(f"status.{status}") for status in rows["status"].unique()}
    return pd.DataFrame({
        words.t(f"column.{by}"): rows[by], words.t("column.municipality"): rows["municipality"],
        words.t("column.centre"): rows["centre"],
        words.t("column.step"): rows["position"].map(names),
        words.t("steps.status"): rows["status"].map(statuses),
        **{words.t(f"steps.{field}"): words.days(rows[field]) for field in
           ("planned_start", "planned_end", "actual_start", "actual_end")},
        words.t("gantt.late_days"): rows["late_days"]})
