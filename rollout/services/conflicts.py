"""Edit conflicts: a save made on a version someone else has since replaced is refused whole,
and the refusal says who saved, when, and what the record holds now."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rollout.domain import DomainError
from rollout.models import ChangeEvent


class EditConflict(DomainError):
    """Someone saved the record after this user loaded it; nothing was overwritten.

    `version` and `theirs` are the record's version and values now, so a screen can show both
    sides and let the user take theirs or re-apply their own changes on top."""

    def __init__(self, key: str, *, by: str, at: datetime | None, version: object,
                 theirs: object, **params: object) -> None:
        super().__init__(key, by=by, **params)
        self.at = at
        self.version = version
        self.theirs = theirs


@contextmanager
def committing(session: Session, conflict: Callable[[], DomainError]) -> Iterator[None]:
    """Commit what the block changes, all or nothing.

    A concurrent save noticed by the database, at flush or at commit (a version that moved
    on, or a row someone else inserted first), rolls everything back and raises `conflict()`,
    built after the rollback so it reads what the other person saved. Any other error rolls
    back too and passes through."""
    try:
        yield
        session.commit()
    except (StaleDataError, IntegrityError):
        session.rollback()
        raise conflict() from None
    except BaseException:
        session.rollback()
        raise


def last_event(session: Session, entity: str, entity_id: object) -> ChangeEvent | None:
    """The newest change event of a record: who saved it last, and when."""
    return session.scalar(select(ChangeEvent).filter_by(entity=entity, entity_id=str(entity_id))
                          .order_by(ChangeEvent.id.desc()).limit(1))


def saved_by(event: ChangeEvent | None) -> tuple[str, datetime | None]:
    """Who saved (and when) as a conflict message names them; "?" when nobody is on record."""
    return (event.actor, event.recorded_at) if event else ("?", None)
