"""The data stamp: one counter that every transaction recording change events moves by one,
as the last thing it does before it commits. The counter's row is locked from that update
until the commit, so stamps are handed out in commit order: a reader that sees stamp n sees
every change of the transactions that moved it to n, and one that commits later moves it
past n. Read models cached under a stamp are therefore never kept past a commit, on
PostgreSQL as on SQLite (docs/deployment.md). Taking the counter last keeps the lock order:
whoever holds it waits for nothing but its own commit."""
from __future__ import annotations

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import Session, sessionmaker

from rollout.models import DataStamp

STAMP_ID = 1
PENDING = "data_stamp_pending"


def current(session: Session) -> int:
    """The stamp as committed now."""
    return session.scalar(select(DataStamp.version).filter_by(id=STAMP_ID)) or 0


def mark_changed(session: Session) -> None:
    """This session's transaction records a change: its commit moves the stamp."""
    session.info[PENDING] = True


def move(connection: Connection | Session) -> None:
    """Move the stamp in this transaction (Core bulk writers, which bypass the session's
    bookkeeping, call this themselves)."""
    connection.execute(update(DataStamp).where(DataStamp.id == STAMP_ID)
                       .values(version=DataStamp.version + 1))


def watch(factory: sessionmaker[Session]) -> None:
    """Have every session of `factory` move the stamp when it commits recorded changes."""
    event.listen(factory, "before_commit", _move_if_changed)
    event.listen(factory, "after_rollback", _forget)


def _move_if_changed(session: Session) -> None:
    if session.info.pop(PENDING, False):
        session.flush()  # everything else first: the counter is the last row locked
        move(session)


def _forget(session: Session) -> None:
    session.info.pop(PENDING, None)
