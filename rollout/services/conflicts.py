"""Edit conflicts: a save made on a version someone else has since replaced is refused whole,
and the refusal says who saved, when, and what the record holds now."""
from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rollout.catalog import CATALOG
from rollout.domain import DomainError, Entity
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


class DatabaseBusy(DomainError):
    """The database gave up on this save to let a concurrent one through (a deadlock, a
    serialization failure, SQLite's lock timeout); nothing was changed, and trying again
    will do. `retry`: whether a service may try again at once (PostgreSQL's deadlocks and
    serialization failures; not SQLite's lock timeout, which has already waited 30 s)."""

    def __init__(self, retry: bool = True) -> None:
        super().__init__("error.busy")
        self.retry = retry


# PostgreSQL's SQLSTATEs for a deadlock and a serialization failure, and a unique violation
BUSY_STATES = {"40P01", "40001"}
UNIQUE_VIOLATION = "23505"
LOG = logging.getLogger("rollout.database")


class DatabaseRefusal(DomainError):
    """The database refused a value for a rule other than uniqueness (a check, a reference,
    a missing value): a defect or a schema behind the code, not a race. Logged with its
    cause; the message names the rule."""

    def __init__(self, rule: str) -> None:
        super().__init__("error.database_rule", field=guarded_field(rule))


def is_unique_violation(error: IntegrityError) -> bool:
    driver_error = error.orig
    return (getattr(driver_error, "sqlstate", None) == UNIQUE_VIOLATION
            or "UNIQUE constraint failed" in str(driver_error))


def broken_rule(error: IntegrityError) -> str:
    """The constraint (PostgreSQL) or the rule and column (SQLite) the database named."""
    diagnostics = getattr(error.orig, "diag", None)
    name = getattr(diagnostics, "constraint_name", None) or getattr(
        diagnostics, "column_name", None)
    return name or str(error.orig).splitlines()[0].removesuffix(" constraint failed")


def guarded_field(rule: str) -> str:
    """The field a database rule guards where the catalog names it (a check named
    ck_step_progress_step_status, or SQLite's "CHECK constraint failed: step_status",
    guards the status), else the rule as the database named it."""
    words = rule.split(":")[-1].strip().replace(".", "_").split("_")
    return next(("_".join(words[start:]) for start in range(len(words))
                 if f"field.{'_'.join(words[start:])}" in CATALOG), rule)


def is_busy(error: DBAPIError) -> bool:
    return is_deadlock(error) or "database is locked" in str(error.orig)


def is_deadlock(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in BUSY_STATES


@contextmanager
def committing(session: Session, conflict: Callable[[], DomainError],
               recheck: Callable[[], object] | None = None) -> Iterator[None]:
    """Commit what the block changes, all or nothing.

    A concurrent save noticed by the database, at flush or at commit (a version that moved
    on, or a row someone else inserted first), rolls everything back and raises `conflict()`,
    built after the rollback so it reads what the other person saved. When a unique index
    refuses a name someone else has just stored, `recheck()` runs the service's own check
    again after the rollback, so the refusal is the check's, naming the name. Any other
    integrity error (a check, a reference, a missing value) is no race: it is logged with
    its cause and refused naming the rule (DatabaseRefusal). A deadlock or serialization
    failure becomes DatabaseBusy (see `retried_when_busy`). Any other error rolls back too
    and passes through."""
    try:
        yield
        session.commit()
    except StaleDataError:
        session.rollback()
        raise conflict() from None
    except IntegrityError as error:
        session.rollback()
        if not is_unique_violation(error):
            LOG.error("the database refused a save: %s", error.orig)
            raise DatabaseRefusal(broken_rule(error)) from None
        if recheck is not None:
            try:
                recheck()  # raises the check's own refusal when the other save tripped it
            finally:
                session.rollback()  # what the check read holds no lock
        raise conflict() from None
    except DBAPIError as error:
        session.rollback()
        if is_busy(error):
            raise DatabaseBusy(retry=is_deadlock(error)) from None
        raise
    except BaseException:
        session.rollback()
        raise


BUSY_ATTEMPTS = 4
Params = ParamSpec("Params")
Result = TypeVar("Result")


def retried_when_busy(service: Callable[Params, Result]) -> Callable[Params, Result]:
    """Run a write service again (a few times, after a short random pause) when the
    database gave it up as busy; the last refusal is "try again, nothing was changed"."""
    @functools.wraps(service)
    def run(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            try:
                return service(*args, **kwargs)
            except DatabaseBusy as busy:
                if attempt == BUSY_ATTEMPTS or not busy.retry:
                    raise
                time.sleep(random.uniform(0.005, 0.03) * attempt)
        raise AssertionError("unreachable")
    return run


def last_event(session: Session, entity: Entity, entity_id: object) -> ChangeEvent | None:
    """The newest change event of a record: who saved it last, and when."""
    return session.scalar(select(ChangeEvent).filter_by(entity=Entity(entity).value,
                                                        entity_id=str(entity_id))
                          .order_by(ChangeEvent.id.desc()).limit(1))


def saved_by(event: ChangeEvent | None) -> tuple[str, datetime | None]:
    """Who saved (and when) as a conflict message names them; "?" when nobody is on record."""
    return (event.actor, event.recorded_at) if event else ("?", None)
