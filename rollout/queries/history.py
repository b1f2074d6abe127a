"""Read models of the change history: one page of events at a time, filtered, sorted and
counted in SQL, with names in the reader's language; and the changes a steering group asks
about since a date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pandas as pd
from sqlalchemy import Integer, case, cast, func, or_, select
from sqlalchemy.orm import Session

from rollout.models import (ChangeEvent, ChecklistItemState, ChecklistItemTemplate,
                            FamilyCentre, Municipality, RolloutUnit, StepTemplate)

HISTORY_COLUMNS = ["event_id", "recorded_at", "effective_on", "actor", "source", "entity",
                   "entity_id", "unit_id", "municipality", "centre", "position", "item",
                   "field", "old_value", "new_value", "reason"]


@dataclass(frozen=True)
class HistoryFilter:
    """Which events to list: recorded on `since`..`until` (both included), and optionally only
    these municipalities (codes), steps (positions) and people (actor names)."""
    since: date
    until: date
    municipalities: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()


def history_page(session: Session, programme_id: int, wanted: HistoryFilter, lang: str,
                 offset: int = 0, limit: int = 100) -> tuple[pd.DataFrame, int]:
    """One page of the programme's events (and of the accounts, which belong to no
    programme), newest first, and how many events the filter matches in all."""
    conditions = _conditions(programme_id, wanted)
    total = session.scalar(select(func.count(ChangeEvent.id))
                           .outerjoin(RolloutUnit, ChangeEvent.unit_id == RolloutUnit.id)
                           .outerjoin(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
                           .where(*conditions))
    item_state_id = case((ChangeEvent.entity == "checklist_item",
                          cast(ChangeEvent.entity_id, Integer)))
    statement = (
        select(ChangeEvent.id, ChangeEvent.recorded_at, ChangeEvent.effective_on,
               ChangeEvent.actor, ChangeEvent.source, ChangeEvent.entity,
               ChangeEvent.entity_id, ChangeEvent.unit_id,
               _in_language(Municipality, "name", lang),
               _in_language(FamilyCentre, "name", lang, finnish="name"),
               StepTemplate.position, _in_language(ChecklistItemTemplate, "text", lang),
               ChangeEvent.field, ChangeEvent.old_value, ChangeEvent.new_value,
               ChangeEvent.reason)
        .outerjoin(RolloutUnit, ChangeEvent.unit_id == RolloutUnit.id)
        .outerjoin(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .outerjoin(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .outerjoin(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .outerjoin(ChecklistItemState, ChecklistItemState.id == item_state_id)
        .outerjoin(ChecklistItemTemplate,
                   ChecklistItemState.item_id == ChecklistItemTemplate.id)
        .where(*conditions)
        .order_by(ChangeEvent.recorded_at.desc(), ChangeEvent.id.desc())
        .offset(offset).limit(limit))
    return pd.DataFrame(session.execute(statement).all(), columns=HISTORY_COLUMNS), total


def _conditions(programme_id: int, wanted: HistoryFilter) -> list:
    conditions = [or_(ChangeEvent.programme_id == programme_id,
                      ChangeEvent.programme_id.is_(None)),
                  ChangeEvent.recorded_at >= datetime.combine(wanted.since, time()),
                  ChangeEvent.recorded_at < datetime.combine(wanted.until + timedelta(days=1),
                                                             time())]
    if wanted.municipalities:
        conditions.append(RolloutUnit.municipality_code.in_(wanted.municipalities))
    if wanted.positions:
        conditions.append(StepTemplate.position.in_(wanted.positions))
    if wanted.actors:
        conditions.append(ChangeEvent.actor.in_(wanted.actors))
    return conditions


def _in_language(model, base: str, lang: str, finnish: str | None = None):
    """`<base>_<lang>` of a row, or its Finnish text where it has none in that language."""
    finnish_column = getattr(model, finnish or f"{base}_fi")
    own = getattr(model, f"{base}_{lang}", None)
    if lang == "fi" or own is None:
        return finnish_column
    return func.coalesce(func.nullif(own, ""), finnish_column)


def actors(session: Session, programme_id: int) -> list[str]:
    """Everyone who has changed something in the programme (or the accounts), by name."""
    return sorted(session.scalars(
        select(ChangeEvent.actor).distinct().where(or_(ChangeEvent.programme_id == programme_id,
                                                       ChangeEvent.programme_id.is_(None)))))


SINCE_COLUMNS = ["recorded_at", "source", "entity", "unit_id", "position", "field",
                 "old_value", "new_value", "reason"]


def step_changes_since(session: Session, programme_id: int, since: date) -> pd.DataFrame:
    """Status and planned-end changes of the programme's steps recorded on `since` or later:
    what "what changed since" sorts into advanced, slipped and reopened."""
    statement = (
        select(ChangeEvent.recorded_at, ChangeEvent.source, ChangeEvent.entity,
               ChangeEvent.unit_id, StepTemplate.position, ChangeEvent.field,
               ChangeEvent.old_value, ChangeEvent.new_value, ChangeEvent.reason)
        .join(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .where(ChangeEvent.programme_id == programme_id,
               ChangeEvent.entity == "step_progress",
               ChangeEvent.field.in_(("status", "planned_end")),
               ChangeEvent.recorded_at >= datetime.combine(since, time())))
    return pd.DataFrame(session.execute(statement).all(), columns=SINCE_COLUMNS)
