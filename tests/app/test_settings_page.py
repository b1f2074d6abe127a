"""My settings: every role opens it, a save stores the choices and shows them, a save from
another window meanwhile is a conflict, and only a manager chooses the monthly report."""
import pytest
from sqlalchemy import select, update

from rollout import services
from rollout.catalog import CATALOG
from rollout.models import User
from rollout.permissions import Actor
from rollout.services import MySettings
from tests.conftest import PEOPLE

PAGE = "pages/settings.py"


def widget(app, kind, field):
    """The settings form's widget of one field (its key ends with the field's name)."""
    return next(element for element in getattr(app, kind)
                if (element.key or "").startswith("my-settings-")
                and element.key.endswith(f".{field}"))


def has_widget(app, kind, field):
    return any((element.key or "").startswith("my-settings-")
               and element.key.endswith(f".{field}") for element in getattr(app, kind))


def save_button(app, label="Tallenna asetukset"):
    return next(button for button in app.button if button.label == label)


def said(app):
    """Everything the page says, as read (markdown's escapes of typed text taken out)."""
    return " ".join(str(element.value) for kind in ("success", "error", "info", "warning",
                                                    "caption", "markdown")
                    for element in getattr(app, kind)).replace("\\", "")


def stored(sessions, username) -> MySettings:
    with sessions() as session:
        user_id = session.scalar(select(User.id).filter_by(username=username))
        return services.my_settings(session, user_id)


@pytest.mark.parametrize("lang, title, address", [
    ("fi", "Omat asetukset", "Kooste lähetetään osoitteeseen"),
    ("sv", "Mina inställningar", "Sammandraget skickas till")])
@pytest.mark.parametrize("user", sorted(PEOPLE))
def test_every_role_opens_its_settings_in_finnish_and_swedish(open_page, user, lang, title,
                                                              address):
    app = open_page(PAGE, lang, user)
    assert not app.exception, app.exception
    assert app.title[0].value == title
    assert address in said(app) and f"{user}@pohde" in said(app)
    shown = [str(element.value) for kind in ("title", "caption", "markdown")
             for element in getattr(app, kind)]
    assert [text for text in shown if text in CATALOG] == []
    assert widget(app, "selectbox", "language").value == "fi"
    assert widget(app, "radio", "frequency").value == "weekly"
    assert widget(app, "selectbox", "weekday").value == 0


def test_a_save_stores_the_choices_and_the_page_shows_them(open_page, app_database):
    app = open_page(PAGE, "fi", "liisa.lead")
    widget(app, "selectbox", "language").set_value("sv").run()
    widget(app, "selectbox", "weekday").set_value(3).run()
    save_button(app).click().run()
    assert not app.exception, app.exception
    assert "Asetukset tallennettu." in [element.value for element in app.success]
    assert stored(app_database, "liisa.lead") == MySettings(
        "liisa.lead@pohde.example", "sv", "weekly", 3, False, 2)
    assert widget(app, "selectbox", "language").value == "sv"
    assert widget(app, "selectbox", "weekday").value == 3
    app.run()  # and on the next run, from the database
    assert widget(app, "selectbox", "weekday").value == 3


def test_a_daily_digest_asks_no_weekday_and_never_says_none_is_sent(open_page, app_database):
    app = open_page(PAGE, "fi", "pekka.planner")
    widget(app, "radio", "frequency").set_value("daily").run()
    assert not has_widget(app, "selectbox", "weekday")
    save_button(app).click().run()
    assert stored(app_database, "pekka.planner").frequency == "daily"
    widget(app, "radio", "frequency").set_value("never").run()
    assert "Koostetta ei lähetetä sinulle." in said(app)


def test_a_save_after_someone_else_saved_meanwhile_is_a_conflict(open_page, app_database):
    app = open_page(PAGE, "fi", "liisa.lead")
    mine = stored(app_database, "liisa.lead")
    with app_database() as session:  # the same person in another window
        lead = session.scalar(select(User).filter_by(username="liisa.lead"))
        services.save_my_settings(session, Actor(lead.username, lead.id, role="lead"),
                                  mine.version, MySettings(None, "en", "daily", 0, False, 1))
    app.run()
    assert any("Joku tallensi tämän" in warning.value for warning in app.warning)
    widget(app, "selectbox", "language").set_value("sv").run()
    save_button(app).click().run()
    assert not app.exception, app.exception
    assert any("tallensi asetuksesi sillä välin" in error.value for error in app.error)
    assert stored(app_database, "liisa.lead").language == "en"  # theirs, not overwritten
    next(button for button in app.button if button.label == "Lataa uusimmat tiedot").click()
    app.run()
    assert widget(app, "selectbox", "language").value == "en"
    assert widget(app, "radio", "frequency").value == "daily"


def test_a_planner_cannot_choose_the_report_and_a_manager_can(open_page, app_database):
    planner = open_page(PAGE, "fi", "pekka.planner")
    assert not has_widget(planner, "checkbox", "report")
    manager = open_page(PAGE, "sv", "maija.manager")
    widget(manager, "checkbox", "report").check().run()
    save_button(manager, "Spara inställningarna").click().run()
    assert "Inställningarna har sparats." in [element.value for element in manager.success]
    assert stored(app_database, "maija.manager").report is True


def test_without_an_e_mail_address_the_page_says_no_digest_is_sent(open_page, app_database):
    with app_database() as session:
        session.execute(update(User).filter_by(username="liisa.lead").values(email=None))
        session.commit()
    app = open_page(PAGE, "fi", "liisa.lead")
    assert any("Sinulla ei ole sähköpostiosoitetta, joten koostetta ei lähetetä"
               in warning.value for warning in app.warning)
    assert "Kooste lähetetään osoitteeseen" not in said(app)
