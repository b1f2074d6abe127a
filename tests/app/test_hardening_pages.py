"""The app's answers when things go wrong: the database down is a message that goes away
when it is back; a name someone typed is shown as itself, never as markdown."""
from pathlib import Path

import streamlit as st
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from rollout import queries
from rollout.models import User
from tests.app.conftest import sign_in

ROOT = Path(__file__).resolve().parents[2]


def test_an_unreachable_database_is_a_message_not_a_traceback(monkeypatch):
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", "postgresql+psycopg://u:p@127.0.0.1:9/none")
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    app.query_params["lang"] = "sv"
    app.run()
    st.cache_resource.clear()
    assert not app.exception
    assert [error.value for error in app.error] == [
        "Databasen är inte tillgänglig just nu. Försök igen om en stund; sidan fungerar igen "
        "när förbindelsen är tillbaka."]


def test_a_display_name_is_shown_as_plain_text(open_app, app_database):
    with app_database() as session:
        user = session.scalar(select(User).filter_by(username="pekka.planner"))
        user.display_name = "![seuranta](http://127.0.0.1:9/x.png) **Pekka**"
        session.commit()
        assert queries.default_programme(session) is not None
    app = sign_in(open_app(), "pekka.planner")
    caption = next(caption.value for caption in app.sidebar.caption
                   if "Kirjautuneena" in caption.value)
    assert "\\!\\[seuranta\\]\\(http\\:\\/\\/127\\.0\\.0\\.1\\:9\\/x\\.png\\)" in caption
    assert "\\*\\*Pekka\\*\\*" in caption


def test_the_first_request_to_a_fresh_server_asks_for_sign_in_and_keeps_the_address(
        app_database, people):
    """Streamlit's legacy routing runs the page file itself on a fresh server's first
    request: it must show the sign-in form, not the page, and keep the query (the browser
    test opens the bookmarked page after signing in)."""
    app = AppTest.from_file(str(ROOT / "pages" / "steps.py"), default_timeout=30)
    app.query_params["unit"] = "244"
    app.run()
    assert not app.exception
    assert app.title[0].value == "Kirjaudu sisään"
    assert not app.dataframe  # nothing of the page before signing in
    app = sign_in(app, "pekka.planner")
    assert not app.exception and app.title[0].value == "Omat tehtävät"
    assert app.query_params["unit"] == "244"
