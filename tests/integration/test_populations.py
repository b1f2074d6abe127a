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
from rollout.population_source import PopulationFigure, PopulationSource, year_end
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
    saved = services.set_population(session, admin, programme_id(session), "244", 1,
                                    year_end(19012, 2024), TODAY)
    assert (saved.population, saved.population_year, saved.population_source_kind,
            saved.population_reference_day, saved.version) == (
        19012, 2024, "statfin_year_end", date(2024, 12, 31), 2)
    fields = session.scalars(select(ChangeEvent.field).filter_by(
        entity="municipality", entity_id="244")).all()
    assert sorted(fields) == ["population", "population_reference_day",
                              "population_source_kind"]  # the year was 2024 already
    assert i18n.Words("sv").t("populations.kind_statfin_year_end", day="31.12.2024") \
        == "Statistikcentralen, befolkning 31.12.2024"
    with pytest.raises(EditConflict) as raised:
        services.set_population(session, admin, programme_id(session), "244", 1,
                                year_end(19500, 2024), TODAY)
    assert raised.value.params["by"] == admin.name
    assert municipality(session, "244").population == 19012


@pytest.mark.parametrize("population, year, key", [
    (0, 2024, "populations.not_whole"), (19000, 2027, "populations.future_year"),
    (19000, 1800, "populations.bad_year"), (19000, None, "populations.year_needed")])
def test_a_population_that_cannot_be_is_refused(session, actors, population, year, key):
    with pytest.raises(DomainError) as raised:
        services.set_population(session, actors["aino.admin"], programme_id(session), "244",
                                1, PopulationFigure(population, year, "statfin_year_end"),
                                TODAY)
    assert raised.value.key == key
    assert municipality(session, "244").version == 1


@pytest.mark.parametrize("who", ["pekka.planner", "liisa.lead", "maija.manager"])
def test_only_admins_change_populations(session, actors, who):
    with pytest.raises(PermissionDenied):
        services.set_population(session, actors[who], programme_id(session), "244", 1,
                                year_end(19000, 2024), TODAY)
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
    assert changes["072"].new == PopulationFigure(930, 2024, "other", None,
                                                  "Tilastokeskus 2024")
    assert changes["244"].old.population == municipality(session, "244").population
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
    services.set_population(session, admin, programme_id(session), "564", 1,
                            year_end(215000, 2024), TODAY)
    with pytest.raises(EditConflict):
        services.apply_population_import(session, admin, programme_id(session),
                                         planned.changes)
    assert municipality(session, "244").version == 1


@pytest.mark.parametrize("figure, key", [
    (PopulationFigure(19000, 2024, "estimate"), "populations.note_needed"),
    (PopulationFigure(19000, 2024, "other", None, "  "), "populations.note_needed"),
    (PopulationFigure(19000, 2024, "statfin_preliminary"), "populations.day_needed"),
    (PopulationFigure(19000, 2024, "statfin_preliminary", date(2023, 10, 31)),
     "populations.day_outside_year"),
    (PopulationFigure(19000, 2024, "made_up"), "populations.note_needed")])
def test_a_source_is_a_fact_with_what_its_kind_needs(session, actors, figure, key):
    with pytest.raises(DomainError) as raised:
        services.set_population(session, actors["aino.admin"], programme_id(session), "244",
                                1, figure, TODAY)
    assert raised.value.key == key
    assert municipality(session, "244").version == 1


def test_a_preliminary_figure_keeps_its_day_and_an_estimate_its_reason(session, actors):
    admin = actors["aino.admin"]
    services.set_population(session, admin, programme_id(session), "244", 1, PopulationFigure(
        19100, 2024, "statfin_preliminary", date(2024, 10, 31), "ignored"), TODAY)
    kempele = municipality(session, "244")
    assert (kempele.population_source_kind, kempele.population_reference_day,
            kempele.population_source) == ("statfin_preliminary", date(2024, 10, 31), "")
    services.set_population(session, admin, programme_id(session), "244", 2, PopulationFigure(
        19200, 2025, "estimate", date(2025, 1, 1), "kunnan oma laskelma"), TODAY)
    kempele = municipality(session, "244")
    assert (kempele.population_source_kind, kempele.population_reference_day,
            kempele.population_source) == ("estimate", None, "kunnan oma laskelma")


def test_a_file_row_without_any_source_says_so_and_never_keeps_the_old_one(session, actors):
    planned = plan(session, actors["aino.admin"], "code,population,year\n244,19012,2024\n")
    assert planned.changes[0].new.kind == PopulationSource.UNSTATED
    assert planned.changes[0].new.label(i18n.Words("fi")) == "lähdettä ei kerrottu"


def test_statistics_finlands_figures_are_previewed_then_saved_with_their_source(
        session, actors):
    """The fetch flow end to end against the local fake of the PxWeb API: the programme's 30
    municipalities asked, every change old → new, nothing saved until applied."""
    from rollout import statfin
    from tests.fake_pxweb import population, running_pxweb
    admin, pid = actors["aino.admin"], programme_id(session)
    codes = services.programme_municipality_codes(session, pid)
    assert len(codes) == 30
    with running_pxweb() as fake:
        fetched = statfin.fetch_year_end_populations(codes, base_url=fake.url)
    assert fetched.year == 2024 and set(fetched.populations) == set(codes)
    planned = services.plan_fetched_populations(session, admin, pid, fetched.populations,
                                                fetched.year)
    assert len(planned.changes) == 30 and planned.problems == ()
    oulu = next(change for change in planned.changes if change.code == "564")
    assert oulu.old.population == municipality(session, "564").population
    assert oulu.new == year_end(population("564", 2024), 2024)
    assert municipality(session, "564").version == 1  # nothing saved by the plan
    assert services.apply_population_import(session, admin, pid, planned.changes) == 30
    oulu_now = municipality(session, "564")
    assert (oulu_now.population, oulu_now.population_year, oulu_now.population_source_kind,
            oulu_now.population_reference_day) == (population("564", 2024), 2024,
                                                   "statfin_year_end", date(2024, 12, 31))
    again = services.plan_fetched_populations(session, admin, pid, fetched.populations, 2024)
    assert again.changes == () and again.unchanged == 30
