"""The read models of one person's list (rollout.my_work), read at once: the same for the My
work page and the reminder digest."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from rollout import tracking
from rollout.i18n import with_names
from rollout.my_work import NEWS_DAYS, WorkFrames
from rollout.queries.history import step_changes_since
from rollout.queries.progress import programme_frames
from rollout.queries.readiness import signed_steps
from rollout.queries.users import users_frame
from rollout.metrics.picture import Picture, ProgrammeFrames



def work_frames(session: Session, programme_id: int, lang: str, today: date,
                since: datetime | None, frames: ProgrammeFrames | None = None) -> WorkFrames:
    """Everything a person's list is computed from, names in `lang`; `since` is the
    manager's last visit (None: the last NEWS_DAYS). `frames`: the programme's read models
    when the caller has them (the page's, cached per data stamp), else read here."""
    frames = frames or programme_frames(session, programme_id)
    rows = with_names(tracking.with_flags(frames.step_rows, today), lang)
    units = with_names(frames.units, lang)
    start = since.date() if since else today - timedelta(days=NEWS_DAYS)
    events = step_changes_since(session, programme_id, start).merge(
        units[["unit_id", "municipality_code", "municipality", "centre"]], on="unit_id")
    scores = with_names(Picture(frames, today).scores(), lang)
    return WorkFrames(rows, frames.item_states, signed_steps(session, programme_id), events,
                      scores, users_frame(session, programme_id), since)
