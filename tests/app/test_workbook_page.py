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


class RecordedBar:
    """A progress bar that remembers every text it showed."""

    def __init__(self, bar, texts: list) -> None:
        self.bar, self.texts = bar, texts

    def progress(self, value, text=None):
        self.texts.append((round(value, 2), text))
        return self.bar.progress(value, text=text)

    def empty(self):
        self.texts.append(("gone", None))
        return self.bar.empty()


@pytest.fixture
def progress_shown(monkeypatch):
    """Every progress bar the page draws, stage by stage."""
    import streamlit as st
    texts, real = [], st.progress

    def recording(value, text=None, **options):
        texts.append((value, text))
        return RecordedBar(real(value, text=text, **options), texts)
    monkeypatch.setattr(st, "progress", recording)
    return texts


def edited_workbook(sessions, lang: str) -> bytes:
    """The export with one readiness item ticked and one step's owner changed."""
    from rollout import queries, workbook
    from tests.workbook_editing import ReadinessSheet, StepsSheet
    with sessions() as session:
        data = workbook.export_workbook(session, queries.default_programme(session).id, lang)
    readiness = ReadinessSheet(data, lang)
    readiness.tick("244", 1, 1, status="Tehty", evidence="Pöytäkirja 12/2026")
    steps = StepsSheet(readiness.save(), lang)
    steps.set("244", 2, "steps.owner", "Pekka")
    return steps.save()


@pytest.mark.parametrize("lang, stages, saved", [
    ("fi", ["Luetaan työkirjaa…", "Tarkistetaan muutoksia…"], "Tallennetaan muutoksia…"),
    ("sv", ["Arbetsboken läses…", "Ändringarna kontrolleras…"], "Ändringarna sparas…")])
def test_an_uploaded_workbook_shows_progress_then_the_exact_preview_then_saves(
        open_page, app_database, progress_shown, lang, stages, saved):
    app = open_page("pages/workbook.py", lang=lang, user="aino.admin")
    app.file_uploader[0].set_value(("muokattu.xlsx", edited_workbook(app_database, lang),
                                    "application/octet-stream"))
    app.run()
    next(button for button in app.button if button.key == "workbook.preview_button").click()
    app.run()
    assert not app.exception
    texts = [text for _, text in progress_shown if text]
    assert [text for text in dict.fromkeys(texts)] == stages
    assert progress_shown[-1] == ("gone", None) and (1.0, stages[1]) in progress_shown
    tables = [frame.value for frame in app.dataframe]
    assert [table.iloc[0].tolist()[-2:] for table in tables] == [
        ["–", "Pekka"], ["Avoin" if lang == "fi" else "Öppen",
                        "Tehty" if lang == "fi" else "Klar"]]
    progress_shown.clear()
    next(button for button in app.button if button.key == "workbook.save_button").click()
    app.run()
    assert not app.exception
    assert [text for _, text in progress_shown if text][-1] == saved
    assert progress_shown[-1] == ("gone", None)
    assert app.success[0].value == ("Tallennettu: 2 riviä muuttui." if lang == "fi"
                                    else "Sparat: 2 rader ändrades.")


def many_problems_workbook(sessions) -> bytes:
    """The export with a status no one has on every row: more problems than are shown."""
    from rollout import queries, workbook
    from tests.workbook_editing import StepsSheet
    with sessions() as session:
        data = workbook.export_workbook(session, queries.default_programme(session).id, "fi")
    steps = StepsSheet(data)
    status, planned = steps.column("steps.status"), steps.column("steps.planned_end")
    for row in range(2, steps.sheet.max_row + 1):
        steps.sheet.cell(row, status).value = "Melkein valmis"
        steps.sheet.cell(row, planned).value = "huomenna"
        steps.sheet.cell(row, planned + 1).value = "ylihuomenna"
    return steps.save()


@pytest.mark.parametrize("lang, stopped", [
    ("fi", "Tarkistus pysähtyi 500 ongelman jälkeen"),
    ("sv", "Kontrollen stannade efter 500 problem")])
def test_a_file_with_too_many_problems_says_checking_stopped_and_offers_no_save(
        open_page, app_database, lang, stopped):
    app = open_page("pages/workbook.py", lang=lang, user="aino.admin")
    app.file_uploader[0].set_value(("rikki.xlsx", many_problems_workbook(app_database),
                                    "application/octet-stream"))
    app.run()
    next(button for button in app.button if button.key == "workbook.preview_button").click()
    app.run(timeout=60)
    assert not app.exception
    assert app.warning[0].value.startswith(stopped)
    assert app.error[0].value.startswith("500 ")
    assert "workbook.save_button" not in [button.key for button in app.button]
