"""Mallipohjat: admins rename and describe the steps, choose the step that marks go-live, and
add, reword, reorder, retire and restore the steps' readiness items."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.read_models import reads
from rollout.ui.tabs import steady_tabs
from rollout.ui.template_items import items_section
from rollout.ui.template_steps import choose_step, go_live_form, step_texts_form, steps_of

actor = current_actor()
programme = current_programme()
st.title(t("templates.title"))
if not actor.is_admin:  # the menu shows the page to admins only; the services check too
    st.info(t("templates.admins_only"))
    st.stop()
st.caption(t("templates.intro"))

data = reads(programme.id)
steps = steps_of(data)
step = choose_step(data, steps)
tabs = steady_tabs({"items": t("templates.items"), "texts": t("templates.step_texts"),
                    "go_live": t("templates.go_live")}, "templates.tabs", "items")
with tabs["items"]:
    items_section(actor, data, step)
with tabs["texts"]:
    step_texts_form(actor, programme.id, step)
with tabs["go_live"]:
    go_live_form(actor, data, steps)
