"""Backup and restore: a backup rebuilds an empty database exactly (without passwords or
sign-ins), and a restore refuses a database that holds anything."""
import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from rollout import accounts, backup, queries, services, sign_in, workbook
from rollout.db import make_engine, make_session_factory
from rollout.domain import DomainError, Role, StepValues
from rollout.models import ChangeEvent, StepProgress, User
from rollout.permissions import COMMAND_LINE


def sheets(data: bytes) -> dict[str, list[tuple]]:
    """Every sheet's rows (blank cells at a row's end count as blank, however stored)."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    return {name: [_trimmed(row) for row in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames}


def _trimmed(row: tuple) -> tuple:
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def test_backup_restore_backup_gives_identical_data_without_passwords_or_sign_ins(
        engine, sessions, actors, other_database_url):
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                "244", 1))
        services.update_step(session, actors["pekka.planner"], row.id, row.version,
                             StepValues(owner="=kaava?", note="rivi\ntoinen"),
                             today=date(2026, 11, 23))
        services.freeze_baseline(session, actors["pekka.planner"], programme_id, "Kevät")
        sign_in.start_session(session, session.scalar(
            select(User).filter_by(username="aino.admin")))
    first = backup.write_backup(engine)
    target = make_engine(other_database_url)  # SQLite, or PostgreSQL as CI runs it
    counts = backup.restore_backup(first, target)
    second = backup.write_backup(target)
    target.dispose()
    assert sheets(second) == sheets(first)
    assert counts["change_event"] == len(sheets(first)["change_event"]) - 1 > 400
    assert "sign_in_session" not in sheets(first)
    assert "password_hash" not in sheets(first)["app_user"][0]
    assert not any("argon2" in str(value) for rows in sheets(first).values()
                   for row in rows for value in row)


def test_after_a_restore_from_the_command_line_a_step_save_and_a_new_user_are_stored(
        engine, sessions, actors, other_database_url, cli, tmp_path):
    """Restored rows keep their ids; the next row of every table gets a new one (on
    PostgreSQL the sequences continue after the restored ids)."""
    (tmp_path / "backup.xlsx").write_bytes(backup.write_backup(engine))
    code, output = cli("restore", str(tmp_path / "backup.xlsx"), "--into", other_database_url)
    assert code == 0, output.err
    assert "Restored" in output.out
    target = make_engine(other_database_url)
    factory = make_session_factory(target)
    with factory() as session:
        programme_id = queries.default_programme(session).id
        planner = accounts.actor_for(session, session.scalar(
            select(User).filter_by(username="pekka.planner")), programme_id)
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                "244", 2))
        services.update_step(session, planner, row.id, row.version,
                             StepValues(owner="Siirron jälkeen"), today=date(2026, 11, 24))
        accounts.add_user(session, COMMAND_LINE, username="uusi.kayttaja",
                          role=Role.PLANNER, programme_id=programme_id,
                          password="correct horse battery")
    with factory() as session:
        assert session.get(StepProgress, row.id).owner == "Siirron jälkeen"
        added = session.scalar(select(User).filter_by(username="uusi.kayttaja"))
        assert added.id > max(user.id for user in session.scalars(
            select(User).where(User.username != "uusi.kayttaja")))
        events = session.scalars(select(ChangeEvent).where(
            ChangeEvent.new_value == "Siirron jälkeen")).all()
        assert [event.actor for event in events] == ["pekka.planner"]
    target.dispose()


def test_restore_refuses_a_database_that_holds_anything_and_a_file_that_is_no_backup(
        engine, sessions, actors):
    data = backup.write_backup(engine)
    with pytest.raises(DomainError) as refused:
        backup.restore_backup(data, engine)
    assert refused.value.key == "backup.not_empty"
    with sessions() as session:
        export = workbook.export_workbook(session, queries.default_programme(session).id,
                                          "fi")
    with pytest.raises(DomainError) as refused:
        backup.restore_backup(export, engine)
    assert refused.value.key == "backup.not_a_backup"
    assert sheets(backup.write_backup(engine)) == sheets(data)


def test_a_refused_import_leaves_the_database_as_it_was(engine, sessions, actors):
    from tests.workbook_editing import StepsSheet
    before = backup.write_backup(engine)
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        sheet = StepsSheet(workbook.export_workbook(session, programme_id, "fi"))
        sheet.set("244", 1, "steps.owner", "Pekka")
        sheet.set("564", 1, "steps.status", "Valmis")  # the readiness gate refuses this
        result = workbook.plan_import(session, actors["pekka.planner"], programme_id,
                                      workbook.read_workbook(sheet.save()))
        with pytest.raises(DomainError):
            workbook.apply_import(session, actors["pekka.planner"], result)
    assert sheets(backup.write_backup(engine)) == sheets(before)
