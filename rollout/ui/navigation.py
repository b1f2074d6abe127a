"""The menu: which pages each role sees (the services still check every write)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from rollout.permissions import Actor
from rollout.ui.context import t


@dataclass(frozen=True)
class PageEntry:
    path: str
    title_key: str
    icon: str
    url_path: str
    shown_to: Callable[[Actor], bool] = Actor.can_read


PAGES = [
    PageEntry("pages/overview.py", "nav.overview", ":material/dashboard:", "overview"),
    PageEntry("pages/steps.py", "nav.steps", ":material/checklist:", "steps"),
    PageEntry("pages/history.py", "nav.history", ":material/history:", "history"),
    PageEntry("pages/users.py", "nav.admin", ":material/manage_accounts:", "users",
              shown_to=lambda actor: actor.is_admin),
]


def sign_in_pages(sign_in_page: Callable[[], None]) -> list:
    """Before sign-in every page's address shows the sign-in form, so a bookmark neither
    meets "page not found" nor loses its way: after sign-in it opens the page it names."""
    addresses = ["sign-in", *(entry.url_path for entry in PAGES)]
    return [st.Page(sign_in_page, title=t("signin.title"), url_path=address,
                    default=index == 0) for index, address in enumerate(addresses)]


def pages_for(actor: Actor) -> list:
    """The st.Page list for this actor; the first one is the default page."""
    entries = [entry for entry in PAGES if entry.shown_to(actor)]
    return [st.Page(entry.path, title=t(entry.title_key), icon=entry.icon,
                    url_path=entry.url_path, default=index == 0)
            for index, entry in enumerate(entries)]
