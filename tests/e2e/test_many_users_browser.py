"""Ten people at ten browsers on one server at once: they sign in, each opens a unit and saves
its owner, all at the same moment. No server error, and every confirmed edit is stored.
(Bounded by Playwright's 20-second wait per step, not timed: speed is the benchmark's.)"""
from playwright.sync_api import expect

from tests.e2e.conftest import new_page, open_signed_in, wait_for_app
from tests.e2e.test_forms_browser import step_form, stored_step

# municipalities no other browser test edits (they share the app's database)
CODES = ["317", "483", "535", "563", "615", "625", "626", "630", "678", "691"]
USERS = ["pekka.planner", "paavo.planner"]


def test_ten_simultaneous_users_lose_no_confirmed_edit(browser, app_url, app_sessions):
    pages = [new_page(browser) for _ in CODES]
    try:
        for number, (page, code) in enumerate(zip(pages, CODES)):
            open_signed_in(page, app_url, USERS[number % 2], f"steps?unit={code}")
        for page, code in zip(pages, CODES):
            wait_for_app(page)  # no rerun still on its way to wipe what is typed
            owner = step_form(page).get_by_label("Vastuuhenkilö")
            owner.fill(f"Vastuu {code}")
            expect(owner).to_have_value(f"Vastuu {code}")
        for page in pages:  # every save sent before any is waited for
            step_form(page).get_by_role("button", name="Tallenna", exact=True).click(
                no_wait_after=True)
        for page in pages:
            wait_for_app(page)
            expect(page.get_by_text("Tallennettu:").first).to_be_visible()
            # confirmed: the form now shows what the database holds, the owner typed
            expect(step_form(page).get_by_label("Vastuuhenkilö")).to_have_value(
                f"Vastuu {CODES[pages.index(page)]}")
            assert page.locator('[data-testid="stException"]').count() == 0
        assert [stored_step(app_sessions, code, 1).owner for code in CODES] == [
            f"Vastuu {code}" for code in CODES]
    finally:
        for page in pages:
            page.context.close()
