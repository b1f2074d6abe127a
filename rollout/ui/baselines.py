"""Baselines under the step grid: freeze the plan under a name; compare the shown units' plan
and actuals with a frozen one."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout import queries, services, tracking
from rollout.permissions import Actor
from rollout.ui.callbacks import acting
from rollout.ui.context import days, moment, notify, session_factory, show_notice, t


def baselines(rows: pd.DataFrame, actor: Actor, programme_id: int,
              step_names: dict[int, str]) -> None:
    """Freeze the plan under a name; compare the shown units' plan and actuals with one."""
    if actor.can_edit_steps():
        with st.form("freeze_baseline"):
            st.text_input(t("baseline.name"), key="baseline.name", max_chars=120)
            st.form_submit_button(t("baseline.freeze"), on_click=_freeze,
                                  args=(actor, programme_id))
        show_notice("baseline")
    with session_factory()() as session:
        frozen = queries.baselines_frame(session, programme_id)
    if frozen.empty:
        st.caption(t("baseline.none"))
        return
    labels = {row.baseline_id: f"{row.name} ({moment(row.created_at)})"
              for row in frozen.itertuples()}
    chosen = st.selectbox(t("baseline.compare"), list(labels), format_func=labels.get,
                          index=None, placeholder=t("common.choose"))
    if chosen is None:
        return
    with session_factory()() as session:
        plan = queries.baseline_plan(session, chosen)
    compared = tracking.baseline_variance(rows, plan)
    compared = compared[compared["baseline_end"].notna() | compared["planned_end"].notna()]
    st.dataframe({
        t("column.municipality"): compared["municipality"],
        t("column.step"): [f"{p}. {step_names[p]}" for p in compared["position"]],
        t("column.baseline_end"): days(compared["baseline_end"]),
        t("steps.planned_end"): days(compared["planned_end"]),
        t("column.plan_variance"): compared["plan_variance_days"],
        t("steps.actual_end"): days(compared["actual_end"]),
        t("column.actual_variance"): compared["actual_variance_days"],
    }, hide_index=True, width="stretch")


def _freeze(actor: Actor, programme_id: int) -> None:
    name = st.session_state.get("baseline.name", "")
    with acting("baseline"), session_factory()() as session:
        services.freeze_baseline(session, actor, programme_id, name)
        st.session_state["baseline.name"] = ""
        notify("baseline", "success", t("baseline.frozen", name=name.strip()))
