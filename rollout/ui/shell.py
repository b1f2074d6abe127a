"""What every request runs before its page: the language, the programme, who is signed in,
and the menu of their role, which then runs the page the address names."""
from __future__ import annotations

import streamlit as st

from rollout.config import PAGE_ICON
from rollout.ui.auth import (actor_in, no_role_page, show_signed_in, sign_in_page,
                             signed_in_user)
from rollout.ui.context import choose_programme, language_selector, programme_selector, t
from rollout.ui.database_errors import database_errors_as_messages
from rollout.ui.navigation import pages_for, sign_in_pages


def run_app() -> None:
    st.set_page_config(page_title="Askeleet", page_icon=PAGE_ICON, layout="wide")
    with database_errors_as_messages():
        _run_page()


def _run_page() -> None:
    language_selector()
    user = signed_in_user()
    programme, own = choose_programme(user.id if user else None)
    actor = actor_in(user, programme) if user else None
    st.session_state["actor"] = actor
    programme_selector(own if actor else [])
    if actor is None:
        # Every address opens the sign-in page until someone signs in; no page runs before.
        pages = sign_in_pages(sign_in_page)
    elif not actor.can_read():
        show_signed_in(actor)
        pages = [st.Page(no_role_page, title=t("signin.title"), url_path="no-role")]
    else:
        show_signed_in(actor)
        pages = pages_for(actor)
        if programme.is_synthetic:
            st.warning(t("app.synthetic"), icon=":material/science:")
    menu_shown = actor is not None and actor.can_read()
    # Every page in view: an admin's fourteen would otherwise fold behind "View 4 more".
    st.navigation(pages, position="sidebar" if menu_shown else "hidden", expanded=True).run()
