"""An admin creates a programme for another county in the browser: names a shared family
centre for two municipalities in the table, previews, creates, and works in it."""
import pytest
from playwright.sync_api import expect

from rollout import queries
from tests.e2e.conftest import (choose, open_from_menu, open_signed_in, prepare_database,
                                served_app, wait_for_app)


@pytest.fixture
def own_app(tmp_path):
    """An app of its own: the new programme changes the admin's menu (the programme choice
    appears), which the other browser tests do not expect."""
    url = f"sqlite:///{tmp_path / 'programmes.db'}"
    prepare_database(url)
    with served_app(url) as app_url:
        yield app_url, url


def edit_cell(page, grid, row: int, column_share: float, text: str) -> None:
    """Type `text` into a cell of a data editor (row 0 is the first under the header)."""
    grid.wait_for(state="visible")
    box = grid.bounding_box()
    page.mouse.dblclick(box["x"] + box["width"] * column_share, box["y"] + 35 * (row + 1) + 17)
    page.wait_for_timeout(400)  # the cell's editor opens
    page.keyboard.press("Control+a")
    page.keyboard.type(text)
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")  # the edit is sent to the app, which runs again
    page.wait_for_timeout(800)
    wait_for_app(page)


def test_an_admin_creates_a_programme_for_another_county_and_opens_it(page, own_app):
    app_url, database_url = own_app
    open_signed_in(page, app_url, "aino.admin", "programmes")
    page.get_by_role("textbox", name="Nimi", exact=True).fill("Pohjois-Savon palveluohjaus")
    page.get_by_role("textbox", name="Tunnus", exact=True).fill("ps-palveluohjaus")
    page.keyboard.press("Tab")
    wait_for_app(page)
    page.get_by_text("Toiselle hyvinvointialueelle").click()
    wait_for_app(page)
    choose(page, page, "Hyvinvointialue", "Pohjois-Savon")
    expect(page.get_by_text("Kunnat ja asukasluvut: Tilastokeskus 2020")).to_be_visible()
    grid = page.locator('[data-testid="stDataFrame"]').last
    # Iisalmi and Joroinen (the first two rows) share one centre in Iisalmi's area.
    edit_cell(page, grid, 0, 0.85, "Ylä-Savon perhekeskus")
    edit_cell(page, grid, 1, 0.85, "Ylä-Savon perhekeskus")
    edit_cell(page, grid, 1, 0.6, "Iisalmi")
    page.get_by_role("button", name="Esikatsele").click()
    wait_for_app(page)
    metrics = page.locator('[data-testid="stMetric"]')
    expect(metrics.filter(has_text="Uudet alueet")).to_contain_text("18")
    expect(metrics.filter(has_text="Uudet perhekeskukset")).to_contain_text("18")
    expect(metrics.filter(has_text="Yksiköt")).to_contain_text("19")
    page.get_by_role("button", name="Luo ohjelma (19 yksikköä)").click()
    wait_for_app(page)
    expect(page.get_by_text("Ohjelma Pohjois-Savon palveluohjaus luotu: 19 yksikköä."))\
        .to_be_visible()
    page.get_by_role("button", name="Siirry ohjelmaan Pohjois-Savon palveluohjaus").click()
    wait_for_app(page)
    open_from_menu(page, "Askeleet")
    expect(page.get_by_text("19 / 19 yksikköä")).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]').first).to_contain_text("Iisalmi")
    page.reload()  # the address names the programme: a reload stays in it
    wait_for_app(page)
    expect(page.get_by_text("19 / 19 yksikköä")).to_be_visible()

    from rollout.db import make_engine, make_session_factory
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        created = queries.programme_by_slug(session, "ps-palveluohjaus")
        units = queries.units_frame(session, created.id)
    engine.dispose()
    shared = units[units["centre_fi"] == "Ylä-Savon perhekeskus"]
    assert sorted(shared["name_fi"]) == ["Iisalmi", "Joroinen"]
    assert set(shared["area"]) == {"Iisalmi"}
