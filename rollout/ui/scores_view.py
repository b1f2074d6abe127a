"""Implementation scores (as in the Stages of Implementation Completion): a sortable table per
unit with the stalled rule stated, and the areas compared by median days in each step."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import findings, metrics
from rollout.i18n import Words
from rollout.ui.context import lang, t
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.labels import step_labels
from rollout.ui.progress_view import CHART_CONFIG
from rollout.ui.read_models import Reads


def scores_section(data: Reads, scores: pd.DataFrame, by: str, today: date) -> None:
    """`scores`: metrics.scores with names (progress_view.named_scores); the table and the
    areas' median days are drawn once per data stamp and choice."""
    st.subheader(t("scores.heading"), help=t("scores.help"))
    st.caption(t("scores.rule", factor=metrics.STALLED_FACTOR, days=metrics.STALLED_MIN_DAYS))
    stalled = int(scores["stalled"].sum())
    only_stalled = st.toggle(t("scores.only_stalled", count=stalled), key="scores.only_stalled",
                             disabled=not stalled)
    steps = data.steps()

    def table() -> pd.DataFrame:
        shown = scores[scores["stalled"]] if only_stalled else scores
        table = score_table(shown, by, steps)
        st.dataframe(table, hide_index=True, width="stretch", column_config=_formats(steps),
                     placeholder="–")
        return table
    csv_download(draw_once(("scores.table", data, today, by, only_stalled), table),
                 "implementation_scores.csv", "progress.scores")
    words = Words(lang())
    by_area = computed_once(("scores.by_area", data, today, by), lambda: (
        metrics.median_days_by_area(data.grid_rows(today, words.lang), today, by)))
    if by_area.empty:
        st.info(t("scores.days_title_none"))
        return
    draw_once(("scores.days", data, today, by), lambda: st.plotly_chart(
        findings.days_figure(by_area, by, steps, words), width="stretch", config=CHART_CONFIG))
    st.caption(t("scores.days_help"))
    csv_download(lambda: _days_by_area(by_area, by, steps, words), "days_by_area.csv",
                 "progress.days")


def _days_by_area(by_area: pd.DataFrame, by: str, steps: pd.DataFrame,
                  words: Words) -> pd.DataFrame:
    """The areas' median days in each step (built on download)."""
    return pd.DataFrame({words.t(f"column.{by}"): by_area[by],
                         words.t("column.step"): by_area["position"].map(
                             words.step_labels(steps)),
                         words.t("scores.median_days"): by_area["days"],
                         words.t("chart.units"): by_area["units"]})


def score_table(scores: pd.DataFrame, by: str, steps: pd.DataFrame) -> pd.DataFrame:
    """The scores as the user reads them: stalled first, then the longest idle."""
    ordered = scores.sort_values(["stalled", "idle_days"], ascending=[False, False])
    names = step_labels(steps, with_none=True)
    table = pd.DataFrame({
        t(f"column.{by}"): ordered[by], t("column.municipality"): ordered["municipality"],
        t("column.centre"): ordered["centre"],
        t("scores.furthest"): ordered["current_step"].map(names)})
    for position in steps["position"]:
        days_in = ordered.get(f"days_{position}", pd.Series(index=ordered.index))
        table[t("scores.days_in", position=position)] = pd.to_numeric(days_in, errors="coerce")
    table[t("scores.readiness")] = (ordered["readiness"] * 100).round()
    table[t("scores.idle")] = ordered["idle_days"]
    table[t("scores.stalled")] = ["⚠ " + t("scores.stalled_yes") if stalled else ""
                                  for stalled in ordered["stalled"]]
    return table


def _formats(steps: pd.DataFrame) -> dict:
    whole = st.column_config.NumberColumn(format="%d")
    return ({t("scores.days_in", position=position): whole for position in steps["position"]}
            | {t("scores.readiness"): st.column_config.NumberColumn(format="%d %%"),
               t("scores.idle"): whole})
