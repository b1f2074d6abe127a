"""Valmius: a step's readiness items for every municipality of a family centre; set an item
for the whole centre at once; sign ready units off. Leads start here."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.drawn_once import computed_once
from rollout.ui.labels import step_labels
from rollout.ui.read_models import reads
from rollout.ui.readiness_view import (centre_names, centre_readiness, centre_update,
                                       readiness_details, readiness_matrix, sign_off_panel,
                                       working_step)

actor = current_actor()
programme = current_programme()
st.title(t("readiness.title"))
data = reads(programme.id)
centres = centre_names(data)
own = [centre for centre in centres if centre in actor.centre_ids]
choices = own or list(centres)  # a lead opens on their own centres; others pick any
centre_column, step_column = st.columns(2)
centre_id = centre_column.selectbox(t("readiness.centre"), choices, format_func=centres.get,
                                    key="readiness.centre")
step_names = computed_once(("readiness.steps", data), lambda: step_labels(data.steps()))
position = step_column.selectbox(t("steps.filter_step"), list(step_names),
                                 format_func=step_names.get,
                                 index=list(step_names).index(working_step(data, centre_id)),
                                 key=f"readiness.step.{centre_id}")

items, steps = centre_readiness(data, centre_id, position)
readiness_matrix(data, (centre_id, position), items)
may_review = actor.can_review_centre(centre_id)
if not may_review:
    st.caption(t("checklist.read_only"))
with st.expander(t("readiness.details"), icon=":material/list:"):
    readiness_details(data, (centre_id, position), items)
if may_review:
    with st.expander(t("readiness.set_for_centre"), icon=":material/done_all:"):
        centre_update(actor, items, f"readiness.update.{centre_id}.{position}")
st.subheader(t("readiness.sign_off"))
sign_off_panel(data, (centre_id, position), actor, items, steps,
               f"readiness.sign.{centre_id}.{position}", may_review)
