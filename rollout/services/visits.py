"""When a person opens My work: their last visit is remembered, so that a manager's "since
your last visit" starts there. Not a change to the rollout: no history event."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rollout.models import WorkVisit, utcnow
from rollout.permissions import Actor, require

# Opening My work again within this time (a reload, a link opened in a new tab) is the same
# visit: "since your last visit" keeps meaning the visit before it.
SAME_VISIT = timedelta(minutes=30)


def record_work_visit(session: Session, actor: Actor, programme_id: int,
                      now: datetime | None = None) -> datetime | None:
    """Record a visit now; returns the one before it (None on the first), the same while the
    person keeps coming back within SAME_VISIT. Two tabs opening at once both record theirs:
    the later one's insert finds the row and updates it."""
    require(actor.user_id is not None and actor.can_read())
    now = now or utcnow()
    for _attempt in range(2):
        visit = session.get(WorkVisit, (actor.user_id, programme_id), with_for_update=True,
                            populate_existing=True)
        previous = visit.latest_at if visit else None
        if visit is None:
            session.add(WorkVisit(user_id=actor.user_id, programme_id=programme_id,
                                  latest_at=now))
        elif now - visit.latest_at < SAME_VISIT:
            previous, visit.latest_at = visit.previous_at, now
        else:
            visit.previous_at, visit.latest_at = visit.latest_at, now
        try:
            session.commit()
            return previous
        except IntegrityError:  # the other tab inserted first
            session.rollback()
    return None
