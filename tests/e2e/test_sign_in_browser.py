"""Signing in, the role menus, reloads and signing out, in a real browser."""
import pytest

from playwright.sync_api import expect

from tests.e2e.conftest import open_from_menu, served_app, sign_in, wait_for_app

READER_PAGES = ["Omat tehtävät", "Yleiskuva", "Eteneminen", "Kartta", "Askeleet", "Valmius",
                "Yhdenvertaisuus", "Palvelun seuranta", "Havainnot", "Muutoshistoria",
                "Työkirja"]
MENUS = {
    "aino.admin": [*READER_PAGES, "Käyttäjät", "Organisaatio", "Mallipohjat", "Ohjelmat",
                   "Omat asetukset"],
    "maija.manager": [*READER_PAGES, "Omat asetukset"],
    "liisa.lead": [*READER_PAGES, "Omat asetukset"],
}


def menu(page):
    return [text.split("\n")[-1]
            for text in page.locator('[data-testid="stSidebarNavLink"]').all_inner_texts()]


@pytest.mark.parametrize("user, expected", MENUS.items())
def test_each_role_sees_its_menu_after_signing_in(page, app_url, user, expected):
    sign_in(page, app_url, user)
    expect(page.get_by_role("heading", name="Omat tehtävät")).to_be_visible()  # every role's
    assert menu(page) == expected


def test_a_bookmarked_page_asks_for_sign_in_then_opens(page, app_url):
    sign_in(page, app_url, "aino.admin", path="users")
    expect(page.get_by_role("heading", name="Käyttäjät ja roolit")).to_be_visible()
    assert page.get_by_text("Page not found").count() == 0


def test_a_page_address_opens_the_sign_in_form_until_signed_in(page, app_url):
    page.goto(f"{app_url}/users")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Kirjaudu sisään")).to_be_visible()
    assert page.get_by_text("Käyttäjät ja roolit").count() == 0
    assert page.get_by_text("Page not found").count() == 0
    assert menu(page) == []  # no menu before sign-in


def test_wrong_password_shows_a_message_and_no_data(page, app_url):
    sign_in(page, app_url, "pekka.planner", "not the password")
    expect(page.get_by_text("Kirjautuminen ei onnistunut.")).to_be_visible()
    assert page.locator('[data-testid="stMetric"]').count() == 0


def test_reload_keeps_the_user_signed_in_and_sign_out_ends_it(page, app_url):
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Käyttäjät")
    page.reload()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Käyttäjät ja roolit")).to_be_visible()
    page.get_by_role("button", name="Kirjaudu ulos").click()
    wait_for_app(page)
    page.reload()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Kirjaudu sisään")).to_be_visible()


def test_admin_adds_a_planner_and_sees_the_password_once(page, app_url):
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Käyttäjät")
    form = page.locator('[data-testid="stForm"]').first
    form.get_by_role("textbox", name="Käyttäjä").fill("uusi.suunnittelija")
    form.get_by_role("button", name="Lisää käyttäjä").click()
    wait_for_app(page)
    expect(page.get_by_text("Käyttäjä uusi.suunnittelija lisätty.")).to_be_visible()


def test_a_bookmark_opened_first_on_a_fresh_server_opens_after_sign_in(
        page, app_url, app_database_url, boundaries_file):
    """The first request to a new server runs the page file itself (Streamlit's legacy
    routing): the sign-in form must come first, and then the bookmarked unit."""
    with served_app(app_database_url, boundaries_file) as fresh_url:
        sign_in(page, fresh_url, "pekka.planner", path="steps?unit=244")
        expect(page.get_by_role("heading", name="Kempele – Lakeuden perhekeskus")).to_be_visible()
        assert "unit=244" in page.url
