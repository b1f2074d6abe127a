"""What reading any sheet of the workbook shares: the sheet found by its title in any
language, its columns wherever they were moved, rows read cell by cell with every cell that
cannot be read kept as a problem with its sheet, row and column. Pure: no database here."""
from __future__ import annotations

from dataclasses import dataclass

from rollout.domain import DomainError
from rollout.workbook.layout import Column, header, parse_text, sheet_titles


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


def read_rows(rows, positions: dict[str, int], sheet: str, headers: dict[str, str],
              read_row) -> tuple[list, list[Problem]]:
    """Every non-empty data row read by `read_row(number, cells, positions, sheet, headers)`
    into its values and problems."""
    values, problems = [], []
    for number, cells in enumerate(rows, start=2):
        cells = list(cells)
        if all(cell.value in (None, "") for cell in cells):
            continue  # an empty row: nothing to read
        row, row_problems = read_row(number, cells, positions, sheet, headers)
        values.append(row)
        problems += row_problems
    return values, problems


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
        try:
            if current.data_type == "f":
                raise DomainError("workbook.formula", value=str(current.value)[:40])
            read[name] = value(name, current)
        except DomainError as error:
            problems.append(Problem(sheet, number, headers[name], error))
    return read, problems


def parse_key(value: object) -> int | None:
    """A hidden key or version cell: a whole number, or None when empty."""
    text = parse_text(value)
    if not text:
        return None
    if not text.isdigit():
        raise DomainError("workbook.unknown_row", value=text[:40])
    return int(text)
