"""The Overview page's parts: the units' progress on a chosen day, the coverage figures, the
table by area (or county) and the units per step."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import charts, metrics, queries
from rollout.ui.context import moment, number, percent, t, with_names
from rollout.ui.drawn_once import draw_once
from rollout.ui.labels import population_note, step_labels
from rollout.ui.read_models import Reads


def overview_on(data: Reads, as_of: date) -> None:
    """Everything below the day chosen, drawn once per data stamp and day."""
    draw_once(("overview", data, as_of), lambda: _overview(data, as_of))


def _overview(data: Reads, as_of: date) -> None:
    steps = data.steps()
    progress = progress_on(data, as_of)
    last_change = data.last_change()
    st.caption(t("overview.last_changed", when=moment(last_change)) if last_change
               else t("overview.never_changed"))
    coverage_figures(progress)
    by_area_table(progress, steps)
    st.caption(population_note(progress))
    units_per_step(progress, steps)


def progress_on(data: Reads, as_of: date) -> pd.DataFrame:
    """Each unit's furthest step, steps done and whether it is live on `as_of`, with names."""
    return with_names(metrics.unit_progress(data.units(), metrics.statuses_on(
        data.transitions(), as_of), queries.go_live_position(data.steps())))


def coverage_figures(progress: pd.DataFrame) -> None:
    covered = metrics.coverage(progress)
    live_column, residents_column, units_column = st.columns(3)
    live_column.metric(t("overview.live_municipalities"),
                       f"{covered.live_municipalities} / {covered.municipalities}")
    residents_column.metric(t("overview.residents_covered"), number(covered.residents_covered),
                            t("overview.share_of_residents", share=percent(covered.share),
                              total=number(covered.residents)),
                            delta_color="off", delta_arrow="off")
    units_column.metric(t("overview.units"), number(len(progress)),
                        help=t("overview.units_help"))


def by_area_table(progress: pd.DataFrame, steps: pd.DataFrame) -> None:
    """Live municipalities, residents covered and steps done per area; a programme spanning
    several counties is compared county by county."""
    by = "region" if progress["region"].nunique() > 1 else "area"
    st.subheader(t(f"overview.by_{by}"))
    groups = metrics.area_progress(progress, len(steps), by)
    st.dataframe(
        {t(f"column.{by}"): groups[by],
         t("column.live"): [f"{live} / {total}" for live, total
                            in zip(groups["live"], groups["municipalities"])],
         t("column.residents_covered"): [f"{number(covered)} / {number(total)}"
                                         for covered, total in zip(groups["residents_covered"],
                                                                   groups["residents"])],
         t("column.coverage_share"): [percent(value) for value in groups["coverage_share"]],
         t("column.steps_done_share"): [percent(value)
                                        for value in groups["steps_done_share"]]},
        hide_index=True, width="stretch",
        column_config={t(f"column.{by}"): st.column_config.TextColumn(width="large")})


def units_per_step(progress: pd.DataFrame, steps: pd.DataFrame) -> None:
    st.subheader(t("overview.units_per_step"), help=t("overview.units_per_step_help"))
    counts = metrics.units_per_step(progress, steps["position"].tolist())
    st.columns([3, 2])[0].plotly_chart(
        charts.units_per_step_bar(counts, step_labels(steps, with_none=True), t("chart.units")),
        width="stretch", config={"displayModeBar": False})
