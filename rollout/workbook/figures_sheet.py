"""The service figures sheet: one row per area and month, its columns, and reading it back
(by its hidden key, or by area name and month for a row typed in by hand), with the figures
as exported kept in a very hidden sheet so an import sees what the user changed."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from rollout.domain import DomainError
from rollout.service_figures import FIGURE_FIELDS, month_start
from rollout.workbook.layout import Column, column_positions, parse_date, parse_text
from rollout.workbook.sheets import (LIMITS, Limits, Problem, cell_finder, find_sheet,
                                     header_row, hidden_records, parse_key,
                                     read_cells, read_rows, require_columns)

FIGURES_META_SHEET = "_askeleet_figures"  # very hidden: the figures as exported
FIGURE_COLUMNS = (
    Column("figure_key", "workbook.col.figure_key", 10, hidden=True),
    Column("version", "workbook.col.version", 8, hidden=True),
    Column("area", "figures.area", 18), Column("month", "figures.month", 11),
    *(Column(name, f"workbook.col.{name}", 16) for name in FIGURE_FIELDS),
    Column("updated_by", "column.who", 18), Column("updated_at", "column.when", 18))
FIGURE_VALUE_COLUMNS = ("figure_key", "version", *FIGURE_FIELDS)  # kept in the meta sheet
MONTH_PATTERNS = (r"(\d{4})-(\d{1,2})", r"(\d{1,2})[./](\d{4})")


def figure_key(area_id: int, month: date) -> str:
    """A month's hidden key: its area's id and the month, "12:2025-09"."""
    return f"{area_id}:{month:%Y-%m}"


@dataclass(frozen=True)
class FigureRow:
    """One row of the figures sheet as the workbook holds it."""
    row: int
    key: tuple[int, date] | None  # (area id, month) from the hidden key; None: typed in
    version: int | None
    area: str
    month: date | None
    values: dict[str, object]  # the figure columns present, read


@dataclass(frozen=True)
class FiguresSheet:
    """The figures sheet's name, headers, the exported figures (by key) and its rows."""
    sheet: str
    headers: dict[str, str]
    originals: dict[tuple[int, date], dict[str, object]]
    rows: tuple[FigureRow, ...]
    problems: tuple[Problem, ...] = field(default=())

    def header(self, column: str) -> str:
        return self.headers.get(column, "")


def read_figures(book, limits: Limits = LIMITS) -> FiguresSheet | None:
    """The figures sheet read, or None when the workbook has none (an older export)."""
    sheet_name = find_sheet(book, "figures")
    if sheet_name is None:
        return None
    head, rows = header_row(book, sheet_name, limits)
    positions = column_positions(head, FIGURE_COLUMNS)
    require_columns(sheet_name, positions, FIGURE_COLUMNS, ("area", "month"))
    headers = {name: str(head[index]) for name, index in positions.items()}
    values, problems = read_rows(rows, positions, sheet_name, headers, _read_row, limits,
                                 "figures")
    return FiguresSheet(sheet_name, headers, _originals(book, limits), tuple(values),
                        tuple(problems))


def _originals(book, limits: Limits) -> dict[tuple[int, date], dict[str, object]]:
    if FIGURES_META_SHEET not in book.sheetnames:
        return {}
    originals = {}
    for record in hidden_records(book, FIGURES_META_SHEET, limits.figures, limits):
        key = record.read("figure_key", lambda text: parse_figure_key(text, strict=True))
        if key is not None:
            originals[key] = {"version": record.read("version", parse_key), **{
                name: record.read(name, parse_number) for name in FIGURE_FIELDS}}
    return originals


def _read_row(number: int, cells: list, positions: dict[str, int], sheet: str,
              headers: dict[str, str]) -> tuple[FigureRow, list[Problem]]:
    cell = cell_finder(cells, positions)
    read, problems = read_cells(cell, ("figure_key", "version", "month", *FIGURE_FIELDS),
                                _value, sheet, number, headers)
    area = cell("area")
    return FigureRow(number, read.get("figure_key"), read.get("version"),
                     parse_text(area.value) if area is not None else "", read.get("month"),
                     {name: read[name] for name in FIGURE_FIELDS if name in read}), problems


def _value(name: str, cell) -> object:
    if name == "figure_key":
        return parse_figure_key(cell.value, strict=True)
    if name == "version":
        return parse_key(cell.value)
    if name == "month":
        return parse_month_cell(cell.value)
    return parse_number(cell.value)


def parse_figure_key(value: object, strict: bool = False) -> tuple[int, date] | None:
    """(area id, month) from a key "12:2025-09"; empty is a typed-in row."""
    text = parse_text(value)
    match = re.fullmatch(r"([0-9]{1,18}):([0-9]{4})-(0[1-9]|1[0-2])", text)
    if match is None or match.group(2) == "0000":
        if text and strict:
            raise DomainError("workbook.unknown_row", value=text[:40])
        return None
    return int(match.group(1)), date(int(match.group(2)), int(match.group(3)), 1)


def parse_month_cell(value: object) -> date | None:
    """A month: a real date (any day of it), or text such as 2025-09, 9/2025 or 1.9.2025."""
    if isinstance(value, (date, datetime)) or value is None:
        day = parse_date(value)
        return month_start(day) if day else None
    text = parse_text(value)
    for pattern in MONTH_PATTERNS:
        match = re.fullmatch(pattern, text)
        if match:
            year, month = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
            if 1 <= month <= 12:
                return date(year, month, 1)
    try:
        day = parse_date(text)
    except DomainError:
        raise DomainError("figures.bad_month", value=text[:40]) from None
    return month_start(day) if day else None


def parse_number(value: object) -> int | float | None:
    """A figure: a number, or text such as 12 or 6,5; empty is not reported."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = parse_text(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not text.rstrip("%"):
            return None
        try:
            number = float(text.rstrip("%"))
        except ValueError:
            number = math.nan
    if not math.isfinite(number):
        raise DomainError("workbook.not_a_number", value=str(value)[:40])
    return int(number) if number.is_integer() else number
