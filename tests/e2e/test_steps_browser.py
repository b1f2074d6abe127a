"""A planner at work in a real browser: select a unit, save a step, bulk-update a centre."""
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_app


def open_steps(page, app_url):
    sign_in(page, app_url, "pekka.planner")
    page.locator('[data-testid="stSidebarNavLink"]', has_text="Askeleet").click()
    wait_for_app(page)


def choose(page, container, label, option):
    box = container.locator('[data-testid="stSelectbox"]').filter(has_text=label).first
    box.get_by_role("combobox").click()
    page.keyboard.type(option)
    page.keyboard.press("Enter")
    wait_for_app(page)


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
    form = page.locator('[data-testid="stForm"]').filter(has_text="Esikatsele muutokset")
    choose(page, form, "…tai kaikki perhekeskuksen kunnat", "Rannikon perhekeskus")
    choose(page, form, "Askel", "3. Toimintakäytänteiden sopiminen")
    choose(page, form, "Tila", "⊘ Estynyt")
    form.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    page.get_by_role("button", name="Tallenna 3 muutosta").click()
    wait_for_app(page)
    expect(page.get_by_text("Päivitetty 3 askelta.")).to_be_visible()


def test_a_bookmarked_unit_opens_after_sign_in(page, app_url):
    sign_in(page, app_url, "maija.manager", path="steps?unit=244")
    expect(page.get_by_role("heading", name="Kempele – Lakeuden perhekeskus")).to_be_visible()
