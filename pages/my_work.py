"""Omat tehtävät: what the signed-in person must do next in the chosen programme."""
from datetime import date

import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.my_work_view import last_visit, work_list
from rollout.ui.read_models import reads

programme = current_programme()
actor = current_actor()
st.title(t("my_work.title"))
st.caption(t(f"my_work.intro.{actor.role.value}"))
work_list(actor, reads(programme.id), date.today(), last_visit(actor, programme.id))
