"""The Workbook page: everyone prepares and downloads the workbook; planners and admins also
get the upload, leads too for their areas' service figures (the upload itself is driven in
the browser test, tests/e2e)."""
import pytest


def labels(app):
    return [button.label for button in app.button]


@pytest.mark.parametrize("user, imports", [("pekka.planner", True), ("aino.admin", True),
                                           ("liisa.lead", True), ("maija.manager", False)])
def test_everyone_exports_and_planners_admins_and_leads_import(open_page, user, imports):
    app = open_page("pages/workbook.py", user=user)
    assert not app.exception
    assert [header.value for header in app.subheader] == ["Vie työkirja", "Tuo työkirja"]
    assert "Valmistele työkirja" in labels(app)
    assert ("Esikatsele muutokset" in labels(app)) == imports
    assert bool(app.info) != imports
    if not imports:
        assert "suunnittelijoiden ja ylläpitäjien" in app.info[0].value


def test_preparing_the_workbook_offers_it_for_download_in_swedish(open_page):
    app = open_page("pages/workbook.py", lang="sv", user="maija.manager")
    next(button for button in app.button if button.label == "Förbered arbetsboken").click()
    app.run()
    assert not app.exception
    downloads = app.get("download_button")
    assert [download.proto.label for download in downloads] == ["Ladda ner arbetsboken"]


def test_the_preview_button_waits_for_a_file(open_page):
    app = open_page("pages/workbook.py", user="pekka.planner")
    preview = next(button for button in app.button if button.label == "Esikatsele muutokset")
    assert preview.disabled
