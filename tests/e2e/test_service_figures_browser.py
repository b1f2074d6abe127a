"""A family-centre lead records a month's service figures and an observation in a real
browser; a share over 100 % and an e-mail address in the text are refused, nothing stored."""
from playwright.sync_api import expect
from sqlalchemy import select

from rollout.models import MonthlyFigure, Observation
from tests.e2e.conftest import open_from_menu, sign_in, wait_for_app


def fill_number(page, label, value):
    field = page.get_by_label(label, exact=True)
    field.fill(str(value))
    field.press("Tab")


def test_a_lead_records_a_month_and_an_observation(page, app_url, app_sessions):
    sign_in(page, app_url, "liisa.lead")
    open_from_menu(page, "Palvelun seuranta")
    expect(page.get_by_role("heading", name="Palvelun seuranta alueittain")).to_be_visible()
    fill_number(page, "Yhteydenotot perheiltä", 41)
    fill_number(page, "Yhteydenotot ammattilaisilta", 9)
    fill_number(page, "Puhelimitse", 30)
    fill_number(page, "Järjestetyt verkostotapaamiset", 7)
    fill_number(page, "Lomakkeisiin vastattu 3 arkipäivässä (%)", 140)
    page.get_by_role("button", name="Tallenna luvut").click()
    wait_for_app(page)
    expect(page.get_by_text("Kentän ”lomakkeisiin vastattu 3 arkipäivässä (%)” on oltava "
                            "0–100 %")).to_be_visible()
    with app_sessions() as session:
        assert session.scalar(select(MonthlyFigure)) is None
    fill_number(page, "Lomakkeisiin vastattu 3 arkipäivässä (%)", 96)
    page.get_by_role("button", name="Tallenna luvut").click()
    wait_for_app(page)
    expect(page.get_by_text("Alueen Lakeus luvut kuukaudelle")).to_be_visible()
    with app_sessions() as session:
        row = session.scalars(select(MonthlyFigure)).one()
        assert (row.contacts_from_families, row.network_meetings,
                row.share_answered_in_3_days) == (41, 7, 96.0)

    open_from_menu(page, "Havainnot")
    description = page.get_by_label("Lyhyt kuvaus ilmiöstä")
    description.fill("Äiti toivoo yhteydenottoa: aiti.esimerkki@example.fi")
    page.get_by_role("button", name="Tallenna havainto").click()
    wait_for_app(page)
    expect(page.get_by_text("sähköpostiosoite merkistä 28 alkaen")).to_be_visible()
    with app_sessions() as session:
        assert session.scalar(select(Observation)) is None
    description.fill("Vanhemmat toivovat iltavastaanottoja neuvolaan")
    page.get_by_role("button", name="Tallenna havainto").click()
    wait_for_app(page)
    expect(page.get_by_text("Havainto tallennettu (Mielenterveys, Lakeus).")).to_be_visible()
    expect(page.get_by_role("heading", name="Havaintoluettelo")).to_be_visible()
    with app_sessions() as session:
        assert session.scalars(select(Observation.text)).all() == [
            "Vanhemmat toivovat iltavastaanottoja neuvolaan"]
