"""Read models of service figures and observations: areas with their residents, each area's
monthly figures, the observation log and the theme list."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.models import (FamilyCentre, FamilyCentreArea, Municipality, MonthlyFigure,
                            Observation, ObservationTheme, RolloutUnit, User)
from rollout.service_figures import FIGURE_FIELDS

AREA_COLUMNS = ["area_id", "area", "municipality_code", "population", "population_year"]
FIGURE_COLUMNS = ["figure_id", "area_id", "area", "month", *FIGURE_FIELDS, "version",
                  "updated_at", "updated_by"]
OBSERVATION_COLUMNS = ["observation_id", "observed_on", "area_id", "area", "theme",
                       "frequency", "text", "recorded_by", "created_at"]
THEME_COLUMNS = ["theme_id", "code", "name_fi", "name_sv", "name_en", "position",
                 "is_active"]


def area_municipalities(session: Session, programme_id: int) -> pd.DataFrame:
    """Each family-centre area of the programme with each municipality it serves, its
    residents and the population's year (a municipality served by two centres of one area
    counts once)."""
    statement = (
        select(FamilyCentreArea.id, FamilyCentreArea.name, Municipality.code,
               Municipality.population, Municipality.population_year)
        .join(FamilyCentre, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(RolloutUnit, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .where(RolloutUnit.programme_id == programme_id)
        .distinct().order_by(FamilyCentreArea.name, Municipality.code))
    return pd.DataFrame(session.execute(statement).all(), columns=AREA_COLUMNS)


def area_centres(session: Session, programme_id: int) -> dict[int, list[int]]:
    """The family centres of each area of the programme (who may record for it)."""
    statement = (select(FamilyCentre.area_id, FamilyCentre.id)
                 .join(RolloutUnit, RolloutUnit.family_centre_id == FamilyCentre.id)
                 .where(RolloutUnit.programme_id == programme_id).distinct())
    centres: dict[int, list[int]] = {}
    for area_id, centre_id in session.execute(statement):
        centres.setdefault(area_id, []).append(centre_id)
    return centres


def figures_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every area's monthly figures, oldest month first, with who saved each last (their
    name, or user name when they have none, as the history names them)."""
    statement = (
        select(MonthlyFigure.id, MonthlyFigure.area_id, FamilyCentreArea.name,
               MonthlyFigure.month, *(getattr(MonthlyFigure, name) for name in FIGURE_FIELDS),
               MonthlyFigure.version, MonthlyFigure.updated_at,
               func.coalesce(func.nullif(User.display_name, ""), User.username))
        .join(FamilyCentreArea, MonthlyFigure.area_id == FamilyCentreArea.id)
        .outerjoin(User, MonthlyFigure.updated_by_id == User.id)
        .where(MonthlyFigure.programme_id == programme_id)
        .order_by(MonthlyFigure.month, FamilyCentreArea.name))
    return pd.DataFrame(session.execute(statement).all(), columns=FIGURE_COLUMNS)


def observations_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's observation log, newest first, with the area and who recorded it."""
    statement = (
        select(Observation.id, Observation.observed_on, Observation.area_id,
               FamilyCentreArea.name, Observation.theme, Observation.frequency,
               Observation.text, User.display_name, Observation.created_at)
        .outerjoin(FamilyCentreArea, Observation.area_id == FamilyCentreArea.id)
        .outerjoin(User, Observation.created_by_id == User.id)
        .where(Observation.programme_id == programme_id)
        .order_by(Observation.observed_on.desc(), Observation.id.desc()))
    return pd.DataFrame(session.execute(statement).all(), columns=OBSERVATION_COLUMNS)


def themes_frame(session: Session) -> pd.DataFrame:
    """The theme list in its order, those out of use included (old observations keep them)."""
    statement = select(ObservationTheme.id, ObservationTheme.code, ObservationTheme.name_fi,
                       ObservationTheme.name_sv, ObservationTheme.name_en,
                       ObservationTheme.position, ObservationTheme.is_active
                       ).order_by(ObservationTheme.position, ObservationTheme.name_fi)
    return pd.DataFrame(session.execute(statement).all(), columns=THEME_COLUMNS)
