"""AppTest fixtures: the app pointed at a fresh seeded test database."""
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import *  # noqa: F401,F403  (database fixtures)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_database(sessions, database_url, monkeypatch):
    """The app's database for this test: migrated, seeded, and the app's caches cleared."""
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)
    st.cache_resource.clear()
    st.cache_data.clear()
    yield sessions
    st.cache_resource.clear()


@pytest.fixture
def open_page(app_database):
    """Run one page of the app in a language, as a browser would open it."""
    def run(page: str, lang: str = "fi") -> AppTest:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        app.query_params["lang"] = lang
        app.run()
        if page:
            app.switch_page(page).run()
        return app
    return run
