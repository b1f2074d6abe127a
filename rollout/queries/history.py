"""Read models of the change history: one page of events at a time, filtered, sorted and
counted in SQL, with names in the reader's language; and the changes a steering group asks
about since a date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pandas as pd
from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from rollout.domain import Entity
from rollout.models import (ChangeEvent, ReadinessItemState, ReadinessItemTemplate,
                            FamilyCentre, Municipality, RolloutUnit, StepTemplate)

HISTORY_COLUMNS = ["event_id", "recorded_at", "effective_on", "actor", "source", "entity",
                   "entity_id", "unit_id", "municipality", "centre", "position", "item",
                   "field", "old_value", "new_value", "reason"]


@dataclass(frozen=True)
class HistoryFilter:
    """Which events to list: recorded on `since`..`until` (both included), and optionally only
    these municipalities (codes) and steps (positions), and people whose name contains
    `actor` (in any case)."""
    since: date
    until: date
    municipalities: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    actor: str = ""


def history_page(session: Session, programme_id: int, wanted: HistoryFilter, lang: str,
                 offset: int = 0, limit: int = 100) -> tuple[pd.DataFrame, int]:
    """One page of the programme's events (and of the accounts, which belong to no
    programme), newest first, and how many events the filter matches in all."""
    parts = [_matching(programme_id, wanted)]
    if not (wanted.municipalities or wanted.positions):  # accounts have neither
        parts.append(_matching(None, wanted))
    total = sum(session.scalar(select(func.count()).select_from(ChangeEvent).where(*part))
                for part in parts)
    # Each part streams newest first from its index and stops after the page; only the
    # page's events are then joined to their names.
    newest = (ChangeEvent.recorded_at.desc(), ChangeEvent.id.desc())
    candidates = sorted((row for part in parts for row in session.execute(
        select(ChangeEvent.recorded_at, ChangeEvent.id).where(*part).order_by(*newest)
        .limit(offset + limit))), reverse=True)
    page = [event_id for _, event_id in candidates[offset:offset + limit]]
    statement = _named_events(lang).where(ChangeEvent.id.in_(page)).order_by(*newest)
    return pd.DataFrame(session.execute(statement).all(), columns=HISTORY_COLUMNS), total


def programme_history(session: Session, programme_id: int, lang: str, until: date,
                      since: date | None = None) -> pd.DataFrame:
    """Every event of the programme recorded from `since` (None: the first) up to `until`,
    oldest first, with names in the reader's language (the workbook's history sheet)."""
    conditions = [ChangeEvent.programme_id == programme_id,
                  ChangeEvent.recorded_at < datetime.combine(until + timedelta(days=1), time())]
    if since is not None:
        conditions.append(ChangeEvent.recorded_at >= datetime.combine(since, time()))
    statement = _named_events(lang).where(*conditions).order_by(ChangeEvent.id)
    return pd.DataFrame(session.execute(statement).all(), columns=HISTORY_COLUMNS)


def _named_events(lang: str):
    """Events with their municipality, centre, step and item named in `lang` (the item of a
    unit's answer, or the checklist item an admin changed)."""
    item_state_id = case((ChangeEvent.entity == Entity.READINESS_ITEM,
                          cast(ChangeEvent.entity_id, Integer)))
    template_item_id = case((ChangeEvent.entity == Entity.READINESS_ITEM_TEMPLATE,
                             cast(ChangeEvent.entity_id, Integer)))
    return (
        select(ChangeEvent.id, ChangeEvent.recorded_at, ChangeEvent.effective_on,
               ChangeEvent.actor, ChangeEvent.source, ChangeEvent.entity,
               ChangeEvent.entity_id, ChangeEvent.unit_id,
               _in_language(Municipality, "name", lang),
               _in_language(FamilyCentre, "name", lang, finnish="name"),
               StepTemplate.position, _in_language(ReadinessItemTemplate, "text", lang),
               ChangeEvent.field, ChangeEvent.old_value, ChangeEvent.new_value,
               ChangeEvent.reason)
        .outerjoin(RolloutUnit, ChangeEvent.unit_id == RolloutUnit.id)
        .outerjoin(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .outerjoin(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .outerjoin(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .outerjoin(ReadinessItemState, ReadinessItemState.id == item_state_id)
        .outerjoin(ReadinessItemTemplate, ReadinessItemTemplate.id == func.coalesce(
            ReadinessItemState.item_id, template_item_id)))


def _matching(programme_id: int | None, wanted: HistoryFilter) -> list:
    """Conditions on the change log for the events of a programme (None: of the accounts)
    that the filter asks for."""
    conditions = [ChangeEvent.programme_id == programme_id if programme_id is not None
                  else ChangeEvent.programme_id.is_(None),
                  ChangeEvent.recorded_at >= datetime.combine(wanted.since, time()),
                  ChangeEvent.recorded_at < datetime.combine(wanted.until + timedelta(days=1),
                                                             time())]
    if wanted.municipalities:  # by the units' and steps' own ids, which the log indexes
        conditions.append(ChangeEvent.unit_id.in_(select(RolloutUnit.id).where(
            RolloutUnit.programme_id == programme_id,
            RolloutUnit.municipality_code.in_(wanted.municipalities))))
    if wanted.positions:
        conditions.append(ChangeEvent.step_id.in_(select(StepTemplate.id).where(
            StepTemplate.programme_id == programme_id,
            StepTemplate.position.in_(wanted.positions))))
    if wanted.actor.strip():
        conditions.append(func.lower(ChangeEvent.actor).contains(wanted.actor.strip().lower(),
                                                                autoescape=True))
    return conditions


def _in_language(model, base: str, lang: str, finnish: str | None = None):
    """`<base>_<lang>` of a row, or its Finnish text where it has none in that language."""
    finnish_column = getattr(model, finnish or f"{base}_fi")
    own = getattr(model, f"{base}_{lang}", None)
    if lang == "fi" or own is None:
        return finnish_column
    return func.coalesce(func.nullif(own, ""), finnish_column)


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
               ChangeEvent.entity == Entity.STEP_PROGRESS,
               ChangeEvent.field.in_(("status", "planned_end")),
               ChangeEvent.recorded_at >= datetime.combine(since, time())))
    return pd.DataFrame(session.execute(statement).all(), columns=SINCE_COLUMNS)
