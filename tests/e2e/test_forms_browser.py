"""Every form shows what the database holds: two people at two browsers, lose nothing and save
nothing the user did not see (load latest, pick another record, leave and return, change a
bulk input after its preview, stay in place after a save)."""
import re
from datetime import date

from playwright.sync_api import expect
from sqlalchemy import select

from rollout import queries, services
from rollout.domain import ItemStatus, Role, StepStatus
from rollout.models import RoleAssignment, StepProgress, User
from rollout.permissions import COMMAND_LINE
from rollout.services import ReadinessChange
from rollout.ui.readiness_editor import LINK_WIDTH
from tests.e2e.conftest import choose, open_from_menu, open_signed_in, sign_in, wait_for_app

TODAY = date.today()


def open_unit(page, app_url, user, code):
    return open_signed_in(page, app_url, user, f"steps?unit={code}")


def step_form(page):
    """The step form in the open tab."""
    return page.get_by_role("tabpanel").locator('[data-testid="stForm"]').first


def set_date(page, form, label, day_month_year):
    form.get_by_role("spinbutton", name=f"day, {label}").click()
    page.keyboard.type(day_month_year.replace(".", ""))


def save_step(page):
    step_form(page).get_by_role("button", name="Tallenna", exact=True).click()
    wait_for_app(page)


def stored_step(app_sessions, code, position):
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        return session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                                 position))


def test_load_latest_after_a_conflict_shows_their_values_and_saving_keeps_them(
        page, second_page, app_url, app_sessions):
    first = open_unit(page, app_url, "pekka.planner", "425")
    second = open_unit(second_page, app_url, "paavo.planner", "425")
    step_form(first).get_by_label("Vastuuhenkilö").fill("Pekka")
    set_date(first, step_form(first), "Suunniteltu alku", "01.12.2026")
    save_step(first)
    expect(first.get_by_text("Tallennettu: Liminka, askel 1.")).to_be_visible()

    step_form(second).get_by_label("Muistiinpano").fill("Paavon huomio")
    save_step(second)
    expect(second.get_by_text("tallensi tämän askeleen sillä välin")).to_be_visible()
    second.get_by_role("button", name="Lataa uusimmat tiedot").click()
    wait_for_app(second)
    # The re-keyed form replaces the old one; the old may linger a moment after the run.
    expect(step_form(second).get_by_label("Vastuuhenkilö")).to_have_count(1, timeout=15000)
    expect(step_form(second).get_by_label("Vastuuhenkilö")).to_have_value("Pekka")
    step_form(second).get_by_label("Muistiinpano").fill("Paavon huomio")
    save_step(second)
    expect(second.get_by_text("Tallennettu: Liminka, askel 1.")).to_be_visible()

    row = stored_step(app_sessions, "425", 1)
    assert (row.owner, row.planned_start, row.note) == ("Pekka", date(2026, 12, 1),
                                                        "Paavon huomio")


def role_of(app_sessions, username):
    with app_sessions() as session:
        return session.scalar(select(RoleAssignment.role).join(
            User, RoleAssignment.user_id == User.id).where(User.username == username))


def test_role_editor_shows_and_saves_the_role_of_the_user_picked(page, app_url,
                                                                   app_sessions):
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Käyttäjät")
    editor = page.locator('[data-testid="stVerticalBlock"]').filter(
        has=page.get_by_role("heading", name="Muuta käyttäjää")).last
    choose(page, editor, "Käyttäjä", "maija.manager")
    role_box = editor.locator('[data-testid="stSelectbox"]').filter(has_text="Rooli").first
    expect(role_box.get_by_role("combobox")).to_have_value("johto")
    editor.get_by_role("button", name="Tallenna rooli").click()
    wait_for_app(page)
    assert role_of(app_sessions, "maija.manager") == Role.MANAGER
    choose(page, editor, "Käyttäjä", "liisa.lead")
    expect(role_box.get_by_role("combobox")).to_have_value("perhekeskusvastaava")


def someone_else_saves(app_sessions, code, position, **values):
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                                position))
        wanted = services.values_of(row).__class__(
            **{**services.values_of(row).__dict__, **values})
        services.update_step(session, COMMAND_LINE, row.id, row.version, wanted)


LAKEUS_ROWS = ["Hailuoto", "Kempele", "Liminka", "Lumijoki", "Muhos", "Tyrnävä"]


def select_grid_row(page, index):
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 35 * index + 17)
    wait_for_app(page)


def test_leaving_and_returning_to_a_unit_then_saving_is_no_false_conflict(
        page, app_url, app_sessions):
    open_unit(page, app_url, "pekka.planner", "494")
    expect(page.get_by_role("heading", name="Muhos – Lakeuden perhekeskus")).to_be_visible()
    someone_else_saves(app_sessions, "494", 1, owner="Aino")
    open_from_menu(page, "Yleiskuva")
    open_from_menu(page, "Askeleet")
    select_grid_row(page, 2 + LAKEUS_ROWS.index("Muhos"))
    expect(page.get_by_role("heading", name="Muhos – Lakeuden perhekeskus")).to_be_visible()
    expect(step_form(page).get_by_label("Vastuuhenkilö")).to_have_value("Aino")
    step_form(page).get_by_label("Muistiinpano").fill("Pekan lisäys")
    save_step(page)
    expect(page.get_by_text("Tallennettu: Muhos, askel 1.")).to_be_visible()
    row = stored_step(app_sessions, "494", 1)
    assert (row.owner, row.note) == ("Aino", "Pekan lisäys")


def test_changing_a_bulk_input_after_the_preview_never_applies_the_old_preview(
        page, app_url, app_sessions):
    sign_in(page, app_url, "pekka.planner")
    open_from_menu(page, "Askeleet")
    page.get_by_text("Päivitä monta kerralla").click()
    panel = page.locator('[data-testid="stExpander"]').filter(has_text="Päivitä monta kerralla")
    choose(page, panel, "…tai kaikki perhekeskuksen kunnat", "Koillismaan perhekeskus")
    choose(page, panel, "Askel", "3. Toimintakäytänteiden sopiminen")
    choose(page, panel, "Tila", "⊘ Estynyt")
    panel.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    apply = panel.get_by_role("button", name=re.compile(r"^Tallenna \d+"))
    expect(apply).to_be_visible()

    choose(page, panel, "Askel", "4. Palveluohjaajien perehdytys")
    set_date(page, panel, "Suunniteltu loppu", "31.01.2027")
    page.keyboard.press("Tab")
    wait_for_app(page)
    if apply.count():  # whatever the screen offers now, the step-3 preview must not be saved
        apply.click()
        wait_for_app(page)
    assert {stored_step(app_sessions, code, 3).status for code in ("305", "832")} == {
        StepStatus.NOT_STARTED}

    panel.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    panel.get_by_role("button", name=re.compile(r"^Tallenna \d+")).click()
    wait_for_app(page)
    expect(page.get_by_text("Päivitetty 2 askelta.")).to_be_visible()
    assert {(stored_step(app_sessions, code, 4).status,
             stored_step(app_sessions, code, 4).planned_end) for code in ("305", "832")} == {
        (StepStatus.BLOCKED, date(2027, 1, 31))}


def readiness_done(app_sessions, code, position):
    """The step's readiness items done (by the centre's lead, out of view of the test)."""
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        unit = session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                                 position)).unit_id
        items = queries.readiness_frame(session, unit)
        services.save_readiness(session, COMMAND_LINE, unit, [
            ReadinessChange(int(item.item_id), None, ItemStatus.DONE)
            for item in items[items["step"] == position].itertuples()])


def test_after_saving_a_step_the_planner_stays_on_its_tab_and_sees_the_filled_actual_end(
        page, app_url, app_sessions):
    readiness_done(app_sessions, "859", 3)
    open_unit(page, app_url, "pekka.planner", "859")
    page.get_by_role("tab", name="3. Toimintakäytänteiden sopiminen").click()
    wait_for_app(page)
    choose(page, step_form(page), "Tila", "✔ Valmis")
    save_step(page)
    expect(page.get_by_role("tab", selected=True)).to_contain_text("3. Toimintakäytänteiden")
    expect(page.get_by_text("Tallennettu: Tyrnävä, askel 3.")).to_be_in_viewport()
    day = step_form(page).get_by_role("spinbutton", name="day, Toteutunut loppu")
    expect(day).to_have_attribute("aria-valuenow", str(TODAY.day))
    assert stored_step(app_sessions, "859", 3).actual_end == TODAY


def test_a_lead_saves_the_checklist_and_stays_on_the_same_step(page, app_url, app_sessions):
    open_unit(page, app_url, "liisa.lead", "436")
    page.get_by_role("tab", name=re.compile("2. Yhteistyöverkoston")).click()
    wait_for_app(page)
    edit_evidence(page, 1, "Yhteystiedot verkossa")
    page.get_by_role("button", name="Tallenna tarkistuslista").click()
    wait_for_app(page)
    expect(page.get_by_role("tab", selected=True)).to_contain_text("2. Yhteistyöverkoston")
    expect(page.get_by_text("Tarkistuslista tallennettu (1 muutos).")).to_be_in_viewport()
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        unit = int(queries.units_frame(session, programme_id)
                   .set_index("municipality_code").loc["436", "unit_id"])
        items = queries.readiness_frame(session, unit)
    assert items[items["step"] == 2]["evidence"].iloc[0] == "Yhteystiedot verkossa"


def test_a_typed_date_counts_without_leaving_the_field(page, app_url, app_sessions):
    open_unit(page, app_url, "pekka.planner", "436")
    set_date(page, step_form(page), "Suunniteltu loppu", "15.03.2027")
    save_step(page)  # straight from typing to the button
    expect(page.get_by_text("Tallennettu: Lumijoki, askel 1.")).to_be_visible()
    assert stored_step(app_sessions, "436", 1).planned_end == date(2027, 3, 15)


def test_the_add_user_form_empties_and_a_reset_asks_first(page, app_url):
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Käyttäjät")
    form = page.locator('[data-testid="stForm"]').filter(has_text="Lisää käyttäjä").first
    form.get_by_role("textbox", name="Käyttäjä").fill("uusi_kayttaja")
    form.get_by_role("button", name="Lisää käyttäjä").click()
    wait_for_app(page)
    expect(page.get_by_text("Käyttäjä uusi_kayttaja lisätty.")).to_be_visible()
    expect(page.locator('[data-testid="stCode"]')).to_have_count(1)  # the password, once
    expect(form.get_by_role("textbox", name="Käyttäjä")).to_have_value("")

    editor = page.locator('[data-testid="stVerticalBlock"]').filter(
        has=page.get_by_role("heading", name="Muuta käyttäjää")).last
    choose(page, editor, "Käyttäjä", "uusi_kayttaja")
    editor.get_by_role("button", name="Anna uusi salasana").click()
    wait_for_app(page)
    expect(page.get_by_text("Annetaanko käyttäjälle uusi_kayttaja uusi salasana?")).to_be_visible()
    expect(page.locator('[data-testid="stCode"]')).to_have_count(0)  # nothing reset yet
    editor.get_by_role("button", name="Kyllä, tee se").click()
    wait_for_app(page)
    expect(page.get_by_text("Uusi salasana käyttäjälle uusi_kayttaja")).to_be_visible()
    expect(page.locator('[data-testid="stCode"]')).to_have_count(1)


def test_switching_tabs_keeps_what_the_planner_typed(page, app_url):
    open_unit(page, app_url, "pekka.planner", "072")
    step_form(page).get_by_label("Vastuuhenkilö").fill("Vielä tallentamatta")
    page.get_by_role("tab", name=re.compile("2. Yhteistyöverkoston")).click()
    page.get_by_role("tab", name=re.compile("1. Valmistelu")).click()
    expect(step_form(page).get_by_label("Vastuuhenkilö")).to_have_value("Vielä tallentamatta")


def test_saving_the_first_open_step_as_done_stays_on_it(page, app_url, app_sessions):
    readiness_done(app_sessions, "139", 1)
    open_unit(page, app_url, "pekka.planner", "139")  # Ii: the first tab is step 1
    choose(page, step_form(page), "Tila", "✔ Valmis")
    save_step(page)
    expect(page.get_by_role("tab", selected=True)).to_contain_text("1. Valmistelu")
    expect(page.get_by_text("Tallennettu: Ii, askel 1.")).to_be_in_viewport()
    assert stored_step(app_sessions, "139", 1).status == StepStatus.DONE


def edit_evidence(page, row, text):
    table = page.get_by_role("tabpanel").locator('[data-testid="stDataFrame"]').first
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    evidence_x = box["x"] + box["width"] - LINK_WIDTH - 40  # the column left of the link
    page.mouse.dblclick(evidence_x, box["y"] + 35 * row + 17)
    page.wait_for_timeout(300)  # the cell's editor opens
    page.keyboard.type(text, delay=30)
    page.keyboard.press("Enter")
    wait_for_app(page)


def test_two_reviewers_tick_one_checklist_and_re_applying_keeps_both(
        page, second_page, app_url, app_sessions):
    first = open_unit(page, app_url, "liisa.lead", "859")
    second = open_unit(second_page, app_url, "aino.admin", "859")
    edit_evidence(first, 1, "Liisan pöytäkirja")
    edit_evidence(first, 2, "Liisan muistio")
    first.get_by_role("button", name="Tallenna tarkistuslista").click()
    wait_for_app(first)
    expect(first.get_by_text("Tarkistuslista tallennettu (2 muutosta).")).to_be_visible()

    edit_evidence(second, 1, "Ainon pöytäkirja")  # the same item Liisa just saved
    second.get_by_role("button", name="Tallenna tarkistuslista").click()
    wait_for_app(second)
    expect(second.get_by_text("muutti tarkistuslistaa sillä välin")).to_be_visible()
    second.get_by_role("button", name="Tee omat muutokseni uusimpiin tietoihin").click()
    wait_for_app(second)
    second.get_by_role("button", name="Tallenna tarkistuslista").click()
    wait_for_app(second)
    expect(second.get_by_text("Tarkistuslista tallennettu (1 muutos).")).to_be_visible()
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        unit = int(queries.units_frame(session, programme_id)
                   .set_index("municipality_code").loc["859", "unit_id"])
        items = queries.readiness_frame(session, unit)
    assert items[items["step"] == 1]["evidence"].tolist()[:2] == ["Ainon pöytäkirja",
                                                                  "Liisan muistio"]
