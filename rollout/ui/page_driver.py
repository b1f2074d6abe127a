"""The app's pages driven in-process through Streamlit's AppTest, as a signed-in user would
open them: what the benchmark times."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from rollout.config import PROJECT_ROOT
from rollout.ui.navigation import PAGES

APP = PROJECT_ROOT / "app.py"
BARE_PAGE = "import streamlit as st\nst.write('Askeleet')\n"


def route_through_app() -> None:
    """Run every rerun through app.py, as a served app does once st.navigation has run.

    AppTest resets Streamlit's legacy `pages/` flag before every run (streamlit#9446)."""
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False
    PagesManager.__init__ = init


def signed_in(username: str, password: str, programme: str, lang: str = "fi") -> AppTest:
    """The app after signing in through its own form, in a programme and a language."""
    app = AppTest.from_file(str(APP), default_timeout=300)
    app.query_params["lang"] = lang
    app.query_params["programme"] = programme
    app.run()
    app.text_input[0].input(username)
    app.text_input[1].input(password)
    app.button[0].click().run()
    return app


def menu_pages() -> list[tuple[str, str]]:
    """(url path, page file) of every page in an admin's menu, in menu order."""
    return [(entry.url_path, entry.path) for entry in PAGES]


def open_page(app: AppTest, path: str, **query: str) -> AppTest:
    for name, value in query.items():
        app.query_params[name] = value
    return app.switch_page(path).run()


def bare_page() -> AppTest:
    """A one-line page: what a rerun costs AppTest and Streamlit themselves."""
    return AppTest.from_string(BARE_PAGE, default_timeout=60).run()


def rerun(app: AppTest) -> Callable[[], None]:
    def run() -> None:
        app.run()
        if app.exception:
            raise RuntimeError(f"the page raised: {app.exception[0].message}")
    return run


def forget_cached_reads() -> None:
    """As after a server start: no cached read models, no engine."""
    st.cache_data.clear()
    st.cache_resource.clear()
