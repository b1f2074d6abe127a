"""Backup and restore as one workbook: every table needed to rebuild the database (the
organisation, templates, units and steps, readiness, users and roles, baselines and the whole
history), one sheet per table, rows in key order; never password hashes or sign-in
sessions. The meta sheet records each sheet's row count and a SHA-256 of its header and rows,
and a restore refuses a file that no longer matches (a sheet emptied, a cell changed) before
it touches the database. A restore rebuilds an empty database only."""
from __future__ import annotations

import enum
import hashlib
import io
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Column, Engine, Table, func, inspect, select, text
from sqlalchemy.types import Boolean, Date, DateTime, Enum

from rollout import data_stamp
from rollout.db import migrate
from rollout.domain import DomainError
from rollout.models import Base
from rollout.workbook.read import check_container
from rollout.workbook.sheet_xml import damaged_part, sheet_rows

FORMAT = "askeleet-backup-2"
DAMAGED = "backup.damaged_sheet"  # the refusal of a sheet that cannot be parsed
UNVERIFIED_FORMAT = "askeleet-backup-1"  # records no row counts or checksums: restored unchecked
META_SHEET = "_backup"
META_HEADER = ["sheet", "rows", "sha256"]
# sign-ins end with a move; the data stamp is the restored database's own
LEFT_OUT_TABLES = {"sign_in_session", "data_stamp"}
LEFT_OUT_COLUMNS = {"app_user": {"password_hash"}}  # people set a new password
BATCH = 5_000
# A backup holds the whole history: the national demo's is 35 MB, unpacking to 370 MB.
BACKUP_MAX_FILE_MB, BACKUP_MAX_UNPACKED_MB = 400, 4_000


def backed_up_tables() -> list[Table]:
    """The tables a backup holds, parents before children."""
    return [table for table in Base.metadata.sorted_tables
            if table.name not in LEFT_OUT_TABLES]


def columns_of(table: Table) -> list:
    return [column for column in table.columns
            if column.name not in LEFT_OUT_COLUMNS.get(table.name, ())]


@dataclass(frozen=True)
class Restored:
    """What a restore put back: rows per table, and whether the file's row counts and
    checksums were checked (an askeleet-backup-1 file records none)."""
    rows: dict[str, int]
    verified: bool


class Tally:
    """A sheet's row count and SHA-256 over its header and rows, each value in the form it
    keeps through the workbook, so the database's values and the same values read back
    from the file give the same checksum."""

    def __init__(self, names: list[str]) -> None:
        self.rows = 0
        self._sha = hashlib.sha256()
        self._add(names)

    def add(self, values: Iterable[object]) -> None:
        self._add([_canonical(value) for value in values])
        self.rows += 1

    @property
    def checksum(self) -> str:
        return self._sha.hexdigest()

    def _add(self, values: list) -> None:
        self._sha.update(json.dumps(values).encode() + b"\n")


def _canonical(value: object) -> object:
    """A value as both sides of the round trip agree on it: a workbook has no empty text,
    keeps 16 digits of a number, and holds an enum as its value and a time as ISO text."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):  # as openpyxl writes it: "%.16g", nothing for nan
        return None if math.isnan(value) or math.isinf(value) else f"{value:.16g}"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_backup(engine: Engine) -> bytes:
    """The whole database as a workbook (streamed, so the national history fits), with
    each sheet's row count and checksum in the meta sheet."""
    book = Workbook(write_only=True)
    meta = book.create_sheet(META_SHEET)  # first in the file; its rows follow the sheets'
    meta.append(["format", FORMAT])
    meta.append(META_HEADER)
    with engine.connect() as connection:
        for table in backed_up_tables():
            sheet = book.create_sheet(table.name)
            columns = columns_of(table)
            sheet.append([column.name for column in columns])
            tally = Tally([column.name for column in columns])
            keys = list(table.primary_key.columns)
            for row in connection.execute(select(*columns).order_by(*keys)):
                sheet.append([_cell(sheet, value) for value in row])
                tally.add(row)
            meta.append([table.name, tally.rows, tally.checksum])
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


def restore_backup(data: bytes, engine: Engine) -> Restored:
    """Rebuild an empty database from a backup, in one transaction. Refuses a database that
    holds anything, a file that is not a backup, and one whose sheets no longer match their
    recorded row counts and checksums; an askeleet-backup-1 file is restored unchecked."""
    check_container(data, BACKUP_MAX_FILE_MB, BACKUP_MAX_UNPACKED_MB)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as error:  # a damaged file raises many kinds
        raise damaged_part(data, DAMAGED) or DomainError("workbook.corrupt") from error
    try:
        meta = _meta(book)
        _check_empty(engine)
        verified = meta["format"][0] == FORMAT
        if verified:
            # a pass of its own, before the database is touched: a refused file leaves it
            # as it was (without even the tables), at the price of reading the file twice
            _verify(book, meta)
        migrate(engine)
        return Restored(_insert_all(book, engine), verified)
    finally:
        book.close()


def _meta(book) -> dict[str, tuple]:
    """The meta sheet by its first column (the format, then each sheet's row count and
    checksum); refuses a file that is not a backup or lacks a table's sheet."""
    rows = sheet_rows(book, META_SHEET, 3, DAMAGED) if META_SHEET in book.sheetnames else ()
    meta = {cells[0].value: tuple(cell.value for cell in cells[1:])
            for _number, cells in rows if cells[0].value is not None}
    if meta.get("format", (None,))[:1] not in ((FORMAT,), (UNVERIFIED_FORMAT,)):
        raise DomainError("backup.not_a_backup")
    if meta["format"][0] == UNVERIFIED_FORMAT and any(
            table.name in meta for table in backed_up_tables()):
        raise DomainError("backup.format_changed")  # checksums there, the check turned off
    missing = [table.name for table in backed_up_tables() if table.name not in book.sheetnames]
    if missing:
        raise DomainError("workbook.missing_sheet", sheet=missing[0])
    return meta


def _verify(book, meta: dict[str, tuple]) -> None:
    for table in backed_up_tables():
        recorded = meta.get(table.name, ())[:2]
        if len(recorded) < 2 or None in recorded:
            raise DomainError("backup.not_recorded", sheet=table.name)
        found, checksum = _tally(book, table)
        if (found, checksum) != recorded:
            raise DomainError("backup.sheet_changed", sheet=table.name, expected=recorded[0],
                              found=found)


def _tally(book, table: Table) -> tuple[int, str | None]:
    """The sheet's row count and checksum over the values a restore would insert."""
    try:
        columns, rows = _read(book, table)
        tally = Tally([column.name for column in columns])
        for values in rows:
            tally.add(values)
        return tally.rows, tally.checksum
    except (KeyError, ValueError):  # a column or a value no table holds: an edited file
        return max(sum(1 for _ in sheet_rows(book, table.name, 1, DAMAGED)) - 1, 0), None


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
            for batch in _batches(*_read(book, table)):
                connection.execute(table.insert(), batch)
                counts[table.name] += len(batch)
        if engine.dialect.name == "postgresql":
            _continue_sequences(connection)
        data_stamp.move(connection)
    return counts


def _read(book, table: Table) -> tuple[list[Column], Iterator[list]]:
    """The sheet's columns, by its header, and its rows as those columns hold them (what is
    checked is what is inserted); a sheet that cannot be parsed is refused naming its row
    and column (rollout.workbook.sheet_xml)."""
    rows = sheet_rows(book, table.name, len(table.columns), DAMAGED)
    header = next(rows, (0, []))[1]
    named = [(index, table.columns[str(cell.value)]) for index, cell in enumerate(header)
             if cell.value is not None]  # each column by its header's place
    columns = [column for _index, column in named]

    def values() -> Iterator[list]:
        for _number, cells in rows:
            yield [_value(column, cells[index].value) for index, column in named]
    return columns, values()


def _batches(columns: list[Column], rows: Iterator[list]) -> Iterator[list[dict]]:
    names = [column.name for column in columns]
    batch = []
    for values in rows:
        batch.append(dict(zip(names, values)))
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
