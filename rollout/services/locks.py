"""Row locks for writes that touch several rows (moves, retiring, renumbering), always
taken in one fixed order: areas, then centres, then units, then steps, each by id. Two
admins' writes then wait for each other instead of deadlocking.

SQLite has no row locks: there the same call writes the rows unchanged, which takes the
database's one write lock at that point (the driver starts a transaction only at the first
write, so the reads before it are not guarded). The checks that follow then read what every
other writer has committed, and no other writer can slip in before this one commits."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rollout.models import FamilyCentre, FamilyCentreArea, RolloutUnit, StepTemplate

LOCK_ORDER = (FamilyCentreArea, FamilyCentre, RolloutUnit, StepTemplate)


def lock_rows(session: Session, rows: dict[type, Iterable[int | None]]) -> None:
    """Lock these rows (model: ids) for this transaction, in the one fixed order. Pass ids
    already read (lists), not open results: on SQLite a statement still reading holds a read
    lock that the write lock cannot wait for."""
    unknown = set(rows) - set(LOCK_ORDER)
    if unknown:
        raise ValueError(f"no lock order for {unknown}")
    for model in LOCK_ORDER:
        ids = sorted({row_id for row_id in rows.get(model, ()) if row_id is not None})
        if not ids:
            continue
        if session.get_bind().dialect.name == "sqlite":
            session.execute(update(model).where(model.id.in_(ids))
                            .values(version=model.version)
                            .execution_options(synchronize_session=False))
        else:
            session.execute(select(model.id).where(model.id.in_(ids)).order_by(model.id)
                            .with_for_update())
