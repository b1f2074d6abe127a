"""The record of digests sent (`DigestSent`), one row per person, programme and period. A row
is written before the mail goes and removed when it could not go: its unique key is what
stops two runs at once (two cron jobs, a rerun by hand) from both sending."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rollout.models import DigestSent, utcnow


def claim(sessions: Callable[[], Session], user_id: int, programme_id: int,
          period: str) -> bool:
    """Record the digest as sent, in its own transaction; False when a row was there already
    (another run sent it, or is sending it now)."""
    with sessions() as session:
        session.add(DigestSent(user_id=user_id, programme_id=programme_id, period=period,
                               sent_at=utcnow()))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
    return True


def release(sessions: Callable[[], Session], user_id: int, programme_id: int,
            periods: Iterable[str]) -> None:
    """Forget claimed periods whose mail did not go, so that the next run tries again."""
    periods = list(periods)
    if not periods:
        return
    with sessions() as session:
        session.execute(delete(DigestSent).where(
            DigestSent.user_id == user_id, DigestSent.programme_id == programme_id,
            DigestSent.period.in_(periods)))
        session.commit()
