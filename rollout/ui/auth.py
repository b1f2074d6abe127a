"""Sign-in for the app: local accounts, or single sign-on when `[auth]` is configured.

A local sign-in opens a server-side session whose token the browser keeps in a cookie, so a
reload or a bookmarked page stays signed in until sign-out or the idle timeout."""
from __future__ import annotations

import json
from collections.abc import Callable

import streamlit as st
from sqlalchemy.orm import Session

from rollout import accounts, sign_in
from rollout.config import load_settings
from rollout.domain import DomainError
from rollout.models import Programme, User
from rollout.permissions import Actor
from rollout.ui.context import (PROGRAMME_KEY, PROGRAMME_NOW_KEY, plain, session_factory,
                                showing_errors, t, through_the_shell)

COOKIE = "askeleet_session"
TOKEN_KEY = "sign_in_token"
COOKIE_PENDING_KEY = "cookie_to_store"


def single_sign_on_configured() -> bool:
    return st.secrets.load_if_toml_exists() and "auth" in st.secrets


def signed_in_user() -> User | None:
    """The person signed in in this browser, or None."""
    return _single_sign_on_user() if single_sign_on_configured() else _local_user()


def actor_in(user: User, programme: Programme) -> Actor:
    """The signed-in user as an actor in the programme."""
    with session_factory()() as session:
        return accounts.actor_for(session, user, programme.id)


def actor_still_holds(session: Session, drawn: Actor | None, user: User | None,
                      programme_id: int) -> bool:
    """Whether the actor a page was drawn for is still the signed-in `user`, with the same
    role and centres: a button's callback (or a download) runs before app.py looks at the
    session again."""
    if drawn is None or user is None or user.id != drawn.user_id:
        return False
    now = accounts.actor_for(session, user, programme_id)
    return (now.role, now.centre_ids) == (drawn.role, drawn.centre_ids)


def confirm_actor() -> None:
    """Refuse (DomainError) a button's action when the session that drew the page has ended
    (signed out elsewhere, idle, password reset, role removed, disabled) or the role or
    centres changed since: nothing is saved on the strength of an old page."""
    with session_factory()() as session:
        user = _single_sign_on_user() if single_sign_on_configured() else \
            sign_in.resume_session(session, _token(), load_settings())
        holds = actor_still_holds(session, st.session_state.get("actor"), user,
                                  st.session_state[PROGRAMME_NOW_KEY].id)
    if not holds:
        raise DomainError("signin.page_outdated")


def download_guard() -> Callable[[Session], bool]:
    """For a download built after the page was drawn (outside any rerun): whether this
    page's session still holds when the file is asked for. Single sign-on sessions are
    checked by the next rerun only (the identity provider's cookie is not readable there)."""
    if single_sign_on_configured():
        return lambda session: True
    drawn, token = st.session_state.get("actor"), _token()
    programme_id = st.session_state[PROGRAMME_NOW_KEY].id
    settings = load_settings()
    return lambda session: actor_still_holds(
        session, drawn, sign_in.resume_session(session, token, settings), programme_id)


def sign_in_page() -> None:
    """The page everyone who is not signed in gets, whatever address they opened."""
    st.title(t("signin.title"))
    if single_sign_on_configured():
        _single_sign_on_prompt()
    else:
        _sign_in_form()


def no_role_page() -> None:
    st.warning(t("signin.no_role"))


def current_actor() -> Actor:
    """For pages: the actor app.py signed in for this run (context.through_the_shell)."""
    through_the_shell()
    return st.session_state["actor"]


def show_signed_in(actor: Actor) -> None:
    st.sidebar.caption(t("signin.signed_in_as", name=plain(actor.name),
                         role=t(f"role.{actor.role.value}") if actor.role else "–"))
    _sign_out_button()


def _sign_out_button() -> None:
    st.sidebar.button(t("signin.sign_out"), icon=":material/logout:", on_click=_sign_out)


def _sign_out() -> None:
    with session_factory()() as session:
        sign_in.end_session(session, _token())
    # The next person to sign in at this browser opens in a programme of their own.
    st.session_state.pop(PROGRAMME_KEY, None)
    st.query_params.pop("programme", None)
    st.session_state[TOKEN_KEY] = None  # None, not absent: the old cookie no longer counts
    st.session_state[COOKIE_PENDING_KEY] = ""
    if single_sign_on_configured():
        st.logout()


def _token() -> str | None:
    if TOKEN_KEY in st.session_state:
        return st.session_state[TOKEN_KEY]
    cookie = st.context.cookies.get(COOKIE)
    return cookie if isinstance(cookie, str) else None  # AppTest has no real cookies


def _local_user() -> User | None:
    token = _token()
    with session_factory()() as session:
        user = sign_in.resume_session(session, token, load_settings())
    if user is not None:
        st.session_state[TOKEN_KEY] = token
        _store_pending_cookie()
        return user
    if token:  # a session that no longer holds: idle too long, or the account disabled
        st.session_state[TOKEN_KEY] = None
        st.session_state[COOKIE_PENDING_KEY] = ""
        st.session_state["session_ended"] = True
    _store_pending_cookie()
    return None


def _sign_in_form() -> None:
    if st.session_state.pop("session_ended", False):
        st.info(t("signin.idle_ended", minutes=load_settings().idle_timeout_minutes))
    with st.form("sign_in", width=420):
        username = st.text_input(t("signin.username"), autocomplete="username")
        password = st.text_input(t("signin.password"), type="password",
                                 autocomplete="current-password")
        submitted = st.form_submit_button(t("signin.submit"), type="primary")
    if not submitted:
        return
    with showing_errors(), session_factory()() as session:
        user = sign_in.authenticate(session, username, password, load_settings())
        token = sign_in.start_session(session, user)
        st.session_state[TOKEN_KEY] = token
        st.session_state[COOKIE_PENDING_KEY] = token
        st.rerun()


def _store_pending_cookie() -> None:
    """Have the browser keep the session token (until it closes), or forget it ("").

    Streamlit gives an app no way to send a Set-Cookie header, so the cookie is written by a
    script and cannot be HttpOnly; it is SameSite=Strict, Secure over HTTPS, holds only a
    random token (its hash is stored), and the session ends on sign-out, an admin's reset,
    role removal, disabling and the idle timeout. README: Reliability and security."""
    if COOKIE_PENDING_KEY not in st.session_state:
        return
    value = st.session_state.pop(COOKIE_PENDING_KEY)
    expiry = "" if value else "; max-age=0"
    st.sidebar.html(f"<script>document.cookie = {json.dumps(COOKIE)} + '=' + "
                    f"{json.dumps(value)} + '; path=/; SameSite=Strict{expiry}' + "
                    "(location.protocol === 'https:' ? '; Secure' : '');</script>",
                    unsafe_allow_javascript=True, width=1)


def _single_sign_on_user() -> User | None:
    if not st.user.is_logged_in:
        return None
    with session_factory()() as session:
        return accounts.user_for_email(session, st.user.get("email"))


def _single_sign_on_prompt() -> None:
    if not st.user.is_logged_in:
        st.button(t("signin.sso"), on_click=st.login, type="primary")
        return
    st.error(t("signin.no_account", email=st.user.get("email", "?")))
    st.button(t("signin.sign_out"), on_click=st.logout)
