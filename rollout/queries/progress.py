"""Read models of progress over time: the status changes the as-of views replay."""
from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout import metrics
from rollout.models import ChangeEvent, StepTemplate
from rollout.queries.programmes import go_live_position, steps_frame, units_frame

STATUS_EVENT_COLUMNS = ["unit_id", "position", "field", "new_value", "effective_on"]


def status_events(session: Session, programme_id: int) -> pd.DataFrame:
    """Every status and actual-end change of the programme's steps, in the order recorded."""
    statement = (
        select(ChangeEvent.unit_id, StepTemplate.position, ChangeEvent.field,
               ChangeEvent.new_value, ChangeEvent.effective_on)
        .join(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .where(ChangeEvent.programme_id == programme_id,
               ChangeEvent.field.in_(("status", "actual_end")),
               ChangeEvent.entity == "step_progress")
        .order_by(ChangeEvent.id))
    return pd.DataFrame(session.execute(statement).all(), columns=STATUS_EVENT_COLUMNS)


def unit_progress_as_of(session: Session, programme_id: int, as_of: date) -> pd.DataFrame:
    """Per unit on `as_of`: area, centre, municipality, current step, steps done, live."""
    transitions = metrics.status_transitions(status_events(session, programme_id))
    return metrics.unit_progress(units_frame(session, programme_id),
                                 metrics.statuses_on(transitions, as_of),
                                 go_live_position(steps_frame(session, programme_id)))
