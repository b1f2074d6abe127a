"""The admin's user editor: the chosen user's role, and what someone else changed meanwhile."""
import contextlib

from rollout import accounts, queries, sign_in
from rollout.config import load_settings
from rollout.domain import Role
from rollout.permissions import COMMAND_LINE


def choose_user(app, username):
    next(box for box in app.selectbox if box.key == "users.chosen").set_value(username).run()
    return app


def role_box(app, username):
    return next(box for box in app.selectbox
                if (box.key or "").startswith(f"user-{username}.") and box.key.endswith(".role"))


def test_the_editor_shows_the_role_of_the_user_chosen(open_page):
    app = choose_user(open_page("pages/users.py"), "maija.manager")
    assert role_box(app, "maija.manager").value == "manager"
    app = choose_user(app, "liisa.lead")
    assert role_box(app, "liisa.lead").value == "lead"


def test_a_change_made_by_someone_else_meanwhile_is_announced(open_page, app_database):
    app = choose_user(open_page("pages/users.py"), "maija.manager")
    with app_database() as session:
        accounts.set_role(session, COMMAND_LINE, username="maija.manager",
                          programme_id=queries.default_programme(session).id,
                          role=Role.PLANNER)
    app.run()
    assert any("Joku tallensi tämän" in warning.value for warning in app.warning)
    next(button for button in app.button if button.label == "Lataa uusimmat tiedot").click()
    app.run()
    assert role_box(app, "maija.manager").value == "planner"
    assert not any("Joku tallensi tämän" in warning.value for warning in app.warning)


def test_an_account_locked_by_failed_sign_ins_shows_on_the_next_rerun(open_page, app_database):
    """A lock is no recorded change (the data stamp stays): the accounts are read every run."""
    app = open_page("pages/users.py")
    settings = load_settings()
    with app_database() as session:
        for _ in range(settings.lockout_attempts):
            with contextlib.suppress(sign_in.SignInFailed):
                sign_in.authenticate(session, "maija.manager", "not the password", settings)
    app.run()
    table = app.dataframe[0].value.set_index("Käyttäjä")
    assert table.at["maija.manager", "Lukittu asti"]
