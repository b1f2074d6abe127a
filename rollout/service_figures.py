"""Monthly service figures of an area: the fields and the pure rules a month's figures keep
(whole counts ≥ 0, channels within the contacts, finite days ≥ 0, shares 0–100 %, months
within the programme's years: none before it began, none in the future)."""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields
from datetime import date

from rollout.domain import DomainError

CONTACT_FIELDS = ("contacts_from_families", "contacts_from_professionals")
CHANNEL_FIELDS = ("contacts_by_phone", "contacts_by_form", "contacts_by_other")
COUNT_FIELDS = (*CONTACT_FIELDS, *CHANNEL_FIELDS, "network_meetings", "queue_at_month_end")
DAYS_FIELD = "days_to_network_meeting"
SHARE_FIELD = "share_answered_in_3_days"


@dataclass(frozen=True)
class FigureValues:
    """One area's figures for one month; None where nothing was reported. The share answered
    within 3 working days is a percentage (0–100)."""
    contacts_from_families: int | None = None
    contacts_from_professionals: int | None = None
    contacts_by_phone: int | None = None
    contacts_by_form: int | None = None
    contacts_by_other: int | None = None
    network_meetings: int | None = None
    days_to_network_meeting: float | None = None
    share_answered_in_3_days: float | None = None
    queue_at_month_end: int | None = None

    def changed_fields(self, other: FigureValues) -> list[str]:
        return [name for name in FIGURE_FIELDS if getattr(self, name) != getattr(other, name)]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


FIGURE_FIELDS = tuple(field.name for field in fields(FigureValues))


def month_start(day: date) -> date:
    """The month a day belongs to, as its first day (how a month is stored)."""
    return day.replace(day=1)


def month_text(day: date) -> str:
    """A month as YYYY-MM, the year in four digits whatever it is (strftime drops them)."""
    return f"{day.year:04d}-{day.month:02d}"


LARGEST_COUNT = 2_147_483_647  # what an INTEGER column holds


def parse_month(text: str) -> date:
    """A month written YYYY-MM as its first day; refused naming what was written."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise DomainError("figures.bad_month", value=text)
    return date(int(match.group(1)), int(match.group(2)), 1)


def first_month(today: date, *known: date | None) -> date:
    """The first month a programme's figures can be for: January of the earliest year it
    knows of (its start, its earliest step date), and at least of this year."""
    return date(min([today.year, *(day.year for day in known if day is not None)]), 1, 1)


def checked_figures(values: FigureValues, month: date, today: date,
                    first: date | None = None) -> FigureValues:
    """The figures as stored (counts as integers), or a DomainError naming the first field
    that breaks a rule; `first` is the programme's first month (see first_month)."""
    if month_start(month) > month_start(today):
        raise DomainError("figures.future_month", month=month_text(month))
    first = first or first_month(today)
    if month_start(month) < first:
        raise DomainError("figures.before_programme", month=month_text(month),
                          first=month_text(first))
    counts = {name: _whole_number(name, getattr(values, name)) for name in COUNT_FIELDS}
    contacts = [counts[name] for name in CONTACT_FIELDS]
    channels = sum(counts[name] or 0 for name in CHANNEL_FIELDS)
    if None not in contacts and channels > sum(contacts):
        raise DomainError("figures.channels_exceed",
                          channels=channels, total=sum(contacts))
    for name in (DAYS_FIELD, SHARE_FIELD):
        number = getattr(values, name)
        if number is not None and (isinstance(number, bool) or not math.isfinite(number)):
            raise DomainError("figures.not_finite", field=name, value=number)
    days = values.days_to_network_meeting
    if days is not None and days < 0:
        raise DomainError("figures.negative", field=DAYS_FIELD, value=days)
    share = values.share_answered_in_3_days
    if share is not None and not 0 <= share <= 100:
        raise DomainError("figures.share_range", field=SHARE_FIELD, value=share)
    return FigureValues(**{**values.as_dict(), **counts})


def _whole_number(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not float(value).is_integer():
        raise DomainError("figures.whole_number", field=name, value=value)
    if value < 0:
        raise DomainError("figures.negative", field=name, value=value)
    if value > LARGEST_COUNT:
        raise DomainError("figures.too_large", field=name, value=value, largest=LARGEST_COUNT)
    return int(value)
