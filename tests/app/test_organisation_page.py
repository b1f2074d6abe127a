"""The organisation page as an admin uses it: rename an area, move a unit, refresh a
population, all shown at once on the page itself and in the other pages' read models."""
from datetime import date

import pytest
from sqlalchemy import select

from rollout import queries, services
from rollout.models import FamilyCentre, FamilyCentreArea, Municipality, RolloutUnit
from rollout.permissions import COMMAND_LINE
from rollout.population_source import year_end
from tests.fake_pxweb import population, running_pxweb

PAGE = "pages/organisation.py"


def widget(widgets, key_start, key_end=""):
    return next(item for item in widgets
                if (item.key or "").startswith(key_start) and (item.key or "").endswith(key_end))


def button(app, label):
    return next(item for item in app.button if item.label == label)


def texts(app):
    return " ".join(element.value for kind in ("success", "error", "info", "warning", "caption")
                    for element in getattr(app, kind))


@pytest.mark.parametrize("lang, title, tab", [("fi", "Organisaatio", "Alueet ja perhekeskukset"),
                                              ("sv", "Organisation", "Områden och familjecenter")])
def test_the_page_opens_for_an_admin_in_finnish_and_swedish(open_page, lang, title, tab):
    app = open_page(PAGE, lang)
    assert not app.exception
    assert app.title[0].value == title
    assert app.tabs[0].label == tab
    assert "Lakeus" in app.dataframe[0].value.iloc[:, 0].tolist()


def test_an_admin_renames_an_area(open_page, app_database):
    app = open_page(PAGE)
    with app_database() as session:
        oulu = session.scalar(select(FamilyCentreArea).filter_by(name="Oulu"))
    widget(app.selectbox, "organisation.area").set_value(oulu.id).run()
    widget(app.text_input, f"area-{oulu.id}.", ".name").input("Oulun seutu")
    button(app, "Tallenna nimi").click().run()
    assert not app.exception
    assert "Oulun seutu tallennettu." in texts(app)
    assert "Oulun seutu" in app.dataframe[0].value.iloc[:, 0].tolist()
    assert widget(app.selectbox, "organisation.area").value == oulu.id  # still chosen


def test_an_admin_moves_a_unit_and_the_steps_grid_shows_it(open_page, app_database):
    app = open_page(PAGE)
    with app_database() as session:
        kempele = session.scalar(select(RolloutUnit).filter_by(municipality_code="244"))
        oulu = session.scalar(select(FamilyCentre).filter_by(code="oulu"))
    widget(app.selectbox, "organisation.unit").set_value(kempele.id).run()
    assert "säilyttää askeleensa" in texts(app)
    widget(app.selectbox, f"unit-{kempele.id}.", ".centre_id").set_value(oulu.id)
    button(app, "Siirrä").click().run()
    assert not app.exception
    assert "Kempele siirretty: Lakeuden perhekeskus → Oulun perhekeskus." in texts(app)
    assert widget(app.selectbox, "organisation.unit").value == kempele.id  # still chosen
    with app_database() as session:
        rows = queries.step_rows(session, queries.default_programme(session).id)
    assert set(rows.loc[rows["unit_id"] == kempele.id, "area"]) == {"Oulu"}


def test_a_move_made_meanwhile_is_refused_naming_who(open_page, app_database):
    app = open_page(PAGE, "sv")
    with app_database() as session:
        kempele = session.scalar(select(RolloutUnit).filter_by(municipality_code="244"))
        oulu = session.scalar(select(FamilyCentre).filter_by(code="oulu"))
        rannikko = session.scalar(select(FamilyCentre).filter_by(code="rannikko"))
    widget(app.selectbox, "organisation.unit").set_value(kempele.id).run()
    box = widget(app.selectbox, f"unit-{kempele.id}.", ".centre_id")
    with app_database() as session:
        services.move_unit(session, COMMAND_LINE, queries.default_programme(session).id,
                           kempele.id, 1, rannikko.id)
    box.set_value(oulu.id)
    button(app, "Flytta").click().run()
    assert "komentorivi ändrade enheten Kempele under tiden" in texts(app)
    with app_database() as session:
        assert session.get(RolloutUnit, kempele.id).family_centre_id == rannikko.id


def test_an_admin_refreshes_a_population_with_its_year(open_page, app_database):
    app = open_page(PAGE)
    widget(app.selectbox, "populations.municipality").set_value("244").run()
    widget(app.number_input, "population-244.", ".population").set_value(19500)
    widget(app.number_input, "population-244.", ".population_year").set_value(2024)
    widget(app.selectbox, "population-244.", ".population_source_kind").set_value(
        "statfin_year_end")
    button(app, "Tallenna asukasluku").click().run()
    assert not app.exception
    assert "Kunnan Kempele asukasluku tallennettu." in texts(app)
    with app_database() as session:
        kempele = session.get(Municipality, "244")
        assert (kempele.population, kempele.population_year, kempele.population_source_kind,
                kempele.population_reference_day) == (19500, 2024, "statfin_year_end",
                                                      date(2024, 12, 31))
    populations = next(frame.value for frame in app.dataframe
                       if "Asukkaita" in frame.value.columns).set_index("Kunta")
    assert populations.at["Kempele", "Lähde"] == "Tilastokeskus, väestö 31.12.2024"
    assert populations.at["Oulu", "Lähde"].startswith("arvio: Tilastokeskuksen")


def test_an_estimate_without_its_reason_is_refused_beside_the_button(open_page, app_database):
    app = open_page(PAGE, "sv")
    widget(app.selectbox, "populations.municipality").set_value("244").run()
    widget(app.selectbox, "population-244.", ".population_source_kind").set_value("estimate")
    button(app, "Spara invånarantalet").click().run()
    assert "Ange varför det är en uppskattning eller namnge källan." in texts(app)
    with app_database() as session:
        assert session.get(Municipality, "244").version == 1


def test_statistics_finlands_populations_are_fetched_previewed_and_saved(
        open_page, app_database, monkeypatch):
    with running_pxweb() as fake:
        monkeypatch.setenv("ROLLOUT_POPULATION_URL", fake.url)
        app = open_page(PAGE)
        button(app, "Hae ja esikatsele").click().run()
        assert not app.exception
        preview = app.dataframe[-1].value  # below the tabs' tables
        assert "Rivi" not in preview.columns and len(preview) == 30
        assert preview.set_index("Kunta").at["Utajärvi", "Lähde"] == (
            "Tilastokeskus, ennakkoväkiluku 31.10.2024 → Tilastokeskus, väestö 31.12.2024")
        with app_database() as session:
            assert session.get(Municipality, "564").version == 1  # nothing saved yet
        button(app, "Tallenna 30 asukaslukua").click().run()
    assert "30 asukaslukua tallennettu." in texts(app)
    with app_database() as session:
        oulu = session.get(Municipality, "564")
        assert (oulu.population, oulu.population_year) == (population("564", 2024), 2024)


def test_offline_the_fetch_says_so_and_changes_nothing(open_page, app_database, monkeypatch):
    with running_pxweb() as fake:
        fake.stop()
        monkeypatch.setenv("ROLLOUT_POPULATION_URL", fake.url)
        app = open_page(PAGE, "sv")
        button(app, "Hämta och förhandsgranska").click().run()
    assert "Statistikcentralen kunde inte nås" in texts(app)
    assert not [shown.label for shown in app.button
                if any(character.isdigit() for character in shown.label)]  # no "Spara 30 …"
    with app_database() as session:
        assert all(municipality.version == 1 for municipality in
                   session.scalars(select(Municipality)))



def test_what_anyone_saves_shows_on_the_next_rerun(open_page, app_database):
    """The tables and choosers are kept per data stamp: someone else's save moves it."""
    app = open_page(PAGE)
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        oulu = session.scalar(select(FamilyCentreArea).filter_by(name="Oulu"))
        services.rename_area(session, COMMAND_LINE, programme_id, oulu.id, 1, "Oulun seutu")
        services.set_population(session, COMMAND_LINE, programme_id, "244", 1,
                                year_end(19500, 2024))
    app.run()
    assert "Oulun seutu" in app.dataframe[0].value.iloc[:, 0].tolist()
    assert "Oulun seutu" in widget(app.selectbox, "organisation.area").options
    populations = next(frame.value for frame in app.dataframe
                       if "Asukkaita" in frame.value.columns).set_index("Kunta")
    assert "".join(filter(str.isdigit, populations.at["Kempele", "Asukkaita"])) == "19500"


def test_the_overview_says_when_populations_are_of_different_years(open_page, app_database):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        for code in [municipality.code for municipality in session.scalars(
                select(Municipality).where(Municipality.region_id.is_not(None)))]:
            version = session.get(Municipality, code).version
            services.set_population(session, COMMAND_LINE, programme_id, code, version,
                                    year_end(1000, 2024 if code == "244" else 2023))
    overview = open_page("pages/overview.py")
    assert "Väestöluvut ovat vuosilta 2023 ja 2024" in texts(overview)
    assert ("Lähteet: Tilastokeskus, väestö 31.12.2023 (29); Tilastokeskus, väestö 31.12.2024 "
            "(1)") in texts(overview)
    progress = open_page("pages/progress.py", "sv")
    assert "Befolkningstalen är från åren 2023 och 2024" in texts(progress)


def test_the_history_reads_organisation_changes_in_words(open_page, app_database):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        oulu = session.scalar(select(FamilyCentreArea).filter_by(name="Oulu"))
        services.rename_area(session, COMMAND_LINE, programme_id, oulu.id, 1, "Oulun seutu")
        kempele = session.scalar(select(RolloutUnit).filter_by(municipality_code="244"))
        services.move_unit(session, COMMAND_LINE, programme_id, kempele.id, 1,
                           session.scalar(select(FamilyCentre.id).filter_by(code="oulu")))
        services.set_population(session, COMMAND_LINE, programme_id, "244", 1,
                                year_end(19500, 2025))
    app = open_page("pages/history.py", "sv")
    events = next(frame.value for frame in app.dataframe if "Objekt" in frame.value.columns)
    mine = events[events["Vem"] == "komentorivi"]
    rows = mine[["Objekt", "Uppgift", "Före", "Efter"]].values.tolist()
    assert ["Område: Oulun seutu", "namn", "Oulu", "Oulun seutu"] in rows
    assert ["Kempele", "familjecenter", "Lakeuden perhekeskus",
            "Uleåborgs familjecenter"] in rows
    assert ["Kempele", "invånarantalets år", "2024", "2025"] in rows
    assert ["Kempele", "typ av källa för invånarantalet",
            "Uppskattning: siffra vid årsskiftet, år 2023 eller 2024",
            "Statistikcentralen, befolkning vid årets slut"] in rows


def test_a_duplicate_area_name_is_refused_beside_the_button(open_page):
    app = open_page(PAGE, "sv")
    widget(app.text_input, "area-new.", ".name").input("lakeus")
    button(app, "Lägg till område").click().run()
    assert "Välfärdsområdet har redan ett område som heter lakeus." in texts(app)
    assert app.dataframe[0].value.iloc[:, 0].tolist().count("Lakeus") == 1


def test_a_retired_centre_is_offered_to_no_new_lead(open_page, app_database):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        area_id = session.scalar(select(FamilyCentreArea.id).filter_by(name="Oulu"))
        centre = services.add_centre(session, COMMAND_LINE, programme_id, area_id,
                                     "Hiukkavaaran perhekeskus")
        services.set_centre_retired(session, COMMAND_LINE, programme_id, centre.id, 1, True)
    app = open_page("pages/users.py")
    options = widget(app.multiselect, "add.centres").options
    assert "Lakeuden perhekeskus" in options
    assert "Hiukkavaaran perhekeskus" not in options
