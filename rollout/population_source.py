"""Where a municipality's population comes from, as a structured fact: who published it, which
figure (a year-end population, a preliminary monthly one, an estimate and why) and on which
day it holds, read in the reader's language ("Tilastokeskus, väestö 31.12.2024"). Only what a
person typed themselves (an estimate's reason, another source) stays their own words."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from rollout.i18n import Words


class PopulationSource(enum.StrEnum):
    STATFIN_YEAR_END = "statfin_year_end"  # Statistics Finland, population on 31 December
    STATFIN_PRELIMINARY = "statfin_preliminary"  # Statistics Finland's preliminary monthly
    ESTIMATE = "estimate"  # a person's estimate; the note says why
    OTHER = "other"  # another publisher; the note names it
    UNSTATED = "unstated"  # nobody said (a file imported without a source)
    # The estimates the seed data carries, each with its reason in the catalog:
    ESTIMATE_YEAR_UNSTATED = "estimate_year_unstated"  # a year-end figure, 2023 or 2024
    ESTIMATE_ROUGH = "estimate_rough"  # within about 3 %, the exact figure not yet fetched
    ESTIMATE_NEWSPAPER = "estimate_newspaper"  # Statistics Finland's as a newspaper printed it


# Kinds whose note is the person's words, and so must be given.
NOTED = (PopulationSource.ESTIMATE, PopulationSource.OTHER)
# Kinds a person may choose in the form (the seed's own estimates are only kept).
CHOSEN = (PopulationSource.STATFIN_YEAR_END, PopulationSource.STATFIN_PRELIMINARY,
          PopulationSource.ESTIMATE, PopulationSource.OTHER)
ESTIMATES = (PopulationSource.ESTIMATE, PopulationSource.ESTIMATE_YEAR_UNSTATED,
             PopulationSource.ESTIMATE_ROUGH, PopulationSource.ESTIMATE_NEWSPAPER)


def reference_day(kind: str, year: int | None, day: date | None) -> date | None:
    """The day a figure holds on: a year-end figure's is the year's last day; a preliminary
    figure's is its own; other kinds have none."""
    if kind == PopulationSource.STATFIN_YEAR_END and year is not None:
        return date(year, 12, 31)
    if kind == PopulationSource.STATFIN_PRELIMINARY:
        return day
    return None


def source_label(words: Words, kind: str, day: date | None, note: str) -> str:
    """The source as one reads it: "Tilastokeskus, väestö 31.12.2024", "arvio: <why>"."""
    kind = PopulationSource(kind or PopulationSource.UNSTATED)
    return words.t(f"populations.kind_{kind.value}", day=words.day(day), note=note.strip())


def kind_name(words: Words, kind: str) -> str:
    """The kind alone, as a form's choice or a history value names it."""
    return words.t(f"populations.kind_name_{PopulationSource(kind).value}")


@dataclass(frozen=True)
class PopulationFigure:
    """A municipality's population as stored: residents, the year, and where it comes from."""
    population: int
    year: int | None
    kind: str = PopulationSource.UNSTATED
    reference_day: date | None = None
    note: str = ""

    def label(self, words: Words) -> str:
        return source_label(words, self.kind, self.reference_day, self.note)


def from_text(population: int, year: int, source: str) -> PopulationFigure:
    """A figure whose source is a person's words (a file's source column): another source
    named, or none stated."""
    kind = PopulationSource.OTHER if source.strip() else PopulationSource.UNSTATED
    return PopulationFigure(population, year, kind, None, source.strip())


def year_end(population: int, year: int) -> PopulationFigure:
    """Statistics Finland's population on 31 December of `year`."""
    return PopulationFigure(population, year, PopulationSource.STATFIN_YEAR_END,
                            date(year, 12, 31))
