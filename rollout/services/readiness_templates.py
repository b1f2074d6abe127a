"""A step's readiness checklist, by admins: add an item, reword it, reorder, mark it required
or optional, retire and restore it.

A template change never touches a unit's answers or steps: a new item is open for every unit
(no answer yet), a step already done stays done and signed off (the readiness gate applies when
a step next becomes done), a retired item leaves the figures and the gate but keeps its answers
and history. Items in use are numbered 1…n; retired ones follow them, so positions stay unique
and the numbers people see have no gaps."""
from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError
from rollout.models import ReadinessItemTemplate, StepTemplate, utcnow
from rollout.permissions import Actor, require
from rollout.services.conflicts import (EditConflict, committing, last_event,
                                        retried_when_busy, saved_by)
from rollout.services.templates import (ITEM_ENTITY, LANGUAGES, template_event,
                                        template_step)
from rollout.services.locks import lock_rows
from rollout.text_rules import checked_text


@dataclass(frozen=True)
class ItemTexts:
    """A readiness item's wording in each language."""
    text_fi: str
    text_sv: str
    text_en: str

    def cleaned(self) -> ItemTexts:
        values = {field.name: checked_text(getattr(self, field.name), field.name,
                                           getattr(ReadinessItemTemplate, field.name))
                  for field in fields(self)}
        for name, value in values.items():
            if not value:
                raise DomainError("templates.text_needed", field=name)
        return ItemTexts(**values)


def item_values(item: ReadinessItemTemplate) -> dict[str, object]:
    """An item's texts and whether it is required, as its form shows them."""
    return {**{field.name: getattr(item, field.name) for field in fields(ItemTexts)},
            "required": bool(item.required)}


@retried_when_busy
def add_readiness_item(session: Session, actor: Actor, step_id: int, texts: ItemTexts,
                       required: bool, position: int | None = None) -> int:
    """Add an item to a step, at the end or at `position` (the items from there on move one
    down); returns its id. No unit's answer is written: the item is open for every unit."""
    require(actor.is_admin)
    texts = texts.cleaned()
    with committing(session, lambda: DomainError("templates.conflict_unknown"),
                    recheck=lambda: _refuse_duplicate(_items(session, step_id)[0], texts)):
        step = template_step(session, step_id)
        active, retired = _items(session, step_id)
        _refuse_duplicate(active, texts)
        position = len(active) + 1 if position is None else position
        if not 1 <= position <= len(active) + 1:
            raise DomainError("templates.bad_position", position=position,
                              count=len(active) + 1)
        item = ReadinessItemTemplate(step_id=step_id, position=-position, required=required,
                                     **vars(texts))
        session.add(item)
        session.flush()
        _arrange(session, actor, step.programme_id,
                 active[:position - 1] + [item] + active[position - 1:] + retired, {item.id})
        for name, value in {**vars(texts), "required": required, "position": position}.items():
            template_event(session, actor, ITEM_ENTITY, item.id, name, None, value,
                           step.programme_id, step_id)
    return item.id


@retried_when_busy
def update_readiness_item(session: Session, actor: Actor, item_id: int, expected_version: int,
                          texts: ItemTexts, required: bool) -> int:
    """Reword an item and mark it required or optional, if nobody saved it in between;
    returns its version now. The units' answers stay as they are."""
    require(actor.is_admin)
    texts = texts.cleaned()
    with committing(session, lambda: item_conflict(session, item_id),
                    recheck=lambda: _refuse_duplicate_of(session, item_id, texts)):
        item = _guarded_item(session, item_id, expected_version)
        active, _ = _items(session, item.step_id)
        _refuse_duplicate([other for other in active if other.id != item.id], texts)
        programme_id = template_step(session, item.step_id).programme_id
        for name, new in {**vars(texts), "required": required}.items():
            old = getattr(item, name)
            if old != new:
                template_event(session, actor, ITEM_ENTITY, item.id, name, old, new,
                               programme_id, item.step_id)
                setattr(item, name, new)
    return item.version


@retried_when_busy
def move_readiness_item(session: Session, actor: Actor, item_id: int, expected_version: int,
                        position: int) -> None:
    """Put an item in use at `position` among the step's items in use (1 = first)."""
    require(actor.is_admin)
    with committing(session, lambda: item_conflict(session, item_id)):
        item = _guarded_item(session, item_id, expected_version)
        if item.retired_at is not None:
            raise DomainError("templates.item_retired")
        active, retired = _items(session, item.step_id)
        if not 1 <= position <= len(active):
            raise DomainError("templates.bad_position", position=position, count=len(active))
        others = [other for other in active if other.id != item.id]
        _arrange(session, actor, template_step(session, item.step_id).programme_id,
                 others[:position - 1] + [item] + others[position - 1:] + retired)


def retire_readiness_item(session: Session, actor: Actor, item_id: int,
                          expected_version: int) -> None:
    """Take an item out of use: it leaves readiness figures and the gate, and follows the
    items in use; its answers and history stay."""
    _set_retired(session, actor, item_id, expected_version, retire=True)


def restore_readiness_item(session: Session, actor: Actor, item_id: int,
                           expected_version: int) -> None:
    """Put a retired item back in use, last among the items in use, with the answers it
    had."""
    _set_retired(session, actor, item_id, expected_version, retire=False)


@retried_when_busy
def _set_retired(session: Session, actor: Actor, item_id: int, expected_version: int,
                 retire: bool) -> None:
    require(actor.is_admin)
    with committing(session, lambda: item_conflict(session, item_id),
                    recheck=lambda: _refuse_duplicate_of(session, item_id)):
        item = _guarded_item(session, item_id, expected_version)
        if (item.retired_at is not None) == retire:
            raise DomainError("templates.already_retired" if retire
                              else "templates.not_retired")
        active, retired = _items(session, item.step_id)
        if not retire:
            _refuse_duplicate(active, ItemTexts(item.text_fi, item.text_sv, item.text_en))
        programme_id = template_step(session, item.step_id).programme_id
        template_event(session, actor, ITEM_ENTITY, item.id, "retired", not retire, retire,
                       programme_id, item.step_id)
        item.retired_at = utcnow() if retire else None
        others = [other for other in retired if other.id != item.id]
        _arrange(session, actor, programme_id,
                 [other for other in active if other.id != item.id] + [item] + others)


def item_conflict(session: Session, item_id: int) -> DomainError:
    """Who saved the item last, and what it holds now."""
    item = _item(session, item_id)
    by, at = saved_by(last_event(session, ITEM_ENTITY, item.id))
    return EditConflict("templates.conflict", by=by, at=at, version=item.version,
                        theirs=item_values(item))


def _item(session: Session, item_id: int) -> ReadinessItemTemplate:
    item = session.get(ReadinessItemTemplate, item_id, populate_existing=True)
    if item is None:
        raise DomainError("checklist.unknown_item", item=item_id)
    return item


def _guarded_item(session: Session, item_id: int, expected_version: int
                  ) -> ReadinessItemTemplate:
    """The item, if it is still at `expected_version`: checked after its step is locked, so
    two admins on one version cannot both pass the check and the second overwrite the
    first (the re-read after the lock would give the save the first one's version)."""
    step_id = session.scalar(select(ReadinessItemTemplate.step_id).filter_by(id=item_id))
    lock_rows(session, {StepTemplate: [step_id]})
    item = _item(session, item_id)
    if item.version != expected_version:
        raise item_conflict(session, item_id)
    return item


def _items(session: Session, step_id: int
           ) -> tuple[list[ReadinessItemTemplate], list[ReadinessItemTemplate]]:
    """A step's items in use and its retired items, each in order. The step is locked first:
    every item write renumbers or compares the step's items, so two at once take turns."""
    lock_rows(session, {StepTemplate: [step_id]})
    items = session.scalars(select(ReadinessItemTemplate).filter_by(step_id=step_id)
                            .order_by(ReadinessItemTemplate.position)
                            .execution_options(populate_existing=True)).all()
    return ([item for item in items if item.retired_at is None],
            [item for item in items if item.retired_at is not None])


def _arrange(session: Session, actor: Actor, programme_id: int,
             order: list[ReadinessItemTemplate],
             unlogged: frozenset[int] | set[int] = frozenset()) -> None:
    """Number a step's items 1…n in `order`; each item that moves is a history event (but
    those in `unlogged`). Positions are unique per step at every statement: the items that
    move go through negative numbers first."""
    moving = [(item, number) for number, item in enumerate(order, start=1)
              if item.position != number]
    for item, number in moving:
        if item.id not in unlogged and item.position > 0:
            template_event(session, actor, ITEM_ENTITY, item.id, "position", item.position,
                           number, programme_id, item.step_id)
        item.position = -number
    session.flush()
    for item, number in moving:
        item.position = number
    session.flush()


def _refuse_duplicate_of(session: Session, item_id: int, texts: ItemTexts | None = None) -> None:
    """Refuse `texts` (else the item's own) when another item of its step in use says the
    same."""
    item = _item(session, item_id)
    texts = texts or ItemTexts(item.text_fi, item.text_sv, item.text_en)
    active, _ = _items(session, item.step_id)
    _refuse_duplicate([other for other in active if other.id != item_id], texts)


def _refuse_duplicate(items: list[ReadinessItemTemplate], texts: ItemTexts) -> None:
    """No two items in use of a step say the same in any language."""
    for lang in LANGUAGES:
        text = getattr(texts, f"text_{lang}")
        if any(getattr(item, f"text_{lang}").casefold() == text.casefold() for item in items):
            raise DomainError("templates.duplicate_item", text=text)
