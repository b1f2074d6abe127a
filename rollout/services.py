"""Write use-cases for step tracking: permission check, version check, rules, change, history,
commit. Each function owns its transaction and raises DomainError subclasses."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rollout.domain import (DomainError, ItemStatus, StepStatus, StepValues,
                            apply_step_change, is_reopening, status_effective_on)
from rollout.history import record_event
from rollout.models import (Baseline, BaselineEntry, ChangeEvent, ChecklistItemState,
                            ChecklistItemTemplate, RolloutUnit, StepProgress, StepTemplate,
                            utcnow)
from rollout.permissions import Actor, require


class EditConflict(DomainError):
    """Someone saved the step after this user loaded it; nothing was overwritten."""

    def __init__(self, by: str, at: datetime | None, theirs: StepValues, version: int) -> None:
        super().__init__("steps.conflict", by=by)
        self.at = at
        self.theirs = theirs
        self.version = version


@dataclass(frozen=True)
class PlannedChange:
    """One field of one unit's step, before → after, as a bulk preview lists it."""
    progress_id: int
    version: int
    unit_id: int
    municipality: str
    field: str
    old: object
    new: object


def values_of(progress: StepProgress) -> StepValues:
    return StepValues(**{name: getattr(progress, name) for name in
                         (f.name for f in fields(StepValues))})


def update_step(session: Session, actor: Actor, progress_id: int, expected_version: int,
                wanted: StepValues, reason: str = "", today: date | None = None) -> StepProgress:
    """Save one unit's step as the user edited it, if nobody saved it in between."""
    require(actor.can_edit_steps())
    today = today or date.today()
    progress = _progress(session, progress_id)
    if progress.version != expected_version:
        raise _conflict(session, progress)
    _apply(session, actor, progress, wanted, reason, today)
    return _commit(session, progress)


def preview_bulk_update(session: Session, actor: Actor, unit_ids: list[int], position: int,
                        status: StepStatus | None = None, today: date | None = None,
                        **dates: date | None) -> list[PlannedChange]:
    """What setting a step's status and dates for many units would change; writes nothing.

    Only the given values change; a unit whose step would break a rule raises DomainError
    naming the municipality."""
    require(actor.can_edit_steps())
    today = today or date.today()
    changes = []
    for progress in _progress_rows(session, unit_ids, position):
        current = values_of(progress)
        wanted = replace(current, **{k: v for k, v in dates.items() if v is not None},
                         **({"status": status} if status else {}))
        new = _checked(current, wanted, today, progress, reason="")
        changes += [PlannedChange(progress.id, progress.version, progress.unit_id,
                                  progress.unit.municipality.name_fi, field,
                                  getattr(current, field), getattr(new, field))
                    for field in current.changed_fields(new)]
    return changes


def apply_bulk_update(session: Session, actor: Actor, changes: list[PlannedChange],
                      reason: str = "", today: date | None = None) -> int:
    """Apply a previewed bulk update in one transaction; refused whole if any step changed
    since the preview. Returns how many steps changed."""
    require(actor.can_edit_steps())
    today = today or date.today()
    by_progress: dict[int, list[PlannedChange]] = {}
    for change in changes:
        by_progress.setdefault(change.progress_id, []).append(change)
    for progress_id, planned in by_progress.items():
        progress = _progress(session, progress_id)
        if progress.version != planned[0].version:
            raise _conflict(session, progress)
        wanted = replace(values_of(progress), **{c.field: c.new for c in planned})
        _apply(session, actor, progress, wanted, reason, today)
    try:
        session.commit()
    except StaleDataError:
        session.rollback()
        raise DomainError("steps.conflict_bulk")
    return len(by_progress)


def freeze_baseline(session: Session, actor: Actor, programme_id: int, name: str) -> Baseline:
    """Keep the current plan (planned start and end of every step) under a name and date."""
    require(actor.can_edit_steps())
    name = name.strip()
    if not name:
        raise DomainError("baseline.needs_name")
    if session.scalar(select(Baseline).filter_by(programme_id=programme_id, name=name)):
        raise DomainError("baseline.exists", name=name)
    baseline = Baseline(programme_id=programme_id, name=name, created_by_id=actor.user_id)
    session.add(baseline)
    session.flush()
    rows = session.scalars(select(StepProgress).join(RolloutUnit).where(
        RolloutUnit.programme_id == programme_id))
    session.add_all(BaselineEntry(baseline_id=baseline.id, step_progress_id=row.id,
                                  planned_start=row.planned_start, planned_end=row.planned_end)
                    for row in rows)
    record_event(session, actor=actor, entity="baseline", entity_id=baseline.id, field="name",
                 old=None, new=name, effective_on=utcnow().date(), programme_id=programme_id)
    session.commit()
    return baseline


def _apply(session: Session, actor: Actor, progress: StepProgress, wanted: StepValues,
           reason: str, today: date) -> None:
    current = values_of(progress)
    new = _checked(current, wanted, today, progress, reason)
    reopening = is_reopening(current.status, new.status)
    changed = current.changed_fields(new)
    for field in changed:
        effective_on = (status_effective_on(new, today, reopening) if field == "status"
                        else today)
        record_event(session, actor=actor, entity="step_progress", entity_id=progress.id,
                     field=field, old=getattr(current, field), new=getattr(new, field),
                     effective_on=effective_on, programme_id=progress.unit.programme_id,
                     unit_id=progress.unit_id, step_id=progress.step_id,
                     reason=reason.strip() if field == "status" else "")
        setattr(progress, field, getattr(new, field))
    if changed:
        progress.updated_at = utcnow()
        progress.updated_by_id = actor.user_id


def _checked(current: StepValues, wanted: StepValues, today: date, progress: StepProgress,
             reason: str) -> StepValues:
    try:
        return apply_step_change(current, wanted, today, reason)
    except DomainError as error:
        raise DomainError(error.key, **error.params,
                          municipality=progress.unit.municipality.name_fi,
                          step=progress.step.position) from error


def _commit(session: Session, progress: StepProgress) -> StepProgress:
    try:
        session.commit()
    except StaleDataError:  # saved by someone else between our read and our write
        session.rollback()
        raise _conflict(session, _progress(session, progress.id))
    return progress


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


def _conflict(session: Session, progress: StepProgress) -> EditConflict:
    """Who saved the step last, when, and what it holds now."""
    last = _last_event(session, "step_progress", progress.id)
    return EditConflict(last.actor if last else "?", last.recorded_at if last else None,
                        values_of(progress), progress.version)


def _last_event(session: Session, entity: str, entity_id: int) -> ChangeEvent | None:
    return session.scalar(select(ChangeEvent).filter_by(entity=entity, entity_id=str(entity_id))
                          .order_by(ChangeEvent.id.desc()).limit(1))


@dataclass(frozen=True)
class ChecklistChange:
    """One readiness item as the user set it, with the version they loaded (None: untouched)."""
    item_id: int
    expected_version: int | None
    status: ItemStatus
    reason: str = ""
    evidence: str = ""


def save_checklist(session: Session, actor: Actor, unit_id: int,
                   changes: list[ChecklistChange]) -> int:
    """Tick a unit's readiness items (done, open, or not applicable with a reason), all or
    nothing. Leads may do this only for their own family centres. Returns how many changed."""
    unit = session.get(RolloutUnit, unit_id)
    require(unit is not None and actor.can_review_centre(unit.family_centre_id))
    for change in changes:
        _apply_item(session, actor, unit, change)
    try:
        session.commit()
    except StaleDataError:
        session.rollback()
        raise DomainError("checklist.conflict", by="?")
    return len(changes)


def _apply_item(session: Session, actor: Actor, unit: RolloutUnit,
                change: ChecklistChange) -> None:
    if change.status == ItemStatus.NOT_APPLICABLE and not change.reason.strip():
        raise DomainError("checklist.reason_needed")
    item = session.get(ChecklistItemTemplate, change.item_id)
    state = session.scalar(select(ChecklistItemState).filter_by(unit_id=unit.id,
                                                                item_id=change.item_id))
    if (state.version if state else None) != change.expected_version:
        last = _last_event(session, "checklist_item", state.id) if state else None
        raise DomainError("checklist.conflict", by=last.actor if last else "?")
    if state is None:
        state = ChecklistItemState(unit_id=unit.id, item_id=change.item_id)
        session.add(state)
        session.flush()
    wanted = {"status": change.status, "reason": change.reason.strip(),
              "evidence": change.evidence.strip()}
    for field, new in wanted.items():
        old = getattr(state, field)
        if old != new:
            record_event(session, actor=actor, entity="checklist_item", entity_id=state.id,
                         field=field, old=old, new=new, effective_on=date.today(),
                         programme_id=unit.programme_id, unit_id=unit.id,
                         step_id=item.step_id)
            setattr(state, field, new)
    state.updated_at, state.updated_by_id = utcnow(), actor.user_id

