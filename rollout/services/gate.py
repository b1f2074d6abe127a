"""The readiness gate: a step becomes done only when its required readiness items are done or
not applicable for the unit, or an admin overrides with a written reason. Confirmations (a
lead's sign-off, an admin's override) are kept until the step is reopened."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity, ItemStatus
from rollout.history import record_event
from rollout.models import (ReadinessItemState, ReadinessItemTemplate, StepProgress,
                            StepSignOff, utcnow)
from rollout.permissions import Actor

SIGN_OFF, OVERRIDE = "sign_off", "override"


def open_required_items(session: Session, unit_id: int, step_id: int
                        ) -> list[ReadinessItemTemplate]:
    """The step's required items in use that are still open for the unit (never touched
    counts as open; a retired item holds nothing up), in the step's order."""
    settled = select(ReadinessItemState.item_id).where(
        ReadinessItemState.unit_id == unit_id,
        ReadinessItemState.status.in_((ItemStatus.DONE, ItemStatus.NOT_APPLICABLE)))
    return list(session.scalars(
        select(ReadinessItemTemplate)
        .where(ReadinessItemTemplate.step_id == step_id,
               ReadinessItemTemplate.required.is_(True),
               ReadinessItemTemplate.retired_at.is_(None),
               ReadinessItemTemplate.id.not_in(settled))
        .order_by(ReadinessItemTemplate.position)))


def refused_while_open(progress: StepProgress, items: list[ReadinessItemTemplate]
                       ) -> DomainError:
    """The refusal that names the unit, the step and its open required items."""
    return DomainError("steps.readiness_open", municipality=progress.unit.municipality.names,
                       step=progress.step.position,
                       items={lang: "; ".join(f"{item.position}. "
                                              f"{getattr(item, f'text_{lang}') or item.text_fi}"
                                              for item in items)
                              for lang in ("fi", "sv", "en")})


def record_confirmation(session: Session, actor: Actor, progress: StepProgress, kind: str,
                        signed_on: date, note: str) -> None:
    """Keep a sign-off or an override of the step, and say so in the history."""
    session.add(StepSignOff(unit_id=progress.unit_id, step_id=progress.step_id, kind=kind,
                            signed_on=signed_on, signed_by_id=actor.user_id,
                            signed_by_name=actor.name, note=note))
    record_event(session, actor=actor, entity=Entity.STEP_PROGRESS, entity_id=progress.id,
                 field=kind, old=None, new=signed_on, effective_on=signed_on,
                 programme_id=progress.unit.programme_id, unit_id=progress.unit_id,
                 step_id=progress.step_id, reason=note)


def withdraw_confirmations(session: Session, actor: Actor, progress: StepProgress,
                           reason: str) -> None:
    """A reopened step is no longer signed off (or overridden); the history says who
    withdrew it and why."""
    active = session.scalars(select(StepSignOff).where(
        StepSignOff.unit_id == progress.unit_id, StepSignOff.step_id == progress.step_id,
        StepSignOff.withdrawn_at.is_(None))).all()
    for confirmation in active:
        record_event(session, actor=actor, entity=Entity.STEP_PROGRESS, entity_id=progress.id,
                     field=confirmation.kind, old=confirmation.signed_on, new=None,
                     effective_on=utcnow().date(), programme_id=progress.unit.programme_id,
                     unit_id=progress.unit_id, step_id=progress.step_id, reason=reason)
    session.execute(update(StepSignOff).where(StepSignOff.id.in_([c.id for c in active]))
                    .values(withdrawn_at=utcnow(), withdrawn_by_name=actor.name)
                    .execution_options(synchronize_session=False))
