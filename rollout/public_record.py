"""What the public record says, and only that: the releases (data/public_record.csv) that
name when the service was running where, read as what they are. A release listing a
municipality as served gives an upper bound, "live by" the release (at the latest), never a
day of go-live; a release saying when the service started gives a season, not a day. A date
the record gives is stored with the release's key (StepProgress.end_latest_by) until a person
records the real day."""
from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from rollout.config import DATA_DIR
from rollout.i18n import Words

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


@dataclass(frozen=True)
class Release:
    key: str
    publisher: str
    published: str  # "2024" or "2025-12-04": as precisely as the release is dated
    latest_by: str  # what it bounds: a month "2024-12" or a day "2025-12-04"
    service_started: str  # "2023-autumn" when it says when the service started, else ""
    title: str

    @property
    def latest_day(self) -> date:
        """The last day `latest_by` covers: where counts and charts place the bound."""
        return bounded_day(self.latest_by)

    @property
    def citation(self) -> str:
        """The release as a reference, in its own language (publisher, date, title)."""
        return f"{self.publisher} {self.published}" + (f": {self.title}" if self.title else "")


@dataclass(frozen=True)
class FirstLive:
    """When the service first went live: a recorded day; else, as the public record has it,
    the season a release says the service started in (`start_record`), or the earliest
    upper bound a release gives (`day` with `latest_by`)."""
    day: date | None = None
    latest_by: str = ""
    start_record: str = ""


def bounded_day(text: str) -> date:
    """'2024-12' → 2024-12-31 (its month's last day); '2025-12-04' → that day."""
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 2:
        year, month = parts
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(*parts)


@cache
def releases(data_dir: Path = DATA_DIR) -> dict[str, Release]:
    with (data_dir / "public_record.csv").open(encoding="utf-8", newline="") as handle:
        return {row["key"]: Release(row["key"], row["publisher"], row["published"],
                                    row["latest_by"], row["service_started"], row["title"])
                for row in csv.DictReader(handle)}


def release(key: str) -> Release | None:
    return releases().get(key) if key else None


def _dated(words: Words, text: str) -> str:
    """'2024' as is, '2024-12' as 12/2024, a day as the language writes days."""
    parts = text.split("-")
    if len(parts) == 1:
        return text
    if len(parts) == 2:
        return f"{int(parts[1])}/{parts[0]}"
    return words.day(date.fromisoformat(text))


def release_label(words: Words, key: str) -> str:
    """"tiedote 2024": which release."""
    found = release(key)
    return words.t("record.release", published=_dated(words, found.published)) if found else key


def latest_by_label(words: Words, key: str) -> str:
    """"viimeistään 12/2024 · tiedote 2024": a date the record gives, as the bound it is."""
    found = release(key)
    if found is None:
        return key
    return words.t("record.latest_by", bound=_dated(words, found.latest_by),
                   release=release_label(words, key))


def start_label(words: Words, key: str) -> str:
    """"syksy 2023 (julkinen lähde)": when a release says the service started."""
    found = release(key)
    if found is None or not found.service_started:
        return "–"
    year, season = found.service_started.split("-")
    return words.t("record.started", season=words.t(f"record.season.{season}"), year=year)


def season_end(key: str) -> date | None:
    """The last day of the season a release says the service started in."""
    found = release(key)
    if found is None or not found.service_started:
        return None
    year, season = found.service_started.split("-")
    last_month = SEASON_MONTHS[season][1]
    return date(int(year), last_month, calendar.monthrange(int(year), last_month)[1])


def first_live_label(words: Words, first: FirstLive) -> str:
    """A recorded day, "syksyllä 2023 (julkinen lähde)" or "viimeistään 12/2024 · tiedote
    2024"."""
    if first.start_record:
        return start_label(words, first.start_record)
    if first.latest_by:
        return latest_by_label(words, first.latest_by)
    return words.day(first.day)


def end_labels(words: Words, ends, latest_by) -> list[str]:
    """Actual ends as read: a day, or for one the record bounds, "viimeistään … · tiedote …"."""
    days = words.days(ends)
    return [latest_by_label(words, key) if key else shown
            for shown, key in zip(days, latest_by)]


def shown_briefly(words: Words, first: FirstLive) -> tuple[str, str]:
    """A figure's value and its detail line, for where the full label does not fit (a
    metric): ("syksyllä 2023", "tiedote 2024"), ("≤ 12/2024", "viimeistään · tiedote 2024"),
    or a day and nothing."""
    if first.start_record:
        found = release(first.start_record)
        year, season = found.service_started.split("-")
        return (f"{words.t(f'record.season.{season}')} {year}",
                release_label(words, first.start_record))
    if first.latest_by:
        found = release(first.latest_by)
        return (f"≤ {_dated(words, found.latest_by)}",
                words.t("record.latest_by_brief", published=_dated(words, found.published)))
    return words.day(first.day), ""
