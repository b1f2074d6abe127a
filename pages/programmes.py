"""Ohjelmat: admins see every programme and create one from a template, for the same county
(a new service) or another county."""
import streamlit as st

from rollout import queries
from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, session_factory, t
from rollout.ui.programme_admin import create_form, programme_table

actor = current_actor()
programme = current_programme()
st.title(t("programmes.title"))

with session_factory()() as session:
    programmes = queries.programmes_frame(session)
    templates = queries.administered_programmes(session, actor.user_id)
covered = {code for codes in programmes.loc[~programmes["is_synthetic"], "counties"]
           for code in codes.split(", ") if code}

programme_table(programmes)
create_form(actor, programme, templates, covered)
