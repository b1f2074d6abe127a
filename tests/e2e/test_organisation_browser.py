"""Regrouping as an admin does it in a browser: rename an area and move a unit to another
family centre on the organisation page, then find both on the Steps page at once. On an app
of its own, so the shared app's organisation stays as the other browser tests expect."""
import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from rollout.db import make_engine, make_session_factory
from rollout.models import ChangeEvent, RolloutUnit
from tests.e2e.conftest import (choose, open_from_menu, prepare_database, served_app,
                                sign_in, wait_for_app)


@pytest.fixture
def own_app(tmp_path):
    url = f"sqlite:///{tmp_path / 'organisation.db'}"
    prepare_database(url)
    with served_app(url) as app_url:
        yield app_url, make_session_factory(make_engine(url))


def test_an_admin_regroups_and_the_steps_page_shows_it_at_once(page, own_app):
    app_url, sessions = own_app
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Organisaatio")
    areas = page.get_by_role("tabpanel").first
    choose(page, areas, "Alue", "Koillismaa")
    areas.get_by_label("Alueen nimi").last.fill("Koillismaan alue")
    areas.get_by_role("button", name="Tallenna nimi").click()
    wait_for_app(page)
    expect(page.get_by_text("Koillismaan alue tallennettu.")).to_be_visible()

    page.get_by_role("tab", name="Kunnat perhekeskuksissa").click()
    units = page.get_by_role("tabpanel").first  # the open one: hidden panels are not listed
    choose(page, units, "Yksikkö", "Taivalkoski")
    expect(units.get_by_text("Yksikkö säilyttää askeleensa")).to_be_visible()
    choose(page, units, "Uusi perhekeskus", "Oulunkaaren perhekeskus")
    units.get_by_role("button", name="Siirrä", exact=True).click()
    wait_for_app(page)
    expect(page.get_by_text("Taivalkoski siirretty: Koillismaan perhekeskus → Oulunkaaren "
                            "perhekeskus.")).to_be_visible()

    open_from_menu(page, "Askeleet")
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Alue").first
    box.get_by_role("combobox").click()
    page.keyboard.type("Koillismaan alue")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_app(page)
    expect(page.get_by_text("1 / 30 yksikköä. Valitse rivi muokataksesi.")).to_be_visible()
    page.goto(f"{app_url}/steps?unit=832")
    wait_for_app(page)
    expect(page.get_by_text("Taivalkoski – Oulunkaaren perhekeskus")).to_be_visible()
    with sessions() as session:
        unit = session.scalar(select(RolloutUnit).filter_by(municipality_code="832"))
        move = session.scalar(select(ChangeEvent).filter_by(entity="rollout_unit",
                                                            entity_id=str(unit.id)))
    assert (move.old_value, move.new_value, move.actor) == ("koillismaa", "oulunkaari",
                                                            "aino.admin")
