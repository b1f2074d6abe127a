"""Planner panels under the step grid: bulk update with preview, and plan baselines."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout import queries, services, tracking
from rollout.domain import StepStatus
from rollout.permissions import Actor
from rollout.ui.context import (date_input_format, day, flash, moment, session_factory,
                                showing_errors, t)
from rollout.ui.step_grid import status_label

PREVIEW_KEY = "bulk_preview"


def bulk_update(rows: pd.DataFrame, actor: Actor, step_names: dict[int, str]) -> None:
    """Pick units (or a whole centre), a step, and new values; preview; then save at once."""
    units = rows.drop_duplicates("unit_id")
    municipality_of = dict(zip(units["unit_id"], units["municipality"]))
    centres = dict(zip(units["centre_code"], units["centre"]))
    with st.form("bulk_update"):
        unit_column, centre_column = st.columns(2)
        chosen = unit_column.multiselect(t("bulk.units"), list(municipality_of),
                                         format_func=municipality_of.get,
                                         placeholder=t("common.choose"))
        centre = centre_column.selectbox(t("bulk.centre"), [None, *centres],
                                         format_func=lambda code: centres.get(code, "–"))
        step_column, status_column = st.columns(2)
        position = step_column.selectbox(t("steps.filter_step"), list(step_names),
                                         format_func=lambda p: f"{p}. {step_names[p]}")
        status = status_column.selectbox(t("steps.status"),
                                         [None, *(status.value for status in StepStatus)],
                                         format_func=lambda s: status_label(s) if s
                                         else t("bulk.keep"))
        dates = {field: column.date_input(t(f"steps.{field}"), value=None,
                                          format=date_input_format())
                 for column, field in zip(st.columns(4), ("planned_start", "planned_end",
                                                          "actual_start", "actual_end"))}
        reason = st.text_input(t("steps.reason"))
        previewed = st.form_submit_button(t("bulk.preview"))
    if previewed:
        unit_ids = chosen + [unit for unit in units.loc[units["centre_code"] == centre, "unit_id"]
                             if unit not in chosen]
        st.session_state.pop(PREVIEW_KEY, None)
        with showing_errors(), session_factory()() as session:
            st.session_state[PREVIEW_KEY] = (services.preview_bulk_update(
                session, actor, unit_ids, position,
                status=StepStatus(status) if status else None, **dates), reason)
    _show_preview(actor)


def _show_preview(actor: Actor) -> None:
    if PREVIEW_KEY not in st.session_state:
        return
    changes, reason = st.session_state[PREVIEW_KEY]
    if not changes:
        st.info(t("bulk.nothing"))
        return
    st.dataframe({t("column.municipality"): [c.municipality for c in changes],
                  t("column.field"): [t(f"steps.{c.field}") for c in changes],
                  t("column.old"): [_shown(c.old) for c in changes],
                  t("column.new"): [_shown(c.new) for c in changes]},
                 hide_index=True, width="stretch")
    if st.button(t("bulk.apply", count=len(changes)), type="primary"):
        with showing_errors(), session_factory()() as session:
            count = services.apply_bulk_update(session, actor, changes, reason)
            st.session_state.pop(PREVIEW_KEY)
            flash(t("bulk.applied", count=count))


def _shown(value) -> str:
    if isinstance(value, StepStatus):
        return status_label(value.value)
    if isinstance(value, date):
        return day(value)
    return value or "–"


def baselines(rows: pd.DataFrame, actor: Actor, programme_id: int,
              step_names: dict[int, str]) -> None:
    """Freeze the plan under a name; compare the shown units' plan and actuals with one."""
    if actor.can_edit_steps():
        with st.form("freeze_baseline"):
            name = st.text_input(t("baseline.name"))
            if st.form_submit_button(t("baseline.freeze")):
                with showing_errors(), session_factory()() as session:
                    services.freeze_baseline(session, actor, programme_id, name)
                    flash(t("baseline.frozen", name=name.strip()))
    with session_factory()() as session:
        frozen = queries.baselines_frame(session, programme_id)
    if frozen.empty:
        st.caption(t("baseline.none"))
        return
    labels = {row.baseline_id: f"{row.name} ({moment(row.created_at)})"
              for row in frozen.itertuples()}
    chosen = st.selectbox(t("baseline.compare"), list(labels), format_func=labels.get)
    with session_factory()() as session:
        plan = queries.baseline_plan(session, chosen)
    compared = tracking.baseline_variance(rows, plan)
    compared = compared[compared["baseline_end"].notna() | compared["planned_end"].notna()]
    st.dataframe({
        t("column.municipality"): compared["municipality"],
        t("column.step"): [f"{p}. {step_names[p]}" for p in compared["position"]],
        t("column.baseline_end"): [day(value) for value in compared["baseline_end"]],
        t("steps.planned_end"): [day(value) for value in compared["planned_end"]],
        t("column.plan_variance"): compared["plan_variance_days"],
        t("steps.actual_end"): [day(value) for value in compared["actual_end"]],
        t("column.actual_variance"): compared["actual_variance_days"],
    }, hide_index=True, width="stretch")
