"""Reading a workbook back: refuse what is not the app's own export (whole), then read each
row of units and steps into the values it holds, listing every cell that cannot be read
with its sheet, row and column. Pure: no database here."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from openpyxl import load_workbook

from rollout.domain import DomainError
from rollout.workbook.figures_sheet import FiguresSheet, read_figures
from rollout.workbook.readiness_sheet import ReadinessSheet, read_readiness
from rollout.workbook.layout import (EDITABLE, KEY_COLUMNS, META_SHEET, STEP_COLUMNS,
                                     STEP_VALUE_COLUMNS, column_positions, parse_code,
                                     parse_date, parse_status, parse_text, sheet_title)
from rollout.workbook.sheets import (Problem, cell_finder, find_sheet, parse_key, read_cells,
                                     read_rows, require_columns)

Progress = Callable[[float], None]  # told the share done, 0…1
MAX_FILE_MB = 20
MAX_UNPACKED_MB = 200  # a zip bomb unpacks to far more than any real export
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted xlsx files are OLE containers


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
    figures: FiguresSheet | None = None  # None: an older export without the figures sheet
    readiness: ReadinessSheet | str | None = None  # a title: an older export's, not read

    def header(self, column: str) -> str:
        return self.headers.get(column, "")


def read_workbook(data: bytes, progress: Progress | None = None) -> ReadWorkbook:
    """The workbook's rows and problems, telling `progress` the share read so far; raises
    DomainError when the file as a whole cannot be imported (not an xlsx, encrypted,
    damaged, too large, not the app's export, a sheet or key column missing)."""
    progress = progress or (lambda share: None)
    check_container(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise DomainError("workbook.corrupt") from error
    try:
        return _read(book, progress)
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


def _read(book, progress: Progress) -> ReadWorkbook:
    if META_SHEET not in book.sheetnames:
        raise DomainError("workbook.not_ours")
    meta = [list(row) for row in book[META_SHEET].iter_rows(values_only=True)]
    settings = {str(row[0]): parse_text(row[1]) for row in meta[:3] if row and row[0]}
    sheet_name = find_sheet(book, "steps")
    if sheet_name is None:
        raise DomainError("workbook.missing_sheet",
                          sheet=_titles_by_language("steps"))
    rows = book[sheet_name].iter_rows()
    head = [cell.value for cell in next(rows, [])]
    positions = column_positions(head, STEP_COLUMNS)
    require_columns(sheet_name, positions, STEP_COLUMNS, KEY_COLUMNS)
    headers = {name: str(head[index]) for name, index in positions.items()}
    values, problems = read_rows(rows, positions, sheet_name, headers, _read_row)
    progress(0.2)  # the readiness sheet has about five rows for each step row
    readiness = read_readiness(book)
    progress(0.9)
    figures = read_figures(book)
    progress(1.0)
    return ReadWorkbook(settings.get("programme", ""), settings.get("as_of", ""), sheet_name,
                        headers, _originals(meta[3:]), tuple(values), tuple(problems),
                        figures, readiness)


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


def _read_row(number: int, cells: list, positions: dict[str, int], sheet: str,
              headers: dict[str, str]) -> tuple[RowValues, list[Problem]]:
    """One row's key and values; a cell that cannot be read is a problem and is left out."""
    cell = cell_finder(cells, positions)
    read, problems = read_cells(cell, ("progress_id", "version", "position", *EDITABLE),
                                _value, sheet, number, headers)
    code = cell("municipality_code")
    return RowValues(number, read.get("progress_id"), read.get("version"),
                     parse_code(code.value) if code is not None else "",
                     read.get("position"),
                     {name: read[name] for name in EDITABLE if name in read}), problems


def _value(name: str, cell) -> object:
    if name in ("progress_id", "version", "position"):
        return parse_key(cell.value)
    if name == "status":
        return parse_status(cell.value)
    if name in ("owner", "note"):
        return parse_text(cell.value)
    return parse_date(cell.value)
