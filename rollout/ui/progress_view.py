"""The Progress page's answers: the headline figures, the adoption curve against plan and
baseline, and where units are by area."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import findings, queries
from rollout.i18n import Words
from rollout.metrics.adoption import Adoption
from rollout.ui.context import day, lang, moment, number, percent, session_factory, t
from rollout.ui.downloads import csv_download
from rollout.ui.chart_cache import cached_figure
from rollout.ui.read_models import Reads

CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def headline(adoption: Adoption, late: int, stalled: int, today: date) -> None:
    """Four figures that answer the managers' questions at a glance."""
    covered, outlook = findings.value_on(adoption.actual, "residents", today), adoption.outlook
    live = findings.value_on(adoption.actual, "municipalities", today)
    share = covered / adoption.residents if adoption.residents else 0.0
    coverage, since, completion, trouble = st.columns(4)
    coverage.metric(t("progress.covered"), percent(share),
                    t("progress.covered_detail", live=number(live),
                      total=number(adoption.municipalities)), delta_color="off",
                    delta_arrow="off")
    since.metric(t("progress.first_live"), day(adoption.first_live),
                 help=t("progress.first_live_help"))
    completion.metric(t(f"progress.outlook_{outlook.kind}"), day(outlook.day),
                      help=findings.adoption_method(adoption, Words(lang())))
    trouble.metric(t("progress.late_stalled"), f"{number(late)} / {number(stalled)}",
                   help=t("progress.late_stalled_help"))


def adoption_section(data: Reads, baselines: pd.DataFrame, today: date) -> Adoption:
    """The adoption curve with its measure and baseline chosen, its method and its data."""
    st.subheader(t("progress.curve"))
    measure_column, baseline_column = st.columns(2)
    measure = measure_column.segmented_control(
        t("progress.measure"), findings.MEASURES, default="residents", key="progress.measure",
        format_func=lambda name: t(f"progress.measure_{name}")) or "residents"
    names = dict(zip(baselines["baseline_id"], baselines["name"]))
    baseline_id = baseline_column.selectbox(
        t("progress.baseline"), [None, *names], key="progress.baseline",
        format_func=lambda chosen: names.get(chosen, t("progress.no_baseline")),
        help=t("progress.baseline_help"))
    adoption = data.adoption(today, baseline_id)
    words = Words(lang())
    figure = cached_figure(("adoption", data, today, measure, baseline_id, words.lang),
                           lambda: findings.adoption_figure(adoption, measure, words, today))
    st.plotly_chart(figure, width="stretch", config=CHART_CONFIG)
    st.caption(findings.adoption_method(adoption, words))
    st.caption(findings.plan_comparison(adoption, measure, words, today))
    csv_download(findings.curve_table(adoption, words), "adoption.csv", "progress.curve")
    return adoption


def where_units_are(data: Reads, progress: pd.DataFrame, by: str, steps: pd.DataFrame,
                    today: date) -> None:
    st.subheader(t("progress.where"), help=t("overview.units_per_step_help"))
    words = Words(lang())
    figure = cached_figure(("where", data, today, by, words.lang),
                           lambda: findings.units_by_area_figure(progress, by, steps, words))
    st.plotly_chart(figure, width="stretch", config=CHART_CONFIG)
    labels = words.step_labels(steps, with_none=True)
    counts = progress.groupby([by, "current_step"]).size().rename("units").reset_index()
    csv_download(pd.DataFrame({t(f"column.{by}"): counts[by],
                               t("column.step"): counts["current_step"].map(labels),
                               t("chart.units"): counts["units"]}),
                 "units_by_step.csv", "progress.where")


def last_changed(data: Reads) -> None:
    changed = data.last_change()
    st.caption(t("overview.last_changed", when=moment(changed)) if changed
               else t("overview.never_changed"))


def baselines_of(programme_id: int) -> pd.DataFrame:
    """The programme's frozen plans, to compare the curve against."""
    with session_factory()() as session:
        return queries.baselines_frame(session, programme_id)
