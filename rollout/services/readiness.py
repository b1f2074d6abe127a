"""Readiness checklists: a unit's items ticked done, open or not applicable, all or nothing,
by the lead of the unit's family centre (or an admin), never overwriting another's save; an
item set for every municipality of a centre at once; and the lead's sign-off of a step."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity, ItemStatus, check_item_answer
from rollout.history import record_event
from rollout.models import (ReadinessItemState, ReadinessItemTemplate, RolloutUnit,
                            StepTemplate, utcnow)
from rollout.permissions import Actor, require
from rollout.services.conflicts import EditConflict, committing, last_event, saved_by
from rollout.text_rules import checked_text


ITEM_FIELDS = ("status", "reason", "evidence", "evidence_link")


@dataclass(frozen=True)
class ItemValues:
    """What a unit's readiness item holds: its status, the reason it does not apply, and the
    evidence (a note and/or a link)."""
    status: ItemStatus = ItemStatus.OPEN
    reason: str = ""
    evidence: str = ""
    evidence_link: str = ""

    def cleaned(self) -> ItemValues:
        """Stripped, and refused (naming the field) when a text cannot be stored."""
        return ItemValues(
            ItemStatus(self.status),
            checked_text(self.reason, "reason", ReadinessItemState.reason, multiline=True),
            checked_text(self.evidence, "evidence", ReadinessItemState.evidence,
                         multiline=True),
            checked_text(self.evidence_link, "evidence_link", ReadinessItemState.evidence_link))


@dataclass(frozen=True)
class ReadinessChange:
    """One readiness item as the user set it, with the version they loaded (None: untouched)."""
    item_id: int
    expected_version: int | None
    status: ItemStatus
    reason: str = ""
    evidence: str = ""
    evidence_link: str = ""

    @property
    def values(self) -> ItemValues:
        return ItemValues(self.status, self.reason, self.evidence, self.evidence_link).cleaned()


def save_readiness(session: Session, actor: Actor, unit_id: int,
                   changes: list[ReadinessChange]) -> int:
    """Tick a unit's readiness items (done, open, or not applicable with a reason), all or
    nothing. Leads may do this only for their own family centres. Returns how many changed;
    an item saved with the values it already holds changes nothing, not even its version."""
    unit = _reviewed_unit(session, actor, unit_id)
    with committing(session, lambda: _readiness_conflict(session, unit, changes)):
        changed = [change for change in changes if _apply_item(session, actor, unit, change)]
    return len(changed)


@dataclass(frozen=True)
class PlannedItemChange:
    """One unit's readiness item before → after, as a centre-wide preview lists it."""
    unit_id: int
    item_id: int
    expected_version: int | None
    old: ItemValues
    new: ItemValues


def preview_centre_update(session: Session, actor: Actor, unit_ids: list[int],
                          item_ids: list[int], values: ItemValues) -> list[PlannedItemChange]:
    """What setting these items to `values` for every given unit (e.g. all municipalities of a
    centre) would change; writes nothing. A unit the actor may not review is refused."""
    values = values.cleaned()
    check_item_answer(values.status, values.reason)
    planned = []
    for unit_id in unit_ids:
        unit = _reviewed_unit(session, actor, unit_id)
        for item_id in item_ids:
            _item_of_programme(session, item_id, unit.programme_id)
        now = _states(session, unit_id, item_ids)
        planned += [PlannedItemChange(unit_id, item_id, *now[item_id], values)
                    for item_id in item_ids if now[item_id][1] != values]
    return planned


def apply_centre_update(session: Session, actor: Actor,
                        changes: list[PlannedItemChange]) -> int:
    """Save a previewed centre-wide update in one transaction, every unit or none; refused
    whole, naming who saved, if any item changed since the preview. Returns how many items
    changed."""
    by_unit = _by_unit(changes)
    units = {unit_id: _reviewed_unit(session, actor, unit_id) for unit_id in by_unit}

    def conflict() -> DomainError:  # the first unit whose items moved on, named
        refusals = [_readiness_conflict(session, units[unit_id], unit_changes)
                    for unit_id, unit_changes in by_unit.items()]
        return next((r for r in refusals if isinstance(r, EditConflict)), refusals[0])

    with committing(session, conflict):
        apply_planned_items(session, actor, changes)
    return len(changes)


def apply_planned_items(session: Session, actor: Actor,
                        changes: list[PlannedItemChange]) -> int:
    """apply_centre_update without the commit, for a caller that owns the transaction (the
    workbook import saves steps and figures in the same one); each unit's items are checked
    as a save checks them (permission, version, a reason for not applicable). Returns how
    many items changed."""
    changed = 0
    for unit_id, unit_changes in _by_unit(changes).items():
        unit = _reviewed_unit(session, actor, unit_id)
        changed += sum(_apply_item(session, actor, unit, change) for change in unit_changes)
    return changed


def preview_item_edit(session: Session, actor: Actor, unit_id: int, item_id: int,
                      expected_version: int | None, wanted: ItemValues) -> PlannedItemChange:
    """What saving one unit's item as `wanted` would change; writes nothing. Raises the
    refusal a save would: no permission, a newer version (EditConflict), an unknown item,
    a text that cannot be stored, not applicable without a reason."""
    unit = _reviewed_unit(session, actor, unit_id)
    _item_of_programme(session, item_id, unit.programme_id)
    version, current = _states(session, unit_id, [item_id])[item_id]
    change = ReadinessChange(item_id, expected_version, **vars(wanted))
    if version != expected_version:
        raise _readiness_conflict(session, unit, [change])
    values = change.values
    check_item_answer(values.status, values.reason, field="reason")
    return PlannedItemChange(unit_id, item_id, version, current, values)


def _by_unit(changes: list[PlannedItemChange]) -> dict[int, list[ReadinessChange]]:
    by_unit: dict[int, list[ReadinessChange]] = {}
    for change in changes:
        by_unit.setdefault(change.unit_id, []).append(ReadinessChange(
            change.item_id, change.expected_version, **vars(change.new)))
    return by_unit


def readiness_version(versions: list[tuple[int, int | None]]) -> tuple:
    """The version of a step's checklist for one unit, as screens and conflicts state it:
    (item id, item version or None when never saved) of every item, in the step's order."""
    return tuple((int(item_id), None if version is None else int(version))
                 for item_id, version in versions)


def _step_items_now(session: Session, unit_id: int, item_ids: list[int]
                    ) -> tuple[tuple, dict[int, ItemValues]]:
    """Checklist version and values, as they stand now, of every item of the steps that the
    given items belong to."""
    steps = select(ReadinessItemTemplate.step_id).where(ReadinessItemTemplate.id.in_(item_ids))
    rows = session.execute(
        select(ReadinessItemTemplate.id, ReadinessItemState)
        .join(StepTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
        .outerjoin(ReadinessItemState, (ReadinessItemState.item_id == ReadinessItemTemplate.id)
                   & (ReadinessItemState.unit_id == unit_id))
        .where(ReadinessItemTemplate.step_id.in_(steps),
               ReadinessItemTemplate.retired_at.is_(None))
        .order_by(StepTemplate.position, ReadinessItemTemplate.position)
        .execution_options(populate_existing=True)).all()
    version = readiness_version([(item_id, state.version if state else None)
                                 for item_id, state in rows])
    return version, {item_id: _values_of(state) if state else ItemValues()
                     for item_id, state in rows}


def _reviewed_unit(session: Session, actor: Actor, unit_id: int) -> RolloutUnit:
    unit = session.get(RolloutUnit, unit_id)
    require(unit is not None and actor.can_review_centre(unit.family_centre_id))
    assert unit is not None  # require() refused it otherwise
    return unit


def _states(session: Session, unit_id: int, item_ids: list[int]
            ) -> dict[int, tuple[int | None, ItemValues]]:
    """Version and values of some of a unit's items (None and open when never touched)."""
    states = {state.item_id: state for state in session.scalars(
        select(ReadinessItemState).where(ReadinessItemState.unit_id == unit_id,
                                         ReadinessItemState.item_id.in_(item_ids)))}
    return {item_id: (states[item_id].version, _values_of(states[item_id]))
            if item_id in states else (None, ItemValues()) for item_id in item_ids}


def _apply_item(session: Session, actor: Actor, unit: RolloutUnit,
                change: ReadinessChange) -> bool:
    wanted = change.values
    check_item_answer(wanted.status, wanted.reason)
    item = _item_of_programme(session, change.item_id, unit.programme_id)
    state = session.scalar(select(ReadinessItemState).filter_by(unit_id=unit.id,
                                                                item_id=item.id))
    if (state.version if state else None) != change.expected_version:
        raise _readiness_conflict(session, unit, [change])
    current = _values_of(state) if state else ItemValues()
    if wanted == current:
        return False
    if state is None:
        state = ReadinessItemState(unit_id=unit.id, item_id=item.id)
        session.add(state)
        session.flush()  # a first save racing another's meets the unique key here
    for field in ITEM_FIELDS:
        old, new = getattr(current, field), getattr(wanted, field)
        if old != new:
            record_event(session, actor=actor, entity=Entity.READINESS_ITEM, entity_id=state.id,
                         field=field, old=old, new=new, effective_on=date.today(),
                         programme_id=unit.programme_id, unit_id=unit.id,
                         step_id=item.step_id)
            setattr(state, field, new)
    state.updated_at, state.updated_by_id = utcnow(), actor.user_id
    state.updated_by_name = actor.name
    return True


def _item_of_programme(session: Session, item_id: int, programme_id: int
                       ) -> ReadinessItemTemplate:
    item = session.scalar(select(ReadinessItemTemplate).join(StepTemplate).where(
        ReadinessItemTemplate.id == item_id, StepTemplate.programme_id == programme_id))
    if item is None:
        raise DomainError("checklist.unknown_item", item=item_id)
    if item.retired_at is not None:  # a form opened before the item was retired
        raise DomainError("checklist.item_retired", item=item.text_fi)
    return item


def _values_of(state: ReadinessItemState) -> ItemValues:
    return ItemValues(ItemStatus(state.status), state.reason, state.evidence,
                      state.evidence_link)


def _readiness_conflict(session: Session, unit: RolloutUnit,
                        changes: list[ReadinessChange]) -> DomainError:
    """Name who saved the first item that moved on since the user loaded it; the conflict's
    version and `theirs` ({item id: values}) are those of the whole step's checklist now."""
    version, theirs = _step_items_now(session, unit.id, [c.item_id for c in changes])
    versions = dict(version)
    for change in changes:
        if versions.get(change.item_id) != change.expected_version:
            state_id = session.scalar(select(ReadinessItemState.id).filter_by(
                unit_id=unit.id, item_id=change.item_id))
            by, at = saved_by(last_event(session, Entity.READINESS_ITEM, state_id))
            return EditConflict("checklist.conflict", by=by, at=at, version=version,
                                theirs=theirs)
    return DomainError("checklist.conflict_unknown")
