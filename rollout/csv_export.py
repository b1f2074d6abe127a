"""CSV files for people who open them in a spreadsheet program: UTF-8 with a byte-order mark
(so Excel reads ä and ö), the separators Finnish and Swedish Excel expect, and no cell that
a spreadsheet would run as a formula (OWASP "CSV injection")."""
from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATORS = {"fi": (";", ","), "sv": (";", ","), "en": (",", ".")}  # field, decimal


def inert(value: object) -> object:
    """Text a spreadsheet would read as a formula, made plain text by a leading apostrophe;
    numbers and other text unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """The frame as a CSV file in the reader's language conventions."""
    separator, decimal = SEPARATORS[lang]
    safe = frame.apply(lambda column: column if pd.api.types.is_numeric_dtype(column)
                       else column.map(inert))
    return safe.to_csv(index=False, sep=separator, decimal=decimal).encode("utf-8-sig")
