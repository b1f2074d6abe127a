"""Bulk update: pick units (or a whole centre), a step and new values; preview; save at once
(a preview tied to its inputs, rollout.ui.previews)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import services
from rollout.domain import DATE_FIELDS, StepStatus
from rollout.permissions import Actor
from rollout.services import PlannedChange
from rollout.ui.context import date_input_format, session_factory, t, tc
from rollout.ui.labels import status_label, step_value_label
from rollout.ui.previews import Preview, PreviewedAction



@dataclass(frozen=True)
class BulkInputs:
    """What the user asked for: which units, which step, and the values to set."""
    unit_ids: tuple[int, ...]
    position: int
    status: str | None
    dates: tuple[tuple[str, date | None], ...]
    reason: str


def bulk_update(rows: pd.DataFrame, actor: Actor, step_names: dict[int, str]) -> None:
    """The inputs, then the preview of exactly those inputs and its save button."""
    units = rows.drop_duplicates("unit_id")
    municipality_of = dict(zip(units["unit_id"], units["municipality"]))
    centres = dict(zip(units["centre_code"], units["centre"]))
    units_of_centre = units.groupby("centre_code")["unit_id"].apply(tuple).to_dict()
    unit_column, centre_column = st.columns(2)
    unit_column.multiselect(t("bulk.units"), list(municipality_of), key="bulk.units",
                            format_func=municipality_of.get, placeholder=t("common.choose"))
    centre_column.selectbox(t("bulk.centre"), [None, *centres], key="bulk.centre",
                            format_func=lambda code: centres.get(code, "–"))
    step_column, status_column = st.columns(2)
    step_column.selectbox(t("steps.filter_step"), list(step_names), key="bulk.position",
                          format_func=lambda p: f"{p}. {step_names[p]}")
    status_column.selectbox(t("steps.status"), [None, *(s.value for s in StepStatus)],
                            key="bulk.status",
                            format_func=lambda s: status_label(s) if s else t("bulk.keep"))
    for column, field in zip(st.columns(4), DATE_FIELDS):
        column.date_input(t(f"steps.{field}"), value=None, format=date_input_format(),
                          key=f"bulk.{field}")
    st.text_input(t("steps.reason"), key="bulk.reason")
    action = PreviewedAction("bulk", partial(_inputs, units_of_centre), partial(_plan, actor),
                             partial(_save, actor))
    action.preview_button(t("bulk.preview"), disabled=not action.read().unit_ids)
    preview = action.current()
    if preview is not None:
        _show_preview(preview, action, units.set_index("unit_id"), step_names)
    action.show_outcome()


def _inputs(units_of_centre: Mapping[str, tuple[int, ...]]) -> BulkInputs:
    """The inputs as the widgets hold them now (in a callback too, before the page runs)."""
    state = st.session_state
    chosen = list(state.get("bulk.units") or [])
    centre_units = units_of_centre.get(state.get("bulk.centre"), ())
    return BulkInputs(tuple(dict.fromkeys([*chosen, *centre_units])),
                      state.get("bulk.position"), state.get("bulk.status"),
                      tuple((field, state.get(f"bulk.{field}")) for field in DATE_FIELDS),
                      (state.get("bulk.reason") or "").strip())


def _plan(actor: Actor, inputs: BulkInputs) -> list[PlannedChange]:
    with session_factory()() as session:
        return services.preview_bulk_update(
            session, actor, list(inputs.unit_ids), inputs.position,
            status=StepStatus(inputs.status) if inputs.status else None,
            reason=inputs.reason, **dict(inputs.dates))


def _save(actor: Actor, preview: Preview) -> str:
    with session_factory()() as session:
        count = services.apply_bulk_update(session, actor, list(preview.changes),
                                           preview.inputs.reason)
    return tc("bulk.applied", count)


def _show_preview(preview: Preview, action: PreviewedAction, units: pd.DataFrame,
                  step_names: dict[int, str]) -> None:
    changes = preview.changes
    if not changes:
        st.info(t("bulk.nothing"))
        return
    steps = len({change.progress_id for change in changes})
    st.caption(t("bulk.preview_count", count=len(changes), steps=steps))
    st.dataframe({t("column.step"): [f"{c.position}. {step_names[c.position]}" for c in changes],
                  t("column.centre"): [units.at[c.unit_id, "centre"] for c in changes],
                  t("column.municipality"): [units.at[c.unit_id, "municipality"]
                                             for c in changes],
                  t("column.field"): [t(f"steps.{c.field}") for c in changes],
                  t("column.old"): [step_value_label(c.field, c.old) for c in changes],
                  t("column.new"): [step_value_label(c.field, c.new) for c in changes]},
                 hide_index=True, width="stretch")
    action.save_button(preview, tc("bulk.apply", steps))
