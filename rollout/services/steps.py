"""Write use-cases for step tracking: permission check, version check, rules, change, history,
commit. Each function owns its transaction and raises DomainError subclasses."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import (DomainError, Entity, StepStatus, StepValues, apply_step_change,
                            is_reopening, status_effective_on)
from rollout.history import record_event
from rollout.models import (ChangeEvent, RoleAssignment, StepProgress, StepSignOff, StepTemplate,
                            User, utcnow)
from rollout.permissions import Actor, require
from rollout.services.conflicts import EditConflict, committing, last_event, saved_by
from rollout.services.gate import (OVERRIDE, open_required_items, record_confirmation,
                                   refused_while_open, withdraw_confirmations)
from rollout.text_rules import checked_text


@dataclass(frozen=True)
class PlannedChange:
    """One field of one unit's step, before → after, as a bulk preview lists it."""
    progress_id: int
    version: int
    unit_id: int
    municipality: str
    position: int
    field: str
    old: object
    new: object


def values_of(progress: StepProgress) -> StepValues:
    return StepValues(**{name: getattr(progress, name) for name in
                         (f.name for f in fields(StepValues))})


def update_step(session: Session, actor: Actor, progress_id: int, expected_version: int,
                wanted: StepValues, reason: str = "", today: date | None = None,
                override: str = "") -> StepProgress:
    """Save one unit's step as the user edited it, if nobody saved it in between.

    A step becomes done only when its required readiness items are done or not applicable,
    unless an admin overrides with a written reason (`override`). Returns the step as stored
    (with the values the rules filled in, e.g. today's actual end, and its new version);
    saving unchanged values changes nothing, not even the version."""
    require(actor.can_edit_steps() and (actor.is_admin or not override.strip()))
    today = today or date.today()
    with committing(session, lambda: step_conflict(session, progress_id, expected_version)):
        progress = _progress(session, progress_id)
        if progress.version != expected_version:
            raise step_conflict(session, progress_id)
        change_step(session, actor, progress, wanted, reason, today,
                    checked_text(override, "override", StepSignOff.note, multiline=True))
    return progress


def preview_bulk_update(session: Session, actor: Actor, unit_ids: list[int], position: int,
                        status: StepStatus | None = None, today: date | None = None,
                        reason: str = "", **dates: date | None) -> list[PlannedChange]:
    """What setting a step's status and dates for many units would change; writes nothing.

    Only the given values change; a unit whose step would break a rule (reopening a done
    step without a reason, say) raises DomainError naming the municipality."""
    require(actor.can_edit_steps())
    today = today or date.today()
    changes = []
    for progress in _progress_rows(session, unit_ids, position):
        current = values_of(progress)
        wanted = replace(current, **{k: v for k, v in dates.items() if v is not None},
                         **({"status": status} if status else {}))
        changes += _planned(session, progress, wanted, today, reason)
    return changes


def preview_step_edit(session: Session, actor: Actor, progress_id: int, expected_version: int,
                      wanted: StepValues, today: date | None = None,
                      reason: str = "") -> list[PlannedChange]:
    """What saving one unit's step as `wanted` would change (as apply_bulk_update applies
    it); writes nothing. Raises the refusal a save would: no permission, a newer version
    (EditConflict), a broken rule or the readiness gate."""
    require(actor.can_edit_steps())
    progress = _progress(session, progress_id)
    if progress.version != expected_version:
        raise step_conflict(session, progress_id)
    return _planned(session, progress, wanted, today or date.today(), reason)


def _planned(session: Session, progress: StepProgress, wanted: StepValues, today: date,
             reason: str) -> list[PlannedChange]:
    """The fields `wanted` changes, after the rules and the readiness gate."""
    current = values_of(progress)
    new = _checked(current, wanted, today, progress, reason)
    _gate(session, progress, current, new)
    return [PlannedChange(progress.id, progress.version, progress.unit_id,
                          progress.unit.municipality.name_fi, progress.step.position, field,
                          getattr(current, field), getattr(new, field))
            for field in current.changed_fields(new)]


def apply_bulk_update(session: Session, actor: Actor, changes: list[PlannedChange],
                      reason: str = "", today: date | None = None) -> int:
    """Apply a previewed bulk update in one transaction; refused whole if any step changed
    since the preview. Returns how many steps changed."""
    with committing(session, lambda: bulk_conflict(session, changes)):
        return apply_planned_steps(session, actor, changes, reason, today)


def apply_planned_steps(session: Session, actor: Actor, changes: list[PlannedChange],
                        reason: str = "", today: date | None = None) -> int:
    """apply_bulk_update without the commit, for a caller that owns the transaction (the
    workbook import saves figures in the same one). Returns how many steps changed."""
    require(actor.can_edit_steps())
    today = today or date.today()
    by_progress = _by_progress(changes)
    for progress_id, planned in by_progress.items():
        progress = _progress(session, progress_id)
        if progress.version != planned[0].version:
            raise _bulk_conflict(session, by_progress)
        wanted = replace(values_of(progress), **{c.field: c.new for c in planned})
        change_step(session, actor, progress, wanted, reason, today)
    return len(by_progress)


def _by_progress(changes: list[PlannedChange]) -> dict[int, list[PlannedChange]]:
    by_progress: dict[int, list[PlannedChange]] = {}
    for change in changes:
        by_progress.setdefault(change.progress_id, []).append(change)
    return by_progress


def step_conflict(session: Session, progress_id: int,
                  expected_version: int | None = None) -> DomainError:
    """Who saved the step last, when, and what it holds now; a refusal that is not about a
    newer version (the step is still at `expected_version`) says only that nothing was
    saved."""
    progress = _progress(session, progress_id)
    if expected_version is not None and progress.version == expected_version:
        return DomainError("error.not_saved")
    by, at = saved_by(last_event(session, Entity.STEP_PROGRESS, progress.id))
    return EditConflict("steps.conflict", by=by, at=at, version=progress.version,
                        theirs=values_of(progress))


def bulk_conflict(session: Session, changes: list[PlannedChange]) -> DomainError:
    """Why a previewed bulk update was refused: the first step changed since, named."""
    return _bulk_conflict(session, _by_progress(changes))


def _bulk_conflict(session: Session, by_progress: dict[int, list[PlannedChange]]
                   ) -> DomainError:
    """The first previewed step that someone changed since the preview, named."""
    for progress_id, planned in by_progress.items():
        progress = _progress(session, progress_id)
        if progress.version != planned[0].version:
            by, at = saved_by(last_event(session, Entity.STEP_PROGRESS, progress.id))
            return EditConflict("bulk.conflict", by=by, at=at, version=progress.version,
                                theirs=values_of(progress),
                                municipality=progress.unit.municipality.names,
                                step=planned[0].position)
    return DomainError("bulk.conflict_unknown")


def change_step(session: Session, actor: Actor, progress: StepProgress, wanted: StepValues,
                reason: str, today: date, override: str = "") -> None:
    """Apply the rules and the readiness gate to a change of one step, record each changed
    field as an event, and keep or withdraw confirmations; the caller commits."""
    current = values_of(progress)
    new = _checked(current, wanted, today, progress, reason)
    overridden = _gate(session, progress, current, new, override)
    reopening = is_reopening(current.status, new.status)
    changed = current.changed_fields(new)
    for field in changed:
        effective_on = (status_effective_on(new, today, reopening) if field == "status"
                        else today)
        record_event(session, actor=actor, entity=Entity.STEP_PROGRESS, entity_id=progress.id,
                     field=field, old=getattr(current, field), new=getattr(new, field),
                     effective_on=effective_on, programme_id=progress.unit.programme_id,
                     unit_id=progress.unit_id, step_id=progress.step_id,
                     reason=reason.strip() if field == "status" else "")
        setattr(progress, field, getattr(new, field))
    if "owner" in changed:
        progress.owner_user_id = owner_account(session, progress.unit.programme_id,
                                               progress.owner)
    if "actual_end" in changed and progress.end_latest_by:
        _day_replaces_bound(session, actor, progress, today)
    if changed:
        progress.updated_at = utcnow()
        progress.updated_by_id = actor.user_id
    if reopening:
        withdraw_confirmations(session, actor, progress, reason.strip())
    if overridden:
        record_confirmation(session, actor, progress, OVERRIDE, new.actual_end, override)


def owner_account(session: Session, programme_id: int, owner: str) -> int | None:
    """The account an owner's name names: the one active person with a role in the programme
    whose display name or user name it is (case and spacing aside); None for anyone else."""
    wanted = " ".join(owner.split()).casefold()
    if not wanted:
        return None
    with session.no_autoflush:  # the step's pending change is flushed once, with the link
        accounts = session.execute(
            select(User.id, User.username, User.display_name).join(
                RoleAssignment, RoleAssignment.user_id == User.id)
            .where(RoleAssignment.programme_id == programme_id, User.is_active)).all()
    found = {user_id for user_id, username, name in accounts
             if wanted in {" ".join((username or "").split()).casefold(),
                           " ".join((name or "").split()).casefold()}}
    return found.pop() if len(found) == 1 else None


def _day_replaces_bound(session: Session, actor: Actor, progress: StepProgress,
                        today: date) -> None:
    """A recorded end is a day from now on: the public record's upper bound it replaces
    stays in the history."""
    record_event(session, actor=actor, entity=Entity.STEP_PROGRESS, entity_id=progress.id,
                 field="end_latest_by", old=progress.end_latest_by, new="",
                 effective_on=today, programme_id=progress.unit.programme_id,
                 unit_id=progress.unit_id, step_id=progress.step_id)
    progress.end_latest_by = ""


def _gate(session: Session, progress: StepProgress, current: StepValues, new: StepValues,
          override: str = "") -> bool:
    """Refuse a step becoming done while required readiness items are open, unless
    overridden; returns whether the override was needed."""
    if new.status != StepStatus.DONE or current.status == StepStatus.DONE:
        return False
    open_items = open_required_items(session, progress.unit_id, progress.step_id)
    if open_items and not override:
        raise refused_while_open(progress, open_items)
    return bool(open_items)


def _checked(current: StepValues, wanted: StepValues, today: date, progress: StepProgress,
             reason: str) -> StepValues:
    try:
        checked_text(reason, "reason", ChangeEvent.reason, multiline=True)
        changed = apply_step_change(current, wanted, today, reason)
        return replace(changed, owner=checked_text(changed.owner, "owner", StepProgress.owner),
                       note=checked_text(changed.note, "note", StepProgress.note,
                                         multiline=True))
    except DomainError as error:
        raise DomainError(error.key, **error.params,
                          municipality=progress.unit.municipality.names,
                          step=progress.step.position) from error


def step_progress(session: Session, progress_id: int) -> StepProgress:
    """A unit's step as stored now."""
    return _progress(session, progress_id)


def _progress(session: Session, progress_id: int) -> StepProgress:
    progress = session.get(StepProgress, progress_id, populate_existing=True)
    if progress is None:
        raise DomainError("steps.unknown")
    return progress


def _progress_rows(session: Session, unit_ids: list[int], position: int) -> list[StepProgress]:
    statement = (select(StepProgress).join(StepTemplate)
                 .where(StepProgress.unit_id.in_(unit_ids), StepTemplate.position == position)
                 .order_by(StepProgress.unit_id))
    return list(session.scalars(statement))
