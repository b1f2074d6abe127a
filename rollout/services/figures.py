"""Write use-cases for monthly service figures: one row per area and month, saved with the
same permission, version and history rules as a step."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import (FamilyCentre, FamilyCentreArea, MonthlyFigure, Programme,
                            RolloutUnit, StepProgress, utcnow)
from rollout.public_record import season_end
from rollout.permissions import Actor, require
from rollout.service_figures import (FIGURE_FIELDS, FigureValues, checked_figures,
                                     first_month, month_start)
from rollout.services.conflicts import EditConflict, committing, last_event, saved_by

ENTITY = Entity.MONTHLY_FIGURE


def figure_values(row: MonthlyFigure | None) -> FigureValues:
    """A month's figures as stored; all empty when the month has no row yet."""
    if row is None:
        return FigureValues()
    return FigureValues(**{name: getattr(row, name) for name in FIGURE_FIELDS})


def save_month_figures(session: Session, actor: Actor, programme_id: int, area_id: int,
                       month: date, expected_version: int | None, wanted: FigureValues,
                       today: date | None = None) -> MonthlyFigure:
    """Save an area's figures for a month as the user entered them, if nobody saved that
    month in between (`expected_version` None: the user saw no row yet). A second entry for
    the same month updates its row; every changed field is one history event. Returns the
    row as stored; unchanged values change nothing, not even the version."""
    def conflict() -> DomainError:
        return figures_conflict(session, programme_id, area_id, month_start(month),
                                expected_version)

    with committing(session, conflict):
        return store_month_figures(session, actor, programme_id, area_id, month,
                                   expected_version, wanted, today)


def store_month_figures(session: Session, actor: Actor, programme_id: int, area_id: int,
                        month: date, expected_version: int | None, wanted: FigureValues,
                        today: date | None = None, first: date | None = None) -> MonthlyFigure:
    """save_month_figures without the commit, for a caller that owns the transaction (the
    workbook import saves steps in the same one): the same permission, rules, version check
    and history (`first`: the programme's first month, when the caller has read it for
    many months)."""
    require(actor.can_record_area(area_centre_ids(session, area_id)))
    month = month_start(month)
    today = today or date.today()
    new = checked_figures(wanted, month, today,
                          first or programme_first_month(session, programme_id, today))
    row = month_row(session, programme_id, area_id, month)
    if (row.version if row else None) != expected_version:
        raise figures_conflict(session, programme_id, area_id, month, expected_version)
    if row is None:
        row = MonthlyFigure(programme_id=programme_id, area_id=area_id, month=month)
        session.add(row)
    _record_changes(session, actor, row, figure_values(row), new)
    return row


def _record_changes(session: Session, actor: Actor, row: MonthlyFigure, current: FigureValues,
                    new: FigureValues) -> None:
    changed = current.changed_fields(new)
    if not changed:
        return
    for name in changed:
        setattr(row, name, getattr(new, name))
    row.updated_at, row.updated_by_id = utcnow(), actor.user_id
    session.flush()  # the new row's id names it in the history
    for name in changed:
        # The figures take effect for their month: the history dates them by it.
        record_event(session, actor=actor, entity=ENTITY, entity_id=row.id, field=name,
                     old=getattr(current, name), new=getattr(new, name),
                     effective_on=row.month, programme_id=row.programme_id)


def figures_conflict(session: Session, programme_id: int, area_id: int, month: date,
                     expected_version: int | None) -> DomainError:
    """Who saved the month last, when, and what it holds now; a refusal not caused by a
    newer version says only that nothing was saved."""
    row = month_row(session, programme_id, area_id, month)
    version = row.version if row else None
    if version == expected_version:
        return DomainError("error.not_saved")
    by, at = saved_by(last_event(session, ENTITY, row.id) if row else None)
    return EditConflict("figures.conflict", by=by, at=at, version=version,
                        theirs=figure_values(row), area=area_name(session, area_id),
                        month=f"{month:%Y-%m}")


def programme_first_month(session: Session, programme_id: int, today: date) -> date:
    """The first month the programme's figures can be for: January of the year its rollout
    started (the day recorded, or the season the public record gives) or of its earliest
    step date, whichever is earlier, and at least of this year."""
    programme = session.get_one(Programme, programme_id)
    earliest = session.execute(
        select(func.min(StepProgress.planned_start), func.min(StepProgress.actual_start))
        .join(RolloutUnit, StepProgress.unit_id == RolloutUnit.id)
        .where(RolloutUnit.programme_id == programme_id)).one()
    return first_month(today, programme.started_on, season_end(programme.start_record),
                       *earliest)


def month_row(session: Session, programme_id: int, area_id: int,
              month: date) -> MonthlyFigure | None:
    """The stored figures of an area for a month (read afresh), or None."""
    statement = select(MonthlyFigure).filter_by(programme_id=programme_id, area_id=area_id,
                                                month=month_start(month))
    return session.scalars(statement.execution_options(populate_existing=True)).first()


def month_saved_by(session: Session, row: MonthlyFigure) -> str:
    """Who saved a month's figures last, as the history names them."""
    return saved_by(last_event(session, ENTITY, row.id))[0]


def area_centre_ids(session: Session, area_id: int) -> list[int]:
    """The family centres of an area; refused when there is no such area."""
    if session.get(FamilyCentreArea, area_id) is None:
        raise DomainError("figures.unknown_area", area=area_id)
    return list(session.scalars(select(FamilyCentre.id).filter_by(area_id=area_id)))


def area_name(session: Session, area_id: int) -> str:
    area = session.get(FamilyCentreArea, area_id)
    return area.name if area else str(area_id)
