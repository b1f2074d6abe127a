"""Askeleet: the planners' grid of units × steps, the unit editor, bulk update, baselines."""
from datetime import date

import streamlit as st

from rollout import i18n, queries, tracking
from rollout.ui.auth import current_actor
from rollout.ui.baselines import baselines
from rollout.ui.bulk_update import bulk_update
from rollout.ui.context import current_programme, lang, session_factory, t, with_names
from rollout.ui.step_editor import unit_editor
from rollout.ui.step_grid import grid_filters, status_grid

actor = current_actor()
programme = current_programme()
st.title(t("steps.title"))

with session_factory()() as session:
    rows = tracking.with_flags(queries.step_rows(session, programme.id), date.today())
    steps = queries.steps_frame(session, programme.id)
rows = with_names(rows)
step_names = {row.position: i18n.localized(row._asdict(), "name", lang())
              for row in steps.itertuples()}

wanted = grid_filters(rows, step_names)
unit_ids = tracking.matching_units(rows, wanted)
shown = rows[rows["unit_id"].isin(unit_ids)]
total = rows["unit_id"].nunique()
st.caption(t("steps.shown" if actor.can_edit_steps() else "steps.shown_read_only",
             shown=len(unit_ids), total=total))
selected_unit = status_grid(shown, step_names)
st.caption(t("steps.legend"))

if selected_unit is not None:
    with session_factory()() as session:
        items = queries.checklist_frame(session, selected_unit)
    unit_editor(rows[rows["unit_id"] == selected_unit], actor, step_names, items)
if actor.can_edit_steps():
    with st.expander(t("bulk.title"), icon=":material/edit_note:"):
        bulk_update(rows, actor, step_names)
with st.expander(t("baseline.title"), icon=":material/flag:"):
    baselines(shown, actor, programme.id, step_names)
