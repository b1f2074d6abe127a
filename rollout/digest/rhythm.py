"""When a person's digest is due, and the period it is sent for: the key of `DigestSent`
that keeps one digest per person, programme and period however often the job runs."""
from __future__ import annotations

from datetime import date


def period_due(frequency: str, weekday: int, today: date) -> str | None:
    """The period a digest is sent for today ("2026-W50" weekly from the person's weekday
    to the week's end, so that a run that failed or did not happen on that day is made up
    later in the week; "2026-12-07" daily), or None when none is due ("never", or before the
    weekday)."""
    if frequency == "daily":
        return today.isoformat()
    if frequency == "weekly" and today.weekday() >= weekday:
        year, week, _ = today.isocalendar()
        return f"{year}-W{week:02d}"
    return None


def report_period(today: date) -> str:
    """The month's steering-group report ("2026-12-report"): attached to a manager's first
    digest of the month."""
    return f"{today:%Y-%m}-report"
