"""Editing one unit's six steps: a tab per step holding the step's form and its readiness
checklist. The forms follow rollout.ui.record_form, so a save never overwrites someone else's
change and never sends values the user did not see."""
from __future__ import annotations

from dataclasses import asdict
from functools import partial

import pandas as pd
import streamlit as st

from rollout import metrics, queries, services
from rollout.domain import (DATE_FIELDS, FIELDS, StepStatus, StepValues,
                            out_of_order_steps)
from rollout.i18n import Words
from rollout.permissions import Actor
from rollout.public_record import latest_by_label
from rollout.ui import record_form
from rollout.ui.readiness_editor import checklist
from rollout.ui.context import date_input_format, lang, moment, session_factory, t
from rollout.ui.drawn_once import computed_once
from rollout.ui.labels import (confirmation_label, readiness_label, status_label,
                               step_value_label)
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved
from rollout.ui.tabs import steady_tabs


def unit_editor(data: Reads, unit_rows: pd.DataFrame, actor: Actor,
                step_names: dict[int, str]) -> None:
    """Heading, sequence warning and one tab per step of the selected unit: the step's
    readiness, sign-off (or override), form and readiness checklist. The tab the user chose
    stays open across saves."""
    first = unit_rows.iloc[0]
    items, counts, confirmed = computed_once(("steps.unit", data, int(first["unit_id"])),
                                             lambda: _unit_reads(int(first["unit_id"])))
    st.subheader(t("steps.unit_heading", municipality=first["municipality"],
                   centre=first["centre"]))
    statuses = {row.position: StepStatus(row.status) for row in unit_rows.itertuples()}
    flagged = out_of_order_steps(statuses)
    if flagged:
        st.warning(t("steps.out_of_order", positions=", ".join(map(str, flagged))),
                   icon=":material/warning:")
    if not actor.can_edit_steps():
        st.caption(t("steps.read_only"))
    labels = {position: f"{position}. {name}" for position, name in step_names.items()}
    working_on = next((position for position, status in statuses.items()
                       if status != StepStatus.DONE), min(statuses))
    tabs = steady_tabs(labels, f"unit-{first['unit_id']}-steps", working_on)
    people = computed_once(("steps.people", data), lambda: _people(data.programme_id))
    for row in unit_rows.itertuples():
        with tabs[row.position]:
            st.caption(t("steps.readiness", counts=readiness_label(*counts.loc[row.position])))
            if row.position in confirmed.index:
                st.text(confirmation_label(*confirmed.loc[row.position]))
            _step_form(row, actor, people)
            checklist(items[items["step"] == row.position], row.unit_id, row.centre_id, actor)


def _unit_reads(unit_id: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The unit's readiness items, their counts per step and the steps' sign-offs (read once
    per data stamp: every item's change and sign-off moves it)."""
    with session_factory()() as session:
        items = queries.readiness_frame(session, unit_id)
        confirmations = queries.confirmations(session, unit_id)
    return (items, metrics.readiness(items, ["step"]).set_index("step"),
            confirmations.set_index("position"))


def form_values(values: StepValues) -> dict[str, object]:
    """A step's values as its form shows them: the status by its value, and the reason for
    a reopening and an admin's override, which are asked afresh at every save."""
    shown = asdict(values)
    shown["status"] = values.status.value
    return shown | ASKED_AT_EVERY_SAVE


ASKED_AT_EVERY_SAVE = {"reason": "", "override": "", "owner_account": None}


def _people(programme_id: int) -> list[str]:
    with session_factory()() as session:
        return queries.programme_people(session, programme_id)


def _step_form(row, actor: Actor, people: list[str]) -> None:
    read_only = not actor.can_edit_steps()
    stored = {name: getattr(row, name) for name in FIELDS} | ASKED_AT_EVERY_SAVE
    form = record_form.open_form(f"step-{row.progress_id}", row.version, stored, read_only)
    record_form.notice_if_stale(form, row.version, stored, row.updated_at)
    statuses = [status.value for status in StepStatus]
    with st.form(form.prefix, border=False):
        status_column, owner_column = st.columns(2)
        status_column.selectbox(t("steps.status"), statuses,
                                index=statuses.index(form.values["status"]),
                                format_func=status_label, disabled=read_only,
                                key=form.key("status"))
        with owner_column:
            _owner(row, form, people, read_only)
        for column, field in zip(st.columns(4), DATE_FIELDS):
            column.date_input(t(f"steps.{field}"), value=form.values[field],
                              format=date_input_format(), disabled=read_only,
                              key=form.key(field),
                              help=t("steps.actual_end_help") if field == "actual_end" else None)
        if row.end_latest_by:
            st.caption(t("steps.end_latest_by", bound=latest_by_label(Words(lang()),
                                                                      row.end_latest_by)))
        st.text_area(t("steps.note"), value=form.values["note"], disabled=read_only,
                     height=80, key=form.key("note"))
        st.text_input(t("steps.reason"), value=form.values["reason"], disabled=read_only,
                      key=form.key("reason"))
        if actor.is_admin:
            st.text_input(t("steps.override"), value=form.values["override"],
                          key=form.key("override"), help=t("steps.override_help"))
        record_form.submit_button(form, t("steps.save"), _entered,
                                  partial(_save, row, actor), type="primary",
                                  disabled=read_only)
    if row.version > 1:  # saved at least once after it was created
        st.caption(t("steps.last_saved", when=moment(row.updated_at)))
    record_form.show_conflict(form, {field: t(f"steps.{field}") for field in FIELDS},
                             step_value_label, form_values)


def _owner(row, form: RecordForm, people: list[str], read_only: bool) -> None:
    """The owner as text (anyone), or one of the programme's people chosen (their name,
    linked to their account), and whether the stored owner is linked."""
    st.text_input(t("steps.owner"), value=form.values["owner"], disabled=read_only,
                  key=form.key("owner"), max_chars=120)
    st.selectbox(t("steps.owner_account"), people, index=None,
                 placeholder=t("steps.owner_account_placeholder"), disabled=read_only,
                 key=form.key("owner_account"), help=t("steps.owner_help"))
    if row.owner.strip():
        st.caption(t("steps.owner_linked") if pd.notna(row.owner_user_id)
                   else t("steps.owner_unlinked"))


def _entered(form: RecordForm) -> dict[str, object]:
    entered = {field: form.widget_value(field) for field in FIELDS}
    entered["owner"], entered["note"] = entered["owner"].strip(), entered["note"].strip()
    chosen = form.widget_value("owner_account")
    if chosen:  # a person of the programme chosen: their name, linked to their account
        entered["owner"] = chosen
    entered["reason"] = (form.widget_value("reason") or "").strip()
    entered["override"] = (form.widget_value("override") or "").strip()
    return entered


def _save(row, actor: Actor, form: RecordForm, entered: dict[str, object]) -> Saved:
    wanted = StepValues(**{**{field: entered[field] for field in FIELDS},
                           "status": StepStatus(entered["status"])})
    with session_factory()() as session:
        stored = services.update_step(session, actor, row.progress_id, form.version, wanted,
                                      entered["reason"], override=entered["override"])
        values = form_values(services.values_of(stored))
    if stored.version == form.version:
        return Saved(stored.version, values, t("steps.no_changes"))
    return Saved(stored.version, values,
                 t("steps.saved", municipality=row.municipality, step=row.position))

