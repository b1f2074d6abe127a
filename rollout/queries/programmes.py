"""Read models of the organisation a programme runs in: programmes, units, steps, centres, and
the stamp that tells whether anything has changed since a read."""
from __future__ import annotations

from datetime import datetime

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout import data_stamp as stamp
from rollout.models import (ChangeEvent, FamilyCentre, FamilyCentreArea, Municipality,
                            Programme, Region, RoleAssignment, RolloutUnit, StepTemplate)
from rollout.seed import DEFAULT_PROGRAMME_SLUG

UNIT_COLUMNS = ["unit_id", "region_fi", "region_sv", "area", "centre_id", "centre_code",
                "centre_fi", "centre_sv", "municipality_code", "name_fi", "name_sv",
                "population", "population_year", "population_source_kind",
                "population_reference_day", "population_source"]


def data_stamp(session: Session) -> int:
    """A number that moves, in commit order, with every change anyone saves, so a read
    model computed at one stamp holds until the stamp moves (rollout/data_stamp.py)."""
    return stamp.current(session)


def default_programme(session: Session) -> Programme | None:
    """The programme the app opens with: the seeded one, else the first."""
    return (session.scalar(select(Programme).filter_by(slug=DEFAULT_PROGRAMME_SLUG))
            or session.scalar(select(Programme).order_by(Programme.id)))


def programme_by_slug(session: Session, slug: str) -> Programme | None:
    return session.scalar(select(Programme).filter_by(slug=slug))


def programmes_of_user(session: Session, user_id: int) -> list[Programme]:
    """The programmes a user has a role in, the default programme first."""
    programmes = session.scalars(select(Programme).join(
        RoleAssignment, RoleAssignment.programme_id == Programme.id)
        .where(RoleAssignment.user_id == user_id).order_by(Programme.id)).all()
    return sorted(programmes, key=lambda programme: programme.slug != DEFAULT_PROGRAMME_SLUG)


def units_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every rollout unit of a programme with its county, area, centre, municipality and
    residents (with the population's year and source)."""
    statement = (
        select(RolloutUnit.id, Region.name, Region.name_sv, FamilyCentreArea.name,
               FamilyCentre.id, FamilyCentre.code, FamilyCentre.name, FamilyCentre.name_sv,
               Municipality.code,
               Municipality.name_fi, Municipality.name_sv, Municipality.population,
               Municipality.population_year, Municipality.population_source_kind,
               Municipality.population_reference_day, Municipality.population_source)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(Region, FamilyCentreArea.region_id == Region.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(Region.name, FamilyCentreArea.name, FamilyCentre.name, Municipality.name_fi))
    return pd.DataFrame(session.execute(statement).all(), columns=UNIT_COLUMNS)


def steps_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's step templates in order."""
    statement = (select(StepTemplate.id, StepTemplate.position, StepTemplate.name_fi,
                        StepTemplate.name_sv, StepTemplate.name_en, StepTemplate.marks_go_live)
                 .where(StepTemplate.programme_id == programme_id)
                 .order_by(StepTemplate.position))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["step_id", "position", "name_fi", "name_sv", "name_en",
                                 "marks_go_live"])


def go_live_position(steps: pd.DataFrame) -> int:
    return int(steps.loc[steps["marks_go_live"], "position"].iloc[0])


def centres_frame(session: Session) -> pd.DataFrame:
    """Family centres with their area, ordered by area and name; `retired` marks those taken
    out of use (history and existing leads still name them)."""
    statement = (select(FamilyCentre.id, FamilyCentre.code, FamilyCentre.name,
                        FamilyCentre.name_sv, FamilyCentreArea.name,
                        FamilyCentre.retired_at.is_not(None))
                 .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
                 .order_by(FamilyCentreArea.name, FamilyCentre.name))
    frame = pd.DataFrame(session.execute(statement).all(),
                         columns=["centre_id", "code", "centre_fi", "centre_sv", "area",
                                  "retired"])
    return frame.astype({"retired": bool})


def last_change_at(session: Session, programme_id: int) -> datetime | None:
    """When anything in the programme was last changed (recorded), or None."""
    return session.scalar(select(func.max(ChangeEvent.recorded_at))
                          .where(ChangeEvent.programme_id == programme_id))
