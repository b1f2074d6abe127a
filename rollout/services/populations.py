"""Write use-cases of municipalities' populations: edit one (population, its year and
structured source), or import a file of them or Statistics Finland's latest figures: a plan
first (every change old → new, every problem with its row and column), then applied all or
nothing. Each changed field is a history event."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import Municipality
from rollout.permissions import Actor, require
from rollout.population_file import FIRST_YEAR, PopulationRow, Problem
from rollout.population_source import (NOTED, PopulationFigure, PopulationSource,
                                       from_text, reference_day, year_end)
from rollout.services.conflicts import EditConflict, committing, last_event, saved_by
from rollout.services.organisation import programme_regions
from rollout.text_rules import checked_text

ENTITY = Entity.MUNICIPALITY
FIELDS = ("population", "population_year", "population_source_kind",
          "population_reference_day", "population_source")


@dataclass(frozen=True)
class PopulationChange:
    """One municipality's population as stored (at `version`) and as it would be."""
    row: int | None
    code: str
    name_fi: str
    name_sv: str
    version: int
    old: PopulationFigure
    new: PopulationFigure


@dataclass(frozen=True)
class PopulationPlan:
    changes: tuple[PopulationChange, ...]
    problems: tuple[Problem, ...]
    unchanged: int = 0


def set_population(session: Session, actor: Actor, programme_id: int, code: str,
                   expected_version: int, figure: PopulationFigure,
                   today: date | None = None) -> Municipality:
    """Save one municipality's population with its year and source, if nobody changed it
    since the user saw `expected_version`; unchanged values change nothing. A year-end
    figure holds on the year's last day; a preliminary one on the day given."""
    require(actor.is_admin)
    figure = _checked(figure, today or date.today())
    with committing(session, _conflict(session, code, expected_version)):
        municipality = _municipality(session, programme_id, code)
        if municipality.version != expected_version:
            raise _conflict(session, code, expected_version)()
        _store(session, actor, programme_id, municipality, figure)
    return municipality


def plan_population_import(session: Session, actor: Actor, programme_id: int,
                           rows: list[PopulationRow], problems: list[Problem],
                           default_source: str = "") -> PopulationPlan:
    """What importing the rows read from a file would change, and every problem (those of
    reading, unknown codes, a code twice); writes nothing. A row without a source takes
    `default_source`, or keeps the stored source when that is empty too."""
    require(actor.is_admin)
    default_source = checked_text(default_source, "population_source",
                                  Municipality.population_source)
    regions = programme_regions(session, programme_id)
    changes, found, seen, unchanged = [], list(problems), {}, 0
    for row in rows:
        municipality = session.get(Municipality, row.code)
        if municipality is None or municipality.region_id not in regions:
            found.append(Problem(row.row, "code", DomainError("populations.unknown_code",
                                                              code=row.code)))
            continue
        if row.code in seen:
            found.append(Problem(row.row, "code", DomainError(
                "populations.code_twice", code=row.code, row=seen[row.code])))
            continue
        seen[row.code] = row.row
        try:
            source = checked_text(row.source, "population_source",
                                  Municipality.population_source)
        except DomainError as error:
            found.append(Problem(row.row, "source", error))
            continue
        old = stored_figure(municipality)
        new = from_text(row.population, row.year, source or default_source)
        if new == old:
            unchanged += 1
            continue
        changes.append(PopulationChange(row.row, row.code, municipality.name_fi,
                                        municipality.name_sv, municipality.version, old, new))
    found.sort(key=lambda problem: (problem.row or 0, problem.column))
    return PopulationPlan(tuple(changes), tuple(found), unchanged)


def apply_population_import(session: Session, actor: Actor, programme_id: int,
                            changes: tuple[PopulationChange, ...]) -> int:
    """Save a plan's changes all or nothing (a municipality changed since the plan refuses
    the whole import, naming who saved it); returns how many municipalities changed."""
    require(actor.is_admin)
    for change in changes:
        _checked(change.new, date.today())
    first = changes[0] if changes else None
    with committing(session, _conflict(session, first.code if first else "",
                                       first.version if first else 0)):
        for change in changes:
            municipality = _municipality(session, programme_id, change.code)
            if municipality.version != change.version:
                raise _conflict(session, change.code, change.version)()
            _store(session, actor, programme_id, municipality, change.new)
    return len(changes)


def plan_fetched_populations(session: Session, actor: Actor, programme_id: int,
                             populations: dict[str, int], year: int) -> PopulationPlan:
    """What saving Statistics Finland's year-end populations of `year` (by municipality code,
    as rollout.statfin fetched them for the programme's municipalities) would change."""
    require(actor.is_admin)
    regions = programme_regions(session, programme_id)
    changes, unchanged = [], 0
    for municipality in session.scalars(select(Municipality).where(
            Municipality.region_id.in_(regions), Municipality.code.in_(list(populations)))
            .order_by(Municipality.code)):
        old, new = stored_figure(municipality), year_end(populations[municipality.code], year)
        if new == old:
            unchanged += 1
            continue
        changes.append(PopulationChange(None, municipality.code, municipality.name_fi,
                                        municipality.name_sv, municipality.version, old, new))
    return PopulationPlan(tuple(changes), (), unchanged)


def programme_municipality_codes(session: Session, programme_id: int) -> list[str]:
    """The codes of the municipalities of the programme's counties, whose populations it
    keeps."""
    return list(session.scalars(select(Municipality.code).where(
        Municipality.region_id.in_(programme_regions(session, programme_id)))
        .order_by(Municipality.code)))


def population_values(municipality: Municipality) -> dict[str, object]:
    """A municipality's population as its form shows it."""
    return dict(zip(FIELDS, _values(stored_figure(municipality))))


def stored_figure(municipality: Municipality) -> PopulationFigure:
    return PopulationFigure(municipality.population, municipality.population_year,
                            municipality.population_source_kind or PopulationSource.UNSTATED,
                            municipality.population_reference_day,
                            municipality.population_source or "")


def _values(figure: PopulationFigure) -> tuple[object, ...]:
    return (figure.population, figure.year, figure.kind, figure.reference_day, figure.note)


def _store(session: Session, actor: Actor, programme_id: int, municipality: Municipality,
           new: PopulationFigure) -> None:
    old = stored_figure(municipality)
    for field, old_value, new_value in zip(FIELDS, _values(old), _values(new)):
        if old_value != new_value:
            record_event(session, actor=actor, entity=ENTITY, entity_id=municipality.code,
                         field=field, old=old_value, new=new_value,
                         effective_on=date.today(), programme_id=programme_id)
            setattr(municipality, field, new_value)


def _checked(figure: PopulationFigure, today: date) -> PopulationFigure:
    """The figure as stored (its reference day as the kind says), or the rule it breaks."""
    population, year = figure.population, figure.year
    if not isinstance(population, int) or isinstance(population, bool) or population < 1:
        raise DomainError("populations.not_whole", value=str(population), field="population")
    if year is None:
        raise DomainError("populations.year_needed", field="population_year")
    if not isinstance(year, int) or year < FIRST_YEAR:
        raise DomainError("populations.bad_year", value=str(year), field="population_year")
    if year > today.year:
        raise DomainError("populations.future_year", year=year, field="population_year")
    try:
        kind = PopulationSource(figure.kind)
    except ValueError:
        raise DomainError("populations.note_needed", field="population_source_kind") from None
    note = checked_text(figure.note, "population_source", Municipality.population_source)
    if kind in NOTED and not note:
        raise DomainError("populations.note_needed", field="population_source")
    day = reference_day(kind, year, figure.reference_day)
    if kind == PopulationSource.STATFIN_PRELIMINARY:
        if day is None:
            raise DomainError("populations.day_needed", field="population_reference_day")
        if day.year != year or day > today:
            raise DomainError("populations.day_outside_year", day=day.isoformat(), year=year,
                              field="population_reference_day")
    return PopulationFigure(population, year, kind.value, day, note if kind in NOTED else "")


def _municipality(session: Session, programme_id: int, code: str) -> Municipality:
    municipality = session.get(Municipality, code, populate_existing=True)
    if municipality is None or municipality.region_id not in programme_regions(session,
                                                                              programme_id):
        raise DomainError("populations.unknown_code", code=code)
    return municipality


def _conflict(session: Session, code: str, expected_version: int) -> Callable[[], DomainError]:
    def conflict() -> DomainError:
        municipality = session.get(Municipality, code, populate_existing=True) if code else None
        if municipality is None or municipality.version == expected_version:
            return DomainError("error.not_saved")
        by, at = saved_by(last_event(session, ENTITY, code))
        return EditConflict("populations.conflict", by=by, at=at, version=municipality.version,
                            theirs=population_values(municipality),
                            municipality=municipality.names)
    return conflict

