"""What reading any sheet of the workbook shares: the sheet found by its title in any
language, its columns wherever they were moved, rows read cell by cell with every cell that
cannot be read kept as a problem with its sheet, row and column, within limits on rows and
problems that no real workbook reaches. Pure: no database here."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rollout.domain import DomainError
from rollout.workbook.sheet_xml import damage_error, sheet_rows
from rollout.workbook.layout import Column, header, parse_text, sheet_titles

STOPS = ("workbook.stopped_rows", "workbook.stopped_problems")  # the reading stopped early


@dataclass(frozen=True)
class Limits:
    """How much of a workbook an import reads: rows per sheet, about twice what the largest
    programme has (the national one: 9,300 step rows and 54,500 readiness rows), problems
    collected, beyond what anyone reads, and columns per row (the app writes 16; added ones
    count). The benchmark times the largest file these and the size limits allow."""
    steps: int = 20_000
    readiness: int = 100_000
    figures: int = 20_000
    problems: int = 500
    columns: int = 64

    def rows(self, key: str) -> int:
        return getattr(self, key)


LIMITS = Limits()


@dataclass(frozen=True)
class Problem:
    """A cell or row that cannot be imported, and why (`error` names the catalog message)."""
    sheet: str
    row: int | None
    column: str
    error: DomainError


def find_sheet(book, key: str) -> str | None:
    """The name of a sheet, titled in any language, or None when the workbook has none."""
    titles = sheet_titles(key)
    return next((name for name in book.sheetnames if name.strip().casefold() in titles),
                None)


def require_columns(sheet: str, positions: dict[str, int], columns: tuple[Column, ...],
                    required: tuple[str, ...]) -> None:
    """Refuse the workbook whole when a sheet lost a column an import cannot do without."""
    for name in required:
        if name not in positions:
            column = next(column for column in columns if column.name == name)
            raise DomainError("workbook.missing_column", sheet=sheet,
                              column={lang: header(column, lang)
                                      for lang in ("fi", "sv", "en")})


def header_row(book, name: str, limits: Limits) -> tuple[list[object], Iterator]:
    """A sheet's header values and an iterator over its data rows (numbered)."""
    rows = sheet_rows(book, name, limits.columns)
    first = next(rows, None)
    return ([cell.value for cell in first[1]] if first else []), rows


def read_rows(rows, positions: dict[str, int], sheet: str, headers: dict[str, str],
              read_row, limits: Limits, key: str) -> tuple[list, list[Problem]]:
    """Every non-empty data row read by `read_row(number, cells, positions, sheet, headers)`
    into its values and problems; reading stops, with a problem that says so, past the
    sheet's row limit or once the problems reach their limit."""
    values, problems = [], []
    for number, cells in rows:
        if number > limits.rows(key) + 1:
            problems.append(Problem(sheet, number, "", DomainError(
                "workbook.stopped_rows", sheet=sheet, limit=limits.rows(key))))
            break
        if all(cell.value in (None, "") for cell in cells):
            continue  # an empty row: nothing to read
        row, row_problems = read_row(number, list(cells), positions, sheet, headers)
        values.append(row)
        problems += row_problems
        if len(problems) >= limits.problems:
            problems.append(stopped_problems(sheet, number, limits))
            break
    return values, problems


def stopped_problems(sheet: str, row: int | None, limits: Limits) -> Problem:
    return Problem(sheet, row, "", DomainError("workbook.stopped_problems",
                                               limit=limits.problems))


@dataclass(frozen=True)
class HiddenRecord:
    """One row of one of the app's very hidden tables, by column name."""
    sheet: str
    row: int
    values: dict[str, object]
    letters: dict[str, str]  # column name → its column's letter

    def read(self, column: str, parse) -> object:
        """One value read by `parse`; one that cannot be read means the file was altered:
        DomainError naming sheet, row and column."""
        try:
            return parse(self.values.get(column))
        except (DomainError, ValueError, TypeError, OverflowError) as error:
            raise damage_error(self.sheet, self.row, self.letters.get(column, column),
                               "altered") from error


def hidden_records(book, name: str, limit: int, limits: Limits, skip: int = 0
                   ) -> Iterator[HiddenRecord]:
    """The rows of one of the app's very hidden tables (after `skip` rows of settings) as
    records by column name, at most `limit`; a formula or an error in a cell means the file
    was altered: DomainError naming sheet, row and column."""
    rows = sheet_rows(book, name, limits.columns)
    names: list[str] = []
    letters: dict[str, str] = {}
    for number, cells in rows:
        if number <= skip:
            continue
        if number > skip + limit + 1:
            break  # past the limit of its sheet, whose reading stops there too
        for cell in cells:
            if cell.data_type in ("f", "e"):
                raise damage_error(name, number, cell.column_letter, "altered")
        if not names:
            names = [str(cell.value) for cell in cells]
            letters = {str(cell.value): cell.column_letter for cell in cells if cell.value}
            continue
        yield HiddenRecord(name, number, dict(zip(names, (cell.value for cell in cells))),
                           letters)


def cell_finder(cells: list, positions: dict[str, int]):
    """A row's cell by column name (None when the sheet has no such column)."""
    def cell(name: str):
        index = positions.get(name)
        return cells[index] if index is not None and index < len(cells) else None
    return cell


def read_cells(cell, names, value, sheet: str, number: int,
               headers: dict[str, str]) -> tuple[dict[str, object], list]:
    """The named cells of a row read by `value(name, cell)`; a formula, or a cell that
    cannot be read, is a problem on its column and is left out."""
    read, problems = {}, []
    for name in names:
        current = cell(name)
        if current is None:
            continue
        try:  # a parser's ValueError is a cell it cannot read, like its DomainError
            if current.data_type == "f":
                raise DomainError("workbook.formula", value=str(current.value)[:40])
            if current.data_type == "e":  # #REF!, #N/A, …: what was there is lost
                raise DomainError("workbook.error_cell", value=str(current.value)[:20])
            read[name] = value(name, current)
        except DomainError as error:
            problems.append(Problem(sheet, number, headers[name], error))
        except (ValueError, OverflowError, TypeError):
            problems.append(Problem(sheet, number, headers[name], DomainError(
                "workbook.unreadable_cell", value=str(current.value)[:40])))
    return read, problems


def parse_key(value: object) -> int | None:
    """A hidden key or version cell: a whole number, or None when empty."""
    text = parse_text(value)
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{1,18}", text):  # not "²" or "①", which isdigit() lets by
        raise DomainError("workbook.unknown_row", value=text[:40])
    return int(text)
