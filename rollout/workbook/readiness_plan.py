"""The readiness sheet's part of an import: what each row changes (unit, step, item, field,
old → new) by the same permission, version check and rules as the readiness screens, and
applying it through the same service, inside the import's one transaction."""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout import queries
from rollout.config import LANGUAGES
from rollout.domain import DomainError, Entity, ItemStatus
from rollout.models import ReadinessItemState
from rollout.permissions import Actor, require
from rollout.services import ItemValues, PlannedItemChange
from rollout.services.conflicts import last_event, saved_by
from rollout.services.readiness import apply_planned_items, preview_item_edit
from rollout.workbook.locate import Place, Shown, mismatch
from rollout.workbook.readiness_sheet import ReadinessRow, ReadinessSheet, item_status_label
from rollout.workbook.sheets import Problem

TEXT_FIELDS = ("reason", "evidence", "evidence_link")


@dataclass(frozen=True)
class ItemChange:
    """One field of one unit's readiness item that the import changes, and its row."""
    row: int
    planned: PlannedItemChange  # the whole item before → after, as the service saves it
    municipality: str
    position: int  # the step's number
    item: dict[str, str]  # "3. text" by language
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class _Context:
    """What planning every row needs: the programme's units and items, and what the items
    hold now (key → version, values; an item never saved is not there)."""
    units: dict[int, dict]  # by unit id: centre, municipality code and names
    items: dict[int, dict]  # by item id: step position, item position, texts
    stored: dict[tuple[int, int], tuple[int | None, ItemValues]]


def plan_readiness(session: Session, actor: Actor, programme_id: int, sheet: ReadinessSheet,
                   budget: int) -> tuple[list[ItemChange], list[Problem]]:
    """Every readiness field the user changed, and every problem until they reach
    `budget`; writes nothing."""
    context = _context(session, programme_id)
    changes, problems, seen = [], list(sheet.problems), {}
    for row in sheet.rows:
        if len(problems) >= budget:
            break
        try:
            key = _locate(row, context, sheet.places)
            if key in seen:
                raise DomainError("workbook.duplicate_row", other=seen[key])
            seen[key] = row.row
            changes += _row_changes(session, actor, sheet, row, key, context)
        except DomainError as error:
            problems.append(_problem(sheet, row, error))
    return changes, sorted(problems, key=lambda problem: problem.row or 0)


def apply_readiness(session: Session, actor: Actor, changes: tuple[ItemChange, ...]) -> int:
    """Save each previewed item through the readiness service, without committing; refused
    (DomainError) when someone saved an item since the preview. Returns how many items."""
    planned = list({(change.planned.unit_id, change.planned.item_id): change.planned
                    for change in changes}.values())
    return apply_planned_items(session, actor, planned) if planned else 0


def _context(session: Session, programme_id: int) -> _Context:
    units = queries.units_frame(session, programme_id).set_index("unit_id").to_dict("index")
    items = queries.items_frame(session, programme_id).set_index("item_id").to_dict("index")
    values = queries.item_values(session, programme_id)
    stored = {(int(row.unit_id), int(row.item_id)): (
        int(row.version), ItemValues(ItemStatus(row.status), row.reason, row.evidence,
                                     row.evidence_link))
        for row in values.itertuples()}
    return _Context(units, items, stored)


def _locate(row: ReadinessRow, context: _Context,
            places: dict[tuple[int, int], Shown]) -> tuple[int, int]:
    """The unit's item a row is about, by its hidden key; what the row shows (municipality,
    centre, step number, item) must be that unit's item."""
    if row.key is None:
        raise DomainError("workbook.unknown_row", value="–", column="item_key")
    unit_id, item_id = row.key
    if unit_id not in context.units or item_id not in context.items:
        raise DomainError("workbook.unknown_row", value=f"{unit_id}:{item_id}",
                          column="item_key")
    exported = places.get((unit_id, item_id))
    item = context.items[item_id]
    place = (Place.exported(exported) if exported is not None else Place.stored(
        {**context.units[unit_id], "position": item["position"]},
        tuple(item[f"text_{lang}"] or "" for lang in LANGUAGES)))
    if not place.shown_by(row.shown):
        raise mismatch(row.shown, place)
    return unit_id, item_id


def _row_changes(session: Session, actor: Actor, sheet: ReadinessSheet, row: ReadinessRow,
                 key: tuple[int, int], context: _Context) -> list[ItemChange]:
    """The fields the user changed in this row, as the service would save them: compared
    with what was exported (not what the app holds now), refused when the item changed in
    the app since the export (unless the app already holds what the user typed)."""
    version, stored = context.stored.get(key, (None, ItemValues()))
    exported_version, baseline = sheet.originals.get(key, (row.version, stored))
    edited = {name: value for name, value in row.values.items()  # and not already so
              if value != getattr(baseline, name) and value != getattr(stored, name)}
    if not edited:
        return []  # nothing edited, or the app already holds it (the file imported twice)
    unit, item = context.units[key[0]], context.items[key[1]]
    require(actor.can_review_centre(int(unit["centre_id"])))  # told before any conflict
    if exported_version != version:
        raise _conflict(session, key, stored, edited)
    planned = preview_item_edit(session, actor, key[0], key[1], version,
                                replace(stored, **edited))
    texts = {lang: f"{item['item_position']}. {item[f'text_{lang}'] or item['text_fi']}"
             for lang in ("fi", "sv", "en")}
    return [ItemChange(row.row, planned, unit["name_fi"], int(item["position"]), texts, name,
                       getattr(planned.old, name), getattr(planned.new, name))
            for name in ("status", *TEXT_FIELDS)
            if getattr(planned.old, name) != getattr(planned.new, name)]


def _conflict(session: Session, key: tuple[int, int], stored: ItemValues,
              edited: dict[str, object]) -> DomainError:
    """Someone saved the item in the app after the export: the app's value and the
    workbook's, side by side, for the first field the user changed."""
    state_id = session.scalar(select(ReadinessItemState.id).filter_by(unit_id=key[0],
                                                                      item_id=key[1]))
    by, _at = saved_by(last_event(session, Entity.READINESS_ITEM, state_id))
    name = next(iter(edited))
    return DomainError("workbook.conflict", by=by, column=name,
                       theirs=item_value_text(name, getattr(stored, name)),
                       mine=item_value_text(name, edited[name]))


def item_value_text(field: str, value: object) -> dict[str, str]:
    """A readiness value as each language writes it (for a message or the preview)."""
    if field == "status":
        return {lang: item_status_label(ItemStatus(value), lang) for lang in ("fi", "sv", "en")}
    return {lang: str(value) if value not in (None, "") else "–" for lang in ("fi", "sv", "en")}


def _problem(sheet: ReadinessSheet, row: ReadinessRow, error: DomainError) -> Problem:
    """The refusal placed on its cell (the field a rule names); a permission refusal is
    about the whole row."""
    column = error.params.get("column") or error.params.get("field")
    return Problem(sheet.sheet, row.row, sheet.header(column) if column else "", error)
