"""What the workbook holds and how its cells read: sheets and columns (headers in any of the
three languages), statuses by their label in any language, and dates typed any usual way."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from rollout.catalog import CATALOG
from rollout.status_look import SYMBOLS
from rollout.config import LANGUAGES
from rollout.domain import DATE_FIELDS, DomainError, StepStatus
from rollout.i18n import format_date, translate

META_SHEET = "_askeleet"  # very hidden: the programme, the export and the exported values
EDITABLE = ("status", *DATE_FIELDS, "owner", "note")  # what an import may change


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its name in code, the catalog key of its header, its width."""
    name: str
    header_key: str
    width: int = 14
    hidden: bool = False


STEP_COLUMNS = (
    Column("progress_id", "workbook.col.key", 8, hidden=True),
    Column("version", "workbook.col.version", 8, hidden=True),
    Column("area", "column.area", 16), Column("centre", "column.centre", 24),
    Column("municipality_code", "workbook.col.municipality_code", 12),
    Column("municipality", "column.municipality", 18),
    Column("position", "workbook.col.position", 9), Column("step", "column.step", 34),
    Column("status", "steps.status", 15),
    *(Column(field, f"steps.{field}", 13) for field in DATE_FIELDS),
    Column("end_latest_by", "field.end_latest_by", 28),  # read only, as the others not EDITABLE
    Column("owner", "steps.owner", 20), Column("note", "steps.note", 40))
KEY_COLUMNS = ("progress_id", "version")
STEP_VALUE_COLUMNS = ("progress_id", "version", *EDITABLE)  # also kept in the meta sheet
# and the place each key belongs to, as exported, to check each row against
STEP_PLACE_COLUMNS = ("municipality_code", "municipality", "centre", "position")


def header(column: Column, lang: str) -> str:
    return translate(column.header_key, lang)


def sheet_title(key: str, lang: str) -> str:
    return translate(f"workbook.sheet.{key}", lang)


def sheet_titles(key: str) -> set[str]:
    """The sheet's title in every language: an import finds it by any of them."""
    return {_plain(sheet_title(key, lang)) for lang in LANGUAGES}


def column_positions(headers: list[object], columns: tuple[Column, ...]) -> dict[str, int]:
    """Where each known column is in a header row, whatever the language of its header and
    wherever it was moved; unknown (added) columns are left out."""
    names = {_plain(CATALOG[column.header_key][lang]): column.name
             for column in columns for lang in LANGUAGES}
    found: dict[str, int] = {}
    for index, text in enumerate(headers):
        name = names.get(_plain(text))
        if name is not None and name not in found:
            found[name] = index
    return found


def _plain(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


def same_text(shown: str, *names: object) -> bool:
    """Whether a cell shows one of the names, whatever its spacing and case."""
    return _plain(shown) in {_plain(name) for name in names if name}




def status_label(status: StepStatus, lang: str) -> str:
    return translate(f"status.{status.value}", lang)


def parse_status(value: object) -> StepStatus:
    """A status written as its label in any language (with or without its symbol) or its
    code; raises DomainError("workbook.unknown_status") otherwise."""
    status = _statuses().get(_plain(value).strip(SYMBOLS + " "))
    if status is not None:
        return status
    raise DomainError("workbook.unknown_status", value=_shown(value), choices={
        lang: ", ".join(status_label(status, lang) for status in StepStatus)
        for lang in LANGUAGES})


@cache
def _statuses() -> dict[str, StepStatus]:
    """Every way a status is written (its code, its label in each language), plain."""
    return {written: status for status in StepStatus
            for written in (status.value, *(_plain(status_label(status, lang))
                                             for lang in LANGUAGES))}


DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d %H:%M:%S")


def parse_date(value: object) -> date | None:
    """A date cell: a real date, or text such as 31.3.2025, 2025-03-31 or 31/3/2025; empty
    is no date. Raises DomainError("workbook.not_a_date") for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for pattern in DATE_FORMATS:
            try:
                return datetime.strptime(value.strip(), pattern).date()
            except ValueError:
                continue
    raise DomainError("workbook.not_a_date", value=_shown(value))


def parse_text(value: object) -> str:
    """A text cell as stored: numbers retyped into it read as they show (42, not 42.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_code(value: object) -> str:
    """A municipality code; Excel turns 091 into 91, so it is padded back to three digits."""
    text = parse_text(value)
    return text.zfill(3) if text.isdigit() else text


def value_text(field: str, value: object) -> dict[str, str]:
    """A step value as each language writes it (for a message)."""
    if field == "status" and value is not None:
        return {lang: status_label(StepStatus(value), lang) for lang in LANGUAGES}
    if field in DATE_FIELDS:
        return {lang: format_date(value, lang) if value else "–" for lang in LANGUAGES}
    return {lang: str(value) if value not in (None, "") else "–" for lang in LANGUAGES}


def _shown(value: object) -> str:
    return str(value)[:60]
