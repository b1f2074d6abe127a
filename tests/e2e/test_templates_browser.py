"""An admin changes a checklist in the browser: an item added to a step shows at once on the
Readiness page, open; retired, it leaves the page and is listed apart on the template page."""
from playwright.sync_api import expect
from sqlalchemy import select

from rollout.models import ReadinessItemTemplate
from tests.e2e.conftest import choose, open_from_menu, open_signed_in, wait_for_app

TEXTS = {"Teksti suomeksi": "Palautekysely lähetetty", "Teksti ruotsiksi": "Enkäten skickad",
         "Teksti englanniksi": "Feedback survey sent"}


def item_cell(page):
    return page.locator('[role="gridcell"]', has_text="7. Palautekysely lähetetty")


def add_form(page):
    return page.locator('[data-testid="stForm"]').filter(
        has=page.get_by_role("button", name="Lisää kohta"))


def test_an_added_item_shows_open_on_readiness_and_a_retired_one_leaves(page, app_url,
                                                                         app_sessions):
    open_signed_in(page, app_url, "aino.admin", "templates")
    choose(page, page, "Askel", "6.")
    form = add_form(page)
    for label, text in TEXTS.items():
        form.get_by_label(label).fill(text)
    form.get_by_text("Pakollinen", exact=True).click()  # optional: holds up no other test
    form.get_by_role("button", name="Lisää kohta").click()
    wait_for_app(page)
    expect(page.get_by_text("Kohta lisätty.")).to_be_visible()

    open_from_menu(page, "Valmius")
    choose(page, page, "Askel", "6.")
    expect(item_cell(page)).to_have_count(1)  # the readiness table's row of the new item

    open_from_menu(page, "Mallipohjat")
    choose(page, page, "Askel", "6.")
    choose(page, page, "Kohta", "Palautekysely")
    page.get_by_role("button", name="Poista käytöstä").click()
    wait_for_app(page)
    expect(page.get_by_text("Poistetaanko kohta käytöstä?")).to_be_visible()
    page.get_by_role("button", name="Kyllä, poista käytöstä").click()
    wait_for_app(page)
    expect(page.get_by_text("Kohta poistettu käytöstä; vastaukset säilyvät.")).to_be_visible()
    with app_sessions() as session:
        item = session.scalar(select(ReadinessItemTemplate).filter_by(
            text_fi="Palautekysely lähetetty"))
        assert item.retired_at is not None and item.required is False

    open_from_menu(page, "Valmius")
    choose(page, page, "Askel", "6.")
    expect(item_cell(page)).to_have_count(0)
