"""The change log: every change is an event (who, when, what, old → new); nothing is lost."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from rollout import data_stamp
from rollout.domain import Entity
from rollout.models import ChangeEvent, utcnow
from rollout.permissions import Actor
from rollout.text_rules import column_length

# The log keeps who acted by name too (a display name may be longer than the log's column;
# the user id names them exactly).
ACTOR_LENGTH = column_length(ChangeEvent.actor)


def as_text(value: object) -> str | None:
    """How a value is kept in the log: enums by value, dates in ISO form, None as None."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(getattr(value, "value", value))


def record_event(session: Session, *, actor: Actor, entity: Entity,
                 entity_id: object, field: str, old: object, new: object,
                 effective_on: date, programme_id: int | None = None,
                 unit_id: int | None = None, step_id: int | None = None,
                 reason: str = "", recorded_at: datetime | None = None) -> ChangeEvent:
    """Add one change event to the session; the caller's transaction commits it."""
    event = ChangeEvent(actor=actor.name[:ACTOR_LENGTH], user_id=actor.user_id,
                        source=actor.source, entity=Entity(entity).value,
                        entity_id=str(entity_id),
                        field=field, old_value=as_text(old), new_value=as_text(new),
                        effective_on=effective_on, programme_id=programme_id,
                        unit_id=unit_id, step_id=step_id, reason=reason,
                        recorded_at=recorded_at or utcnow())
    session.add(event)
    data_stamp.mark_changed(session)
    return event
