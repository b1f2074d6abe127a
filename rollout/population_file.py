"""Reading a file of municipalities' populations (CSV or xlsx): code, population, year and an
optional source, headed in Finnish, Swedish or English, columns in any order. Every cell
that cannot be read is a problem with its row and column. Pure: no database here."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from rollout.domain import DomainError

HEADERS = {  # column: the headers it is known by (lower case)
    "code": {"code", "koodi", "kod", "kuntanumero", "kuntakoodi", "kommunkod",
             "municipality code", "kunta", "kommun", "municipality"},
    "population": {"population", "väkiluku", "asukasluku", "asukkaita", "folkmängd",
                   "invånare", "invånarantal", "residents"},
    "year": {"year", "vuosi", "år", "population year", "asukasluvun vuosi"},
    "source": {"source", "lähde", "källa"},
}
REQUIRED = ("code", "population", "year")
FIRST_YEAR = 1900
MAX_FILE_MB = 5


@dataclass(frozen=True)
class PopulationRow:
    row: int  # as the spreadsheet numbers it (the header is row 1)
    code: str
    population: int
    year: int
    source: str


@dataclass(frozen=True)
class Problem:
    """A row or cell that cannot be imported, and why (`error` names the catalog message)."""
    row: int | None
    column: str
    error: DomainError


def read_population_file(data: bytes, name: str, today: date | None = None
                         ) -> tuple[list[PopulationRow], list[Problem]]:
    """The rows of a CSV or xlsx file and every problem found; raises DomainError when the
    file cannot be read at all or lacks a column it needs."""
    table = _xlsx_rows(data) if name.lower().endswith(".xlsx") else _csv_rows(data)
    if not table:
        raise DomainError("populations.empty_file")
    positions = _positions(table[0])
    missing = [column for column in REQUIRED if column not in positions]
    if missing:
        raise DomainError("populations.missing_columns", columns=", ".join(missing))
    rows, problems = [], []
    this_year = (today or date.today()).year
    for number, cells in enumerate(table[1:], start=2):
        values = {column: _cell(cells, index) for column, index in positions.items()}
        if not any(values.values()):
            continue
        row, found = _read_row(number, values, this_year)
        problems.extend(found)
        if row is not None:
            rows.append(row)
    return rows, problems


def _xlsx_rows(data: bytes) -> list[list[object]]:
    from openpyxl import load_workbook
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise DomainError("populations.unreadable") from None
    sheet = book.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _csv_rows(data: bytes) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _positions(header: list[object]) -> dict[str, int]:
    positions = {}
    for index, cell in enumerate(header):
        text = str(cell or "").strip().lower()
        for column, names in HEADERS.items():
            if text in names and column not in positions:
                positions[column] = index
    return positions


def _cell(cells: list[object], index: int) -> object:
    value = cells[index] if index < len(cells) else None
    return value.strip() if isinstance(value, str) else value


def _read_row(number: int, values: dict[str, object], this_year: int
              ) -> tuple[PopulationRow | None, list[Problem]]:
    problems = []

    def problem(column: str, key: str, **params: object) -> None:
        problems.append(Problem(number, column, DomainError(key, **params)))

    code = _code(values.get("code"))
    if code is None:
        problem("code", "populations.bad_code", value=str(values.get("code") or ""))
    population = _whole(values.get("population"))
    if population is None or population < 1:
        problem("population", "populations.not_whole", value=str(values.get("population") or ""))
    year = _whole(values.get("year"))
    if year is None:
        problem("year", "populations.bad_year", value=str(values.get("year") or ""))
    elif year > this_year:
        problem("year", "populations.future_year", year=year)
    elif year < FIRST_YEAR:
        problem("year", "populations.bad_year", value=str(year))
    source = str(values.get("source") or "").strip()
    if problems:
        return None, problems
    return PopulationRow(number, code, population, year, source), []


def _code(value: object) -> str | None:
    """A municipality code as three digits ("9" and 9.0 read "009": a spreadsheet drops the
    leading zeros)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value if value is not None else "").strip()
    return text.zfill(3) if re.fullmatch(r"\d{1,3}", text) else None


def _whole(value: object) -> int | None:
    """A whole number: 12345, "12 345", "12345", 12345.0; None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
    return int(text) if re.fullmatch(r"\d+", text) else None
