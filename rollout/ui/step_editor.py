"""Editing one unit's six steps: a form per step, carrying the version the user loaded so
that a save never overwrites someone else's in-between change."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout import services
from rollout.domain import FIELDS, StepStatus, StepValues, out_of_order_steps
from rollout.permissions import Actor
from rollout.services import EditConflict
from rollout.ui.checklist_editor import checklist
from rollout.ui.context import (date_input_format, day, flash, moment, session_factory,
                                showing_errors, t)
from rollout.ui.step_grid import STATUS_ICONS, status_label

DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def unit_editor(unit_rows: pd.DataFrame, actor: Actor, step_names: dict[int, str],
                items: pd.DataFrame) -> None:
    """Heading, sequence warning and one tab per step of the selected unit: the step's form
    and its readiness checklist."""
    first = unit_rows.iloc[0]
    st.subheader(t("steps.unit_heading", municipality=first["municipality"],
                   centre=first["centre"]))
    statuses = {row.position: StepStatus(row.status) for row in unit_rows.itertuples()}
    flagged = out_of_order_steps(statuses)
    if flagged:
        st.warning(t("steps.out_of_order", positions=", ".join(map(str, flagged))),
                   icon=":material/warning:")
    if not actor.can_edit_steps():
        st.caption(t("steps.read_only"))
    tabs = st.tabs([f"{STATUS_ICONS[row.status]} {row.position}. {step_names[row.position]}"
                    for row in unit_rows.itertuples()])
    for tab, row in zip(tabs, unit_rows.itertuples()):
        with tab:
            _step_form(row, actor)
            checklist(items[items["step"] == row.position], row.unit_id, row.centre_id, actor)


def _step_form(row, actor: Actor) -> None:
    progress_id = row.progress_id
    loaded_version = st.session_state.setdefault(f"loaded_version_{progress_id}", row.version)
    conflict = st.session_state.get(f"conflict_{progress_id}")
    if conflict:
        _show_conflict(progress_id, conflict)
    read_only = not actor.can_edit_steps()
    statuses = [status.value for status in StepStatus]
    with st.form(f"step_form_{progress_id}", border=False):
        status_column, owner_column = st.columns(2)
        status = status_column.selectbox(t("steps.status"), statuses,
                                         index=statuses.index(row.status),
                                         format_func=status_label, disabled=read_only,
                                         key=f"{progress_id}_status")
        owner = owner_column.text_input(t("steps.owner"), value=row.owner, disabled=read_only,
                                        key=f"{progress_id}_owner")
        dates = {}
        for column, field in zip(st.columns(4), DATE_FIELDS):
            dates[field] = column.date_input(
                t(f"steps.{field}"), value=getattr(row, field), format=date_input_format(),
                disabled=read_only, key=f"{progress_id}_{field}",
                help=t("steps.actual_end_help") if field == "actual_end" else None)
        note = st.text_area(t("steps.note"), value=row.note, disabled=read_only, height=80,
                            key=f"{progress_id}_note")
        reason = st.text_input(t("steps.reason"), disabled=read_only,
                               key=f"{progress_id}_reason")
        submitted = st.form_submit_button(t("steps.save"), type="primary", disabled=read_only)
    if row.version > 1:  # saved at least once after it was created
        st.caption(t("steps.last_saved", when=moment(row.updated_at)))
    if submitted:
        wanted = StepValues(status=StepStatus(status), owner=owner.strip(), note=note.strip(),
                            **dates)
        _save(row, actor, loaded_version, wanted, reason)


def _save(row, actor: Actor, loaded_version: int, wanted: StepValues, reason: str) -> None:
    with showing_errors():
        try:
            with session_factory()() as session:
                services.update_step(session, actor, row.progress_id, loaded_version, wanted,
                                     reason)
        except EditConflict as conflict:
            st.session_state[f"conflict_{row.progress_id}"] = conflict
            st.rerun()
        forget_edits(row.progress_id)
        flash(t("steps.saved", municipality=row.municipality, step=row.position))


def _show_conflict(progress_id: int, conflict: EditConflict) -> None:
    st.error(t(conflict.key, **conflict.params), icon=":material/sync_problem:")
    if conflict.at:
        st.caption(t("steps.conflict_when", when=moment(conflict.at)))
    theirs = conflict.theirs
    st.dataframe({t("column.field"): [t(f"steps.{field}") for field in FIELDS],
                  t("column.new"): [_shown(field, getattr(theirs, field)) for field in FIELDS]},
                 hide_index=True)
    st.button(t("steps.load_theirs"), key=f"load_theirs_{progress_id}",
              on_click=forget_edits, args=(progress_id,))


def _shown(field: str, value) -> str:
    if field == "status":
        return status_label(value.value)
    if field in DATE_FIELDS:
        return day(value)
    return value or "–"


def forget_edits(progress_id: int) -> None:
    """Drop the form's state so it shows what the database holds now."""
    prefix = f"{progress_id}_"
    for key in [key for key in st.session_state if isinstance(key, str) and (
            key.startswith(prefix) or key in (f"loaded_version_{progress_id}",
                                              f"conflict_{progress_id}"))]:
        del st.session_state[key]
