"""A planner exchanges the workbook in a real browser: export, edit, upload, preview, apply."""
from playwright.sync_api import expect

from rollout import queries
from rollout.models import StepProgress
from tests.e2e.conftest import open_from_menu, sign_in, wait_for_app
from tests.workbook_editing import StepsSheet

EDITED = {"859": "Verkostokysely lähetetty", "889": "Palaute koottu", "785": "+358 40 123 4567"}


def test_planner_exports_edits_uploads_previews_and_applies_the_workbook(
        page, app_url, app_sessions, tmp_path):
    sign_in(page, app_url, "pekka.planner")
    open_from_menu(page, "Työkirja")
    page.get_by_role("button", name="Valmistele työkirja").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Lataa työkirja").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    assert exported.name.endswith(".xlsx")

    sheet = StepsSheet(exported.read_bytes())
    for code, note in EDITED.items():
        sheet.set(code, 6, "steps.note", note)
    sheet.resort_descending("steps.status")
    edited = tmp_path / "muokattu.xlsx"
    edited.write_bytes(sheet.save())

    page.locator('input[type="file"]').set_input_files(str(edited))
    wait_for_app(page)
    page.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    expect(page.get_by_text("3 muutosta 3 rivillä: Muistiinpano 3.")).to_be_visible()
    page.get_by_role("button", name="Tallenna muutokset (3 riviä)").click()
    wait_for_app(page)
    expect(page.get_by_text("Tallennettu: 3 riviä muuttui.")).to_be_visible()
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        notes = {code: session.get(StepProgress, queries.progress_id_for(
            session, programme_id, code, 6)).note for code in EDITED}
    assert notes == EDITED


def test_rows_sorted_without_their_keys_and_too_many_problems_are_named_in_the_preview(
        page, app_url, app_sessions, tmp_path):
    """A planner sorted the visible columns alone, then a file with a problem on every row:
    the preview names both places in words, says where checking stopped, offers no save;
    in Finnish, then in Swedish."""
    from rollout import workbook
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        before = session.get(StepProgress, queries.progress_id_for(
            session, programme_id, "244", 1)).version
        data = workbook.export_workbook(session, programme_id, "fi")
    sorted_alone = StepsSheet(data)
    first, second = sorted_alone.row_of("244", 1), sorted_alone.row_of("244", 2)
    for column in (1, 2):
        one, two = (sorted_alone.sheet.cell(first, column),
                    sorted_alone.sheet.cell(second, column))
        one.value, two.value = two.value, one.value
    sorted_alone.set("244", 2, "steps.status", "Käynnissä")
    (tmp_path / "lajiteltu.xlsx").write_bytes(sorted_alone.save())
    everywhere = StepsSheet(data)
    status = everywhere.column("steps.status")
    for row in range(2, everywhere.sheet.max_row + 1):
        for column in (status, status + 1, status + 2):
            everywhere.sheet.cell(row, column).value = "Melkein valmis"
    (tmp_path / "rikki.xlsx").write_bytes(everywhere.save())

    sign_in(page, app_url, "pekka.planner")
    open_from_menu(page, "Työkirja")
    page.locator('input[type="file"]').set_input_files(str(tmp_path / "lajiteltu.xlsx"))
    wait_for_app(page)
    page.get_by_role("button", name="Esikatsele muutokset").click()
    wait_for_app(page)
    expect(page.get_by_text("2 ongelmaa: korjaa ne työkirjassa")).to_be_visible()
    expect(page.get_by_role("button", name="Tallenna muutokset")).to_have_count(0)
    page.screenshot(path=tmp_path / "sorted-fi.png", full_page=True)

    for lang, stopped in (("fi", "Tarkistus pysähtyi 500 ongelman jälkeen"),
                          ("sv", "Kontrollen stannade efter 500 problem")):
        if lang == "sv":
            page.goto(f"{app_url}/workbook?lang=sv")
            wait_for_app(page)
        page.locator('input[type="file"]').set_input_files(str(tmp_path / "rikki.xlsx"))
        wait_for_app(page)
        page.get_by_role("button", name="Esikatsele muutokset" if lang == "fi"
                         else "Förhandsgranska ändringarna").click()
        wait_for_app(page)
        expect(page.get_by_text(stopped)).to_be_visible()
        page.screenshot(path=tmp_path / f"stopped-{lang}.png", full_page=True)
    with app_sessions() as session:
        assert session.get(StepProgress, queries.progress_id_for(
            session, programme_id, "244", 1)).version == before


def test_two_planners_import_the_same_step_the_second_save_is_refused_whole(
        page, second_page, app_url, app_sessions, tmp_path):
    """Both preview an edit of the same step; the first saves; the second's save is refused
    whole and nothing of theirs is stored; previewing again names who changed it; a fresh
    export then saves."""
    from rollout import workbook

    def edited(owner: str, name: str) -> str:
        with app_sessions() as session:
            data = workbook.export_workbook(session, queries.default_programme(session).id, "fi")
        sheet = StepsSheet(data)
        sheet.set("244", 2, "steps.owner", owner)
        (tmp_path / name).write_bytes(sheet.save())
        return str(tmp_path / name)

    def preview(browser_page, path: str) -> None:
        browser_page.locator('input[type="file"]').set_input_files(path)
        wait_for_app(browser_page)
        browser_page.get_by_role("button", name="Esikatsele muutokset").click()
        wait_for_app(browser_page)

    first, second = edited("Aino Ensimmäinen", "a.xlsx"), edited("Pekka Toinen", "b.xlsx")
    for browser_page in (page, second_page):
        sign_in(browser_page, app_url, "pekka.planner")
        open_from_menu(browser_page, "Työkirja")
    preview(page, first)
    preview(second_page, second)
    page.get_by_role("button", name="Tallenna muutokset (1 rivi)").click()
    wait_for_app(page)
    expect(page.get_by_text("Tallennettu: 1 rivi muuttui.")).to_be_visible()
    second_page.get_by_role("button", name="Tallenna muutokset (1 rivi)").click()
    wait_for_app(second_page)
    second_page.screenshot(path=tmp_path / "refused.png", full_page=True)
    expect(second_page.get_by_text("pekka.planner muutti askeleen 2 kunnassa Kempele "
                                   "esikatselun jälkeen. Mitään ei tallennettu")).to_be_visible()
    expect(second_page.get_by_text("Tallennettu: 1 rivi muuttui.")).to_have_count(0)
    with app_sessions() as session:
        programme_id = queries.default_programme(session).id
        step = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                 "244", 2))
    assert step.owner == "Aino Ensimmäinen"
    preview(second_page, second)  # the same file again: the change since is named
    expect(second_page.get_by_text("1 ongelma: korjaa se työkirjassa")).to_be_visible()
    expect(second_page.locator('[data-testid^="glide-cell"]').filter(  # the reason's cell
        has_text="pekka.planner muutti tätä sovelluksessa")).to_have_count(1)
    second_page.screenshot(path=tmp_path / "again.png", full_page=True)
    preview(second_page, edited("Pekka Toinen", "c.xlsx"))
    second_page.get_by_role("button", name="Tallenna muutokset (1 rivi)").click()
    wait_for_app(second_page)
    expect(second_page.get_by_text("Tallennettu: 1 rivi muuttui.")).to_be_visible()
    with app_sessions() as session:
        assert session.get(StepProgress, step.id).owner == "Pekka Toinen"
