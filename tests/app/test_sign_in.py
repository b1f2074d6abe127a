"""Signing in as a user would (menus, sign-out and reloads: tests/e2e)."""
import pytest

from tests.app.conftest import sign_in

def test_the_app_opens_on_the_sign_in_form_and_shows_no_data(open_app):
    app = open_app()
    assert app.title[0].value == "Kirjaudu sisään"
    assert not app.metric


@pytest.mark.parametrize("username, password", [("pekka.planner", "wrong password"),
                                                ("nobody", "correct horse battery")])
def test_failed_sign_in_shows_one_message_for_every_cause(open_app, username, password):
    app = sign_in(open_app(), username, password)
    assert app.error[0].value.startswith("Kirjautuminen ei onnistunut.")
    assert not app.metric


def test_signed_in_user_sees_their_first_page_and_their_name(open_app):
    app = sign_in(open_app(), "pekka.planner")
    assert app.title[0].value == "Omat tehtävät"
    # the name as plain text: its punctuation escaped in the caption's markdown
    assert any("pekka\\.planner (suunnittelija)" in caption.value
               for caption in app.sidebar.caption)
    app = sign_in(open_app(), "maija.manager")
    assert app.title[0].value == "Omat tehtävät"  # every role starts on its own work
    assert any("maija\\.manager (johto)" in caption.value for caption in app.sidebar.caption)


def test_sign_out_returns_to_the_sign_in_form(open_app):
    app = sign_in(open_app(), "pekka.planner")
    app.sidebar.button[0].click().run()
    assert app.title[0].value == "Kirjaudu sisään"
    assert not app.metric


def test_overview_reacts_to_the_as_of_date_after_sign_in(open_page):
    from datetime import date
    app = open_page("pages/overview.py", user="maija.manager")
    app.date_input[0].set_value(date(2024, 6, 1)).run()
    assert {m.label: m.value for m in app.metric}["Kunnat, joissa palvelu käynnissä"] == "0 / 30"


def test_the_next_person_at_the_browser_opens_in_a_programme_of_their_own(open_app,
                                                                          app_database):
    """A planner of a second county signs out; a Pohde planner signs in in the same tab."""
    from rollout import accounts, queries
    from rollout.domain import Role
    from rollout.permissions import COMMAND_LINE
    from rollout.services import NewProgramme, create_programme
    from tests.conftest import PASSWORD
    with app_database() as session:
        home = queries.default_programme(session).slug
        other = create_programme(session, COMMAND_LINE, NewProgramme(
            home, "ks-palveluohjaus", "Keski-Suomen palveluohjaus", county="KS")).programme_id
        accounts.add_user(session, COMMAND_LINE, username="oona.planner", role=Role.PLANNER,
                          programme_id=other, password=PASSWORD)
    app = open_app()
    app.query_params.clear()
    app = sign_in(app.run(), "oona.planner")
    assert app.query_params["programme"] in ("ks-palveluohjaus", ["ks-palveluohjaus"])
    app.sidebar.button[0].click().run()
    app = sign_in(app, "pekka.planner")
    assert not app.info  # no "you have no role in …": the first person's choice is gone
    assert app.title[0].value == "Omat tehtävät"
    assert app.query_params["programme"] in (home, [home])
