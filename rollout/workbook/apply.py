"""From a read workbook to an exact plan of changes, and applying it: the same services,
permissions, rules, readiness gate and history as the screens, in one transaction."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout import queries, services
from rollout.domain import DomainError
from rollout.models import Programme, RolloutUnit, StepProgress
from rollout.permissions import Actor
from rollout.services import EditConflict, PlannedChange
from rollout.service_figures import FIGURE_FIELDS
from rollout.services.conflicts import committing
from rollout.services.readiness import ITEM_FIELDS
from rollout.services.steps import apply_planned_steps, bulk_conflict, step_conflict
from rollout.workbook.figures_plan import FigureChange, apply_figures, plan_figures
from rollout.workbook.layout import EDITABLE, value_text
from rollout.workbook.locate import StepIndex
from rollout.workbook.read import Problem, Progress, ReadWorkbook, RowValues
from rollout.workbook.sheets import LIMITS, STOPS, Limits, stopped_problems
from rollout.workbook.readiness_plan import ItemChange, apply_readiness, plan_readiness
from rollout.workbook.readiness_sheet import ReadinessSheet

ROW_LEVEL = {"error.permission"}  # refusals about the whole row rather than one cell


@dataclass(frozen=True)
class ImportChange:
    """One field of one unit's step that the import changes, and the row it comes from."""
    row: int
    change: PlannedChange


@dataclass(frozen=True)
class ImportPlan:
    """What an import would change, field by field, and every problem that stops it."""
    sheet: str
    changes: tuple[ImportChange, ...]
    problems: tuple[Problem, ...]
    programme_id: int = 0
    figure_changes: tuple[FigureChange, ...] = ()  # the figures sheet's, when it has one
    item_changes: tuple[ItemChange, ...] = ()  # the readiness sheet's
    skipped: tuple[str, ...] = ()  # sheets of an older export that are not imported
    missing: tuple[str, ...] = ()  # sheets exported but not found (renamed or deleted)

    @property
    def rows_changed(self) -> int:
        """Steps, readiness items and area months that change."""
        return len({change.change.progress_id for change in self.changes}) + len(
            {(change.area_id, change.month) for change in self.figure_changes}) + len(
            {(item.planned.unit_id, item.planned.item_id) for item in self.item_changes})

    @property
    def problem_count(self) -> int:
        """The problems found (a line saying why checking stopped is not one)."""
        return sum(problem.error.key not in STOPS for problem in self.problems)

    @property
    def stopped(self) -> Problem | None:
        """Why reading or checking stopped before the end of the file, if it did."""
        return next((problem for problem in self.problems if problem.error.key in STOPS), None)

    @property
    def change_count(self) -> int:
        return len(self.changes) + len(self.figure_changes) + len(self.item_changes)

    def counts_by_field(self) -> dict[str, int]:
        """How many changes of each kind (status, planned end, …, a readiness item's status,
        …, each figure), in the sheets' order."""
        counts = Counter([*(change.change.field for change in self.changes),
                          *(f"item_{change.field}" for change in self.item_changes),
                          *(change.field for change in self.figure_changes)])
        kinds = (*EDITABLE, *(f"item_{name}" for name in ITEM_FIELDS), *FIGURE_FIELDS)
        return {field: counts[field] for field in kinds if counts[field]}


def plan_import(session: Session, actor: Actor, programme_id: int, workbook: ReadWorkbook,
                today: date | None = None, progress: Progress | None = None,
                limits: Limits = LIMITS) -> ImportPlan:
    """Exactly what importing the workbook would change (what the user edited since the
    export), and every problem, telling `progress` the share checked; writes nothing.
    Raises DomainError when the workbook belongs to another programme or shows a past
    day."""
    progress = progress or (lambda share: None)
    programme = session.get(Programme, programme_id)
    if workbook.programme != programme.slug:
        raise DomainError("workbook.other_programme", found=workbook.programme or "?",
                          expected=programme.slug)
    if workbook.as_of:
        raise DomainError("workbook.snapshot", day=workbook.as_of)
    today = today or date.today()
    budget = limits.problems + 1  # planning stops one past the limit: see _capped
    item_changes, item_problems = (
        plan_readiness(session, actor, programme_id, workbook.readiness, budget)
        if isinstance(workbook.readiness, ReadinessSheet) else ([], []))
    progress(0.4)
    with _items_in_place(session, actor, item_changes):  # the gate sees them
        changes, problems = _plan_steps(session, actor, programme_id, workbook, today,
                                        budget - len(item_problems))
    progress(0.8)
    figure_changes, figure_problems = (
        plan_figures(session, actor, programme_id, workbook.figures, today,
                     budget - len(item_problems) - len(problems))
        if workbook.figures is not None else ([], []))
    skipped = (workbook.readiness,) if isinstance(workbook.readiness, str) else ()
    progress(1.0)
    return ImportPlan(workbook.sheet, tuple(changes),
                      _capped([*problems, *item_problems, *figure_problems], limits),
                      programme_id,
                      tuple(figure_changes), tuple(item_changes), skipped, workbook.missing)


def _capped(problems: list[Problem], limits: Limits) -> tuple[Problem, ...]:
    """At most the limit of problems, then one saying that checking stopped there (and
    why reading stopped, when it did)."""
    others = [problem for problem in problems if problem.error.key not in STOPS]
    if len(others) <= limits.problems:
        return tuple(problems)
    kept = others[:limits.problems]
    rows_stop = [problem for problem in problems if problem.error.key == "workbook.stopped_rows"]
    return (*kept, *rows_stop, stopped_problems(kept[-1].sheet, kept[-1].row, limits))


def _plan_steps(session: Session, actor: Actor, programme_id: int, workbook: ReadWorkbook,
                today: date, budget: int) -> tuple[list[ImportChange], list[Problem]]:
    """The units-and-steps sheet's changes and problems (problems in row order), checked
    until the problems reach `budget`."""
    index = StepIndex(queries.step_rows(session, programme_id))
    loaded = _steps_of(session, programme_id)  # noqa: F841 (held: each row's get finds it)
    changes, problems, seen = [], list(workbook.problems), {}
    for row in workbook.rows:
        if len(problems) >= budget:
            break
        try:
            progress_id = index.locate(row.progress_id, row.shown,
                                       workbook.places.get(row.progress_id))
            if progress_id in seen:
                raise DomainError("workbook.duplicate_row", other=seen[progress_id])
            seen[progress_id] = row.row
            planned = _row_changes(session, actor, workbook, row, progress_id, today)
        except DomainError as error:
            problems.append(_problem(workbook, row, error))
            continue
        changes += [ImportChange(row.row, change) for change in planned]
    return changes, sorted(problems, key=lambda problem: problem.row or 0)


@contextmanager
def _items_in_place(session: Session, actor: Actor, changes: list[ItemChange]
                    ) -> Iterator[None]:
    """The previewed readiness items saved (not committed) while the steps are planned, so
    the readiness gate judges a step by the items ticked in the same workbook, as applying
    does (items first); then rolled back: a preview writes nothing."""
    if not changes:
        yield
        return
    try:
        apply_readiness(session, actor, tuple(changes))
        session.flush()
        yield
    finally:
        session.rollback()


def apply_import(session: Session, actor: Actor, plan: ImportPlan,
                 today: date | None = None, progress: Progress | None = None) -> int:
    """Apply a previewed import: every change or none, each a history event of `actor`;
    refused whole while the plan has problems or a step, item or month changed since the
    preview. Readiness items (first, so the gate sees them), steps and figures are saved in
    one transaction, through their services, telling `progress` the share done. Returns how
    many rows (readiness items, steps and area months) changed."""
    if plan.problems:
        raise DomainError("workbook.has_problems", count=len(plan.problems))
    if not plan.change_count:
        return 0
    progress = progress or (lambda share: None)
    steps = [item.change for item in plan.changes]
    with committing(session, lambda: bulk_conflict(session, steps)):
        count = apply_readiness(session, actor, plan.item_changes)  # first: for the gate
        progress(0.3)
        count += apply_planned_steps(session, actor, steps, today=today) if steps else 0
        progress(0.7)
        count += apply_figures(session, actor, plan.programme_id, plan.figure_changes, today)
        progress(0.9)
    progress(1.0)
    return count


def _row_changes(session: Session, actor: Actor, workbook: ReadWorkbook, row: RowValues,
                 progress_id: int, today: date) -> list[PlannedChange]:
    """The fields the user changed in this row, as the services would save them."""
    progress = session.get(StepProgress, progress_id)
    stored = services.values_of(progress)
    original = workbook.originals.get(progress_id)
    exported_version = row.version if row.version is not None else (
        original or {}).get("version", progress.version)
    baseline = original if original is not None else asdict(stored)
    edited = {name: value for name, value in row.values.items() if value != baseline[name]}
    if not edited:
        return []
    if exported_version != progress.version:
        raise _conflict(session, progress_id, edited)
    return services.preview_step_edit(session, actor, progress_id, progress.version,
                                      replace(stored, **edited), today)


def _conflict(session: Session, progress_id: int, edited: dict[str, object]) -> DomainError:
    """Someone saved the step in the app after the export: the app's value and the
    workbook's, side by side, for the first field the user changed."""
    error = step_conflict(session, progress_id)
    field = next(iter(edited))
    theirs = getattr(error.theirs, field) if isinstance(error, EditConflict) else None
    return DomainError("workbook.conflict", by=error.params.get("by", "?"), column=field,
                       theirs=value_text(field, theirs), mine=value_text(field, edited[field]))


def _problem(workbook: ReadWorkbook, row: RowValues, error: DomainError) -> Problem:
    """The refusal placed on its cell: the column it names (a rule's field), the status for
    the readiness gate and reopening, the row for a permission."""
    column = error.params.get("column") or error.params.get("field")
    if column is None and error.key not in ROW_LEVEL:
        column = "status"
    return Problem(workbook.sheet, row.row, workbook.header(column) if column else "", error)


def _steps_of(session: Session, programme_id: int) -> list[StepProgress]:
    """Every step row of the programme in one query, so that comparing each workbook row
    with it (session.get) needs no query of its own."""
    return list(session.scalars(select(StepProgress).join(
        RolloutUnit, StepProgress.unit_id == RolloutUnit.id).where(
        RolloutUnit.programme_id == programme_id)))
