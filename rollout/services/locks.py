"""Row locks for writes that touch several rows (moves, retiring, renumbering), always
taken in one fixed order: areas, then centres, then units, then steps, each by id. Two
admins' writes then wait for each other instead of deadlocking. SQLite takes no row locks
(it serialises writers), so there this does nothing."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.models import FamilyCentre, FamilyCentreArea, RolloutUnit, StepTemplate

LOCK_ORDER = (FamilyCentreArea, FamilyCentre, RolloutUnit, StepTemplate)


def lock_rows(session: Session, rows: dict[type, Iterable[int | None]]) -> None:
    """Lock these rows (model: ids) for this transaction, in the one fixed order."""
    unknown = set(rows) - set(LOCK_ORDER)
    if unknown:
        raise ValueError(f"no lock order for {unknown}")
    for model in LOCK_ORDER:
        ids = sorted({row_id for row_id in rows.get(model, ()) if row_id is not None})
        if ids:
            session.execute(select(model.id).where(model.id.in_(ids)).order_by(model.id)
                            .with_for_update())
