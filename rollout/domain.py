"""Enums, value objects and pure rules of a rollout. No framework imports here."""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


class StepStatus(str, enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"


class ItemStatus(str, enum.Enum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class Role(str, enum.Enum):
    ADMIN = "admin"
    PLANNER = "planner"
    LEAD = "lead"
    MANAGER = "manager"


class DomainError(Exception):
    """A rule was broken; `key` names the catalog message, `params` fill it in."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class PermissionDenied(DomainError):
    """The acting user's role or scope does not allow the change."""


NOT_STARTED_STEP = 0


def current_step(statuses: Mapping[int, StepStatus]) -> int:
    """The furthest step a unit has reached (any status but not started); 0 when none."""
    reached = [position for position, status in statuses.items()
               if status != StepStatus.NOT_STARTED]
    return max(reached, default=NOT_STARTED_STEP)


def is_live(statuses: Mapping[int, StepStatus], go_live_position: int) -> bool:
    """A unit is live when its go-live step is done."""
    return statuses.get(go_live_position) == StepStatus.DONE


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None

    def is_ordered(self) -> bool:
        return self.start is None or self.end is None or self.start <= self.end
