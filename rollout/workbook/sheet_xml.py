"""A sheet's rows straight from its XML, as the file holds them: openpyxl's own sheet parser
(the one its read-only sheets use) without their gap filling and stated size, so that rows
out of order or written twice, and a cell written twice, are seen and refused rather than
silently dropped, and a sheet that cannot be parsed is refused naming the row and column a
person can look at (from the XML parser's position for broken XML: a NUL or control byte,
a bad character reference, a sheet cut short; from the parser's place for a value its cell
type cannot hold)."""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from xml.etree.ElementTree import ParseError

from openpyxl.cell.read_only import EMPTY_CELL, ReadOnlyCell
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.functions import iterparse

from rollout.config import LANGUAGES
from rollout.domain import DomainError
from rollout.i18n import translate

HIDDEN_PREFIX = "_askeleet"  # the app's very hidden sheets
ROW_START = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
CELL_START = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})(\d+)"')


def sheet_rows(book, name: str, width: int, key: str | None = None
               ) -> Iterator[tuple[int, list]]:
    """Each row of a sheet with its number, in the file's order, as `width` cells (a blank
    where the row has none); DomainError naming sheet, row and column when the sheet cannot
    be parsed, its rows are out of order or a cell is written twice (`key`: the catalog
    message, when not the workbook's)."""
    try:
        sheet = book[name]
        source = book._archive.open(sheet._worksheet_path)
    except Exception as error:  # openpyxl raises many kinds for a damaged sheet
        raise damage_error(name, 1, "", _kind(error), key) from error
    with source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=book.data_only,
                                 epoch=book.epoch, date_formats=book._date_formats,
                                 timedelta_formats=book._timedelta_formats)
        rows, previous = parser.parse(), 0
        while True:
            try:
                number, cells = next(rows)
            except StopIteration:
                return
            except Exception as error:  # noqa: BLE001 - any parse failure is named by place
                raise damage_error(name, *_place(sheet, parser, error, previous),
                                   _kind(error), key) from error
            if number <= previous:
                raise damage_error(name, number, "", "order", key)
            previous = number
            yield number, _cells(sheet, name, number, cells, width, key)


def _cells(sheet, name: str, number: int, cells: list[dict], width: int,
           key: str | None) -> list:
    row = [EMPTY_CELL] * width
    taken = set()
    for cell in cells:
        column = cell["column"]
        if column in taken:
            raise damage_error(name, number, get_column_letter(column), "order", key)
        taken.add(column)
        if column <= width:
            row[column - 1] = ReadOnlyCell(sheet, **cell)
    return row


def damage_error(title: str, row: int, column: str, kind: str,
                 key: str | None = None) -> DomainError:
    """The refusal of a damaged sheet: where, and what kind of damage in words."""
    key = key or ("workbook.damaged_hidden_sheet" if title.startswith(HIDDEN_PREFIX)
                  else "workbook.damaged_sheet")
    return DomainError(key, sheet=title, row=row, column=column or "–",
                       kind={lang: translate(f"workbook.damage.{kind}", lang)
                             for lang in LANGUAGES})


def _kind(error: Exception) -> str:
    """Broken XML (or XML refused on purpose: entities, DTDs), else a bad value."""
    xml = isinstance(error, ParseError) or type(error).__module__.startswith("defusedxml")
    return "xml" if xml else "value"


def _place(sheet, parser: WorkSheetParser, error: Exception, last: int) -> tuple[int, str]:
    """The damaged row and column: where the XML parser stopped, else the cell the sheet
    parser was reading (it numbers a row before reading its cells; a row whose number
    cannot be read is the one after the `last` read, its column unknown)."""
    if isinstance(error, ParseError) and getattr(error, "position", None):
        found = _xml_place(sheet.parent._archive, sheet._worksheet_path, *error.position)
        return found or (last + 1, "")
    if parser.row_counter == last:
        return last + 1, ""
    return parser.row_counter, (get_column_letter(parser.col_counter)
                                if parser.col_counter else "")


def damaged_part(data: bytes, key: str | None = None) -> DomainError | None:
    """After a workbook failed to open (openpyxl reads every sheet that states no size when
    it opens the file): the sheet whose XML cannot be parsed, with its row and column; None
    when the damage is elsewhere (or the file's parts cannot even be listed)."""
    try:
        reader = ExcelReader(io.BytesIO(data), read_only=True)
        reader.read_manifest()
        reader.read_workbook()
        sheets = [(sheet.name, rel.target) for sheet, rel in reader.parser.find_sheets()]
    except Exception:  # noqa: BLE001 - then the damage cannot be placed
        return None
    for title, path in sheets:
        try:
            with reader.archive.open(path) as source:
                for _event, element in iterparse(source):
                    element.clear()
        except ParseError as error:
            row, column = _xml_place(reader.archive, path, *error.position) or (1, "")
            return damage_error(title, row, column, "xml", key)
        except Exception as error:  # noqa: BLE001 - e.g. the part's packed bytes
            return damage_error(title, 1, "", _kind(error), key)
    return None


def _xml_place(archive, path: str, line: int, column: int) -> tuple[int, str] | None:
    """The last row and cell the XML opened before the parser's (line, column)."""
    try:
        with archive.open(path) as source:
            data = source.read()
    except Exception:  # noqa: BLE001 - the part's packed bytes may be damaged too
        return None
    offset = 0
    for _ in range(line - 1):
        offset = data.find(b"\n", offset) + 1
        if offset == 0:
            return None
    end = data.find(b"\n", offset)
    line_text = data[offset:end if end >= 0 else len(data)]
    # the parser counts the line's characters, not its bytes ("ä" is two)
    head = data[:offset] + line_text.decode("utf-8", "replace")[:column].encode()
    rows = list(ROW_START.finditer(head, max(0, head.rfind(b"<row"))))
    if not rows:
        return None
    cells = list(CELL_START.finditer(head, rows[-1].start()))
    return int(rows[-1].group(1)), cells[-1].group(1).decode() if cells else ""
