"""Write use-cases of the organisation: family centre areas and family centres.

Areas and centres belong to a county, so programmes of the same county share them: an admin
of the current programme edits those of its counties, and the history records the change
under that programme. Nothing is deleted: an area or centre is retired (gone from choices
and figures, kept by the history) and may be restored."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import (FamilyCentre, FamilyCentreArea, ProgrammeRegion,
                            RolloutUnit, utcnow)
from rollout.permissions import Actor, require
from rollout.services.conflicts import (DatabaseBusy, EditConflict, committing, last_event,
                                        retried_when_busy, saved_by)
from rollout.services.locks import lock_rows
from rollout.text_rules import checked_text, clash

AREA = Entity.FAMILY_CENTRE_AREA
CENTRE = Entity.FAMILY_CENTRE
CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def programme_regions(session: Session, programme_id: int) -> set[int]:
    """The counties a programme covers (whose organisation its admins may edit)."""
    return set(session.scalars(select(ProgrammeRegion.region_id)
                               .filter_by(programme_id=programme_id)))


def _changed(session: Session, actor: Actor, programme_id: int, entity: Entity, entity_id: object,
             field: str, old: object, new: object, unit_id: int | None = None) -> None:
    record_event(session, actor=actor, entity=entity, entity_id=entity_id, field=field,
                 old=old, new=new, effective_on=date.today(), programme_id=programme_id,
                 unit_id=unit_id)


# Areas -------------------------------------------------------------------------------------

@retried_when_busy
def add_area(session: Session, actor: Actor, programme_id: int, region_id: int,
             name: str) -> FamilyCentreArea:
    """A new area of a county the programme covers; its name is new in the county."""
    require(actor.is_admin)
    if region_id not in programme_regions(session, programme_id):
        raise DomainError("organisation.other_county")
    name = _area_name(session, region_id, name)
    area = FamilyCentreArea(region_id=region_id, name=name)
    with committing(session, lambda: DomainError("organisation.area_exists", name=name),
                    recheck=lambda: _area_name(session, region_id, name)):
        session.add(area)
        session.flush()
        _changed(session, actor, programme_id, AREA, area.id, "org_name", None, name)
    return area


@retried_when_busy
def rename_area(session: Session, actor: Actor, programme_id: int, area_id: int,
                expected_version: int, name: str) -> FamilyCentreArea:
    """Rename an area, if nobody changed it since the user saw `expected_version`."""
    require(actor.is_admin)
    with committing(session, _area_conflict(session, area_id, expected_version),
                    recheck=lambda: _area_name(session, _area(session, programme_id,
                                                              area_id).region_id,
                                               name, area_id)):
        area = _area(session, programme_id, area_id, expected_version)
        name = _area_name(session, area.region_id, name, area.id)
        if name != area.name:
            _changed(session, actor, programme_id, AREA, area.id, "org_name", area.name, name)
            area.name = name
    return area


@retried_when_busy
def set_area_retired(session: Session, actor: Actor, programme_id: int, area_id: int,
                     expected_version: int, retired: bool) -> FamilyCentreArea:
    """Retire an area whose centres are all retired (it leaves choices and figures; the
    history keeps it), or restore it."""
    require(actor.is_admin)
    with committing(session, _area_conflict(session, area_id, expected_version)):
        lock_rows(session, {FamilyCentreArea: [area_id]})  # no centre added or moved in
        area = _area(session, programme_id, area_id, expected_version)
        if retired == (area.retired_at is not None):
            return area
        if retired:
            active = session.scalars(select(FamilyCentre.name).filter_by(
                area_id=area.id, retired_at=None).order_by(FamilyCentre.name)).all()
            if active:
                raise DomainError("organisation.area_has_centres", name=area.name,
                                  centres=", ".join(active), count=len(active))
        _changed(session, actor, programme_id, AREA, area.id, "org_retired",
                 area.retired_at is not None, retired)
        area.retired_at = utcnow() if retired else None
    return area


def _area(session: Session, programme_id: int, area_id: int,
          expected_version: int | None = None) -> FamilyCentreArea:
    area = session.get(FamilyCentreArea, area_id, populate_existing=True)
    if area is None or area.region_id not in programme_regions(session, programme_id):
        raise DomainError("organisation.unknown_area", area=area_id)
    if expected_version is not None and area.version != expected_version:
        raise _area_conflict(session, area_id, expected_version)()
    return area


def _area_name(session: Session, region_id: int, name: str, own_id: int | None = None) -> str:
    name = checked_text(name, "org_name", FamilyCentreArea.name)
    if not name:
        raise DomainError("organisation.name_needed", field="org_name")
    same = clash(session.scalars(select(FamilyCentreArea).where(
        FamilyCentreArea.region_id == region_id, FamilyCentreArea.id != (own_id or 0))), name)
    if same is not None:
        raise DomainError("organisation.area_exists_retired" if same.retired_at
                          else "organisation.area_exists", name=name)
    return name


def _area_conflict(session: Session, area_id: int,
                   expected_version: int) -> Callable[[], DomainError]:
    def conflict() -> DomainError:
        area = session.get(FamilyCentreArea, area_id, populate_existing=True)
        if area is None or area.version == expected_version:
            return DomainError("error.not_saved")
        by, at = saved_by(last_event(session, AREA, area_id))
        return EditConflict("organisation.conflict", by=by, at=at, version=area.version,
                            theirs=area_values(area), name=area.name)
    return conflict


def area_values(area: FamilyCentreArea) -> dict[str, object]:
    """An area as its form shows it."""
    return {"name": area.name, "retired": area.retired_at is not None}


# Family centres ----------------------------------------------------------------------------

@retried_when_busy
def add_centre(session: Session, actor: Actor, programme_id: int, area_id: int, name: str,
               name_sv: str = "", code: str = "") -> FamilyCentre:
    """A new family centre in an active area; its code is generated from the name unless
    given, and its name is new in the county."""
    require(actor.is_admin)
    area = _area(session, programme_id, area_id)
    name, name_sv = _centre_names(session, area.region_id, name, name_sv)
    given, code = code, _centre_code(session, code, name)
    centre = FamilyCentre(area_id=area.id, region_id=area.region_id, code=code, name=name,
                          name_sv=name_sv)

    def recheck() -> None:
        _centre_names(session, area.region_id, name, name_sv)
        if not given.strip():  # a code made from the name, taken meanwhile: make another
            raise DatabaseBusy()
        _centre_code(session, given, name)
    with committing(session, lambda: DomainError("organisation.code_exists", code=code),
                    recheck=recheck):
        lock_rows(session, {FamilyCentreArea: [area_id]})  # the area is not retired meanwhile
        if _area(session, programme_id, area_id).retired_at is not None:
            raise DomainError("organisation.area_retired", name=area.name)
        session.add(centre)
        session.flush()
        for field, value in (("org_name", name), ("org_name_sv", name_sv),
                             ("org_area", area.name)):
            if value:
                _changed(session, actor, programme_id, CENTRE, centre.code, field, None, value)
    return centre


@retried_when_busy
def update_centre(session: Session, actor: Actor, programme_id: int, centre_id: int,
                  expected_version: int, name: str, name_sv: str,
                  area_id: int) -> FamilyCentre:
    """Rename a centre (Finnish and Swedish) and move it to another active area of its
    county, with all its units; each changed field is one history event."""
    require(actor.is_admin)
    with committing(session, _centre_conflict(session, centre_id, expected_version),
                    recheck=lambda: _centre_names(session, _centre(
                        session, programme_id, centre_id).region_id, name, name_sv, centre_id)):
        lock_rows(session, {FamilyCentreArea: [_area_of(session, centre_id), area_id],
                            FamilyCentre: [centre_id]})
        centre = _centre(session, programme_id, centre_id, expected_version)
        region_id = centre.area.region_id
        name, name_sv = _centre_names(session, region_id, name, name_sv, centre.id)
        area = centre.area if area_id == centre.area_id else _area(session, programme_id,
                                                                   area_id)
        if area.region_id != region_id:
            raise DomainError("organisation.other_county")
        if area.retired_at is not None and area.id != centre.area_id:
            raise DomainError("organisation.area_retired", name=area.name)
        for field, old, new in (("org_name", centre.name, name),
                                ("org_name_sv", centre.name_sv, name_sv),
                                ("org_area", centre.area.name, area.name)):
            if old != new:
                _changed(session, actor, programme_id, CENTRE, centre.code, field, old, new)
        centre.name, centre.name_sv, centre.area = name, name_sv, area
    return centre


@retried_when_busy
def set_centre_retired(session: Session, actor: Actor, programme_id: int, centre_id: int,
                       expected_version: int, retired: bool) -> FamilyCentre:
    """Retire a centre that serves no unit in any programme (move its units first), or
    restore it into an active area."""
    require(actor.is_admin)
    with committing(session, _centre_conflict(session, centre_id, expected_version)):
        # no unit is moved in, nor the area retired, meanwhile
        lock_rows(session, {FamilyCentreArea: [_area_of(session, centre_id)],
                            FamilyCentre: [centre_id]})
        centre = _centre(session, programme_id, centre_id, expected_version)
        if retired == (centre.retired_at is not None):
            return centre
        if retired:
            units = session.scalar(select(func.count()).select_from(RolloutUnit)
                                   .filter_by(family_centre_id=centre.id))
            if units:
                raise DomainError("organisation.centre_has_units", name=centre.name,
                                  count=units)
        elif centre.area.retired_at is not None:
            raise DomainError("organisation.area_retired", name=centre.area.name)
        _changed(session, actor, programme_id, CENTRE, centre.code, "org_retired",
                 centre.retired_at is not None, retired)
        centre.retired_at = utcnow() if retired else None
    return centre


def _area_of(session: Session, centre_id: int) -> int | None:
    return session.scalar(select(FamilyCentre.area_id).filter_by(id=centre_id))


def centre_in_programme(session: Session, programme_id: int, centre_id: int) -> FamilyCentre:
    """A centre of the programme's counties; refused when there is none."""
    return _centre(session, programme_id, centre_id)


def _centre(session: Session, programme_id: int, centre_id: int,
            expected_version: int | None = None) -> FamilyCentre:
    centre = session.get(FamilyCentre, centre_id, populate_existing=True)
    if centre is None or centre.area.region_id not in programme_regions(session,
                                                                        programme_id):
        raise DomainError("organisation.unknown_centre", centre=centre_id)
    if expected_version is not None and centre.version != expected_version:
        raise _centre_conflict(session, centre_id, expected_version)()
    return centre


def _centre_names(session: Session, region_id: int, name: str, name_sv: str,
                  own_id: int | None = None) -> tuple[str, str]:
    name = checked_text(name, "org_name", FamilyCentre.name)
    name_sv = checked_text(name_sv, "org_name_sv", FamilyCentre.name_sv)
    if not name:
        raise DomainError("organisation.name_needed", field="org_name")
    same = clash(session.scalars(select(FamilyCentre).where(
        FamilyCentre.region_id == region_id, FamilyCentre.id != (own_id or 0))), name)
    if same is not None:
        raise DomainError("organisation.centre_exists_retired" if same.retired_at
                          else "organisation.centre_exists", name=name)
    return name, name_sv


def _centre_code(session: Session, code: str, name: str) -> str:
    """The code given (checked, new) or one made from the name: "Lakeuden perhekeskus" →
    "lakeuden-perhekeskus", with a number added when taken."""
    code = (code or "").strip().lower()
    taken = set(session.scalars(select(FamilyCentre.code)))
    if code:
        if not CODE_PATTERN.match(code):
            raise DomainError("organisation.bad_code", code=code)
        if code in taken:
            raise DomainError("organisation.code_exists", code=code)
        return code
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:34] or "centre"
    candidates = (base if number == 1 else f"{base}-{number}" for number in range(1, 1000))
    return next(candidate for candidate in candidates if candidate not in taken)


def _centre_conflict(session: Session, centre_id: int,
                     expected_version: int) -> Callable[[], DomainError]:
    def conflict() -> DomainError:
        centre = session.get(FamilyCentre, centre_id, populate_existing=True)
        if centre is None or centre.version == expected_version:
            return DomainError("error.not_saved")
        by, at = saved_by(last_event(session, CENTRE, centre.code))
        return EditConflict("organisation.conflict", by=by, at=at, version=centre.version,
                            theirs=centre_values(centre), name=centre.name)
    return conflict


def centre_values(centre: FamilyCentre) -> dict[str, object]:
    """A centre as its form shows it."""
    return {"name": centre.name, "name_sv": centre.name_sv, "area_id": centre.area_id,
            "retired": centre.retired_at is not None}

