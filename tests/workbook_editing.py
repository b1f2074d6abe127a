"""Editing an exported workbook the way a person does in a spreadsheet program, for the
workbook tests (integration, app and browser)."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date

import openpyxl

from rollout.i18n import translate
from rollout.workbook.layout import sheet_title


class StepsSheet:
    """The units-and-steps sheet of a workbook, its cells found by header and by unit."""

    def __init__(self, data: bytes, lang: str = "fi", key: str = "steps") -> None:
        self.book = openpyxl.load_workbook(io.BytesIO(data))
        self.lang = lang
        self.sheet = self.book[sheet_title(key, lang)]

    def column(self, header_key: str) -> int:
        wanted = translate(header_key, self.lang)
        headers = [cell.value for cell in self.sheet[1]]
        return headers.index(wanted) + 1

    def row_of(self, municipality_code: str, position: int) -> int:
        code, step = self.column("workbook.col.municipality_code"), \
            self.column("workbook.col.position")
        for row in range(2, self.sheet.max_row + 1):
            if (self.sheet.cell(row, code).value == municipality_code
                    and self.sheet.cell(row, step).value == position):
                return row
        raise KeyError((municipality_code, position))

    def set(self, municipality_code: str, position: int, header_key: str, value) -> int:
        row = self.row_of(municipality_code, position)
        self.sheet.cell(row, self.column(header_key)).value = value
        return row

    def get(self, municipality_code: str, position: int, header_key: str):
        return self.sheet.cell(self.row_of(municipality_code, position),
                               self.column(header_key)).value

    def resort_descending(self, header_key: str) -> None:
        """Sort the data rows by a column, last first, as the filter menu does."""
        column = self.column(header_key)
        rows = [[cell.value for cell in row] for row in self.sheet.iter_rows(min_row=2)]
        rows.sort(key=lambda values: str(values[column - 1]), reverse=True)
        for number, values in enumerate(rows, start=2):
            for index, value in enumerate(values, start=1):
                self.sheet.cell(number, index).value = value

    def hide(self, header_key: str) -> None:
        letter = openpyxl.utils.get_column_letter(self.column(header_key))
        self.sheet.column_dimensions[letter].hidden = True

    def add_column(self, at: int, header: str, value: str) -> None:
        self.sheet.insert_cols(at)
        self.sheet.cell(1, at).value = header
        for row in range(2, self.sheet.max_row + 1):
            self.sheet.cell(row, at).value = value

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.book.save(buffer)
        return buffer.getvalue()


class FiguresSheet(StepsSheet):
    """The service figures sheet, its cells found by header and by area and month."""

    def __init__(self, data: bytes, lang: str = "fi") -> None:
        super().__init__(data, lang, "figures")

    def row_of(self, area: str, month: date) -> int:
        name, when = self.column("figures.area"), self.column("figures.month")
        for row in range(2, self.sheet.max_row + 1):
            value = self.sheet.cell(row, when).value
            if self.sheet.cell(row, name).value == area and value and value.date() == month:
                return row
        raise KeyError((area, month))

    def clear_row(self, area: str, month: date) -> None:
        """Empty a row's every cell (an empty row is not read)."""
        row = self.row_of(area, month)
        for column in range(1, self.sheet.max_column + 1):
            self.sheet.cell(row, column).value = None

    def type_row(self, values: dict[str, object]) -> int:
        """A new row typed at the end: values by header key."""
        row = self.sheet.max_row + 1
        for header_key, value in values.items():
            self.sheet.cell(row, self.column(header_key)).value = value
        return row


class ReadinessSheet(StepsSheet):
    """The readiness sheet: a unit's item found by municipality code, step number and the
    item's place in the step (1 for the step's first item)."""

    def __init__(self, data: bytes, lang: str = "fi") -> None:
        super().__init__(data, lang, "readiness")

    def row_of(self, municipality_code: str, position: int, nth: int = 1) -> int:
        rows = [row for row in range(2, self.sheet.max_row + 1)
                if self.sheet.cell(row, self.column("workbook.col.municipality_code")).value
                == municipality_code
                and self.sheet.cell(row, self.column("workbook.col.position")).value
                == position]
        return rows[nth - 1]

    def tick(self, municipality_code: str, position: int, nth: int, **values) -> int:
        """Set an item's cells, by field: status, reason, evidence, evidence_link."""
        headers = {"status": "steps.status", "reason": "checklist.reason",
                   "evidence": "checklist.evidence", "evidence_link": "readiness.link"}
        row = self.row_of(municipality_code, position, nth)
        for name, value in values.items():
            self.sheet.cell(row, self.column(headers[name])).value = value
        return row

    def drop_new_columns(self) -> None:
        """The sheet as an export made before readiness import wrote it: no hidden key,
        version, reason, evidence or link, and no exported values kept."""
        for header_key in ("readiness.link", "checklist.evidence", "checklist.reason",
                           "workbook.col.version", "workbook.col.item_key"):
            self.sheet.delete_cols(self.column(header_key))
        del self.book["_askeleet_readiness"]


def a_day(text: str) -> date:
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)


def repacked(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    """The file with each part's bytes given by `change(name, content)`, packed again: a
    part damaged or cut at the level of its XML, as a broken disk or a careless tool does."""
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, change(name, source.read(name)))
    return buffer.getvalue()
