"""Catalog look-up (fi/sv/en) and locale formatting of numbers and dates."""
from __future__ import annotations

from collections.abc import Callable, Mapping
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


def error_message(error: DomainError, lang: str,
                  quote: Callable[[str], str] = lambda text: text) -> str:
    """A broken rule in words, with a named field given by its label, not its code name, and
    a value given in every language (a dict by language) in the reader's. `quote` is applied
    to the values that come from people (names, what they typed), e.g. to show them as plain
    text inside markdown."""
    params = {name: value[lang] if isinstance(value, dict) and lang in value else value
              for name, value in error.params.items()}
    params = {name: quote(value) if isinstance(value, str) else value
              for name, value in params.items() if name != "field"} | (
        {"field": CATALOG.get(f"field.{error.params['field']}", {}).get(
            lang, error.params["field"])} if "field" in error.params else {})
    return translate(error.key, lang, **params)


def localized(record: Mapping | object, field: str, lang: str) -> str:
    """`field_<lang>` of a row or object, falling back to Finnish (e.g. municipality names)."""
    get = record.get if isinstance(record, Mapping) else (
        lambda name, default=None: getattr(record, name, default))
    return get(f"{field}_{lang}") or get(f"{field}_fi")


# Digit-group separators: a no-break space in Finnish and Finland-Swedish, a comma in English.
GROUP_SEPARATORS = {lang: Locale.parse(locale).number_symbols["latn"]["group"]
                    for lang, locale in BABEL_LOCALES.items()}


NAMED = {"municipality": "name", "centre": "centre", "region": "region"}


def localized_column(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    """`<base>_<lang>` of every row, the Finnish one where it is empty."""
    finnish = frame[f"{base}_fi"]
    if lang == "fi" or f"{base}_{lang}" not in frame:
        return finnish
    own = frame[f"{base}_{lang}"]
    return own.where(own.notna() & (own != ""), finnish)


def with_names(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with `municipality`, `centre` and `region` columns where it has their names:
    each in `lang`, the Finnish name where there is no other."""
    return frame.assign(**{column: localized_column(frame, base, lang)
                           for column, base in NAMED.items() if f"{base}_fi" in frame})


def format_number(value: float | int, lang: str, decimals: int = 0) -> str:
    if decimals == 0 and float(value).is_integer():  # counts: often, and cheaply
        return f"{int(value):,}".replace(",", GROUP_SEPARATORS[lang])
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


def format_dates(values, lang: str) -> list[str]:
    """Many dates at once, exactly as `format_date` writes each (blank ones as "–")."""
    days = pd.to_datetime(pd.Series(list(values), dtype=object))
    return _written(days, lang, with_time=False)


def format_datetimes(values, lang: str) -> list[str]:
    """Many UTC moments at once in the county's time, exactly as `format_datetime` writes
    each (blank ones as "–")."""
    moments = pd.to_datetime(pd.Series(list(values), dtype=object))
    local = moments.dt.tz_localize("UTC").dt.tz_convert(DISPLAY_TIMEZONE)
    return _written(local, lang, with_time=True)


def _written(moments: pd.Series, lang: str, with_time: bool) -> list[str]:
    def part(values: pd.Series, width: int) -> pd.Series:
        text = values.astype("Int64").astype(str)
        return text.str.zfill(width) if width else text
    d, m, y = moments.dt.day, moments.dt.month, moments.dt.year
    if lang == "en":
        text = part(d, 2) + "/" + part(m, 2) + "/" + part(y, 4)
        if with_time:
            text += " " + part(moments.dt.hour, 2) + ":" + part(moments.dt.minute, 2)
    else:
        text = part(d, 0) + "." + part(m, 0) + "." + part(y, 4)
        if with_time:
            text += (" klo " if lang == "fi" else " kl. ") + part(moments.dt.hour, 0) + "." \
                + part(moments.dt.minute, 2)
    return text.where(moments.notna(), "–").tolist()


def format_month(value: date, lang: str) -> str:
    return babel_format_date(value, format="LLLL yyyy", locale=BABEL_LOCALES[lang])


class Words:
    """The catalog and the formats of one language, for what is written outside a user's
    session as well as in it (figures, the steering-group report)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        return translate(key, self.lang, **params)

    def tc(self, key: str, count: int, **params: object) -> str:
        return translate_count(key, self.lang, count, **params)

    def number(self, value: float | int, decimals: int = 0) -> str:
        return format_number(value, self.lang, decimals)

    def percent(self, share: float, decimals: int = 1) -> str:
        return format_percent(share, self.lang, decimals)

    def day(self, value: date | None) -> str:
        return format_date(value, self.lang)

    def days(self, values) -> list[str]:
        return format_dates(values, self.lang)

    def step_labels(self, steps: pd.DataFrame, with_none: bool = False) -> dict[int, str]:
        """Numbered step names ("1. Valmistelu") by position; with `with_none`, position 0
        reads "not started"."""
        numbered = {row.position: self.t("step.numbered", position=row.position,
                                         name=localized(row._asdict(), "name", self.lang))
                    for row in steps.itertuples()}
        return ({0: self.t("step.none")} if with_none else {}) | numbered
