"""Read models of the organisation page: the areas and family centres of a programme's
counties (retired ones too, marked), its units with their versions, the municipalities'
populations, and the names the history gives organisation events."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.domain import Entity
from rollout.models import (FamilyCentre, FamilyCentreArea, Municipality, ProgrammeRegion,
                            Region, RolloutUnit)


def _regions(programme_id: int):
    return select(ProgrammeRegion.region_id).where(ProgrammeRegion.programme_id == programme_id)


def _unit_counts(programme_id: int | None, by):
    """Units per centre (of one programme, or of all), as a subquery: key, units."""
    statement = select(RolloutUnit.family_centre_id.label("centre_id"),
                       func.count().label("units")).group_by(RolloutUnit.family_centre_id)
    if programme_id is not None:
        statement = statement.where(RolloutUnit.programme_id == programme_id)
    return statement.subquery(by)


def areas_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The areas of the programme's counties: area_id, region_id, region_fi, region_sv,
    name, version, retired, centres (active ones), units (of this programme)."""
    units = _unit_counts(programme_id, "area_units")
    statement = (
        select(FamilyCentreArea.id, FamilyCentreArea.region_id, Region.name, Region.name_sv,
               FamilyCentreArea.name, FamilyCentreArea.version,
               FamilyCentreArea.retired_at.is_not(None),
               func.count(FamilyCentre.id).filter(FamilyCentre.retired_at.is_(None)),
               func.coalesce(func.sum(units.c.units), 0))
        .join(Region, FamilyCentreArea.region_id == Region.id)
        .outerjoin(FamilyCentre, FamilyCentre.area_id == FamilyCentreArea.id)
        .outerjoin(units, units.c.centre_id == FamilyCentre.id)
        .where(FamilyCentreArea.region_id.in_(_regions(programme_id)))
        .group_by(FamilyCentreArea.id, Region.name, Region.name_sv)
        .order_by(FamilyCentreArea.retired_at.is_not(None), Region.name,
                  FamilyCentreArea.name))
    frame = pd.DataFrame(session.execute(statement).all(), columns=[
        "area_id", "region_id", "region_fi", "region_sv", "name", "version", "retired",
        "centres", "units"])
    return frame.astype({"retired": bool, "centres": int, "units": int})


def organisation_centres(session: Session, programme_id: int) -> pd.DataFrame:
    """The family centres of the programme's counties: centre_id, code, centre_fi,
    centre_sv, version, area_id, area, area_retired, region_id, retired, units (of this
    programme), all_units (of every programme)."""
    units = _unit_counts(programme_id, "own_units")
    every = _unit_counts(None, "all_units")
    statement = (
        select(FamilyCentre.id, FamilyCentre.code, FamilyCentre.name, FamilyCentre.name_sv,
               FamilyCentre.version, FamilyCentre.area_id, FamilyCentreArea.name,
               FamilyCentreArea.retired_at.is_not(None), FamilyCentreArea.region_id,
               FamilyCentre.retired_at.is_not(None), func.coalesce(units.c.units, 0),
               func.coalesce(every.c.units, 0))
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .outerjoin(units, units.c.centre_id == FamilyCentre.id)
        .outerjoin(every, every.c.centre_id == FamilyCentre.id)
        .where(FamilyCentreArea.region_id.in_(_regions(programme_id)))
        .order_by(FamilyCentre.retired_at.is_not(None), FamilyCentreArea.name,
                  FamilyCentre.name))
    frame = pd.DataFrame(session.execute(statement).all(), columns=[
        "centre_id", "code", "centre_fi", "centre_sv", "version", "area_id", "area",
        "area_retired", "region_id", "retired", "units", "all_units"])
    return frame.astype({"retired": bool, "area_retired": bool, "units": int,
                         "all_units": int})


def organisation_units(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's units with their versions: unit_id, version, municipality_code,
    name_fi, name_sv, region_id, centre_id, centre_code, centre_fi, centre_sv, area."""
    statement = (
        select(RolloutUnit.id, RolloutUnit.version, Municipality.code, Municipality.name_fi,
               Municipality.name_sv, Municipality.region_id, FamilyCentre.id,
               FamilyCentre.code, FamilyCentre.name, FamilyCentre.name_sv,
               FamilyCentreArea.name)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(Municipality.name_fi, FamilyCentre.name))
    return pd.DataFrame(session.execute(statement).all(), columns=[
        "unit_id", "version", "municipality_code", "name_fi", "name_sv", "region_id",
        "centre_id", "centre_code", "centre_fi", "centre_sv", "area"])


def populations_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The municipalities of the programme's counties: municipality_code, name_fi, name_sv,
    region_id, population, population_year, population_source_kind, population_reference_day,
    population_source, version, units."""
    units = (select(RolloutUnit.municipality_code, func.count().label("units"))
             .where(RolloutUnit.programme_id == programme_id)
             .group_by(RolloutUnit.municipality_code).subquery("municipality_units"))
    statement = (
        select(Municipality.code, Municipality.name_fi, Municipality.name_sv,
               Municipality.region_id, Municipality.population, Municipality.population_year,
               Municipality.population_source_kind, Municipality.population_reference_day,
               Municipality.population_source, Municipality.version,
               func.coalesce(units.c.units, 0))
        .outerjoin(units, units.c.municipality_code == Municipality.code)
        .where(Municipality.region_id.in_(_regions(programme_id)))
        .order_by(Municipality.name_fi))
    frame = pd.DataFrame(session.execute(statement).all(), columns=[
        "municipality_code", "name_fi", "name_sv", "region_id", "population",
        "population_year", "population_source_kind", "population_reference_day",
        "population_source", "version", "units"])
    frame["population_year"] = frame["population_year"].astype("Int64")
    return frame.astype({"units": int})


def organisation_names(session: Session, lang: str) -> dict[tuple[str, str], str]:
    """What the history calls the subject of an organisation event, by (entity, entity id):
    areas by id, family centres by code, municipalities by code, retired ones too."""
    names: dict[tuple[str, str], str] = {
        (Entity.FAMILY_CENTRE_AREA, str(area_id)): name for area_id, name in
        session.execute(select(FamilyCentreArea.id, FamilyCentreArea.name))}
    for code, name, name_sv in session.execute(select(FamilyCentre.code, FamilyCentre.name,
                                                      FamilyCentre.name_sv)):
        names[(Entity.FAMILY_CENTRE, code)] = name_sv if lang == "sv" and name_sv else name
    for code, name_fi, name_sv in session.execute(select(Municipality.code,
                                                         Municipality.name_fi,
                                                         Municipality.name_sv)):
        names[(Entity.MUNICIPALITY, code)] = name_sv if lang == "sv" and name_sv else name_fi
    return names


def programme_counties(session: Session, programme_id: int) -> pd.DataFrame:
    """The counties a programme covers: region_id, region_fi, region_sv."""
    statement = (select(Region.id, Region.name, Region.name_sv)
                 .where(Region.id.in_(_regions(programme_id))).order_by(Region.name))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["region_id", "region_fi", "region_sv"])
