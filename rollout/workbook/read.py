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
from rollout.config import LANGUAGES
from rollout.workbook.figures_sheet import FIGURES_META_SHEET, FiguresSheet, read_figures
from rollout.workbook.readiness_sheet import (READINESS_META_SHEET, ReadinessSheet,
                                              read_readiness)
from rollout.workbook.layout import (EDITABLE, KEY_COLUMNS, META_SHEET, STEP_COLUMNS,
                                     STEP_VALUE_COLUMNS, column_positions, parse_code,
                                     parse_date, parse_status, parse_text, sheet_title)
from rollout.workbook.locate import SHOWN, Shown, exported_place
from rollout.workbook.sheets import (LIMITS, Limits, Problem, cell_finder, find_sheet,
                                     header_row, hidden_records, parse_key,
                                     read_cells, read_rows, require_columns)
from rollout.workbook.sheet_xml import damaged_part, sheet_rows

Progress = Callable[[float], None]  # told the share done, 0…1
MAX_FILE_MB = 20
MAX_UNPACKED_MB = 200  # a zip bomb unpacks to far more than any real export
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # encrypted xlsx files are OLE containers
SETTING_ROWS = 3  # the meta sheet's programme, day and language; its table follows


@dataclass(frozen=True)
class RowValues:
    """One row of units and steps as the workbook holds it."""
    row: int
    progress_id: int | None
    version: int | None
    municipality_code: str
    position: int | None
    values: dict[str, object]  # the editable columns present, read
    municipality: str = ""  # the municipality's and centre's names as the row shows them
    centre: str = ""

    @property
    def shown(self) -> Shown:
        return Shown(self.municipality_code, self.municipality, self.centre, self.position)


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
    missing: tuple[str, ...] = ()  # sheets exported but not found (renamed or deleted)
    places: dict[int, Shown] = field(default_factory=dict)  # by key: each row's place, exported

    def header(self, column: str) -> str:
        return self.headers.get(column, "")


def read_workbook(data: bytes, progress: Progress | None = None,
                  limits: Limits = LIMITS) -> ReadWorkbook:
    """The workbook's rows and problems, telling `progress` the share read so far; raises
    DomainError when the file as a whole cannot be imported (not an xlsx, encrypted,
    damaged, too large, not the app's export, a sheet or key column missing). At most
    `limits` rows of a sheet are read and problems collected: past them the reading stops
    with a problem that says so, and the import cannot be saved."""
    progress = progress or (lambda share: None)
    check_container(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise damaged_part(data) or DomainError("workbook.corrupt") from error
    try:
        return _read(book, progress, limits)
    finally:
        book.close()


def check_container(data: bytes, max_file_mb: int = MAX_FILE_MB,
                    max_unpacked_mb: int = MAX_UNPACKED_MB) -> None:
    """Refuse a file that is not an unencrypted xlsx within the size limits (packed and
    unpacked: a zip bomb unpacks to far more than it weighs)."""
    if len(data) > max_file_mb * 1024 * 1024:
        raise DomainError("workbook.too_large", size=round(len(data) / 1024 / 1024, 1),
                          limit=max_file_mb)
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
    if unpacked > max_unpacked_mb * 1024 * 1024:
        raise DomainError("workbook.zip_bomb", limit=max_unpacked_mb)


def _read(book, progress: Progress, limits: Limits) -> ReadWorkbook:
    if META_SHEET not in book.sheetnames:
        raise DomainError("workbook.not_ours")
    settings = _settings(book, limits)
    sheet_name = find_sheet(book, "steps")
    if sheet_name is None:
        raise DomainError("workbook.missing_sheet",
                          sheet=_titles_by_language("steps"))
    head, rows = header_row(book, sheet_name, limits)
    positions = column_positions(head, STEP_COLUMNS)
    require_columns(sheet_name, positions, STEP_COLUMNS, KEY_COLUMNS)
    headers = {name: str(head[index]) for name, index in positions.items()}
    values, problems = read_rows(rows, positions, sheet_name, headers, _read_row, limits,
                                 "steps")
    progress(0.2)  # the readiness sheet has about five rows for each step row
    readiness = read_readiness(book, limits)
    progress(0.9)
    figures = read_figures(book, limits)
    progress(1.0)
    originals, places = _originals(book, limits)
    return ReadWorkbook(settings.get("programme", ""), settings.get("as_of", ""), sheet_name,
                        headers, originals, tuple(values), tuple(problems), figures, readiness,
                        _missing(book, settings.get("lang", "")), places)


def _missing(book, lang: str) -> tuple[str, ...]:
    """The titles of the sheets the export wrote (its hidden copy of them is there) that
    the workbook no longer has under any of their titles."""
    lang = lang if lang in LANGUAGES else "fi"
    return tuple(sheet_title(key, lang) for key, hidden in (
        ("readiness", READINESS_META_SHEET), ("figures", FIGURES_META_SHEET))
        if hidden in book.sheetnames and find_sheet(book, key) is None)


def _titles_by_language(key: str) -> dict[str, str]:
    return {lang: sheet_title(key, lang) for lang in ("fi", "sv", "en")}


def _settings(book, limits: Limits) -> dict[str, str]:
    """The meta sheet's first rows: the programme and the day the export shows."""
    settings = {}
    for number, cells in sheet_rows(book, META_SHEET, limits.columns):
        if number > SETTING_ROWS:
            break
        if len(cells) > 1 and cells[0].value:
            settings[str(cells[0].value)] = parse_text(cells[1].value)
    return settings


def _originals(book, limits: Limits) -> tuple[dict[int, dict[str, object]], dict[int, Shown]]:
    """The exported values of every step row, and the place it was exported for, by its key
    (the meta sheet's table; an older export's has no places)."""
    originals, places = {}, {}
    for record in hidden_records(book, META_SHEET, limits.steps, limits, skip=SETTING_ROWS):
        key = record.read("progress_id", parse_key)
        if key is None:
            continue
        originals[key] = {
            "version": record.read("version", parse_key),
            "status": record.read("status", parse_status),
            **{name: record.read(name, parse_date) for name in STEP_VALUE_COLUMNS
               if name.startswith(("planned", "actual"))},
            "owner": record.read("owner", parse_text), "note": record.read("note", parse_text)}
        if "municipality_code" in record.values:
            places[key] = exported_place(record)
    return originals, places


def _read_row(number: int, cells: list, positions: dict[str, int], sheet: str,
              headers: dict[str, str]) -> tuple[RowValues, list[Problem]]:
    """One row's key and values; a cell that cannot be read is a problem and is left out."""
    cell = cell_finder(cells, positions)
    read, problems = read_cells(cell, ("progress_id", "version", "position", *SHOWN,
                                       *EDITABLE), _value, sheet, number, headers)
    return RowValues(number, read.get("progress_id"), read.get("version"),
                     parse_code(read.get("municipality_code", "")), read.get("position"),
                     {name: read[name] for name in EDITABLE if name in read},
                     read.get("municipality", ""), read.get("centre", "")), problems


def _value(name: str, cell) -> object:
    if name in ("progress_id", "version", "position"):
        return parse_key(cell.value)
    if name == "status":
        return parse_status(cell.value)
    if name in ("owner", "note", *SHOWN):
        return parse_text(cell.value)
    return parse_date(cell.value)
