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
from rollout.ui.chart_cache import cached_figure
from rollout.ui.paging import page_of
from rollout.ui.progress_view import CHART_CONFIG
from rollout.ui.read_models import Reads

UNITS_PER_PAGE = 25


def gantt_section(data: Reads, rows: pd.DataFrame, by: str, steps: pd.DataFrame,
                  today: date) -> None:
    """The Gantt of `rows` (the step rows of data.grid_rows, with names)."""
    schedule = metrics.gantt_rows(rows, today)
    st.subheader(t("gantt.heading"), help=t("gantt.help"))
    chosen = _filtered(schedule, by)
    if chosen.empty:
        st.info(t("gantt.none"))
        return
    words = Words(lang())
    title = findings.gantt_title(chosen, words)
    labels = findings.unit_labels(chosen.drop_duplicates("unit_id"))
    shown = page_of(list(dict.fromkeys(chosen["unit_id"])), UNITS_PER_PAGE, "gantt.page")
    page = chosen[chosen["unit_id"].isin(shown)].assign(
        group=lambda rows: rows[by], unit=lambda rows: rows["unit_id"].map(labels))
    figure = cached_figure(("gantt", data, today, by, tuple(page["unit"]), title, words.lang),
                           lambda: findings.gantt_figure(page, steps, words, today, title))
    st.plotly_chart(figure, width="stretch", config=CHART_CONFIG)
    st.caption(t("gantt.legend"))
    csv_download(lambda: _download_table(chosen, by, steps, words), "gantt.csv",
                 "progress.gantt")


def _filtered(schedule: pd.DataFrame, by: str) -> pd.DataFrame:
    area_column, centre_column, late_column = st.columns([3, 3, 2],
                                                         vertical_alignment="bottom")
    areas = area_column.multiselect(t(f"column.{by}"), sorted(schedule[by].unique()),
                                    key="gantt.areas", placeholder=t("common.choose"))
    in_areas = schedule[schedule[by].isin(areas)] if areas else schedule
    centres = in_areas.drop_duplicates("centre_code").set_index("centre_code")["centre"]
    chosen_centres = centre_column.multiselect(
        t("column.centre"), sorted(centres.index, key=centres.get), format_func=centres.get,
        key="gantt.centres", placeholder=t("common.choose"))
    if chosen_centres:
        in_areas = in_areas[in_areas["centre_code"].isin(chosen_centres)]
    if late_column.toggle(t("gantt.only_late"), key="gantt.only_late"):
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
