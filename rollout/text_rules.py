"""What a text a person types may hold, checked before the database sees it, the same on
SQLite (which would store anything) and PostgreSQL (which refuses NUL bytes and too long
texts with an SQL error): no control characters, and no more characters than its column
holds. Refusals name the field."""
from __future__ import annotations

import re

from sqlalchemy.orm import InstrumentedAttribute

from rollout.domain import DomainError

# C0 and C1 control characters (tab and line feed are text), lone surrogates (what a
# terminal's invalid UTF-8 becomes) and the Unicode line and paragraph separators.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
LINE_BREAK = re.compile(r"[\r\n\t]")


def column_length(column: InstrumentedAttribute) -> int | None:
    """How many characters a model's String column holds (None: no limit, as Text)."""
    return getattr(column.property.columns[0].type, "length", None)


def checked_text(value: str | None, field: str, column: InstrumentedAttribute,
                 multiline: bool = False) -> str:
    """`value` stripped, or a DomainError naming `field` (its label is field.<field> in the
    catalog) when it holds a control character (a line break too, unless `multiline`) or is
    longer than `column` holds."""
    text = (value or "").strip()
    if CONTROL.search(text) or (not multiline and LINE_BREAK.search(text)):
        raise DomainError("error.bad_character", field=field)
    limit = column_length(column)
    if limit is not None and len(text) > limit:
        raise DomainError("error.too_long", field=field, limit=limit, length=len(text))
    return text


def folded(text: str | None) -> str:
    """A name as uniqueness compares it: trimmed, and without case in any alphabet (the
    database's indexes fold with SQL's lower(), which on SQLite folds only ASCII letters)."""
    return (text or "").strip().casefold()


def clash(names, name: str):
    """The first of `names` (strings, or rows with a `name`) that reads as `name`, or None."""
    wanted = folded(name)
    return next((candidate for candidate in names
                 if folded(getattr(candidate, "name", candidate)) == wanted), None)

