"""Read models of user accounts."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.models import FamilyCentre, LeadCentre, RoleAssignment, User


def users_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every user with their role in the programme, centres, and whether active or locked."""
    centres: dict[int, list[str]] = {}
    for user_id, code in session.execute(select(LeadCentre.user_id, FamilyCentre.code).join(
            FamilyCentre, LeadCentre.family_centre_id == FamilyCentre.id)):
        centres.setdefault(user_id, []).append(code)
    statement = (select(User.id, User.username, User.display_name, User.email,
                        RoleAssignment.role, User.is_active, User.locked_until)
                 .outerjoin(RoleAssignment, (RoleAssignment.user_id == User.id)
                            & (RoleAssignment.programme_id == programme_id))
                 .order_by(User.username))
    rows = [(user_id, username, name, email, role.value if role else "",
             tuple(sorted(centres.get(user_id, []))), active, locked_until)
            for user_id, username, name, email, role, active, locked_until
            in session.execute(statement)]
    return pd.DataFrame(rows, columns=["user_id", "username", "display_name", "email", "role",
                                       "centres", "active", "locked_until"])
