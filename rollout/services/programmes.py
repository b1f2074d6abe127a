"""Create a programme from another as template: the same county (a new service: the same
units, fresh steps) or another county (its municipalities from the bundled data file, the
areas and family centres the admin named). Steps and checklist items are copied (texts,
positions, required), never their states, history or baselines; nothing of the template
changes. Every creation is a history event of the new programme."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.counties import counties, ensure_counties
from rollout.domain import DomainError, Entity, Role
from rollout.history import record_event
from rollout.models import (ReadinessItemTemplate, FamilyCentre, FamilyCentreArea,
                            Municipality, Programme, ProgrammeRegion, RoleAssignment,
                            RolloutUnit, StepProgress, StepTemplate, User)
from rollout.permissions import Actor
from rollout.services.conflicts import committing
from rollout.services.programme_plan import (NewProgramme, ProgrammePlan, default_centre_name,
                                             plan_programme)

STEP_FIELDS = ("position", "name_fi", "name_sv", "name_en", "description_fi",
               "description_sv", "description_en", "marks_go_live")
ITEM_FIELDS = ("position", "required", "text_fi", "text_sv", "text_en")


@dataclass(frozen=True)
class CreatedProgramme:
    programme_id: int
    plan: ProgrammePlan


def create_programme(session: Session, actor: Actor, request: NewProgramme) -> CreatedProgramme:
    """Create the programme `request` asks for (as plan_programme previews it), all or
    nothing; returns its id and what was created."""
    plan = plan_programme(session, actor, request)
    with committing(session, lambda: _refusal(session, plan)):
        programme = Programme(slug=plan.slug, name=plan.name, template_id=plan.template_id,
                              is_synthetic=plan.is_synthetic)
        session.add(programme)
        session.flush()
        log = _Log(session, actor, programme)
        log("created", plan.name, reason=plan.template_name)
        log("from_template", plan.template_name)
        region_ids = _regions(session, plan, log)
        session.add_all(ProgrammeRegion(programme_id=programme.id, region_id=region_id)
                        for region_id in region_ids)
        steps = _copy_steps(session, plan.template_id, programme.id)
        centre_ids = _organisation(session, plan, region_ids, log)
        _units(session, plan, programme.id, centre_ids, steps, log)
        _grant_admins(session, actor, plan, programme.id)
    return CreatedProgramme(programme.id, plan)


def _refusal(session: Session, plan: ProgrammePlan) -> DomainError:
    """Someone created a programme (or an area) of the same name at the same moment."""
    if session.scalar(select(Programme.id).filter_by(slug=plan.slug)) is not None:
        return DomainError("programmes.slug_exists", slug=plan.slug)
    return DomainError("error.not_saved")


class _Log:
    """History events of the new programme, entity "programme" (named by its slug)."""

    def __init__(self, session: Session, actor: Actor, programme: Programme) -> None:
        self.session, self.actor, self.programme = session, actor, programme

    def __call__(self, field: str, new: object, unit_id: int | None = None,
                 reason: str = "") -> None:
        record_event(self.session, actor=self.actor, entity=Entity.PROGRAMME,
                     entity_id=self.programme.slug, field=field, old=None, new=new,
                     effective_on=date.today(), programme_id=self.programme.id,
                     unit_id=unit_id, reason=reason)


def _regions(session: Session, plan: ProgrammePlan, log: _Log) -> list[int]:
    """The counties the programme covers: the template's, or the chosen one (its region and
    municipalities added from the data file where missing)."""
    if plan.county is None:
        region_ids = list(session.scalars(select(ProgrammeRegion.region_id).filter_by(
            programme_id=plan.template_id)))
    else:
        rows = counties()[plan.county]
        region_ids = [ensure_counties(session, {plan.county: rows})[plan.county].id]
        for code in plan.new_municipalities:
            municipality = session.get(Municipality, code)
            log("new_municipality", f"{municipality.name_fi} ({municipality.population}, "
                f"{municipality.population_year})")
    for name in plan.region_names:
        log("covers_county", name)
    return region_ids


def _copy_steps(session: Session, template_id: int, programme_id: int) -> list[StepTemplate]:
    """The template's steps and their checklist items in use, as they read now."""
    steps = []
    for old in session.scalars(select(StepTemplate).filter_by(programme_id=template_id)
                               .order_by(StepTemplate.position)):
        step = StepTemplate(programme_id=programme_id,
                            **{name: getattr(old, name) for name in STEP_FIELDS})
        session.add(step)
        session.flush()
        session.add_all(ReadinessItemTemplate(step_id=step.id, **{
            name: getattr(item, name) for name in ITEM_FIELDS}) for item in session.scalars(
            select(ReadinessItemTemplate).where(ReadinessItemTemplate.step_id == old.id,
                                                ReadinessItemTemplate.retired_at.is_(None))
            .order_by(ReadinessItemTemplate.position)))
        steps.append(step)
    session.flush()
    return steps


def _organisation(session: Session, plan: ProgrammePlan, region_ids: list[int],
                  log: _Log) -> dict[str, int]:
    """Another county's areas and family centres as named; returns centre ids by name."""
    if plan.county is None:
        return {}
    areas = {}
    for name in plan.areas:
        areas[name] = FamilyCentreArea(region_id=region_ids[0], name=name,
                                       is_synthetic=plan.is_synthetic)
        session.add(areas[name])
        log("new_area", name)
    session.flush()
    taken = set(session.scalars(select(FamilyCentre.code)))
    swedish = {default_centre_name(row["name_fi"]): f"{row['name_sv']} – familjecenter"
               for row in counties()[plan.county]}
    centres = {}
    for name, area in plan.centres:
        centres[name] = FamilyCentre(area_id=areas[area].id, region_id=areas[area].region_id,
                                     name=name,
                                     name_sv=swedish.get(name, ""),
                                     code=_centre_code(plan.county, name, taken),
                                     is_synthetic=plan.is_synthetic)
        session.add(centres[name])
        log("new_centre", name, reason=area)
    session.flush()
    return {name: centre.id for name, centre in centres.items()}


def _centre_code(county: str, name: str, taken: set[str]) -> str:
    """A family centre's code (what the command line names it by): the county and the name
    in plain letters, numbered when taken."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = f"{county.lower()}-{re.sub(r'[^a-z0-9]+', '-', plain).strip('-')}"[:36].rstrip("-")
    code, number = base, 1
    while code in taken:
        number += 1
        code = f"{base}-{number}"
    taken.add(code)
    return code


def _units(session: Session, plan: ProgrammePlan, programme_id: int,
           centre_ids: dict[str, int], steps: list[StepTemplate], log: _Log) -> None:
    """One unit per planned centre × municipality, every step not started."""
    units = [RolloutUnit(programme_id=programme_id, municipality_code=planned.municipality_code,
                         family_centre_id=planned.centre_id or centre_ids[planned.centre])
             for planned in plan.units]
    session.add_all(units)
    session.flush()
    session.add_all(StepProgress(unit_id=unit.id, step_id=step.id)
                    for unit in units for step in steps)
    for unit, planned in zip(units, plan.units):
        log("new_unit", planned.centre, unit_id=unit.id, reason=planned.area)
    session.flush()


def _grant_admins(session: Session, actor: Actor, plan: ProgrammePlan,
                  programme_id: int) -> None:
    """The template programme's admins (the creator among them) administer the new one."""
    for user in session.scalars(select(User).where(User.id.in_(plan.admins))):
        session.add(RoleAssignment(user_id=user.id, programme_id=programme_id,
                                   role=Role.ADMIN))
        record_event(session, actor=actor, entity=Entity.USER, entity_id=user.username,
                     field="role", old=None, new=Role.ADMIN, effective_on=date.today(),
                     programme_id=programme_id)
