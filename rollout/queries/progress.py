"""Read models of progress over time: the status changes the as-of views replay, when each
unit last changed, and all of a programme's read models at once for the report."""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.domain import Entity
from rollout import metrics
from rollout.metrics.picture import ProgrammeFrames
from rollout.models import ChangeEvent, Programme, StepTemplate
from rollout.queries.programmes import go_live_position, steps_frame, units_frame
from rollout.queries.readiness import item_states
from rollout.queries.steps import step_rows

STATUS_EVENT_COLUMNS = ["unit_id", "position", "field", "new_value", "effective_on"]


def status_events(session: Session, programme_id: int) -> pd.DataFrame:
    """Every status and actual-end change of the programme's steps, in the order recorded."""
    statement = (
        select(ChangeEvent.unit_id, StepTemplate.position, ChangeEvent.field,
               ChangeEvent.new_value, ChangeEvent.effective_on)
        .join(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .where(ChangeEvent.programme_id == programme_id,
               ChangeEvent.field.in_(("status", "actual_end")),
               ChangeEvent.entity == Entity.STEP_PROGRESS)
        .order_by(ChangeEvent.id))
    return pd.DataFrame(session.execute(statement).all(), columns=STATUS_EVENT_COLUMNS)


def unit_progress_as_of(session: Session, programme_id: int, as_of: date) -> pd.DataFrame:
    """Per unit on `as_of`: area, centre, municipality, current step, steps done, live."""
    transitions = metrics.status_transitions(status_events(session, programme_id))
    return metrics.unit_progress(units_frame(session, programme_id),
                                 metrics.statuses_on(transitions, as_of),
                                 go_live_position(steps_frame(session, programme_id)))


def unit_last_changes(session: Session, programme_id: int,
                      until: date | None = None) -> pd.DataFrame:
    """When anything of each unit (a step or a readiness item) was last recorded as changed
    (by the end of `until`, when given). Columns unit_id, day."""
    statement = (select(ChangeEvent.unit_id, func.max(ChangeEvent.recorded_at))
                 .where(ChangeEvent.programme_id == programme_id,
                        ChangeEvent.unit_id.is_not(None))
                 .group_by(ChangeEvent.unit_id))
    if until is not None:
        statement = statement.where(ChangeEvent.recorded_at < until + timedelta(days=1))
    frame = pd.DataFrame(session.execute(statement).all(), columns=["unit_id", "day"])
    return frame.assign(day=pd.to_datetime(frame["day"]).dt.normalize())


def programme_frames(session: Session, programme_id: int,
                     as_of: date | None = None) -> ProgrammeFrames:
    """Every read model the region-wide picture needs, read now, or with the steps replayed
    to `as_of` (the app caches the same ones per data stamp, see rollout.ui.read_models)."""
    transitions = metrics.status_transitions(status_events(session, programme_id))
    rows = step_rows(session, programme_id)
    if as_of is not None:
        rows = metrics.rows_as_of(rows, transitions, as_of)
    programme = session.get_one(Programme, programme_id)
    return ProgrammeFrames(
        units=units_frame(session, programme_id), steps=steps_frame(session, programme_id),
        step_rows=rows, transitions=transitions, item_states=item_states(session, programme_id),
        last_changes=unit_last_changes(session, programme_id, as_of),
        started_on=programme.started_on, start_record=programme.start_record)
