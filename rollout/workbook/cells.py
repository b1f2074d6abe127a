"""A table's rows as cells of a write-only sheet, fast: a frame's columns turned into plain
Python values once, column by column; plain values passed to openpyxl as they are; dates as
Excel dates in the language's format; text that a spreadsheet would run made plain (OWASP
"CSV injection"). A national export writes millions of cells, so the common cell costs no
more here than openpyxl itself asks."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

import numpy as np
import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from rollout.csv_export import FORMULA_STARTS

DATE_FORMATS = {"fi": "d.m.yyyy", "sv": "d.m.yyyy", "en": "dd/mm/yyyy"}
MONTH_FORMATS = {"fi": "m/yyyy", "sv": "yyyy-mm", "en": "mmm yyyy"}
PLAIN = frozenset({type(None), int, float, bool})  # written as they are
MIDNIGHT = time()


def plain_values(series: pd.Series) -> list:
    """A column as plain Python values: blanks None, numpy numbers as Python numbers,
    pandas' times as Python datetimes."""
    missing = series.isna().to_numpy()
    if pd.api.types.is_datetime64_any_dtype(series):
        values = [moment.to_pydatetime() if not gap else None
                  for moment, gap in zip(series, missing)]
    else:
        values = series.astype(object).tolist()
    for index in np.flatnonzero(missing):
        values[index] = None
    return values


def frame_rows(frame: pd.DataFrame) -> Iterable[tuple]:
    """A frame's rows as tuples of plain Python values."""
    return zip(*(plain_values(frame[column]) for column in frame.columns))


class RowCells:
    """Turns one sheet's rows of values into what `sheet.append` takes.

    Dates are written through one cell per column and format, given a new value for each
    row: a write-only sheet writes a row's cells out as it is appended, so the cell is free
    again for the next row, and the millions of dates of a national export do not each
    build and style a cell of their own."""

    def __init__(self, sheet: Worksheet, lang: str, formats: dict[int, str] | None = None):
        self.sheet = sheet
        self.day_format = DATE_FORMATS[lang]
        self.formats = formats or {}  # column index → number format of its dates
        self.dated: dict[tuple[int, bool], WriteOnlyCell] = {}

    def row(self, record: Iterable[object]) -> list:
        return [value if value.__class__ in PLAIN or (
                    value.__class__ is str and not value.startswith(FORMULA_STARTS))
                else self.special(index, value) for index, value in enumerate(record)]

    def special(self, index: int, value: object) -> object:
        """Text that starts like a formula, a date, a blank or a value of another kind."""
        if isinstance(value, str):
            return protected(self.sheet, value)
        if pd.isna(value):  # NaN, NaT, pandas' NA
            return None
        if isinstance(value, pd.Timestamp):
            value = value.to_pydatetime()
        if isinstance(value, (date, datetime)):
            return self.date_cell(index, value)
        if hasattr(value, "item"):  # numpy numbers as Python numbers
            plain = value.item()
            return plain if plain.__class__ in PLAIN else self.special(index, plain)
        return value

    def date_cell(self, index: int, value: date) -> WriteOnlyCell:
        timed = isinstance(value, datetime) and value.time() != MIDNIGHT
        cell = self.dated.get((index, timed))
        if cell is None:
            cell = WriteOnlyCell(self.sheet)
            cell.number_format = self.formats.get(index, self.day_format) + (
                " hh:mm" if timed else "")
            self.dated[(index, timed)] = cell
        cell.value = value
        return cell


def append_rows(sheet: Worksheet, lang: str, rows: pd.DataFrame | Iterable[Iterable],
                formats: dict[int, str] | None = None) -> int:
    """Every row appended to the write-only sheet; how many there were."""
    cells = RowCells(sheet, lang, formats)
    records = frame_rows(rows) if isinstance(rows, pd.DataFrame) else rows
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007 - the count is returned
        sheet.append(cells.row(record))
    return count


def declare_size(sheet: Worksheet, rows: int, columns: int) -> None:
    """Tell a write-only sheet its size before its first row: openpyxl then writes the
    sheet's <dimension>, and a reader (the import's openpyxl too) need not parse the whole
    sheet, the history's hundreds of thousands of rows included, only to learn it."""
    size = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    sheet.calculate_dimension = lambda: size


def written(sheet: Worksheet, value: object, lang: str) -> object:
    """One value as its cell (a cover line, a meta value), the same way as a row's."""
    return RowCells(sheet, lang).row([value])[0]


def protected(sheet: Worksheet, text: str) -> WriteOnlyCell:
    """Text in a cell of its own that never runs as a formula (see `protect`)."""
    cell = WriteOnlyCell(sheet, text)
    protect(cell)
    return cell


def protect(cell) -> None:
    """Text is stored as text, never a formula, whatever it begins with; text a spreadsheet
    would take for a formula when retyped also gets Excel's quote prefix (OWASP "CSV
    injection")."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        cell.quotePrefix = cell.value.startswith(FORMULA_STARTS)
