"""The steering-group report a manager may have attached to their first digest of a month:
the file `python -m rollout report` writes, for the digest's day, less what people typed (a
reopening's reason): a mail carries no free text."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from sqlalchemy.orm import Session

from rollout import geo, queries, report
from rollout.config import Settings
from rollout.models import Programme


def steering_group_report(session: Session, programme_id: int, today: date, lang: str,
                          settings: Settings) -> str:
    """The steering-group report of the programme on `today` (changes of the last meeting
    interval), with the cached or configured boundaries, else the tile map: never a
    download from a mail job."""
    programme = session.get_one(Programme, programme_id)
    codes, weights = geo.programme_places(queries.units_frame(session, programme_id))
    found = geo.boundaries_for(list(codes), settings, download=False)
    boundaries = found.boundaries or geo.tiles_for(codes, weights)
    since = today - timedelta(days=report.MEETING_INTERVAL_DAYS)
    content = report.gather(session, programme, today, since, lang, boundaries)
    changes = content.changes
    if not changes.empty:  # a reopening's detail is its reason, in a person's own words
        changes = changes.assign(detail=changes["detail"].where(changes["kind"] != "reopened",
                                                                ""))
    return report.render(replace(content, changes=changes), lang, datetime.now(timezone.utc))
