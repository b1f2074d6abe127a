"""Write use-cases of a programme's rollout units: a municipality assigned to a family centre
(a new unit, every step not started, readiness open), and a unit moved to another centre
with its steps, readiness, sign-offs and history (it keeps its id)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import FamilyCentre, Municipality, RolloutUnit, StepProgress, StepTemplate
from rollout.permissions import Actor, require
from rollout.services.conflicts import (EditConflict, committing, last_event,
                                        retried_when_busy, saved_by)
from rollout.services.locks import lock_rows
from rollout.services.organisation import centre_in_programme, programme_regions

UNIT = Entity.ROLLOUT_UNIT
FIELD = "org_centre"  # the history's field of a unit's centre (values are centre codes)


@retried_when_busy
def assign_municipality(session: Session, actor: Actor, programme_id: int, centre_id: int,
                        municipality_code: str) -> RolloutUnit:
    """A new unit: the municipality (of the programme's counties) served by an active
    centre of its county. Two centres may share a municipality; the same centre twice is
    refused."""
    require(actor.is_admin)
    municipality = _municipality(session, programme_id, municipality_code)
    centre = _usable_centre(session, programme_id, centre_id, municipality)
    with committing(session, lambda: DomainError("organisation.already_in_centre",
                                                 municipality=municipality.names,
                                                 centre=centre.name)):
        _lock_the_move(session, programme_id, municipality.code, [centre_id])
        centre = _usable_centre(session, programme_id, centre_id, municipality)
        _not_yet_served(session, programme_id, centre, municipality)
        unit = RolloutUnit(programme_id=programme_id, family_centre_id=centre.id,
                           municipality_code=municipality.code)
        session.add(unit)
        session.flush()
        steps = session.scalars(select(StepTemplate.id).filter_by(programme_id=programme_id)
                                .order_by(StepTemplate.position))
        session.add_all(StepProgress(unit_id=unit.id, step_id=step_id) for step_id in steps)
        record_event(session, actor=actor, entity=UNIT, entity_id=unit.id, field=FIELD,
                     old=None, new=centre.code, effective_on=date.today(),
                     programme_id=programme_id, unit_id=unit.id)
    return unit


@retried_when_busy
def move_unit(session: Session, actor: Actor, programme_id: int, unit_id: int,
              expected_version: int, centre_id: int) -> RolloutUnit:
    """Move a unit to another active centre of its county, keeping its id, steps,
    readiness, sign-offs and history; the history says from which centre to which."""
    require(actor.is_admin)
    with committing(session, _unit_conflict(session, unit_id, expected_version)):
        unit = session.get(RolloutUnit, unit_id, populate_existing=True)
        if unit is None or unit.programme_id != programme_id:
            raise DomainError("organisation.unknown_unit", unit=unit_id)
        _lock_the_move(session, programme_id, unit.municipality_code,
                       [unit.family_centre_id, centre_id])
        session.refresh(unit)
        if unit.version != expected_version:
            raise _unit_conflict(session, unit_id, expected_version)()
        if centre_id == unit.family_centre_id:
            raise DomainError("organisation.same_centre", centre=unit.family_centre.name)
        centre = _usable_centre(session, programme_id, centre_id, unit.municipality)
        _not_yet_served(session, programme_id, centre, unit.municipality)
        record_event(session, actor=actor, entity=UNIT, entity_id=unit.id, field=FIELD,
                     old=unit.family_centre.code, new=centre.code, effective_on=date.today(),
                     programme_id=programme_id, unit_id=unit.id)
        unit.family_centre = centre
    return unit


def _lock_the_move(session: Session, programme_id: int, municipality_code: str,
                   centre_ids: list[int]) -> None:
    """Lock, in the one fixed order, the centres a unit leaves or joins (none is retired
    meanwhile) and the programme's units of the municipality: their (centre, municipality)
    keys are what two moves could swap, which would otherwise deadlock on the unique key."""
    units = session.scalars(select(RolloutUnit.id).filter_by(
        programme_id=programme_id, municipality_code=municipality_code)).all()
    lock_rows(session, {FamilyCentre: centre_ids, RolloutUnit: units})


def _municipality(session: Session, programme_id: int, code: str) -> Municipality:
    municipality = session.get(Municipality, str(code))
    if municipality is None or municipality.region_id not in programme_regions(session,
                                                                              programme_id):
        raise DomainError("organisation.unknown_municipality", code=code)
    return municipality


def _usable_centre(session: Session, programme_id: int, centre_id: int,
                   municipality: Municipality) -> FamilyCentre:
    centre = centre_in_programme(session, programme_id, centre_id)
    if centre.retired_at is not None or centre.area.retired_at is not None:
        raise DomainError("organisation.centre_retired", centre=centre.name)
    if centre.area.region_id != municipality.region_id:
        raise DomainError("organisation.other_county")
    return centre


def _not_yet_served(session: Session, programme_id: int, centre: FamilyCentre,
                    municipality: Municipality) -> None:
    if session.scalar(select(RolloutUnit.id).filter_by(
            programme_id=programme_id, family_centre_id=centre.id,
            municipality_code=municipality.code)) is not None:
        raise DomainError("organisation.already_in_centre", municipality=municipality.names,
                          centre=centre.name)


def _unit_conflict(session: Session, unit_id: int,
                   expected_version: int) -> Callable[[], DomainError]:
    def conflict() -> DomainError:
        unit = session.get(RolloutUnit, unit_id, populate_existing=True)
        if unit is None or unit.version == expected_version:
            return DomainError("error.not_saved")
        by, at = saved_by(last_event(session, UNIT, unit_id))
        return EditConflict("organisation.unit_conflict", by=by, at=at, version=unit.version,
                            theirs={"centre_id": unit.family_centre_id},
                            municipality=unit.municipality.names,
                            centre=unit.family_centre.name)
    return conflict
