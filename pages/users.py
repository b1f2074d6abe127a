"""Käyttäjät: admins add users, set roles and centres, reset passwords, disable accounts."""
import streamlit as st

from rollout import accounts, queries
from rollout.domain import Role
from rollout.ui.auth import current_actor
from rollout.ui.context import (current_programme, flash, moment, session_factory,
                                show_flash, showing_errors, t)

actor = current_actor()
programme = current_programme()
st.title(t("users.title"))
show_flash()

with session_factory()() as session:
    users = queries.users_frame(session, programme.id)
    centres = queries.centres_frame(session)
centre_names = dict(zip(centres["code"], centres["name"]))
roles = [role.value for role in Role]

st.dataframe(
    {t("users.user"): users["username"], t("users.display_name"): users["display_name"],
     t("users.role"): [t(f"role.{role}") if role else "–" for role in users["role"]],
     t("users.centres"): users["centres"], t("users.email"): users["email"].fillna(""),
     t("users.active"): users["active"],
     t("users.locked_until"): [moment(value) if value else "" for value in
                               users["locked_until"]]},
    hide_index=True, width="stretch")


def role_and_centres(prefix: str, role: str = Role.PLANNER.value, codes=()):
    role = st.selectbox(t("users.role"), roles, index=roles.index(role), key=f"{prefix}_role",
                        format_func=lambda value: t(f"role.{value}"))
    codes = st.multiselect(t("users.centres"), list(centre_names), default=list(codes),
                           format_func=centre_names.get, key=f"{prefix}_centres",
                           placeholder=t("common.choose"))
    return Role(role), codes


add_column, edit_column = st.columns(2)
with add_column, st.form("add_user", clear_on_submit=False):
    st.subheader(t("users.add"))
    username = st.text_input(t("users.user"))
    display_name = st.text_input(t("users.display_name"))
    email = st.text_input(t("users.email"))
    role, codes = role_and_centres("add")
    if st.form_submit_button(t("users.add"), type="primary"):
        with showing_errors(), session_factory()() as session:
            password = accounts.add_user(session, actor, username=username, role=role,
                                         programme_id=programme.id, centre_codes=codes,
                                         display_name=display_name, email=email)
            flash(t("users.created", username=username.strip().lower(), password=password))

with edit_column:
    st.subheader(t("users.edit"))
    chosen = st.selectbox(t("users.user"), users["username"])
    row = users.set_index("username").loc[chosen]
    with st.form("edit_role"):
        codes_now = [code for code in row["centres"].split(", ") if code]
        role, codes = role_and_centres("edit", row["role"] or Role.MANAGER.value, codes_now)
        if st.form_submit_button(t("users.save_role")):
            with showing_errors(), session_factory()() as session:
                accounts.set_role(session, actor, username=chosen, programme_id=programme.id,
                                  role=role, centre_codes=codes)
                flash(t("users.saved"))
    reset_column, active_column = st.columns(2)
    if reset_column.button(t("users.reset_password"), icon=":material/key:"):
        with showing_errors(), session_factory()() as session:
            password = accounts.set_password(session, actor, username=chosen)
            flash(t("users.password_reset", username=chosen, password=password))
    toggle_key = "users.disable" if row["active"] else "users.enable"
    if active_column.button(t(toggle_key)):
        with showing_errors(), session_factory()() as session:
            accounts.set_active(session, actor, username=chosen, active=not row["active"])
            flash(t("users.saved"))
