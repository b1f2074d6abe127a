"""The command line: init, users and scripted step updates, with the same checks as the app."""
from datetime import date

import pytest

from rollout import queries
from rollout.cli import main
from rollout.domain import StepStatus
from rollout.models import StepProgress


@pytest.fixture
def cli(database_url, monkeypatch, capsys):
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)

    def run(*argv):
        code = main(list(argv))
        return code, capsys.readouterr()
    return run


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
