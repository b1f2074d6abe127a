"""The command line: init, users and scripted step updates, with the same checks as the app."""
from datetime import date

from sqlalchemy import text

from rollout import queries
from rollout.db import make_engine
from rollout.domain import StepStatus
from rollout.models import StepProgress


def test_init_twice_prints_the_first_admin_password_only_once(cli):
    code, first = cli("init")
    assert code == 0 and "password:" in first.out
    code, second = cli("init")
    assert code == 0 and "password:" not in second.out


def test_users_add_list_and_disable(cli):
    cli("init")
    assert cli("users", "add", "liisa", "--role", "lead", "--centre", "lakeus")[0] == 0
    code, listed = cli("users", "list")
    assert "liisa" in listed.out and "lakeus" in listed.out
    assert cli("users", "disable", "liisa")[0] == 0
    code, refused = cli("users", "add", "x", "--role", "lead")
    assert code == 1 and "ei kelpaa" in refused.err


def test_steps_set_saves_through_the_service_and_refuses_bad_input(cli, database_url):
    cli("init")
    cli("users", "add", "maija", "--role", "manager")
    code, refused = cli("steps", "set", "--unit", "244", "--step", "1", "--status", "done")
    assert code == 1 and "pakollisia valmiuskohtia on avoinna: 1. Johdon päätös" in refused.err
    # `checklist`, the group's old name, still works
    assert cli("checklist", "set", "--unit", "244", "--step", "1", "--all", "--status",
               "done")[0] == 0
    code, out = cli("steps", "set", "--unit", "244", "--step", "1", "--status", "done",
                    "--actual-end", "2025-03-31")
    assert code == 0 and "status=done" in out.out
    code, refused = cli("steps", "set", "--unit", "244", "--step", "2", "--status", "done",
                        "--user", "maija")
    assert code == 1 and "ei ole oikeutta" in refused.err
    code, refused = cli("steps", "set", "--unit", "244", "--step", "2", "--status", "done",
                        "--actual-end", "2099-01-01")
    assert code == 1 and "tulevaisuudessa (toteutunut loppu)" in refused.err
    code, refused = cli("steps", "set", "--unit", "000", "--step", "2", "--status", "done")
    assert code == 1 and "Yksikköä 000 ei löydy" in refused.err
    from rollout.db import make_engine, make_session_factory
    with make_session_factory(make_engine(database_url))() as session:
        programme_id = queries.default_programme(session).id
        step1 = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                  "244", 1))
        step2 = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                  "244", 2))
        assert (step1.status, step1.actual_end) == (StepStatus.DONE, date(2025, 3, 31))
        assert step2.status == StepStatus.NOT_STARTED


def test_checklist_show_and_set_one_item_with_evidence(cli):
    cli("init")
    code, out = cli("readiness", "set", "--unit", "564", "--step", "2", "--item", "3",
                    "--status", "not_applicable", "--reason", "Yhteinen Oulun kanssa")
    assert code == 0
    code, shown = cli("readiness", "show", "--unit", "564", "--step", "2")
    line = next(line for line in shown.out.splitlines() if line.startswith("3"))
    assert "not_applicable" in line and "Yhteinen Oulun kanssa" in shown.out
    code, refused = cli("readiness", "set", "--unit", "564", "--step", "2", "--item", "9",
                        "--status", "done")
    assert code == 1 and "ei ole kohtaa 9" in refused.err


def test_a_lead_signs_off_a_ready_step_and_another_centre_s_lead_is_refused(cli):
    cli("init")
    cli("users", "add", "liisa", "--role", "lead", "--centre", "lakeus")
    cli("users", "add", "olli", "--role", "lead", "--centre", "oulu")
    code, refused = cli("steps", "sign-off", "--unit", "244", "--step", "1", "--user", "liisa")
    assert code == 1 and "avoinna" in refused.err
    cli("readiness", "set", "--unit", "244", "--step", "1", "--all", "--status", "done",
        "--user", "liisa")
    code, refused = cli("steps", "sign-off", "--unit", "244", "--step", "1", "--user", "olli")
    assert code == 1 and "ei ole oikeutta" in refused.err
    code, out = cli("steps", "sign-off", "--unit", "244", "--step", "1", "--user", "liisa",
                    "--date", "2026-11-01", "--comment", "Johtoryhmä hyväksyi")
    assert code == 0 and "2026-11-01" in out.out


def test_only_an_admin_overrides_open_items_and_says_why(cli):
    cli("init")
    cli("users", "add", "pekka", "--role", "planner")
    code, refused = cli("steps", "set", "--unit", "244", "--step", "2", "--status", "done",
                        "--override", "Kiire", "--user", "pekka")
    assert code == 1 and "ei ole oikeutta" in refused.err
    code, out = cli("steps", "set", "--unit", "244", "--step", "2", "--status", "done",
                    "--override", "Päätetty ohjausryhmässä 20.11.")
    assert code == 0


def test_workbook_export_then_import_dry_run_changes_nothing_and_import_applies(
        cli, database_url, tmp_path):
    from tests.workbook_editing import StepsSheet
    cli("init")
    cli("users", "add", "pekka", "--role", "planner")
    cli("users", "add", "maija", "--role", "manager")
    exported = tmp_path / "työkirja.xlsx"
    code, out = cli("export", str(exported), "--lang", "sv")
    assert code == 0 and exported.stat().st_size > 10_000
    sheet = StepsSheet(exported.read_bytes(), lang="sv")
    sheet.set("244", 2, "steps.owner", "Pekka")
    edited = tmp_path / "muokattu.xlsx"
    edited.write_bytes(sheet.save())
    code, out = cli("import", str(edited), "--dry-run", "--user", "pekka")
    assert code == 0 and "Vastuuhenkilö" in out.out and "Pekka" in out.out
    code, refused = cli("import", str(edited), "--user", "maija")
    assert code == 1 and "ei ole oikeutta" in refused.err and "Anteckning" not in refused.err
    assert step_owner(database_url) == ""
    code, out = cli("import", str(edited), "--user", "pekka")
    assert code == 0 and "Tallennettu: 1 rivi muuttui." in out.out
    assert step_owner(database_url) == "Pekka"
    renamed = tmp_path / "taulukko.xlsx"
    renamed.write_text("Kunta;Tila\n244;Valmis\n", encoding="utf-8")
    code, refused = cli("import", str(renamed))
    assert code == 1 and "ei ole Excel-työkirja" in refused.err


def step_owner(database_url, municipality="244", position=2):
    from rollout.db import make_engine, make_session_factory
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        programme_id = queries.default_programme(session).id
        owner = session.get(StepProgress, queries.progress_id_for(
            session, programme_id, municipality, position)).owner
    engine.dispose()
    return owner


def test_populations_fetch_previews_then_saves_only_when_confirmed(cli, database_url,
                                                                  monkeypatch):
    from tests.fake_pxweb import population, running_pxweb
    cli("init")
    with running_pxweb() as fake:
        monkeypatch.setenv("ROLLOUT_POPULATION_URL", fake.url)
        code, output = cli("populations", "fetch", "--year", "2023", "--dry-run")
        assert code == 0, output.err
        assert f"564 Oulu: 216152 (2024) → {population('564', 2023)} (2023), Tilastokeskus, " \
               "väestö 31.12.2023" in output.out
        assert "30 to change, 0 unchanged" in output.out and "Nothing saved." in output.out
        code, output = cli("populations", "fetch")  # not a terminal: asks for --yes
        assert "pass --yes" in output.out
        code, output = cli("populations", "fetch", "--yes")
        assert code == 0 and "Saved the populations of 30 municipalities." in output.out
        code, output = cli("populations", "fetch", "--yes")
        assert "0 to change, 30 unchanged" in output.out
        fake.stop()
        code, output = cli("populations", "fetch", "--yes")
    assert code == 1 and "Tilastokeskukseen ei saatu yhteyttä" in output.err
    engine = make_engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT population, population_year FROM municipality WHERE code = '564'"
        )).one() == (population("564", 2024), 2024)
    engine.dispose()
