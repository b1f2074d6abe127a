"""How statuses and step values read on screen: a symbol from ordinary text fonts beside the
word, so status never rests on colour alone, and dates in the user's format."""
from __future__ import annotations

from datetime import date

import pandas as pd

from rollout.domain import DATE_FIELDS, StepStatus
from rollout.ui.context import day, t

STATUS_ICONS = {"not_started": "○", "in_progress": "◐", "done": "✔", "blocked": "⊘"}
ITEM_ICONS = {"open": "○", "done": "✔", "not_applicable": "–"}


def status_label(status: str) -> str:
    """A step status (by its value) with its symbol."""
    return f"{STATUS_ICONS[status]} {t(f'status.{status}')}"


def item_label(status: str) -> str:
    """A readiness item's status (by its value) with its symbol."""
    return f"{ITEM_ICONS[status]} {t(f'item.{status}')}"


def step_value_label(field: str, value: object) -> str:
    """One value of a step (status, date, owner, note) as the user reads it."""
    if isinstance(value, StepStatus):
        value = value.value
    if field == "status":
        return status_label(value)
    if field in DATE_FIELDS:
        return day(value if isinstance(value, date) or value is None
                   else date.fromisoformat(str(value)[:10]))
    return value or "–"


def population_note(units: pd.DataFrame) -> str:
    """Where the residents figures come from, and a warning when they are of several years."""
    years = sorted({int(year) for year in units["population_year"].dropna()})
    if not years:
        return t("overview.population_note")
    if len(years) == 1 and units["population_year"].notna().all():
        return t("overview.population_year", year=years[0])
    return t("overview.population_years_mixed", years=", ".join(map(str, years)))
