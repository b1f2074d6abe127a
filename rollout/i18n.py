"""Catalog look-up (fi/sv/en) and locale formatting of numbers and dates."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_decimal, format_percent as babel_format_percent

import pandas as pd

from rollout.catalog import CATALOG
from rollout.domain import DomainError

BABEL_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
# Timestamps are stored in UTC and shown in the county's own time.
DISPLAY_TIMEZONE = ZoneInfo("Europe/Helsinki")


def translate(key: str, lang: str, **params: object) -> str:
    """The catalog text for `key` in `lang`, with `{name}` placeholders filled in."""
    text = CATALOG[key][lang]
    return text.format(**params) if params else text


def translate_count(key: str, lang: str, count: int, **params: object) -> str:
    """The text for a count: `key.one` for exactly one ("1 muutos"), `key.other` otherwise
    ("2 muutosta"); `{count}` is filled in with the number in the language's format."""
    form = "one" if count == 1 else "other"
    return translate(f"{key}.{form}", lang, count=format_number(count, lang), **params)


def error_message(error: DomainError, lang: str) -> str:
    """A broken rule in words, with a named field given by its label, not its code name."""
    params = dict(error.params)
    if "field" in params and f"field.{params['field']}" in CATALOG:
        params["field"] = CATALOG[f"field.{params['field']}"][lang]
    return translate(error.key, lang, **params)


def localized(record: Mapping | object, field: str, lang: str) -> str:
    """`field_<lang>` of a row or object, falling back to Finnish (e.g. municipality names)."""
    get = record.get if isinstance(record, Mapping) else (
        lambda name, default=None: getattr(record, name, default))
    return get(f"{field}_{lang}") or get(f"{field}_fi")


def format_number(value: float | int, lang: str, decimals: int = 0) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=BABEL_LOCALES[lang])


def format_percent(share: float, lang: str, decimals: int = 1) -> str:
    locale = Locale.parse(BABEL_LOCALES[lang])
    pattern = locale.percent_formats[None].pattern.replace(
        "#,##0", "#,##0" + ("." + "0" * decimals if decimals else ""), 1)
    return babel_format_percent(share, format=pattern, locale=locale)


# Finland-Swedish texts write dates as Finnish ones do (23.11.2026; Kotus's Swedish language
# office recommends it), not in the ISO form Babel gives sv_FI; English follows en_GB.
DATE_PATTERNS = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "dd/MM/yyyy"}
DATETIME_PATTERNS = {"fi": "d.M.yyyy 'klo' H.mm", "sv": "d.M.yyyy 'kl.' H.mm",
                     "en": "dd/MM/yyyy HH:mm"}


def format_date(value: date | None, lang: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    return babel_format_date(value, format=DATE_PATTERNS[lang], locale=BABEL_LOCALES[lang])


def format_datetime(value: datetime | None, lang: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    return babel_format_datetime(value, format=DATETIME_PATTERNS[lang],
                                 tzinfo=DISPLAY_TIMEZONE, locale=BABEL_LOCALES[lang])


def format_month(value: date, lang: str) -> str:
    return babel_format_date(value, format="LLLL yyyy", locale=BABEL_LOCALES[lang])
