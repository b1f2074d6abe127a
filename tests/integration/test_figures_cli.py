"""Service figures and observations from the shell, with the same checks as the app."""
from sqlalchemy import func, select

from rollout.db import make_engine, make_session_factory
from rollout.models import ChangeEvent, MonthlyFigure, Observation


def stored(database_url, statement):
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        result = session.execute(statement).all()
    engine.dispose()
    return result


def test_figures_set_records_a_month_and_a_second_set_changes_only_what_is_given(
        cli, database_url):
    cli("init")
    cli("users", "add", "liisa", "--role", "lead", "--centre", "lakeus")
    code, out = cli("figures", "set", "--area", "lakeus", "--month", "2025-09",
                    "--contacts-families", "40", "--contacts-professionals", "12",
                    "--phone", "30", "--form", "20", "--network-meetings", "9",
                    "--days-to-meeting", "6.5", "--answered-in-3-days", "95",
                    "--user", "liisa")
    assert code == 0 and "Lakeus 2025-09" in out.out
    assert cli("figures", "set", "--area", "Lakeus", "--month", "2025-09",
               "--network-meetings", "11")[0] == 0
    assert stored(database_url, select(MonthlyFigure.contacts_from_families,
                                       MonthlyFigure.network_meetings,
                                       MonthlyFigure.version)) == [(40, 11, 2)]
    code, shown = cli("figures", "show", "--area", "Lakeus")
    assert code == 0 and "2025-09" in shown.out and "95.0" in shown.out


def test_figures_set_refuses_bad_numbers_other_areas_and_bad_months(cli, database_url):
    cli("init")
    cli("users", "add", "liisa", "--role", "lead", "--centre", "lakeus")
    code, refused = cli("figures", "set", "--area", "Lakeus", "--month", "2025-09",
                        "--answered-in-3-days", "140")
    assert code == 1 and "0–100" in refused.err and "3 arkipäivässä" in refused.err
    code, refused = cli("figures", "set", "--area", "Oulu", "--month", "2025-09",
                        "--phone", "3", "--user", "liisa")
    assert code == 1
    code, refused = cli("figures", "set", "--area", "Lakeus", "--month", "9/2025",
                        "--phone", "3")
    assert code == 1 and "VVVV-KK" in refused.err
    assert stored(database_url, select(func.count()).select_from(MonthlyFigure)) == [(0,)]


def test_observations_add_refuses_personal_data_and_stores_a_clean_one(cli, database_url):
    cli("init")
    code, refused = cli("observations", "add", "--area", "Lakeus", "--theme", "Asuminen",
                        "--text", "Perhe 131052-308T häädetään")
    assert code == 1 and "henkilötunnus merkistä 7 alkaen" in refused.err
    assert "308T" not in refused.err
    code, out = cli("observations", "add", "--area", "Lakeus", "--theme", "housing",
                    "--text", "Häätöjä lapsiperheille", "--date", "2025-10-02",
                    "--frequency", "several")
    assert code == 0 and "housing" in out.out
    assert stored(database_url, select(Observation.theme, Observation.frequency)) == [
        ("housing", "several")]
    assert stored(database_url, select(func.count()).select_from(ChangeEvent).where(
        ChangeEvent.entity == "observation")) == [(3,)]
    code, listed = cli("observations", "list")
    assert "Häätöjä lapsiperheille" in listed.out
