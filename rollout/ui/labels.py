"""How statuses and step values read on screen: a symbol from ordinary text fonts beside the
word, so status never rests on colour alone, and dates in the user's format."""
from __future__ import annotations

from datetime import date

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
