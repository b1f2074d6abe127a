"""A planner at work in a real browser: select a unit, save a step, bulk-update a centre."""
from playwright.sync_api import expect

from tests.e2e.conftest import choose, open_from_menu, sign_in, wait_for_app


def open_steps(page, app_url):
    sign_in(page, app_url, "pekka.planner")
    open_from_menu(page, "Askeleet")


def test_planner_selects_a_unit_in_the_grid_and_saves_a_step(page, app_url):
    open_steps(page, app_url)
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 35 * 3 + 17)  # fourth row: Kempele
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Kempele – Lakeuden perhekeskus")).to_be_visible()
    form = page.locator('[data-testid="stForm"]').first
    choose(page, form, "Tila", "◐ Käynnissä")
    form.get_by_label("Vastuuhenkilö").fill("Liisa Lakeus")
    form.get_by_role("button", name="Tallenna").click()
    wait_for_app(page)
    expect(page.get_by_text("Tallennettu: Kempele, askel 1.")).to_be_visible()
    assert "unit=244" in page.url  # the address points at the unit, to share or reload


def test_planner_previews_and_applies_a_bulk_update_for_a_centre(page, app_url):
    open_steps(page, app_url)
    page.get_by_text("Päivitä monta kerralla").click()
    panel = page.locator('[data-testid="stExpander"]').filter(has_text="Päivitä monta kerralla")
    choose(page, panel, "…tai kaikki perhekeskuksen kunnat", "Rannikon perhekeskus")
    choose(page, panel, "Askel", "3. Toimintakäytänteiden sopiminen")
    choose(page, panel, "Tila", "⊘ Estynyt")
    panel.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    page.get_by_role("button", name="Tallenna 3 askelta").click()
    wait_for_app(page)
    expect(page.get_by_text("Päivitetty 3 askelta.")).to_be_visible()


def test_a_bookmarked_unit_opens_after_sign_in(page, app_url):
    sign_in(page, app_url, "maija.manager", path="steps?unit=244")
    expect(page.get_by_role("heading", name="Kempele – Lakeuden perhekeskus")).to_be_visible()
