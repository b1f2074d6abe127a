"""The readiness sheet: one row per unit × readiness item, its columns, and reading it back
by each row's hidden key (unit and item), with the items as exported kept in a very hidden
sheet so an import sees what the user changed, not what the app changed since."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from rollout.config import LANGUAGES
from rollout.domain import DomainError, ItemStatus
from rollout.i18n import translate
from rollout.services.readiness import ITEM_FIELDS, ItemValues
from rollout.workbook.locate import SHOWN, Shown, exported_place
from rollout.workbook.layout import Column, column_positions, parse_code, parse_text
from rollout.workbook.sheets import (LIMITS, Limits, Problem, cell_finder, find_sheet,
                                     header_row, hidden_records, parse_key,
                                     read_cells, read_rows, require_columns)

READINESS_META_SHEET = "_askeleet_readiness"  # very hidden: the items as exported
READINESS_COLUMNS = (
    Column("item_key", "workbook.col.item_key", 10, hidden=True),
    Column("version", "workbook.col.version", 8, hidden=True),
    Column("area", "column.area", 16), Column("centre", "column.centre", 24),
    Column("municipality_code", "workbook.col.municipality_code", 12),
    Column("municipality", "column.municipality", 18),
    Column("position", "workbook.col.position", 9), Column("item", "workbook.col.item", 60),
    Column("required", "workbook.col.required", 11), Column("status", "steps.status", 16),
    Column("reason", "checklist.reason", 30), Column("evidence", "checklist.evidence", 30),
    Column("evidence_link", "readiness.link", 30))
ITEM_VALUE_COLUMNS = ("item_key", "version", *ITEM_FIELDS)  # kept in the meta sheet
# and the place and item each key belongs to, as exported, to check each row against
ITEM_PLACE_COLUMNS = ("municipality_code", "municipality", "centre", "position", "item")
ITEM_FILLS = {ItemStatus.OPEN: "FFFFFF", ItemStatus.DONE: "C6EFCE",
              ItemStatus.NOT_APPLICABLE: "EDEDED"}


def item_key(unit_id: int, item_id: int) -> str:
    """A unit's readiness item's hidden key: the unit's id and the item's, "12:34"."""
    return f"{unit_id}:{item_id}"


@dataclass(frozen=True)
class ReadinessRow:
    """One row of the readiness sheet as the workbook holds it."""
    row: int
    key: tuple[int, int] | None  # (unit id, item id) from the hidden key
    version: int | None
    values: dict[str, object]  # the editable columns present, read
    shown: Shown = Shown("", "", "", None)  # the place and item the row shows


@dataclass(frozen=True)
class ReadinessSheet:
    """The readiness sheet's name, headers, the items as exported (by key) and its rows."""
    sheet: str
    headers: dict[str, str]
    originals: dict[tuple[int, int], tuple[int | None, ItemValues]]  # key → version, values
    rows: tuple[ReadinessRow, ...]
    problems: tuple[Problem, ...] = field(default=())
    places: dict[tuple[int, int], Shown] = field(default_factory=dict)  # as exported

    def header(self, column: str) -> str:
        return self.headers.get(column, "")


def read_readiness(book, limits: Limits = LIMITS) -> ReadinessSheet | str | None:
    """The readiness sheet read; its title when it cannot be imported because it comes from
    an export older than readiness import (no hidden keys, no exported values); None when
    the workbook has no readiness sheet at all."""
    sheet_name = find_sheet(book, "readiness")
    if sheet_name is None:
        return None
    if READINESS_META_SHEET not in book.sheetnames:
        return sheet_name  # an older export: its readiness was for reading only
    head, rows = header_row(book, sheet_name, limits)
    positions = column_positions(head, READINESS_COLUMNS)
    require_columns(sheet_name, positions, READINESS_COLUMNS, ("item_key", "version"))
    headers = {name: str(head[index]) for name, index in positions.items()}
    values, problems = read_rows(rows, positions, sheet_name, headers, _read_row, limits,
                                 "readiness")
    originals, places = _originals(book, limits)
    return ReadinessSheet(sheet_name, headers, originals, tuple(values), tuple(problems),
                          places)


def _originals(book, limits: Limits) -> tuple[
        dict[tuple[int, int], tuple[int | None, ItemValues]], dict[tuple[int, int], Shown]]:
    """The items as exported and the place and item each was exported for, by key (an
    older export's table has no places)."""
    originals, places = {}, {}
    for record in hidden_records(book, READINESS_META_SHEET, limits.readiness, limits):
        key = record.read("item_key", lambda text: parse_item_key(text, strict=True))
        if key is None:
            continue
        originals[key] = (record.read("version", parse_key), ItemValues(
            record.read("status", parse_item_status),
            *(record.read(name, parse_text) for name in ITEM_FIELDS[1:])))
        if "municipality_code" in record.values:
            places[key] = exported_place(record)
    return originals, places


def _read_row(number: int, cells: list, positions: dict[str, int], sheet: str,
              headers: dict[str, str]) -> tuple[ReadinessRow, list[Problem]]:
    cell = cell_finder(cells, positions)
    read, problems = read_cells(cell, ("item_key", "version", "position", *SHOWN, "item",
                                       *ITEM_FIELDS), _value, sheet, number, headers)
    code = parse_code(read.get("municipality_code", ""))
    shown = Shown(code, read.get("municipality", ""), read.get("centre", ""),
                  read.get("position"), read.get("item", ""))
    return ReadinessRow(number, read.get("item_key"), read.get("version"),
                        {name: read[name] for name in ITEM_FIELDS if name in read},
                        shown), problems


def _value(name: str, cell) -> object:
    if name == "item_key":
        return parse_item_key(cell.value, strict=True)
    if name in ("version", "position"):
        return parse_key(cell.value)
    if name == "status":
        return parse_item_status(cell.value)
    return parse_text(cell.value)


def parse_item_key(value: object, strict: bool = False) -> tuple[int, int] | None:
    """(unit id, item id) from a key "12:34"; empty is no key."""
    text = parse_text(value)
    match = re.fullmatch(r"([0-9]{1,18}):([0-9]{1,18})", text)
    if match is None:
        if text and strict:
            raise DomainError("workbook.unknown_row", value=text[:40])
        return None
    return int(match.group(1)), int(match.group(2))


def item_status_label(status: ItemStatus, lang: str) -> str:
    return translate(f"item.{ItemStatus(status).value}", lang)


def parse_item_status(value: object) -> ItemStatus:
    """An item's status written as its label in any language or its code; raises
    DomainError("workbook.unknown_status") otherwise."""
    text = re.sub(r"\s+", " ", parse_text(value)).casefold()
    for status in ItemStatus:
        if text in {status.value, *(item_status_label(status, lang).casefold()
                                    for lang in LANGUAGES)}:
            return status
    raise DomainError("workbook.unknown_status", value=str(value)[:60], choices={
        lang: ", ".join(item_status_label(status, lang) for status in ItemStatus)
        for lang in LANGUAGES})


def item_status_choices(sheet, lang: str, count: int) -> None:
    """A drop-down of the item statuses in the sheet's language, each coloured."""
    letter = get_column_letter([column.name for column in READINESS_COLUMNS].index("status")
                               + 1)
    cells = f"{letter}2:{letter}{max(count, 1) + 1}"
    labels = [item_status_label(status, lang) for status in ItemStatus]
    choice = DataValidation(type="list", formula1='"' + ",".join(labels) + '"',
                            allow_blank=False, showErrorMessage=True)
    choice.add(cells)
    sheet.data_validations.append(choice)
    for status, colour in ITEM_FILLS.items():
        sheet.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{item_status_label(status, lang)}"'],
            fill=PatternFill("solid", fgColor=colour, bgColor=colour)))
