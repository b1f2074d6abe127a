"""Programmes from the shell: list, create from a template, and --programme on the commands."""
from openpyxl import load_workbook

from rollout import queries
from rollout.db import make_engine, make_session_factory
from rollout.domain import StepStatus
from rollout.models import StepProgress

POHDE = "lapsiperheiden-palveluohjaus"


def step_status(database_url, programme, municipality, position):
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        programme_id = queries.programme_by_slug(session, programme).id
        status = session.get(StepProgress, queries.progress_id_for(
            session, programme_id, municipality, position)).status
    engine.dispose()
    return status


def test_programme_create_for_another_county_prints_its_units_and_list_shows_it(cli):
    cli("init")
    code, out = cli("programme", "create", "--from", POHDE, "--slug", "ks-palveluohjaus",
                    "--name", "Keski-Suomen palveluohjaus", "--county", "KS")
    assert code == 0 and "22 units" in out.out
    assert "179 Jyväskylä" in out.out and "Jyväskylä – perhekeskus" in out.out
    code, listed = cli("programme", "list")
    lines = {line.split()[0]: line for line in listed.out.splitlines()[1:]}
    assert set(lines) == {POHDE, "ks-palveluohjaus"}
    assert " KS " in lines["ks-palveluohjaus"] and " 22 " in lines["ks-palveluohjaus"]
    assert " PP " in lines[POHDE] and " 30 " in lines[POHDE]


def test_programme_create_refuses_with_a_clear_message(cli):
    cli("init")
    code, refused = cli("programme", "create", "--from", "nope", "--slug", "x", "--name", "X")
    assert code == 1 and "Mallia nope ei ole" in refused.err
    code, refused = cli("programme", "create", "--from", POHDE, "--slug", "Iso", "--name", "X")
    assert code == 1 and "Tunnus ”Iso” ei kelpaa" in refused.err
    code, refused = cli("programme", "create", "--from", POHDE, "--slug", "x", "--name", "X",
                        "--county", "PP")
    assert code == 1 and f"Alueella PP on jo ohjelma {POHDE}" in refused.err
    code, listed = cli("programme", "list")
    assert len(listed.out.splitlines()) == 2


def test_commands_work_in_the_programme_named_and_refuse_an_unknown_one(
        cli, database_url, tmp_path):
    cli("init")
    cli("programme", "create", "--from", POHDE, "--slug", "uusi", "--name", "Uusi palvelu")
    assert cli("readiness", "set", "--programme", "uusi", "--unit", "244", "--step", "1",
               "--all", "--status", "done")[0] == 0
    code, out = cli("steps", "set", "--programme", "uusi", "--unit", "244", "--step", "1",
                    "--status", "done", "--actual-end", "2026-01-31")
    assert code == 0
    assert step_status(database_url, "uusi", "244", 1) == StepStatus.DONE
    assert step_status(database_url, POHDE, "244", 1) == StepStatus.NOT_STARTED
    code, refused = cli("steps", "set", "--programme", "nope", "--unit", "244", "--step", "1",
                        "--status", "done")
    assert code == 1 and "Ohjelmaa nope ei ole. Ohjelmat: lapsiperheiden-palveluohjaus, " \
        "uusi." in refused.err
    exported = tmp_path / "uusi.xlsx"
    code, out = cli("export", str(exported), "--programme", "uusi")
    assert code == 0 and "Uusi palvelu" in out.out
    sheet = load_workbook(exported).worksheets[0]
    cells = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    assert "Uusi palvelu" in cells
    code, out = cli("users", "add", "outi", "--role", "planner", "--programme", "uusi")
    assert code == 0
    code, listed = cli("users", "list", "--programme", "uusi")
    assert "outi" in listed.out and "planner" in listed.out
    code, listed = cli("users", "list")
    assert "outi" in listed.out and "planner" not in listed.out
