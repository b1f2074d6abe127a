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
