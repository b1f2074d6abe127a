"""Reading a workbook back: refuse what is not the app's own export (whole), then read each
row of units and steps into the values it holds, listing every cell that cannot be read
with its sheet, row and column. Pure: no database here."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook

from rollout.domain import DomainError
from rollout.workbook.layout import (EDITABLE, KEY_COLUMNS, META_SHEET, STEP_COLUMNS,
                                     STEP_VALUE_COLUMNS, column_positions, header, parse_code,
                                     parse_date, parse_status, parse_text, sheet_title,
                                     sheet_titles)

MAX_FILE_MB = 20
MAX_UNPACKED_MB = 200  # a zip bomb unpacks to far more than any real export
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted xlsx files are OLE containers


@dataclass(frozen=True)
class Problem:
    """A cell or row that cannot be imported, and why (`error` names the catalog message)."""
    sheet: str
    row: int | None
    column: str
    error: DomainError


@dataclass(frozen=True)
class RowValues:
    """One row of units and steps as the workbook holds it."""
    row: int
    progress_id: int | None
    version: int | None
    municipality_code: str
    position: int | None
    values: dict[str, object]  # the editable columns present, read


@dataclass(frozen=True)
class ReadWorkbook:
    """A workbook's programme, the exported values (by step row) and every row and problem."""
    programme: str
    as_of: str
    sheet: str
    headers: dict[str, str]  # column name → its header in the file
    originals: dict[int, dict[str, object]]
    rows: tuple[RowValues, ...]
    problems: tuple[Problem, ...] = field(default=())

    def header(self, column: str) -> str:
        return self.headers.get(column, "")


def read_workbook(data: bytes) -> ReadWorkbook:
    """The workbook's rows and problems; raises DomainError when the file as a whole cannot
    be imported (not an xlsx, encrypted, damaged, too large, not the app's export, a sheet
    or key column missing)."""
    check_container(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise DomainError("workbook.corrupt") from error
    try:
        return _read(book)
    finally:
        book.close()


def check_container(data: bytes) -> None:
    if len(data) > MAX_FILE_MB * 1024 * 1024:
        raise DomainError("workbook.too_large", size=round(len(data) / 1024 / 1024, 1),
                          limit=MAX_FILE_MB)
    if data.startswith(OLE_SIGNATURE):
        raise DomainError("workbook.encrypted")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DomainError("workbook.not_xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise DomainError("workbook.corrupt") from error
    if "xl/workbook.xml" not in names:
        raise DomainError("workbook.not_xlsx")
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise DomainError("workbook.zip_bomb", limit=MAX_UNPACKED_MB)


def _read(book) -> ReadWorkbook:
    if META_SHEET not in book.sheetnames:
        raise DomainError("workbook.not_ours")
    meta = [list(row) for row in book[META_SHEET].iter_rows(values_only=True)]
    settings = {str(row[0]): parse_text(row[1]) for row in meta[:3] if row and row[0]}
    titles = sheet_titles("steps")
    sheet_name = next((name for name in book.sheetnames
                       if name.strip().casefold() in titles), None)
    if sheet_name is None:
        raise DomainError("workbook.missing_sheet",
                          sheet=_titles_by_language("steps"))
    rows = book[sheet_name].iter_rows()
    head = [cell.value for cell in next(rows, [])]
    positions = column_positions(head, STEP_COLUMNS)
    for name in KEY_COLUMNS:
        if name not in positions:
            column = next(column for column in STEP_COLUMNS if column.name == name)
            raise DomainError("workbook.missing_column", sheet=sheet_name,
                              column={lang: header(column, lang)
                                      for lang in ("fi", "sv", "en")})
    headers = {name: str(head[index]) for name, index in positions.items()}
    values, problems = _read_rows(rows, positions, sheet_name, headers)
    return ReadWorkbook(settings.get("programme", ""), settings.get("as_of", ""), sheet_name,
                        headers, _originals(meta[3:]), tuple(values), tuple(problems))


def _titles_by_language(key: str) -> dict[str, str]:
    return {lang: sheet_title(key, lang) for lang in ("fi", "sv", "en")}


def _originals(meta_rows: list[list]) -> dict[int, dict[str, object]]:
    """The exported values of every step row, by its key (the meta sheet's table)."""
    if not meta_rows:
        return {}
    names = [str(name) for name in meta_rows[0]]
    originals = {}
    for row in meta_rows[1:]:
        record = dict(zip(names, row))
        if record.get("progress_id") is None:
            continue
        originals[int(record["progress_id"])] = {
            "version": record.get("version"), "status": parse_status(record["status"]),
            **{name: parse_date(record.get(name)) for name in STEP_VALUE_COLUMNS
               if name.startswith(("planned", "actual"))},
            "owner": parse_text(record.get("owner")), "note": parse_text(record.get("note"))}
    return originals


def _read_rows(rows, positions: dict[str, int], sheet: str, headers: dict[str, str]
               ) -> tuple[list[RowValues], list[Problem]]:
    values, problems = [], []
    for number, cells in enumerate(rows, start=2):
        cells = list(cells)
        if all(cell.value in (None, "") for cell in cells):
            continue  # an empty row: nothing to read
        row, row_problems = _read_row(number, cells, positions, sheet, headers)
        values.append(row)
        problems += row_problems
    return values, problems


def _read_row(number: int, cells: list, positions: dict[str, int], sheet: str,
              headers: dict[str, str]) -> tuple[RowValues, list[Problem]]:
    """One row's key and values; a cell that cannot be read is a problem and is left out."""
    def cell(name: str):
        index = positions.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    read, problems = {}, []
    for name in ("progress_id", "version", "position", *EDITABLE):
        current = cell(name)
        if current is None:
            continue
        try:
            read[name] = _value(name, current)
        except DomainError as error:
            problems.append(Problem(sheet, number, headers[name], error))
    code = cell("municipality_code")
    return RowValues(number, read.get("progress_id"), read.get("version"),
                     parse_code(code.value) if code is not None else "",
                     read.get("position"),
                     {name: read[name] for name in EDITABLE if name in read}), problems


def _value(name: str, cell) -> object:
    if cell.data_type == "f":
        raise DomainError("workbook.formula", value=str(cell.value)[:40])
    if name in ("progress_id", "version", "position"):
        text = parse_text(cell.value)
        if not text:
            return None
        if not text.isdigit():
            raise DomainError("workbook.unknown_row", value=text[:40])
        return int(text)
    if name == "status":
        return parse_status(cell.value)
    if name in ("owner", "note"):
        return parse_text(cell.value)
    return parse_date(cell.value)
