"""AppTest fixtures: the app pointed at a fresh seeded test database."""
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def navigation_routing(monkeypatch):
    """Route runs as a served app does once st.navigation has run: through app.py.

    AppTest resets Streamlit's legacy `pages/` flag before every run, so without this each
    rerun would execute the page file alone (streamlit/streamlit#9446 and #14217)."""
    from streamlit.runtime.pages_manager import PagesManager
    original_init = PagesManager.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False
    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture
def app_database(sessions, database_url, monkeypatch):
    """The app's database for this test: migrated, seeded, and the app's caches cleared."""
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)
    st.cache_resource.clear()
    st.cache_data.clear()
    yield sessions
    st.cache_resource.clear()


def sign_in(app: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    app.text_input[0].input(username)
    app.text_input[1].input(password)
    return app.button[0].click().run()


@pytest.fixture
def open_app(app_database, people):
    """The app in a language, before sign-in, as a browser first opens it."""
    def run(lang: str = "fi") -> AppTest:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        app.query_params["lang"] = lang
        return app.run()
    return run


@pytest.fixture
def open_page(open_app):
    """One page of the app, signed in as `user` (the admin by default), in a language."""
    def run(page: str, lang: str = "fi", user: str = "aino.admin") -> AppTest:
        app = sign_in(open_app(lang), user)
        if page:
            app.switch_page(page).run()
        return app
    return run
