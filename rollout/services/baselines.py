"""Baselines: the plan frozen under a name and date, to compare later plans and actuals with."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import Baseline, BaselineEntry, RolloutUnit, StepProgress, utcnow
from rollout.permissions import Actor, require
from rollout.services.conflicts import committing
from rollout.text_rules import checked_text


def freeze_baseline(session: Session, actor: Actor, programme_id: int, name: str) -> Baseline:
    """Keep the current plan (planned start and end of every step) under a name and date."""
    require(actor.can_edit_steps())
    name = checked_text(name, "baseline_name", Baseline.name)
    if not name:
        raise DomainError("baseline.needs_name")
    if session.scalar(select(Baseline).filter_by(programme_id=programme_id, name=name)):
        raise DomainError("baseline.exists", name=name)
    baseline = Baseline(programme_id=programme_id, name=name, created_by_id=actor.user_id)
    # Two planners freezing the same name at once: the second meets the unique name.
    with committing(session, lambda: DomainError("baseline.exists", name=name)):
        session.add(baseline)
        session.flush()
        rows = session.scalars(select(StepProgress).join(RolloutUnit).where(
            RolloutUnit.programme_id == programme_id))
        session.add_all(BaselineEntry(baseline_id=baseline.id, step_progress_id=row.id,
                                      planned_start=row.planned_start,
                                      planned_end=row.planned_end)
                        for row in rows)
        record_event(session, actor=actor, entity=Entity.BASELINE, entity_id=baseline.id,
                     field="name", old=None, new=name, effective_on=utcnow().date(),
                     programme_id=programme_id)
    return baseline
