"""Backup and restore: a backup rebuilds an empty database exactly (without passwords or
sign-ins), a restore refuses a database that holds anything, and a file whose sheets no
longer match their recorded row counts and checksums leaves the database as it was."""
import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, inspect, select

from rollout import accounts, backup, queries, services, sign_in, workbook
from rollout.db import make_engine, make_session_factory
from rollout.domain import DomainError, Role, StepValues
from rollout.i18n import error_message
from rollout.models import (Base, ChangeEvent, FamilyCentreArea, MonthlyFigure,
                            StepProgress, User)
from rollout.permissions import COMMAND_LINE
from tests.workbook_editing import repacked


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


def edited(data: bytes, edit) -> bytes:
    """The backup opened in openpyxl, changed by `edit(book)` and saved again."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    edit(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rows_in_every_table(engine) -> dict[str, int]:
    """Rows per table of the schema that the database has (none at all before a restore)."""
    existing = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        return {table.name: connection.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables if table.name in existing}


def refused_restore(data: bytes, url: str) -> DomainError:
    """The refusal of restoring `data` into the database at `url`, which stays untouched."""
    target = make_engine(url)
    try:
        with pytest.raises(DomainError) as refused:
            backup.restore_backup(data, target)
        assert rows_in_every_table(target) == {}  # not a row, not even the tables
    finally:
        target.dispose()
    return refused.value


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
        session.add(MonthlyFigure(  # numbers of 17 digits: a workbook keeps 16
            programme_id=programme_id, area_id=session.scalars(select(FamilyCentreArea.id)).first(),
            month=date(2026, 10, 1), days_to_network_meeting=2 / 3,
            share_answered_in_3_days=0.1 + 0.2))
        session.commit()
    first = backup.write_backup(engine)
    target = make_engine(other_database_url)  # SQLite, or PostgreSQL as CI runs it
    restored = backup.restore_backup(first, target)
    second = backup.write_backup(target)
    target.dispose()
    assert sheets(second) == sheets(first)
    assert restored.verified
    assert len(sheets(first)["monthly_figure"]) == 2
    assert restored.rows["change_event"] == len(sheets(first)["change_event"]) - 1 > 400
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


def test_a_backup_whose_change_event_sheet_was_emptied_is_refused_and_nothing_is_restored(
        engine, actors, other_database_url):
    data = backup.write_backup(engine)
    events = len(sheets(data)["change_event"]) - 1

    def empty_history(book):
        sheet = book["change_event"]
        sheet.delete_rows(2, sheet.max_row)
    refusal = refused_restore(edited(data, empty_history), other_database_url)
    assert refusal.key == "backup.sheet_changed"
    assert refusal.params == {"sheet": "change_event", "expected": events, "found": 0}
    assert error_message(refusal, "en") == (
        f"The sheet 'change_event' of the backup is not as it was saved: it should hold "
        f"{events} rows, it holds 0, and its checksum does not match. Was the file edited? "
        "Nothing was changed.")


@pytest.mark.parametrize("sheet, column, value", [
    ("step_progress", "owner", "Joku muu"),
    ("change_event", "new_value", "toisin"),
    ("step_progress", "status", "ei mikään tila"),  # a value no column can hold
    ("change_event", "field", None),  # a cell cleared
])
def test_a_backup_with_one_cell_changed_is_refused_by_its_checksum(
        engine, actors, other_database_url, sheet, column, value):
    data = backup.write_backup(engine)
    rows = len(sheets(data)[sheet]) - 1

    def change_one_cell(book):
        header = [cell.value for cell in book[sheet][1]]
        cell = book[sheet].cell(row=rows // 2 + 2, column=header.index(column) + 1)
        assert cell.value not in (value, "")
        cell.value = value
    refusal = refused_restore(edited(data, change_one_cell), other_database_url)
    assert refusal.key == "backup.sheet_changed"
    assert refusal.params == {"sheet": sheet, "expected": rows, "found": rows}


def test_a_backup_whose_meta_sheet_lacks_a_sheet_is_refused(
        engine, actors, other_database_url):
    def forget_the_history(book):
        meta = book[backup.META_SHEET]
        meta.delete_rows(next(row[0].row for row in meta.iter_rows()
                              if row[0].value == "change_event"))
    refusal = refused_restore(edited(backup.write_backup(engine), forget_the_history),
                              other_database_url)
    assert refusal.key == "backup.not_recorded"
    assert refusal.params == {"sheet": "change_event"}


def test_a_refused_restore_from_the_command_line_says_which_sheet_and_that_nothing_changed(
        engine, actors, other_database_url, cli, tmp_path):
    def empty_history(book):
        book["change_event"].delete_rows(2, book["change_event"].max_row)
    (tmp_path / "backup.xlsx").write_bytes(edited(backup.write_backup(engine), empty_history))
    code, output = cli("restore", str(tmp_path / "backup.xlsx"), "--into", other_database_url)
    assert code == 1
    assert "Restored" not in output.out
    assert "'change_event'" in output.err and "niitä on 0" in output.err
    assert "Mitään ei muutettu." in output.err


def test_a_backup_of_the_first_format_is_restored_but_said_to_be_unverified(
        engine, sessions, actors, other_database_url, cli, tmp_path):
    """askeleet-backup-1 recorded no row counts or checksums: its rows are restored as they
    are, and the command line says they could not be checked."""
    data = backup.write_backup(engine)

    def first_format(book):
        del book[backup.META_SHEET]
        book.create_sheet(backup.META_SHEET, 0).append(["format", "askeleet-backup-1"])
    (tmp_path / "backup.xlsx").write_bytes(edited(data, first_format))
    code, output = cli("restore", str(tmp_path / "backup.xlsx"), "--into", other_database_url)
    assert code == 0, output.err
    assert "Restored" in output.out
    assert "askeleet-backup-1" in output.err and "ei voitu tarkistaa" in output.err
    target = make_engine(other_database_url)
    again = backup.write_backup(target)
    target.dispose()
    assert {name: rows for name, rows in sheets(again).items() if name != backup.META_SHEET} \
        == {name: rows for name, rows in sheets(data).items() if name != backup.META_SHEET}
    assert sheets(again)[backup.META_SHEET] == sheets(data)[backup.META_SHEET]


def test_a_backup_whose_sheet_xml_is_damaged_is_refused_naming_where(
        engine, actors, other_database_url):
    """A byte the XML cannot hold (a damaged disk): refused in words, not a traceback."""
    data = backup.write_backup(engine)
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    part = book["change_event"]._worksheet_path
    book.close()
    damaged = repacked(data, lambda name, content: content.replace(
        b'<c r="C3"', b'<c r="C3"\x00', 1) if name == part else content)
    refusal = refused_restore(damaged, other_database_url)
    assert error_message(refusal, "en").startswith(
        "The backup's sheet “change_event” is damaged at row 3, column C (broken XML) and "
        "cannot be read. Nothing was changed: restore from another backup.")


def test_a_backup_whose_format_was_set_back_to_the_unchecked_one_is_refused(
        engine, actors, other_database_url):
    def older_format(book):
        book["_backup"]["B1"].value = "askeleet-backup-1"
    refusal = refused_restore(edited(backup.write_backup(engine), older_format),
                              other_database_url)
    assert refusal.key == "backup.format_changed"
