"""The Progress page's answers: the headline figures, the adoption curve against plan and
baseline, and where units are by area."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import findings
from rollout.i18n import Words
from rollout.metrics.adoption import Adoption
from rollout.public_record import FirstLive, shown_briefly
from rollout.ui.context import lang, moment, number, percent, t, with_names
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.labels import population_note
from rollout.ui.read_models import Reads

CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def named_scores(data: Reads, today: date) -> tuple[pd.DataFrame, str]:
    """Implementation scores per unit with names, and what to group by: counties when the
    programme spans several, else areas."""
    def compute() -> tuple[pd.DataFrame, str]:
        scores = with_names(data.scores(today))
        return scores, "region" if scores["region"].nunique() > 1 else "area"
    return computed_once(("progress.scores", data, today), compute)


def headline(data: Reads, scores: pd.DataFrame, today: date) -> None:
    """Four figures that answer the managers' questions at a glance, and the population's
    sources."""
    def draw() -> None:
        picture = data.picture(today)
        _headline(data.adoption(today, None), picture.first_live(),
                  picture.late()["unit_id"].nunique(), int(scores["stalled"].sum()), today)
        st.caption(population_note(data.units()))
    draw_once(("progress.headline", data, today), draw)


def _headline(adoption: Adoption, first: FirstLive, late: int, stalled: int,
              today: date) -> None:
    covered, outlook = findings.value_on(adoption.actual, "residents", today), adoption.outlook
    live = findings.value_on(adoption.actual, "municipalities", today)
    share = covered / adoption.residents if adoption.residents else 0.0
    coverage, since, completion, trouble = st.columns(4)
    coverage.metric(t("progress.covered"), percent(share),
                    t("progress.covered_detail", live=number(live),
                      total=number(adoption.municipalities)), delta_color="off",
                    delta_arrow="off")
    words = Words(lang())
    value, detail = shown_briefly(words, first)
    since.metric(t("progress.first_live"), value, detail or None, delta_color="off",
                 delta_arrow="off", help=t("progress.first_live_help"))
    bound = adoption.latest_by.get(outlook.day, "") if outlook.kind == "complete" else ""
    value, detail = shown_briefly(words, FirstLive(outlook.day, latest_by=bound))
    completion.metric(t(f"progress.outlook_{outlook.kind}"), value, detail or None,
                      delta_color="off", delta_arrow="off",
                      help=findings.adoption_method(adoption, Words(lang())))
    trouble.metric(t("progress.late_stalled"), f"{number(late)} / {number(stalled)}",
                   help=t("progress.late_stalled_help"))


def adoption_section(data: Reads, today: date) -> None:
    """The adoption curve with its measure and baseline chosen, its method and its data."""
    st.subheader(t("progress.curve"))
    measure_column, baseline_column = st.columns(2)
    measure = measure_column.segmented_control(
        t("progress.measure"), findings.MEASURES, default="residents", key="progress.measure",
        format_func=lambda name: t(f"progress.measure_{name}")) or "residents"
    names = data.baseline_names()
    baseline_id = baseline_column.selectbox(
        t("progress.baseline"), [None, *names], key="progress.baseline",
        format_func=lambda chosen: names.get(chosen, t("progress.no_baseline")),
        help=t("progress.baseline_help"))
    adoption = data.adoption(today, baseline_id)
    words = Words(lang())

    def draw() -> None:
        st.plotly_chart(findings.adoption_figure(adoption, measure, words, today),
                        width="stretch", config=CHART_CONFIG)
        st.caption(findings.adoption_method(adoption, words))
        st.caption(findings.plan_comparison(adoption, measure, words, today))
        if adoption.bounded:
            st.caption(findings.bounds_note(adoption, words))
    draw_once(("progress.curve", data, today, measure, baseline_id), draw)
    csv_download(lambda: findings.curve_table(adoption, words), "adoption.csv",
                 "progress.curve")


def where_units_are(data: Reads, by: str, today: date) -> None:
    st.subheader(t("progress.where"), help=t("overview.units_per_step_help"))
    words, steps = Words(lang()), data.steps()
    progress = computed_once(("progress.where", data, today),
                             lambda: with_names(data.picture(today).progress()))
    draw_once(("progress.where", data, today, by), lambda: st.plotly_chart(
        findings.units_by_area_figure(progress, by, steps, words), width="stretch",
        config=CHART_CONFIG))
    csv_download(lambda: _units_by_step(progress, by, steps, words), "units_by_step.csv",
                 "progress.where")


def _units_by_step(progress: pd.DataFrame, by: str, steps: pd.DataFrame,
                   words: Words) -> pd.DataFrame:
    """How many units are at each step, by area (built on download)."""
    labels = words.step_labels(steps, with_none=True)
    counts = progress.groupby([by, "current_step"]).size().rename("units").reset_index()
    return pd.DataFrame({words.t(f"column.{by}"): counts[by],
                         words.t("column.step"): counts["current_step"].map(labels),
                         words.t("chart.units"): counts["units"]})


def last_changed(data: Reads) -> None:
    changed = data.last_change()
    st.caption(t("overview.last_changed", when=moment(changed)) if changed
               else t("overview.never_changed"))
