"""Synthetic histories turned into database rows, written with bulk inserts (Core `insert()`
executemany) and ids allocated up front, so that hundreds of thousands of events take
seconds. Change events get their ids in the order they were recorded, as the app's replay
of history expects."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from rollout.domain import Entity
from rollout.history import as_text
from rollout.models import (ChangeEvent, ReadinessItemState, RolloutUnit, StepProgress,
                            utcnow)
from rollout.synthetic.histories import Timeline, UnitHistory

CHUNK = 5000
STEP_DEFAULTS = {"status": "not_started", "planned_start": None, "planned_end": None,
                 "actual_start": None, "actual_end": None, "owner": "", "note": ""}
ITEM_DEFAULTS = {"status": "open", "reason": "", "evidence": ""}
TABLES = (RolloutUnit, StepProgress, ReadinessItemState, ChangeEvent)


class RowBuffer:
    """Rows waiting to be written, each table's ids continuing from what the database has."""

    def __init__(self, session: Session) -> None:
        self.rows: dict[type, list[dict]] = {model: [] for model in TABLES}
        self.next_id = {model: (session.scalar(select(func.max(model.id))) or 0) + 1
                        for model in TABLES}

    def add(self, model: type, **row: object) -> int:
        if model is not ChangeEvent:  # events are numbered when written, in recorded order
            row["id"] = self.next_id[model]
            self.next_id[model] += 1
        self.rows[model].append(row)
        return row.get("id", 0)

    def add_unit(self, programme_id: int, centre_id: int, municipality_code: str,
                 step_ids: Iterable[int], history: UnitHistory) -> None:
        """A unit, its step rows, its touched readiness items and every change as an event."""
        unit_id = self.add(RolloutUnit, programme_id=programme_id, family_centre_id=centre_id,
                           municipality_code=municipality_code)
        for step_id in step_ids:
            timeline = history.steps.get(step_id, Timeline())
            values, version, updated_at = _final(timeline, STEP_DEFAULTS)
            progress_id = self.add(StepProgress, unit_id=unit_id, step_id=step_id,
                                   version=version, updated_at=updated_at, **values)
            self._events(timeline, STEP_DEFAULTS, Entity.STEP_PROGRESS, progress_id, programme_id,
                         unit_id, step_id)
        for (step_id, item_id), timeline in history.items.items():
            values, version, updated_at = _final(timeline, ITEM_DEFAULTS)
            state_id = self.add(ReadinessItemState, unit_id=unit_id, item_id=item_id,
                                version=version, updated_at=updated_at, **values)
            self._events(timeline, ITEM_DEFAULTS, Entity.READINESS_ITEM, state_id, programme_id,
                         unit_id, step_id)

    def _events(self, timeline: Timeline, defaults: dict, entity: str, entity_id: int,
                programme_id: int, unit_id: int, step_id: int) -> None:
        current = dict(defaults)
        for change in sorted(timeline.changes, key=lambda change: change.at):
            old = current[change.field]
            if old == change.new:
                continue
            current[change.field] = change.new
            self.add(ChangeEvent, recorded_at=change.at, effective_on=change.effective_on,
                     user_id=None, actor=change.actor, source="synthetic",
                     programme_id=programme_id, entity=entity, entity_id=str(entity_id),
                     unit_id=unit_id, step_id=step_id, field=change.field,
                     old_value=as_text(old), new_value=as_text(change.new),
                     reason=change.reason)

    def write(self, session: Session) -> dict[str, int]:
        """Insert everything in foreign-key order; returns how many rows each table got."""
        events = sorted(self.rows[ChangeEvent], key=lambda row: row["recorded_at"])
        for event in events:
            event["id"] = self.next_id[ChangeEvent]
            self.next_id[ChangeEvent] += 1
        self.rows[ChangeEvent] = events
        connection = session.connection()
        for model in TABLES:
            rows = self.rows[model]
            for start in range(0, len(rows), CHUNK):  # Core executemany: one statement a chunk
                connection.execute(insert(model.__table__), rows[start:start + CHUNK])
            _continue_sequence(session, model)
        counts = {model.__tablename__: len(self.rows[model]) for model in TABLES}
        self.rows = {model: [] for model in TABLES}
        return counts


def _final(timeline: Timeline, defaults: dict) -> tuple[dict, int, datetime]:
    """The values a history ends with, how many saves it took (the version) and when the last
    one was."""
    values = dict(defaults)
    moments = set()
    for change in sorted(timeline.changes, key=lambda change: change.at):
        values[change.field] = change.new
        moments.add(change.at)
    return values, len(moments) + 1, max(moments, default=utcnow())


def _continue_sequence(session: Session, model: type) -> None:
    """PostgreSQL hands out ids from a sequence, which explicit ids do not advance."""
    if session.get_bind().dialect.name == "postgresql":
        table = model.__tablename__
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"(SELECT COALESCE(max(id), 1) FROM {table}))"))
