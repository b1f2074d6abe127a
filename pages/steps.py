"""Askeleet: the planners' grid of units × steps, the unit editor, bulk update, baselines."""
from datetime import date

import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.baselines import baselines
from rollout.ui.bulk_update import bulk_update
from rollout.ui.context import current_programme, lang, number, t
from rollout.ui.read_models import reads
from rollout.ui.step_editor import unit_editor
from rollout.ui.step_grid import filtered_units, page_of_units, status_grid, unit_from_address

actor = current_actor()
programme = current_programme()
st.title(t("steps.title"))

data, today = reads(programme.id), date.today()
rows = data.grid_rows(today, lang())
step_names = data.step_names(lang())

unit_ids = filtered_units(data, rows, step_names)
st.caption(t("steps.shown" if actor.can_edit_steps() else "steps.shown_read_only",
             shown=number(len(unit_ids)), total=number(data.unit_count())))
page = page_of_units(unit_ids)
selected_unit = status_grid(data, rows, today, page, step_names) or unit_from_address(rows)
st.caption(t("steps.legend"))

if selected_unit is not None:
    unit_editor(data, rows[rows["unit_id"] == selected_unit], actor, step_names)
# The panels' contents run only while they are open.
if actor.can_edit_steps():
    panel = st.expander(t("bulk.title"), icon=":material/edit_note:", key="panel.bulk",
                        on_change="rerun")
    if panel.open:
        with panel:
            bulk_update(rows, actor, step_names)
panel = st.expander(t("baseline.title"), icon=":material/flag:", key="panel.baselines",
                    on_change="rerun")
if panel.open:
    with panel:
        baselines(rows[rows["unit_id"].isin(page)], actor, programme.id, step_names)
