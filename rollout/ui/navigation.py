"""The menu: which pages each role sees (the services still check every write).

ROLLOUT_BENCH_REFERENCE_PAGE=1 (set by the benchmark for the servers it starts; not for
production) adds one last entry for every signed-in reader: the reference page, which only
writes one line. It goes through the same shell as every page (sign-in, programme, menu),
so a page's time over the reference page's is the page's own cost over what any navigation
in the app costs (rollout/bench_browser.py)."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from rollout.config import PROJECT_ROOT
from rollout.permissions import Actor
from rollout.ui.context import t


@dataclass(frozen=True)
class PageEntry:
    path: str
    title_key: str
    icon: str
    url_path: str
    shown_to: Callable[[Actor], bool] = Actor.can_read

    @property
    def script(self) -> Path:
        """The page's file wherever the running script is (app.py, or on a fresh server's
        first request a page file itself: see context.through_the_shell)."""
        return PROJECT_ROOT / self.path


PAGES = [
    PageEntry("pages/my_work.py", "nav.my_work", ":material/assignment_ind:", "my-work"),
    PageEntry("pages/overview.py", "nav.overview", ":material/dashboard:", "overview"),
    PageEntry("pages/progress.py", "nav.progress", ":material/trending_up:", "progress"),
    PageEntry("pages/map.py", "nav.map", ":material/map:", "map"),
    PageEntry("pages/steps.py", "nav.steps", ":material/checklist:", "steps"),
    PageEntry("pages/readiness.py", "nav.readiness", ":material/task_alt:", "readiness"),
    PageEntry("pages/harmonisation.py", "nav.harmonisation", ":material/grid_on:",
              "harmonisation"),
    PageEntry("pages/service_figures.py", "nav.service_figures", ":material/monitoring:",
              "service-figures"),
    PageEntry("pages/observations.py", "nav.observations", ":material/visibility:",
              "observations"),
    PageEntry("pages/history.py", "nav.history", ":material/history:", "history"),
    PageEntry("pages/workbook.py", "nav.workbook", ":material/table_view:", "workbook"),
    PageEntry("pages/users.py", "nav.admin", ":material/manage_accounts:", "users",
              shown_to=lambda actor: actor.is_admin),
    PageEntry("pages/organisation.py", "nav.organisation", ":material/account_tree:",
              "organisation", shown_to=lambda actor: actor.is_admin),
    PageEntry("pages/templates.py", "nav.templates", ":material/edit_note:", "templates",
              shown_to=lambda actor: actor.is_admin),
    PageEntry("pages/programmes.py", "nav.programmes", ":material/library_add:", "programmes",
              shown_to=lambda actor: actor.is_admin),
    PageEntry("pages/settings.py", "nav.settings", ":material/settings:", "settings"),
]


def sign_in_pages(sign_in_page: Callable[[], None]) -> list:
    """Before sign-in every page's address shows the sign-in form, so a bookmark neither
    meets "page not found" nor loses its way: after sign-in it opens the page it names."""
    addresses = ["sign-in", *(entry.url_path for entry in PAGES)]
    return [st.Page(sign_in_page, title=t("signin.title"), url_path=address,
                    default=index == 0) for index, address in enumerate(addresses)]


def menu_entries(actor: Actor) -> list[PageEntry]:
    """The pages this actor sees, in menu order: every role's work starts on My work."""
    return [entry for entry in PAGES if entry.shown_to(actor)]


REFERENCE_PAGE_VARIABLE = "ROLLOUT_BENCH_REFERENCE_PAGE"
REFERENCE_URL_PATH = "reference"


def reference_page() -> None:
    """The benchmark's reference: one line, nothing read."""
    st.write("Askeleet")


def reference_entries() -> list:
    """The reference page's menu entry when the benchmark asks for it, else none."""
    if os.environ.get(REFERENCE_PAGE_VARIABLE) != "1":
        return []
    return [st.Page(reference_page, title=t("nav.reference"), icon=":material/speed:",
                    url_path=REFERENCE_URL_PATH)]


def pages_for(actor: Actor) -> list:
    """The st.Page list for this actor; the first one is the default page. Streamlit serves
    the default page at the root only, so it is listed once more, hidden, under its own
    address: every page keeps an address (/overview, /readiness) for bookmarks and links.
    One flat list: Streamlit's menu headings nest list items in a way axe-core reports as
    serious (list, listitem), so the admins' pages simply come last (then, for the
    benchmark only, the reference page)."""
    entries = menu_entries(actor)
    first = entries[0]
    return [st.Page(first.script, title=t(first.title_key), icon=first.icon, url_path="home",
                    default=True),
            st.Page(first.script, title=t(first.title_key), icon=first.icon,
                    url_path=first.url_path, visibility="hidden"),
            *(st.Page(entry.script, title=t(entry.title_key), icon=entry.icon,
                      url_path=entry.url_path) for entry in entries[1:]),
            *reference_entries()]
