"""Käyttäjät: admins add users, set roles and centres, reset passwords, disable accounts."""
import streamlit as st

from rollout import queries
from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, moment, session_factory, t, with_names
from rollout.ui.user_admin import add_user_form, edit_user

actor = current_actor()
programme = current_programme()
st.title(t("users.title"))

with session_factory()() as session:
    users = queries.users_frame(session, programme.id)
    centres = with_names(queries.centres_frame(session))
# A retired centre is offered no more, but a lead who still has it keeps it (and sees it).
assigned = {code for codes in users["centres"] for code in codes}
offered = centres[~centres["retired"] | centres["code"].isin(assigned)]
centre_names = dict(zip(offered["code"], offered["centre"]))

st.dataframe(
    {t("users.user"): users["username"], t("users.display_name"): users["display_name"],
     t("users.role"): [t(f"role.{role}") if role else "–" for role in users["role"]],
     t("users.centres"): [", ".join(centre_names.get(code, code) for code in codes) or "–"
                          for codes in users["centres"]],
     t("users.email"): users["email"].fillna(""),
     t("users.active"): users["active"],
     t("users.locked_until"): [moment(value) if value else "" for value in
                               users["locked_until"]]},
    hide_index=True, width="stretch")

add_column, edit_column = st.columns(2)
with add_column:
    add_user_form(actor, programme.id, centre_names)
with edit_column:
    edit_user(actor, programme.id, users, centre_names)
