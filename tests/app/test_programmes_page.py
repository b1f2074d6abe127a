"""The admin's Programmes page: creating a programme for another county through the form,
and every page of the menu working in such a programme."""
import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from rollout import queries
from rollout.models import Programme
from rollout.permissions import COMMAND_LINE
from rollout.seed import DEFAULT_PROGRAMME_SLUG
from rollout.services import NewProgramme, create_programme
from rollout.ui.page_driver import menu_pages
from tests.app.conftest import ROOT, sign_in

KEY = "new_programme."


def widget(elements, key):
    return next(element for element in elements if element.key == key)


def test_an_admin_previews_and_creates_a_programme_for_another_county(open_page,
                                                                      app_database):
    app = open_page("pages/programmes.py")
    widget(app.text_input, KEY + "name").input("Keski-Suomen palveluohjaus")
    widget(app.text_input, KEY + "slug").input("ks-palveluohjaus")
    widget(app.radio, KEY + "where").set_value("other").run()
    widget(app.selectbox, KEY + "county").set_value("KS").run()
    widget(app.button, KEY + "preview_button").click().run()
    assert not app.exception, app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Yksiköt"] == "22" and metrics["Uudet perhekeskukset"] == "22"
    assert metrics["Askeleet"] == "6"
    with app_database() as session:
        assert queries.programme_by_slug(session, "ks-palveluohjaus") is None  # a preview only
    widget(app.button, KEY + "save_button").click().run()
    assert any("Ohjelma Keski-Suomen palveluohjaus luotu: 22 yksikköä" in notice.value
               for notice in app.success)
    assert widget(app.text_input, KEY + "name").value == ""
    assert "Keski-Suomen palveluohjaus" in widget(app.sidebar.selectbox, "programme").options
    widget(app.button, KEY + "open").click().run()
    assert widget(app.selectbox, "programme").value == "ks-palveluohjaus"
    assert app.query_params["programme"] in ("ks-palveluohjaus", ["ks-palveluohjaus"])
    with app_database() as session:
        created = queries.programme_by_slug(session, "ks-palveluohjaus")
        assert created.template_id == queries.default_programme(session).id
        assert len(queries.units_frame(session, created.id)) == 22


def test_a_refusal_is_told_beside_the_button_and_nothing_is_created(open_page, app_database):
    app = open_page("pages/programmes.py")
    widget(app.text_input, KEY + "name").input("Uusi palvelu")
    widget(app.text_input, KEY + "slug").input("Uusi Palvelu")
    widget(app.button, KEY + "preview_button").click().run()
    assert any("Tunnus ”Uusi Palvelu” ei kelpaa" in error.value for error in app.error)
    assert not any(button.key == KEY + "save_button" for button in app.button)
    with app_database() as session:
        assert len(session.scalars(select(Programme)).all()) == 1


def test_a_programme_anyone_creates_shows_on_the_next_rerun(open_page, app_database):
    """The list is kept per data stamp: creating a programme moves it."""
    app = open_page("pages/programmes.py")
    assert "ks-palveluohjaus" not in app.dataframe[0].value["Tunnus"].tolist()
    with app_database() as session:
        create_programme(session, COMMAND_LINE, NewProgramme(
            DEFAULT_PROGRAMME_SLUG, "ks-palveluohjaus", "Keski-Suomen palveluohjaus",
            county="KS"))
    app.run()
    listed = app.dataframe[0].value.set_index("Tunnus")
    assert listed.at["ks-palveluohjaus", "Hyvinvointialueet"] == "KS"


@pytest.fixture
def other_county_programme(app_database, people):
    with app_database() as session:
        create_programme(session, COMMAND_LINE, NewProgramme(
            DEFAULT_PROGRAMME_SLUG, "ks-palveluohjaus", "Keski-Suomen palveluohjaus",
            county="KS"))
    return "ks-palveluohjaus"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_page_of_the_menu_works_in_a_programme_for_another_county(
        app_database, other_county_programme, lang):
    for _, path in menu_pages():
        # A fresh browser per page, opened at the programme's address (?programme=).
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        app.query_params["lang"] = lang
        app.query_params["programme"] = other_county_programme
        app = sign_in(app.run(), "aino.admin")
        app.switch_page(path).run()
        assert not app.exception, (path, app.exception)
        assert widget(app.sidebar.selectbox, "programme").value == other_county_programme
        assert app.title, path
