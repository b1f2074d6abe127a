"""Sign-off: a family centre's lead confirms a step done for units whose required readiness
items are done or not applicable; a step not yet done becomes done on the sign-off date."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, StepStatus
from rollout.models import StepProgress, StepSignOff, utcnow
from rollout.permissions import Actor, require
from rollout.services.conflicts import committing
from rollout.services.gate import (SIGN_OFF, open_required_items, record_confirmation,
                                   refused_while_open)
from rollout.services.steps import change_step, step_conflict, step_progress, values_of
from rollout.text_rules import checked_text


@dataclass(frozen=True)
class SignOffRequest:
    """A unit's step to sign off, with the version the lead saw."""
    progress_id: int
    expected_version: int


def sign_off(session: Session, actor: Actor, requests: list[SignOffRequest], signed_on: date,
             comment: str = "", today: date | None = None) -> int:
    """Sign steps off, all or nothing. Each step's required items must be done or not
    applicable; a step not yet done becomes done with `signed_on` as its actual end (a step
    already done keeps its actual end). Leads sign off their own centres' units, admins any.
    Refused whole, naming who saved, if a step changed since the lead saw it."""
    today = today or date.today()
    if signed_on > today:
        raise DomainError("signoff.in_future")
    comment = checked_text(comment, "comment", StepSignOff.note, multiline=True)
    with committing(session, lambda: _moved_on(session, requests)):
        for request in requests:
            progress = step_progress(session, request.progress_id)
            require(actor.can_review_centre(progress.unit.family_centre_id))
            if progress.version != request.expected_version:
                raise step_conflict(session, progress.id)
            open_items = open_required_items(session, progress.unit_id, progress.step_id)
            if open_items:
                raise refused_while_open(progress, open_items)
            if is_signed_off(session, progress):
                raise DomainError("signoff.already", municipality=progress.unit.municipality
                                  .names, step=progress.step.position)
            current = values_of(progress)
            if current.status != StepStatus.DONE:
                change_step(session, actor, progress,
                            replace(current, status=StepStatus.DONE, actual_end=signed_on),
                            "", today)
            # The step moves to a new version even when it was done already, so two sign-offs
            # (or a sign-off and a reopening) of one step never both go through.
            progress.updated_at, progress.updated_by_id = utcnow(), actor.user_id
            record_confirmation(session, actor, progress, SIGN_OFF, signed_on, comment.strip())
    return len(requests)


def is_signed_off(session: Session, progress: StepProgress) -> bool:
    """Whether the step has a sign-off (or an override) that no reopening has withdrawn."""
    return bool(session.scalar(select(exists().where(
        StepSignOff.unit_id == progress.unit_id, StepSignOff.step_id == progress.step_id,
        StepSignOff.withdrawn_at.is_(None)))))


def _moved_on(session: Session, requests: list[SignOffRequest]) -> DomainError:
    for request in requests:
        if step_progress(session, request.progress_id).version != request.expected_version:
            return step_conflict(session, request.progress_id)
    return DomainError("error.not_saved")
