"""The admin's user forms: add a user (the form empties after adding and shows the password
once, in a code element), and change the chosen user's role and centres (a record form keyed
by the user and their version), reset a password or disable an account after confirming.

The accounts are read afresh on every run (one statement): a failed sign-in locks an account
without a recorded change, so the data stamp does not cover them. The family centres are
read once per data stamp (every change of a centre is a recorded save)."""
from __future__ import annotations

from collections.abc import Mapping
from functools import partial

import pandas as pd
import streamlit as st

from rollout import accounts, queries
from rollout.domain import Role
from rollout.permissions import Actor
from rollout.ui import record_form
from rollout.ui.callbacks import acting
from rollout.ui.context import moment, notify, session_factory, show_notice, t, with_names
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import reads
from rollout.ui.record_form import RecordForm, Saved

ROLES = [role.value for role in Role]
NO_ROLE = ""
PASSWORD_KEY = "users.password_shown"
CONFIRM_KEY = "users.confirming"


def users_and_centres(programme_id: int) -> tuple[pd.DataFrame, dict[str, str]]:
    """The programme's users, and the family centres a lead may be given by code: a retired
    centre is offered no more, but a lead who still has it keeps it (and sees it)."""
    with session_factory()() as session:
        users = queries.users_frame(session, programme_id)
    centres, retired = computed_once(("users.centres", reads(programme_id)), _centres)
    assigned = {code for codes in users["centres"] for code in codes}
    return users, {code: name for code, name in centres.items()
                   if code not in retired or code in assigned}


def _centres() -> tuple[dict[str, str], frozenset[str]]:
    """Every family centre's name by code, in order, and the codes of those retired."""
    with session_factory()() as session:
        centres = with_names(queries.centres_frame(session))
    return (dict(zip(centres["code"], centres["centre"])),
            frozenset(centres.loc[centres["retired"], "code"]))


def user_table(users: pd.DataFrame, centre_names: Mapping[str, str]) -> None:
    """The accounts' table, drawn once for as long as it would come out the same: its key is
    what it shows (every account's row and the names of their centres), the accounts not
    being covered by the data stamp."""
    shown_centres = {code: centre_names.get(code, code)
                     for codes in users["centres"] for code in codes}
    key = ("users.table", tuple(users.itertuples(index=False, name=None)),
           tuple(shown_centres.items()))
    draw_once(key, lambda: _user_table(users, shown_centres))


def _user_table(users: pd.DataFrame, centre_names: Mapping[str, str]) -> None:
    st.dataframe(
        {t("users.user"): users["username"], t("users.display_name"): users["display_name"],
         t("users.role"): [t(f"role.{role}") if role else "–" for role in users["role"]],
         t("users.centres"): [", ".join(centre_names[code] for code in codes) or "–"
                              for codes in users["centres"]],
         t("users.email"): users["email"].fillna(""),
         t("users.active"): users["active"],
         t("users.locked_until"): [moment(value) if value else "" for value in
                                   users["locked_until"]]},
        hide_index=True, width="stretch")


def add_user_form(actor: Actor, programme_id: int, centre_names: Mapping[str, str]) -> None:
    st.subheader(t("users.add"))
    with st.form("add_user"):
        st.text_input(t("users.user"), key="add.username", max_chars=80)
        st.text_input(t("users.display_name"), key="add.display_name", max_chars=160)
        st.text_input(t("users.email"), key="add.email", max_chars=254)
        _role_and_centres("add", Role.PLANNER.value, (), centre_names)
        st.form_submit_button(t("users.add"), type="primary", on_click=_add,
                              args=(actor, programme_id))
    show_notice("add_user")
    _show_password("add_user")


def _add(actor: Actor, programme_id: int) -> None:
    state = st.session_state
    username = state["add.username"].strip().lower()
    with acting("add_user"), session_factory()() as session:
        password = accounts.add_user(
            session, actor, username=username, role=Role(state["add.role"]),
            programme_id=programme_id, centre_codes=state["add.centres"],
            display_name=state["add.display_name"], email=state["add.email"])
        _added(username, password)


def _added(username: str, password: str) -> None:
    """The add form emptied, and the new password shown once."""
    state = st.session_state
    for field in ("username", "display_name", "email"):
        state[f"add.{field}"] = ""
    state["add.role"], state["add.centres"] = Role.PLANNER.value, []
    notify("add_user", "success", t("users.created", username=username))
    state[PASSWORD_KEY] = ("add_user", password)


def _show_password(place: str) -> None:
    """A new password, once, in a code element (copyable, never read as markdown)."""
    shown = st.session_state.get(PASSWORD_KEY)
    if shown and shown[0] == place:
        del st.session_state[PASSWORD_KEY]
        st.code(shown[1], language=None)


def _role_and_centres(prefix: str, role: str, codes, centre_names: Mapping[str, str]
                      ) -> None:
    st.selectbox(t("users.role"), ROLES, index=ROLES.index(role), key=f"{prefix}.role",
                 format_func=lambda value: t(f"role.{value}"))
    st.multiselect(t("users.centres"), list(centre_names), default=list(codes),
                   format_func=centre_names.get, key=f"{prefix}.centres",
                   placeholder=t("common.choose"))


def editor_values(values: accounts.UserValues) -> dict[str, object]:
    """An account's role ("" for none) and lead centres as the editor shows them."""
    return {"role": values.role.value if values.role else NO_ROLE,
            "centres": list(values.centre_codes)}


def edit_user(actor: Actor, programme_id: int, users: pd.DataFrame,
              centre_names: Mapping[str, str]) -> None:
    """Choose a user; change their role and centres; reset the password; disable or enable."""
    st.subheader(t("users.edit"))
    username = st.selectbox(t("users.user"), users["username"], key="users.chosen")
    row = users.set_index("username").loc[username]
    version = int(row["version"])
    stored = {"role": row["role"], "centres": list(row["centres"])}
    form = record_form.open_form(f"user-{username}", version, stored)
    record_form.notice_if_stale(form, version, stored, None)
    choices = [NO_ROLE, *ROLES]
    with st.form(form.prefix):
        st.selectbox(t("users.role"), choices, index=choices.index(form.values["role"]),
                     key=form.key("role"), format_func=_role_label)
        st.multiselect(t("users.centres"), list(centre_names), default=form.values["centres"],
                       format_func=centre_names.get, key=form.key("centres"),
                       placeholder=t("common.choose"))
        record_form.submit_button(form, t("users.save_role"), _entered,
                                  partial(_save_role, actor, programme_id, username))
    record_form.show_conflict(form, {"role": t("users.role"), "centres": t("users.centres")},
                             partial(_shown, centre_names), editor_values)
    _account_actions(actor, username, bool(row["active"]))


def _role_label(value: str) -> str:
    return t(f"role.{value}") if value else t("users.no_role")


def _entered(form: RecordForm) -> dict[str, object]:
    return {"role": form.widget_value("role"), "centres": list(form.widget_value("centres"))}


def _save_role(actor: Actor, programme_id: int, username: str, form: RecordForm,
               entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        version = accounts.set_role(session, actor, username=username,
                                    programme_id=programme_id,
                                    role=Role(entered["role"]) if entered["role"] else None,
                                    centre_codes=entered["centres"],
                                    expected_version=form.version)
        _, values = accounts.user_values(session, username, programme_id)
    message = t("users.saved_user", username=username) if version != form.version \
        else t("steps.no_changes")
    return Saved(version, editor_values(values), message)


def _shown(centre_names: Mapping[str, str], field: str, value) -> str:
    if field == "role":
        return _role_label(value)
    return ", ".join(centre_names.get(code, code) for code in value) or "–"


def _account_actions(actor: Actor, username: str, active: bool) -> None:
    """Reset the password or disable (enable) the account, each after a confirmation."""
    toggle = "disable" if active else "enable"
    reset_column, active_column = st.columns(2)
    reset_column.button(t("users.reset_password"), icon=":material/key:",
                        key=f"users.reset.{username}", on_click=_ask, args=("reset", username))
    active_column.button(t(f"users.{toggle}"), key=f"users.toggle.{username}",
                         on_click=_ask if active else _set_active,
                         args=("disable", username) if active else (actor, username, True))
    if st.session_state.get(CONFIRM_KEY) == ("reset", username):
        _confirm(t("users.confirm_reset", username=username), _reset_password,
                 (actor, username))
    elif st.session_state.get(CONFIRM_KEY) == ("disable", username):
        _confirm(t("users.confirm_disable", username=username), _set_active,
                 (actor, username, False))
    show_notice(f"user-actions-{username}")
    _show_password(f"user-actions-{username}")


def _ask(action: str, username: str) -> None:
    st.session_state[CONFIRM_KEY] = (action, username)


def _confirm(question: str, action, args: tuple) -> None:
    st.warning(question, icon=":material/help:")
    yes_column, no_column = st.columns(2)
    yes_column.button(t("common.yes_do_it"), type="primary", on_click=action, args=args)
    no_column.button(t("common.cancel"), on_click=st.session_state.pop, args=(CONFIRM_KEY,))


def _reset_password(actor: Actor, username: str) -> None:
    st.session_state.pop(CONFIRM_KEY, None)
    place = f"user-actions-{username}"
    with acting(place), session_factory()() as session:
        password = accounts.set_password(session, actor, username=username)
        notify(place, "success", t("users.password_reset", username=username))
        st.session_state[PASSWORD_KEY] = (place, password)


def _set_active(actor: Actor, username: str, active: bool) -> None:
    st.session_state.pop(CONFIRM_KEY, None)
    place = f"user-actions-{username}"
    with acting(place), session_factory()() as session:
        accounts.set_active(session, actor, username=username, active=active)
        notify(place, "success", t("users.enabled" if active else "users.disabled",
                                   username=username))
