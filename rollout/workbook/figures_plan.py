"""The figures sheet's part of an import: what each row changes (area, month, field,
old → new) by the same rules, permission and version check as the Service figures screen,
and applying it through the same service, inside the import's one transaction."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout import queries
from rollout.domain import DomainError
from rollout.models import MonthlyFigure
from rollout.permissions import Actor, require
from rollout.service_figures import FigureValues, checked_figures
from rollout.services.figures import (figure_values, month_row, month_saved_by,
                                      programme_first_month, store_month_figures)
from rollout.workbook.figures_sheet import FigureRow, FiguresSheet
from rollout.workbook.layout import value_text
from rollout.workbook.sheets import Problem

COLUMN_OF = {"figures.future_month": "month", "figures.bad_month": "month",
             "figures.before_programme": "month",
             "figures.unknown_area": "area", "figures.channels_exceed": "contacts_by_phone"}


@dataclass(frozen=True)
class FigureChange:
    """One figure of one area's month that the import changes, and the row it comes from
    (`version` None: the month has no figures yet and the import adds it)."""
    row: int
    area_id: int
    area: str
    month: date
    version: int | None
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class _Context:
    """What planning every row needs: the programme's areas and the months stored now."""
    actor: Actor
    programme_id: int
    today: date
    first: date  # the programme's first month
    names: dict[int, str]  # area id → name
    by_name: dict[str, int]  # area name, case-folded → id
    centres: dict[int, list[int]]
    stored: dict[tuple[int, date], tuple[int, FigureValues]]  # (area, month) → version, values


def plan_figures(session: Session, actor: Actor, programme_id: int, sheet: FiguresSheet,
                 today: date, budget: int) -> tuple[list[FigureChange], list[Problem]]:
    """Every figure the user changed or typed in, and every problem until they reach
    `budget`; writes nothing."""
    context = _context(session, actor, programme_id, today)
    unreadable = {problem.row for problem in sheet.problems
                  if problem.column == sheet.header("month")}
    changes, problems, seen = [], list(sheet.problems), {}
    for row in sheet.rows:
        if len(problems) >= budget:
            break
        if row.key is None and row.row in unreadable:
            continue  # its month could not be read: already a problem
        try:
            key = _locate(row, context)
            if key in seen:
                raise DomainError("workbook.duplicate_month", other=seen[key])
            seen[key] = row.row
            changes += _row_changes(session, sheet, row, key, context)
        except DomainError as error:
            problems.append(_problem(sheet, row, error))
    return changes, sorted(problems, key=lambda problem: problem.row or 0)


def apply_figures(session: Session, actor: Actor, programme_id: int,
                  changes: tuple[FigureChange, ...], today: date | None = None) -> int:
    """Save each previewed month through the figures service, without committing; refused
    (DomainError) when someone saved a month since the preview. Returns how many months."""
    by_month: dict[tuple[int, date], list[FigureChange]] = {}
    for change in changes:
        by_month.setdefault((change.area_id, change.month), []).append(change)
    today = today or date.today()
    first = programme_first_month(session, programme_id, today)  # once, not per month
    for (area_id, month), planned in by_month.items():
        current = figure_values(month_row(session, programme_id, area_id, month))
        wanted = replace(current, **{change.field: change.new for change in planned})
        store_month_figures(session, actor, programme_id, area_id, month,
                            planned[0].version, wanted, today, first)
    return len(by_month)


def _context(session: Session, actor: Actor, programme_id: int, today: date) -> _Context:
    areas = queries.area_municipalities(session, programme_id)
    names = {int(area_id): name for area_id, name in zip(areas["area_id"], areas["area"])}
    rows = session.scalars(select(MonthlyFigure).filter_by(programme_id=programme_id))
    stored = {(row.area_id, row.month): (row.version, figure_values(row)) for row in rows}
    return _Context(actor, programme_id, today,
                    programme_first_month(session, programme_id, today), names,
                    {name.casefold(): area_id for area_id, name in names.items()},
                    queries.area_centres(session, programme_id), stored)


def _locate(row: FigureRow, context: _Context) -> tuple[int, date]:
    """The area and month a row is about: by its hidden key, or (a row typed in by hand) by
    its area's name and its month; a keyed row's visible area and month must agree."""
    if row.key is None:
        area_id = context.by_name.get(row.area.casefold())
        if area_id is None:
            raise DomainError("figures.unknown_area", area=row.area or "–")
        if row.month is None:
            raise DomainError("figures.bad_month", value="–")
        return area_id, row.month
    area_id, month = row.key
    if area_id not in context.names:
        raise DomainError("workbook.unknown_row", value=f"{area_id}:{month:%Y-%m}",
                          column="figure_key")
    expected = f"{context.names[area_id]} {month:%Y-%m}"
    if row.area and row.area.casefold() != context.names[area_id].casefold():
        raise DomainError("workbook.row_mismatch", value=row.area, expected=expected,
                          column="area")
    if row.month is not None and row.month != month:
        raise DomainError("workbook.row_mismatch", value=f"{row.month:%Y-%m}",
                          expected=expected, column="month")
    return area_id, month


def _row_changes(session: Session, sheet: FiguresSheet, row: FigureRow,
                 key: tuple[int, date], context: _Context) -> list[FigureChange]:
    """The figures the user changed in this row, as the service would save them (in a row
    typed in by hand, an empty cell keeps what the month holds)."""
    version, stored = context.stored.get(key, (None, FigureValues()))
    original = sheet.originals.get(key) if row.key is not None else None
    baseline = original if original is not None else stored.as_dict()
    edited = {name: value for name, value in row.values.items() if value != baseline[name]
              and (value is not None or row.key is not None)}
    if not edited:
        return []
    exported = version if row.key is None else (
        row.version if row.version is not None else (original or {}).get("version", version))
    if exported != version:
        raise _conflict(session, context, key, stored, edited)
    require(context.actor.can_record_area(context.centres.get(key[0], [])))
    new = checked_figures(replace(stored, **edited), key[1], context.today, context.first)
    return [FigureChange(row.row, key[0], context.names[key[0]], key[1], version, name,
                         getattr(stored, name), getattr(new, name))
            for name in stored.changed_fields(new)]


def _conflict(session: Session, context: _Context, key: tuple[int, date],
              stored: FigureValues, edited: dict[str, object]) -> DomainError:
    """Someone saved the month in the app after the export: both values, side by side."""
    row = month_row(session, context.programme_id, key[0], key[1])
    name = next(iter(edited))
    return DomainError("workbook.conflict", by=month_saved_by(session, row) if row else "?",
                       column=name, theirs=value_text(name, getattr(stored, name)),
                       mine=value_text(name, edited[name]))


def _problem(sheet: FiguresSheet, row: FigureRow, error: DomainError) -> Problem:
    """The refusal placed on its cell; a permission refusal is about the whole row."""
    column = (error.params.get("column") or error.params.get("field")
              or COLUMN_OF.get(error.key))
    return Problem(sheet.sheet, row.row, sheet.header(column) if column else "", error)
