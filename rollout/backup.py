"""Backup and restore as one workbook: every table needed to rebuild the database (the
organisation, templates, units and steps, readiness, users and roles, baselines and the whole
history), one sheet per table, rows in key order; never password hashes or sign-in
sessions. A restore rebuilds an empty database only."""
from __future__ import annotations

import enum
import io
from collections.abc import Iterator
from datetime import datetime

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Engine, Table, func, inspect, select, text
from sqlalchemy.types import Boolean, Date, DateTime, Enum

from rollout import data_stamp
from rollout.db import migrate
from rollout.domain import DomainError
from rollout.models import Base
from rollout.workbook.read import check_container

FORMAT = "askeleet-backup-1"
META_SHEET = "_backup"
# sign-ins end with a move; the data stamp is the restored database's own
LEFT_OUT_TABLES = {"sign_in_session", "data_stamp"}
LEFT_OUT_COLUMNS = {"app_user": {"password_hash"}}  # people set a new password
BATCH = 5_000


def backed_up_tables() -> list[Table]:
    """The tables a backup holds, parents before children."""
    return [table for table in Base.metadata.sorted_tables
            if table.name not in LEFT_OUT_TABLES]


def columns_of(table: Table) -> list:
    return [column for column in table.columns
            if column.name not in LEFT_OUT_COLUMNS.get(table.name, ())]


def write_backup(engine: Engine) -> bytes:
    """The whole database as a workbook (streamed, so the national history fits)."""
    book = Workbook(write_only=True)
    meta = book.create_sheet(META_SHEET)
    meta.append(["format", FORMAT])
    with engine.connect() as connection:
        for table in backed_up_tables():
            sheet = book.create_sheet(table.name)
            columns = columns_of(table)
            sheet.append([column.name for column in columns])
            keys = list(table.primary_key.columns)
            for row in connection.execute(select(*columns).order_by(*keys)):
                sheet.append([_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(sheet, value: object) -> object:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime):  # as text: an Excel time keeps only milliseconds
        value = value.isoformat(sep=" ")
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # text is text, even when it begins with "="
        return cell
    return value


def restore_backup(data: bytes, engine: Engine) -> dict[str, int]:
    """Rebuild an empty database from a backup, in one transaction; returns rows per table.
    Refuses a database that holds anything, and a file that is not a backup."""
    check_container(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as error:  # a damaged file raises many kinds
        raise DomainError("workbook.corrupt") from error
    try:
        _check_backup(book)
        _check_empty(engine)
        migrate(engine)
        return _insert_all(book, engine)
    finally:
        book.close()


def _check_backup(book) -> None:
    meta = dict(book[META_SHEET].iter_rows(values_only=True)) \
        if META_SHEET in book.sheetnames else {}
    if meta.get("format") != FORMAT:
        raise DomainError("backup.not_a_backup")
    missing = [table.name for table in backed_up_tables() if table.name not in book.sheetnames]
    if missing:
        raise DomainError("workbook.missing_sheet", sheet=missing[0])


def _check_empty(engine: Engine) -> None:
    existing = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in existing and connection.scalar(
                    select(func.count()).select_from(table)):
                raise DomainError("backup.not_empty", table=table.name)


def _insert_all(book, engine: Engine) -> dict[str, int]:
    counts = {}
    with engine.begin() as connection:
        # The database was empty before it was migrated: what it holds now is what the
        # migrations seed (the observation themes); the backup's rows replace it.
        for table in reversed(backed_up_tables()):
            connection.execute(table.delete())
        for table in backed_up_tables():
            counts[table.name] = 0
            for batch in _batches(book[table.name], table):
                connection.execute(table.insert(), batch)
                counts[table.name] += len(batch)
        if engine.dialect.name == "postgresql":
            _continue_sequences(connection)
        data_stamp.move(connection)
    return counts


def _batches(sheet, table: Table) -> Iterator[list[dict]]:
    rows = sheet.iter_rows(values_only=True)
    names = [str(name) for name in next(rows)]
    columns = [table.columns[name] for name in names]
    batch = []
    for row in rows:
        row = (*row, *(None,) * (len(columns) - len(row)))  # a row may end early: blanks
        batch.append({column.name: _value(column, value) for column, value in zip(columns, row)})
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _value(column, value: object) -> object:
    """A cell as the column stores it (a workbook has no empty text, dates are times)."""
    kind = column.type
    if value is None:
        return "" if not column.nullable and kind.python_type is str else None
    if isinstance(kind, Enum):
        return kind.enum_class(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Date) and not isinstance(kind, DateTime) and isinstance(value,
                                                                                  datetime):
        return value.date()
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind.python_type is str and not isinstance(value, str):
        return str(value)
    return value


def _continue_sequences(connection) -> None:
    """PostgreSQL hands out new ids after the restored ones."""
    for table in backed_up_tables():
        key = list(table.primary_key.columns)
        if len(key) == 1 and key[0].autoincrement is not False and \
                key[0].type.python_type is int:
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                f"COALESCE((SELECT MAX({key[0].name}) FROM {table.name}), 0) + 1, false)"))
