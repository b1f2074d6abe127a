"""Ohjelmat: admins see every programme and create one from a template, for the same county
(a new service) or another county."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.programme_admin import create_form, programme_choices, programme_table
from rollout.ui.read_models import reads

actor = current_actor()
programme = current_programme()
st.title(t("programmes.title"))

data = reads(programme.id)
programmes, templates, covered = programme_choices(data, actor.user_id)

programme_table(data, programmes)
create_form(actor, programme, templates, covered)
