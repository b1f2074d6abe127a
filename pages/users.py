"""Käyttäjät: admins add users, set roles and centres, reset passwords, disable accounts."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.user_admin import add_user_form, edit_user, user_table, users_and_centres

actor = current_actor()
programme = current_programme()
st.title(t("users.title"))

users, centre_names = users_and_centres(programme.id)
user_table(users, centre_names)

add_column, edit_column = st.columns(2)
with add_column:
    add_user_form(actor, programme.id, centre_names)
with edit_column:
    edit_user(actor, programme.id, users, centre_names)
