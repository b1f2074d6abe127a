"""Enums, value objects and pure rules of a rollout. No framework imports here."""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
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


class Frequency(str, enum.Enum):
    """How often an observed phenomenon was seen in the period."""
    SINGLE = "single"
    SEVERAL = "several"
    FREQUENT = "frequent"


class Entity(enum.StrEnum):
    """What a change event is about: the history's subjects."""
    STEP_PROGRESS = "step_progress"
    READINESS_ITEM = "checklist_item"
    USER = "user"
    BASELINE = "baseline"
    OBSERVATION = "observation"
    OBSERVATION_THEME = "observation_theme"
    MONTHLY_FIGURE = "monthly_figure"
    MUNICIPALITY = "municipality"
    ROLLOUT_UNIT = "rollout_unit"
    FAMILY_CENTRE_AREA = "family_centre_area"
    FAMILY_CENTRE = "family_centre"
    STEP_TEMPLATE = "step_template"
    READINESS_ITEM_TEMPLATE = "checklist_item_template"
    PROGRAMME = "programme"


def names_by_language(name_fi: str, name_sv: str | None, code: str = "") -> dict[str, str]:
    """A name (of a municipality, say; after its code when given) as each reader reads it:
    the Swedish one in Swedish where there is one. A refusal's parameter in this form is
    shown in the reader's language."""
    prefix = f"{code} " if code else ""
    return {"fi": prefix + name_fi, "sv": prefix + (name_sv or name_fi), "en": prefix + name_fi}


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


UNDER_WAY = frozenset({StepStatus.IN_PROGRESS, StepStatus.BLOCKED})


def is_under_way(status: StepStatus) -> bool:
    """Started and not done: in progress, or blocked (the clock of the step runs on)."""
    return status in UNDER_WAY


def schedule_flag(status: StepStatus, planned_end: date | None, today: date) -> "ScheduleFlag":
    """A step against its plan: overdue when its planned end has passed and it is not done;
    at risk when it ends within AT_RISK_DAYS; else on track (also without a planned end)."""
    if status == StepStatus.DONE or planned_end is None:
        return ScheduleFlag.ON_TRACK
    days_left = (planned_end - today).days
    if days_left < 0:
        return ScheduleFlag.OVERDUE
    return ScheduleFlag.AT_RISK if days_left <= AT_RISK_DAYS else ScheduleFlag.ON_TRACK


def check_item_answer(status: ItemStatus, reason: str, **where: object) -> None:
    """A readiness item marked not applicable says why."""
    if status == ItemStatus.NOT_APPLICABLE and not reason.strip():
        raise DomainError("checklist.reason_needed", **where)


def holds_up_gate(required: bool, retired: bool, status: ItemStatus | None) -> bool:
    """Whether an item keeps its step from becoming done for a unit: a required item in use
    that is neither done nor not applicable (never touched counts as open)."""
    return required and not retired and status not in (ItemStatus.DONE,
                                                        ItemStatus.NOT_APPLICABLE)


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None

    def is_ordered(self) -> bool:
        return self.start is None or self.end is None or self.start <= self.end


AT_RISK_DAYS = 14


class ScheduleFlag(str, enum.Enum):
    """Red/amber/green of a step against its plan (schedule_flag; tracking.with_flags is
    its vectorised twin)."""
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class StepValues:
    """What a unit's step holds: status, plan, actuals, owner and note."""
    status: StepStatus = StepStatus.NOT_STARTED
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    owner: str = ""
    note: str = ""

    def changed_fields(self, other: "StepValues") -> list[str]:
        return [name for name in FIELDS if getattr(self, name) != getattr(other, name)]


FIELDS = ("status", "planned_start", "planned_end", "actual_start", "actual_end", "owner",
          "note")
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def apply_step_change(current: StepValues, wanted: StepValues, today: date,
                      reason: str = "") -> StepValues:
    """The values to store when `wanted` replaces `current`; raises DomainError on a broken rule.

    Done needs an actual end (today when none is given); reopening a done step needs a reason
    and clears its actual end; dates must be in order and actual dates not in the future."""
    values = wanted
    if values.status == StepStatus.DONE and values.actual_end is None:
        values = replace(values, actual_end=today)
    if current.status == StepStatus.DONE and values.status != StepStatus.DONE:
        if not reason.strip():
            raise DomainError("steps.reopen_needs_reason")
        if values.actual_end == current.actual_end:
            values = replace(values, actual_end=None)
    if values.status != StepStatus.DONE and values.actual_end is not None:
        raise DomainError("steps.actual_end_only_when_done")
    _check_dates(values, today)
    return values


def _check_dates(values: StepValues, today: date) -> None:
    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        if not DateRange(getattr(values, start), getattr(values, end)).is_ordered():
            raise DomainError("steps.end_before_start", field=end)
    for field in ("actual_start", "actual_end"):
        value = getattr(values, field)
        if value is not None and value > today:
            raise DomainError("steps.actual_in_future", field=field)


def is_reopening(current: StepStatus, new: StepStatus) -> bool:
    return current == StepStatus.DONE and new != StepStatus.DONE


def status_effective_on(values: StepValues, today: date, reopening: bool) -> date:
    """The day a status change took effect in the real world: done on its actual end, work
    started on its actual start; anything else (and reopening) on the day it is recorded."""
    if values.status == StepStatus.DONE and values.actual_end:
        return values.actual_end
    if values.status == StepStatus.IN_PROGRESS and values.actual_start and not reopening:
        return values.actual_start
    return today


def out_of_order_steps(statuses: Mapping[int, StepStatus]) -> list[int]:
    """Steps started while an earlier step is not done: allowed (rollouts overlap), but shown."""
    flagged = []
    for position, status in sorted(statuses.items()):
        if status == StepStatus.NOT_STARTED:
            continue
        if any(statuses.get(earlier) != StepStatus.DONE for earlier in range(1, position)):
            flagged.append(position)
    return flagged
