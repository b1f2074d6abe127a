"""Read models of user accounts."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.models import FamilyCentre, LeadCentre, RoleAssignment, User

USER_COLUMNS = ["user_id", "username", "display_name", "email", "role", "centres", "active",
                "locked_until", "version"]


def users_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every user with their role in the programme ("" for none), lead centres (codes, in
    order), whether active or locked, and their version: one statement, so that each user's
    values are those of the version beside them (what the user editor opens at)."""
    statement = (select(User.id, User.username, User.display_name, User.email,
                        RoleAssignment.role, FamilyCentre.code, User.is_active,
                        User.locked_until, User.version)
                 .outerjoin(RoleAssignment, (RoleAssignment.user_id == User.id)
                            & (RoleAssignment.programme_id == programme_id))
                 .outerjoin(LeadCentre, LeadCentre.user_id == User.id)
                 .outerjoin(FamilyCentre, LeadCentre.family_centre_id == FamilyCentre.id)
                 .order_by(User.username, FamilyCentre.code))
    users: dict[int, tuple] = {}
    centres: dict[int, list[str]] = {}
    for user_id, username, name, email, role, code, active, locked_until, version \
            in session.execute(statement):
        users.setdefault(user_id, (user_id, username, name, email, role.value if role else "",
                                   active, locked_until, version))
        centres.setdefault(user_id, []).extend([code] if code is not None else [])
    return pd.DataFrame([(*row[:5], tuple(centres[user_id]), *row[5:])
                         for user_id, row in users.items()], columns=USER_COLUMNS)


def programme_people(session: Session, programme_id: int) -> list[str]:
    """The names of the active people with a role in the programme (display name, else user
    name), as a step's owner is chosen from them."""
    statement = (select(User.display_name, User.username)
                 .join(RoleAssignment, RoleAssignment.user_id == User.id)
                 .where(RoleAssignment.programme_id == programme_id, User.is_active))
    return sorted({name or username for name, username in session.execute(statement)},
                  key=str.casefold)
