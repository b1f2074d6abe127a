"""The programmes in the database, as the programmes screen and `programme list` show them."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from rollout.domain import Role
from rollout.models import Programme, ProgrammeRegion, Region, RoleAssignment, RolloutUnit

PROGRAMME_COLUMNS = ["programme_id", "slug", "name", "template", "is_synthetic", "counties",
                     "units"]


def programmes_frame(session: Session) -> pd.DataFrame:
    """Every programme (oldest first) with its template's slug, its counties (their codes)
    and how many units it tracks."""
    template = aliased(Programme)
    programmes = session.execute(
        select(Programme.id, Programme.slug, Programme.name, template.slug,
               Programme.is_synthetic)
        .outerjoin(template, Programme.template_id == template.id).order_by(Programme.id)).all()
    counties = session.execute(
        select(ProgrammeRegion.programme_id, Region.code)
        .join(Region, ProgrammeRegion.region_id == Region.id).order_by(Region.code)).all()
    units = dict(session.execute(select(RolloutUnit.programme_id, func.count())
                                 .group_by(RolloutUnit.programme_id)).all())
    codes: dict[int, list[str]] = {}
    for programme_id, code in counties:
        codes.setdefault(programme_id, []).append(code or "?")
    return pd.DataFrame([(*row, ", ".join(codes.get(row[0], [])), units.get(row[0], 0))
                         for row in programmes], columns=PROGRAMME_COLUMNS)


def administered_programmes(session: Session, user_id: int) -> dict[str, str]:
    """The programmes (slug: name) a user is an admin of: the templates they may copy."""
    return dict(session.execute(
        select(Programme.slug, Programme.name)
        .join(RoleAssignment, RoleAssignment.programme_id == Programme.id)
        .where(RoleAssignment.user_id == user_id, RoleAssignment.role == Role.ADMIN)
        .order_by(Programme.id)).all())
