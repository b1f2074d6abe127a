"""How statuses and step values read on screen: a symbol from ordinary text fonts beside the
word, so status never rests on colour alone, and dates in the user's format."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd

from rollout import logged_values
from rollout.domain import Entity, ItemStatus
from rollout.i18n import Words
from rollout.population_source import source_label
from rollout.ui.context import day, lang, number, t


def status_label(status: str) -> str:
    """A step status (by its value) with its symbol."""
    return logged_values.step_status_label(Words(lang()), status)


def step_labels(steps: pd.DataFrame, with_none: bool = False) -> dict[int, str]:
    """Numbered step names in the user's language ("1. Valmistelu"), by position; with
    `with_none`, position 0 reads "not started"."""
    return Words(lang()).step_labels(steps, with_none)


def item_label(status: str) -> str:
    """A readiness item's status (by its value) with its symbol."""
    return logged_values.item_status_label(Words(lang()), status)


def item_values_label(values) -> str:
    """A readiness item's status, reason and evidence in one line."""
    if values is None:
        return "–"
    return " · ".join(part for part in (item_label(ItemStatus(values.status).value),
                                        values.reason, values.evidence,
                                        values.evidence_link) if part)


def step_value_label(field: str, value: object) -> str:
    """One value of a step (status, date, owner, note) as the user reads it."""
    return logged_values.value_label(Words(lang()), Entity.STEP_PROGRESS, field, value)


def population_note(units: pd.DataFrame) -> str:
    """Where the residents figures come from and of which year, each source in the reader's
    language with how many municipalities it gives; when they are of several years (or some
    undated), which ones, so shares are compared with care."""
    municipalities = units.drop_duplicates("municipality_code")
    if municipalities.empty:
        return ""
    years = sorted({int(year) for year in municipalities["population_year"].dropna()})
    words = Words(lang())
    counts = Counter(source_label(words, kind, day if pd.notna(day) else None, note or "")
                     for kind, day, note in zip(municipalities["population_source_kind"],
                                                municipalities["population_reference_day"],
                                                municipalities["population_source"]))
    source = "; ".join(text if len(counts) == 1 else
                       t("populations.count_in", source=text, count=number(count))
                       for text, count in counts.most_common())
    undated = bool(municipalities["population_year"].isna().any())
    if len(years) == 1 and not undated:
        return t("populations.note_one", year=years[0], source=source)
    named = [str(year) for year in years] + [t("populations.undated")] * undated
    listed = (f"{', '.join(named[:-1])} {t('populations.and')} {named[-1]}" if len(named) > 1
              else named[0])
    return t("populations.note_mixed", years=listed, source=source)


def readiness_label(done: int, applicable: int, required_done: int,
                    required_applicable: int) -> str:
    """A unit's readiness on a step: items done of those that apply, and the required ones."""
    return t("readiness.counts", done=done, applicable=applicable,
             required_done=required_done, required_applicable=required_applicable)


def confirmation_label(kind: str, signed_on: date, signed_by: str, note: str) -> str:
    """A step's sign-off (✔) or admin override (⚑): when, by whom, and the comment or reason
    (show it as plain text: the person's words are never read as markdown)."""
    mark = "✔" if kind == "sign_off" else "⚑"
    text = t(f"readiness.{kind}_shown", on=day(signed_on), by=signed_by)
    return f"{mark} {text}" + (f" – {note}" if note else "")
