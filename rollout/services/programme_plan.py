"""What creating a programme from a template would make, checked before anything is written:
the rules (admin-only in the template programme, a free and valid slug, a known county no
real programme covers yet, every municipality in one named centre) and the preview (areas,
centres, units, steps and items to be created)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.counties import counties
from rollout.domain import DomainError, Role
from rollout.models import (ReadinessItemTemplate, FamilyCentre, FamilyCentreArea,
                            Municipality, Programme, ProgrammeRegion, Region, RoleAssignment,
                            RolloutUnit, StepTemplate, User)
from rollout.permissions import Actor, require
from rollout.text_rules import checked_text, clash

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_LENGTH = 40  # the history names a programme by its slug (entity_id holds 40)


@dataclass(frozen=True)
class Placement:
    """Where a municipality of another county goes: its family centre and the centre's area,
    by name (a name used twice is one centre, or one area)."""
    municipality_code: str
    area: str
    centre: str


@dataclass(frozen=True)
class NewProgramme:
    """What the admin asks for. Without `county` the programme is for the template's county
    (a new service); with it, for that county, its municipalities placed as `placements`
    say (none given: one area and one centre per municipality)."""
    template: str
    slug: str
    name: str
    county: str | None = None
    placements: tuple[Placement, ...] = ()


@dataclass(frozen=True)
class PlannedUnit:
    municipality_code: str
    municipality: str
    area: str
    centre: str
    centre_id: int | None = None  # an existing centre (same county); None: created
    municipality_sv: str = ""


@dataclass(frozen=True)
class ProgrammePlan:
    """What creating the programme will write; nothing of the template changes."""
    slug: str
    name: str
    template_id: int
    template_name: str
    is_synthetic: bool
    county: str | None
    region_names: tuple[str, ...]
    new_municipalities: tuple[str, ...]
    areas: tuple[str, ...]
    centres: tuple[tuple[str, str], ...]  # (centre, its area) to be created
    units: tuple[PlannedUnit, ...]
    steps: int
    items: int
    admins: tuple[int, ...] = field(default=())  # user ids who get the admin role


def default_centre_name(municipality: str) -> str:
    return f"{municipality} – perhekeskus"


def default_placements(county: str) -> tuple[Placement, ...]:
    """One area (named after the municipality) and one family centre per municipality."""
    rows = counties().get(county, [])
    return tuple(Placement(row["code"], row["name_fi"], default_centre_name(row["name_fi"]))
                 for row in sorted(rows, key=lambda row: row["name_fi"]))


def plan_programme(session: Session, actor: Actor, request: NewProgramme) -> ProgrammePlan:
    """The programme `request` would create, or a DomainError naming the first rule it breaks;
    writes nothing."""
    template = session.scalar(select(Programme).filter_by(slug=request.template.strip()))
    if template is None:
        raise DomainError("programmes.unknown_template", slug=request.template,
                          known=", ".join(session.scalars(select(Programme.slug)
                                                          .order_by(Programme.slug))))
    admins = _admins(session, actor, template.id)
    slug, name = _checked_identity(session, request.slug, request.name)
    steps = session.scalars(select(StepTemplate.id).filter_by(programme_id=template.id)).all()
    items = session.scalar(select(func.count()).select_from(ReadinessItemTemplate).where(
        ReadinessItemTemplate.step_id.in_(steps), ReadinessItemTemplate.retired_at.is_(None)))
    common = dict(slug=slug, name=name, template_id=template.id, template_name=template.name,
                  is_synthetic=template.is_synthetic, steps=len(steps), items=items,
                  admins=admins)
    if request.county is None:
        return ProgrammePlan(county=None, region_names=_region_names(session, template.id),
                             new_municipalities=(), areas=(), centres=(),
                             units=_template_units(session, template.id), **common)
    return _other_county(session, request, common)


def _admins(session: Session, actor: Actor, template_id: int) -> tuple[int, ...]:
    """Refused unless the actor is an admin of the template programme (the command line
    acts as admin); returns who gets the admin role in the new programme: the template's
    active admins and the actor."""
    require(actor.is_admin)
    admins = set(session.scalars(select(RoleAssignment.user_id).join(
        User, User.id == RoleAssignment.user_id).where(
        RoleAssignment.programme_id == template_id, RoleAssignment.role == Role.ADMIN,
        User.is_active.is_(True))))
    if actor.user_id is not None:
        require(actor.user_id in admins)
    return tuple(sorted(admins))


def _checked_identity(session: Session, slug: str, name: str) -> tuple[str, str]:
    slug = (slug or "").strip()
    if not (SLUG_PATTERN.match(slug) and len(slug) <= SLUG_LENGTH):
        raise DomainError("programmes.bad_slug", slug=slug, limit=SLUG_LENGTH)
    if session.scalar(select(Programme.id).filter_by(slug=slug)) is not None:
        raise DomainError("programmes.slug_exists", slug=slug)
    name = checked_text(name, "name", Programme.name)
    if not name:
        raise DomainError("programmes.name_needed")
    if clash(session.scalars(select(Programme.name)), name) is not None:
        raise DomainError("programmes.name_exists", name=name)
    return slug, name


def _region_names(session: Session, programme_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(select(Region.name).join(
        ProgrammeRegion, ProgrammeRegion.region_id == Region.id).where(
        ProgrammeRegion.programme_id == programme_id).order_by(Region.name)))


def _template_units(session: Session, programme_id: int) -> tuple[PlannedUnit, ...]:
    rows = session.execute(
        select(Municipality.code, Municipality.name_fi, FamilyCentreArea.name,
               FamilyCentre.name, FamilyCentre.id, Municipality.name_sv)
        .join(RolloutUnit, RolloutUnit.municipality_code == Municipality.code)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(FamilyCentreArea.name, FamilyCentre.name, Municipality.name_fi))
    return tuple(PlannedUnit(*row) for row in rows)


def _other_county(session: Session, request: NewProgramme, common: dict) -> ProgrammePlan:
    county = (request.county or "").strip().upper()
    rows = counties().get(county)
    if rows is None:
        raise DomainError("programmes.unknown_county", county=request.county,
                          known=", ".join(sorted(counties())))
    _not_covered(session, county)
    names = {row["code"]: row["name_fi"] for row in rows}
    placements = request.placements or default_placements(county)
    units = _placed_units(placements, names, {row["code"]: row["name_sv"] for row in rows})
    region = session.scalar(select(Region).filter_by(code=county))
    areas = tuple(dict.fromkeys(unit.area for unit in units))
    centres = tuple(dict.fromkeys(unit.centre for unit in units))
    _new_names(session, region, areas, centres)
    known = set(session.scalars(select(Municipality.code).where(
        Municipality.code.in_(list(names)))))
    return ProgrammePlan(
        county=county, region_names=(rows[0]["county_fi"],),
        new_municipalities=tuple(code for code in sorted(names) if code not in known),
        areas=areas, centres=tuple(dict.fromkeys((unit.centre, unit.area) for unit in units)),
        units=units, **common)


def _new_names(session: Session, region: Region | None, areas: tuple[str, ...],
               centres: tuple[str, ...]) -> None:
    """The areas and centres to create are new in the county and differ from each other by
    more than case (names are unique within a county whatever their case)."""
    for names in (areas, centres):
        for index, name in enumerate(names):
            twin = clash(names[:index], name)
            if twin is not None:
                raise DomainError("programmes.names_differ_in_case", first=twin, second=name)
    if region is None:
        return
    for area in areas:
        if clash(session.scalars(select(FamilyCentreArea.name).filter_by(
                region_id=region.id)), area):
            raise DomainError("programmes.area_exists", area=area)
    for centre in centres:
        if clash(session.scalars(select(FamilyCentre.name).filter_by(
                region_id=region.id)), centre):
            raise DomainError("programmes.centre_exists", centre=centre)


def _not_covered(session: Session, county: str) -> None:
    """Refused when a real programme already covers the county: a new service there is made
    from that programme (its units and centres), without a county."""
    covering = session.scalar(
        select(Programme.slug).join(ProgrammeRegion, ProgrammeRegion.programme_id == Programme.id)
        .join(Region, ProgrammeRegion.region_id == Region.id)
        .where(Region.code == county, Programme.is_synthetic.is_(False))
        .order_by(Programme.id).limit(1))
    if covering is not None:
        raise DomainError("programmes.county_covered", county=county, slug=covering)


def _placed_units(placements: tuple[Placement, ...], names: dict[str, str],
                  names_sv: dict[str, str]) -> tuple[PlannedUnit, ...]:
    """Every municipality of the county exactly once, in a named centre of a named area; a
    centre in one area only."""
    units, area_of = {}, {}
    for placement in placements:
        code = placement.municipality_code
        if code not in names:
            raise DomainError("programmes.not_in_county", code=code)
        if code in units:
            raise DomainError("programmes.placed_twice", municipality=names[code])
        area = checked_text(placement.area, "new_area", FamilyCentreArea.name)
        centre = checked_text(placement.centre, "new_centre", FamilyCentre.name)
        if not (area and centre):
            raise DomainError("programmes.placement_needed", municipality=names[code])
        if area_of.setdefault(centre, area) != area:
            raise DomainError("programmes.centre_in_two_areas", centre=centre,
                              area=area_of[centre], other=area)
        units[code] = PlannedUnit(code, names[code], area, centre, None, names_sv[code])
    missing = [names[code] for code in names if code not in units]
    if missing:
        raise DomainError("programmes.placement_needed", municipality=", ".join(sorted(missing)))
    return tuple(sorted(units.values(), key=lambda unit: (unit.area, unit.centre,
                                                           unit.municipality)))
