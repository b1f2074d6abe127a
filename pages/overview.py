"""Yleiskuva: live municipalities, residents covered, units per step, progress by area."""
from datetime import date

import streamlit as st

from rollout import charts, metrics, queries
from rollout.ui.context import (current_programme, date_input_format, moment, number,
                                percent, t, with_names)
from rollout.ui.labels import population_note, step_labels
from rollout.ui.read_models import reads

programme = current_programme()
st.title(t("overview.title"))
today = date.today()
as_of = st.columns([1, 3])[0].date_input(
    t("overview.as_of"), value=today, max_value=today, format=date_input_format(),
    help=t("overview.as_of_help"))

data = reads(programme.id)
steps = data.steps()
progress = with_names(metrics.unit_progress(data.units(), metrics.statuses_on(
    data.transitions(), as_of), queries.go_live_position(steps)))
last_change = data.last_change()
st.caption(t("overview.last_changed", when=moment(last_change)) if last_change
           else t("overview.never_changed"))

covered = metrics.coverage(progress)
live_column, residents_column, units_column = st.columns(3)
live_column.metric(t("overview.live_municipalities"),
                   f"{covered.live_municipalities} / {covered.municipalities}")
residents_column.metric(t("overview.residents_covered"), number(covered.residents_covered),
                        t("overview.share_of_residents", share=percent(covered.share),
                          total=number(covered.residents)),
                        delta_color="off", delta_arrow="off")
units_column.metric(t("overview.units"), number(len(progress)), help=t("overview.units_help"))

names = step_labels(steps, with_none=True)

# A programme spanning several counties is compared county by county.
by = "region" if progress["region"].nunique() > 1 else "area"
st.subheader(t(f"overview.by_{by}"))
groups = metrics.area_progress(progress, len(steps), by)
st.dataframe(
    {t(f"column.{by}"): groups[by],
     t("column.live"): [f"{live} / {total}" for live, total
                        in zip(groups["live"], groups["municipalities"])],
     t("column.residents_covered"): [f"{number(covered)} / {number(total)}" for covered, total
                                     in zip(groups["residents_covered"], groups["residents"])],
     t("column.coverage_share"): [percent(value) for value in groups["coverage_share"]],
     t("column.steps_done_share"): [percent(value) for value in groups["steps_done_share"]]},
    hide_index=True, width="stretch",
    column_config={t(f"column.{by}"): st.column_config.TextColumn(width="large")})
st.caption(population_note(progress))

st.subheader(t("overview.units_per_step"), help=t("overview.units_per_step_help"))
counts = metrics.units_per_step(progress, steps["position"].tolist())
st.columns([3, 2])[0].plotly_chart(
    charts.units_per_step_bar(counts, names, t("chart.units")), width="stretch",
    config={"displayModeBar": False})
