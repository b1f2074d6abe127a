"""Populations, as admins refresh them: one at a time, or a file previewed and then saved
whole; each changed field in the history, every problem named by row and column."""
from datetime import date
from io import BytesIO

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from rollout import i18n, queries, services
from rollout.domain import DomainError, PermissionDenied
from rollout.models import ChangeEvent, Municipality
from rollout.population_file import read_population_file
from rollout.services import EditConflict

TODAY = date(2026, 11, 23)


def programme_id(session):
    return queries.default_programme(session).id


def municipality(session, code) -> Municipality:
    return session.get(Municipality, code, populate_existing=True)


def plan(session, actor, text, name="populations.csv", default_source=""):
    rows, problems = read_population_file(text.encode(), name, TODAY)
    return services.plan_population_import(session, actor, programme_id(session), rows,
                                           problems, default_source)


def test_an_admin_saves_a_population_with_its_year_and_source(session, actors):
    admin = actors["aino.admin"]
    saved = services.set_population(session, admin, programme_id(session), "244", 1, 19012,
                                    2024, "Tilastokeskus 2024", TODAY)
    assert (saved.population, saved.population_year, saved.population_source,
            saved.version) == (19012, 2024, "Tilastokeskus 2024", 2)
    fields = session.scalars(select(ChangeEvent.field).filter_by(
        entity="municipality", entity_id="244")).all()
    assert sorted(fields) == ["population", "population_source", "population_year"]
    with pytest.raises(EditConflict) as raised:
        services.set_population(session, admin, programme_id(session), "244", 1, 19500,
                                2024, "", TODAY)
    assert raised.value.params["by"] == admin.name
    assert municipality(session, "244").population == 19012


@pytest.mark.parametrize("population, year, key", [
    (0, 2024, "populations.not_whole"), (19000, 2027, "populations.future_year"),
    (19000, 1800, "populations.bad_year"), (19000, None, "populations.year_needed")])
def test_a_population_that_cannot_be_is_refused(session, actors, population, year, key):
    with pytest.raises(DomainError) as raised:
        services.set_population(session, actors["aino.admin"], programme_id(session), "244",
                                1, population, year, "", TODAY)
    assert raised.value.key == key
    assert municipality(session, "244").version == 1


@pytest.mark.parametrize("who", ["pekka.planner", "liisa.lead", "maija.manager"])
def test_only_admins_change_populations(session, actors, who):
    with pytest.raises(PermissionDenied):
        services.set_population(session, actors[who], programme_id(session), "244", 1,
                                19000, 2024, "", TODAY)
    with pytest.raises(PermissionDenied):
        plan(session, actors[who], "code,population,year\n244,19000,2024\n")
    session.rollback()
    assert municipality(session, "244").version == 1


def test_an_import_previews_each_change_then_saves_them_all(session, actors):
    admin = actors["aino.admin"]
    planned = plan(session, admin, "kuntanumero;väkiluku;vuosi;lähde\n"
                                   "244;19 012;2024;Tilastokeskus\n72;930;2024;\n"
                                   "564;216000;2024;Tilastokeskus\n",
                   default_source="Tilastokeskus 2024")
    assert planned.problems == ()
    changes = {change.code: change for change in planned.changes}
    assert set(changes) == {"244", "072", "564"}  # "72": the spreadsheet dropped the zero
    assert changes["072"].new == (930, 2024, "Tilastokeskus 2024")
    assert changes["244"].old[0] == municipality(session, "244").population
    count = services.apply_population_import(session, admin, programme_id(session),
                                             planned.changes)
    assert count == 3
    assert (municipality(session, "072").population,
            municipality(session, "072").population_year) == (930, 2024)
    assert session.scalar(select(func.count()).select_from(ChangeEvent).filter_by(
        entity="municipality", field="population")) == 3


def test_every_problem_is_named_by_row_column_and_reason(session, actors):
    planned = plan(session, actors["aino.admin"], "code,population,year\n"
                                                  "244,19012.5,2024\n091,650000,2024\n"
                                                  "564,216000,2030\n425,abc,2024\n"
                                                  "425,10000,2024\n425,10001,2024\n")
    found = [(problem.row, problem.column, problem.error.key) for problem in planned.problems]
    assert found == [(2, "population", "populations.not_whole"),
                     (3, "code", "populations.unknown_code"),
                     (4, "year", "populations.future_year"),
                     (5, "population", "populations.not_whole"),
                     (7, "code", "populations.code_twice")]
    assert all(i18n.error_message(problem.error, "sv") for problem in planned.problems)


def test_an_xlsx_file_is_read_like_a_csv(session, actors):
    book = Workbook()
    book.active.append(["Kod", "Folkmängd", "År"])
    book.active.append([244, 19012, 2024])
    data = BytesIO()
    book.save(data)
    rows, problems = read_population_file(data.getvalue(), "invånare.xlsx", TODAY)
    assert problems == [] and [(row.code, row.population, row.year) for row in rows] == [
        ("244", 19012, 2024)]


def test_a_file_without_a_year_column_is_refused_whole():
    with pytest.raises(DomainError) as raised:
        read_population_file(b"code,population\n244,19012\n", "a.csv", TODAY)
    assert raised.value.key == "populations.missing_columns"


def test_an_import_changed_meanwhile_is_refused_whole(session, actors):
    admin = actors["aino.admin"]
    planned = plan(session, admin, "code,population,year\n244,19012,2024\n564,216000,2024\n")
    services.set_population(session, admin, programme_id(session), "564", 1, 215000, 2024,
                            "", TODAY)
    with pytest.raises(EditConflict):
        services.apply_population_import(session, admin, programme_id(session),
                                         planned.changes)
    assert municipality(session, "244").version == 1
