"""The step templates, by admins: a step's names and descriptions in Finnish, Swedish and
English, and which step marks go-live (exactly one). A change rewrites no unit's state; it is
a change event (old and new text kept), which also moves the data stamp so every page shows it
at once."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, Entity
from rollout.history import record_event
from rollout.models import StepTemplate
from rollout.permissions import Actor, require
from rollout.services.conflicts import (EditConflict, committing, last_event,
                                        retried_when_busy, saved_by)
from rollout.services.locks import lock_rows
from rollout.text_rules import checked_text

LANGUAGES = ("fi", "sv", "en")
STEP_ENTITY, ITEM_ENTITY = Entity.STEP_TEMPLATE, Entity.READINESS_ITEM_TEMPLATE


@dataclass(frozen=True)
class StepTexts:
    """What a step is called and how it is described, in each language."""
    name_fi: str
    name_sv: str
    name_en: str
    description_fi: str = ""
    description_sv: str = ""
    description_en: str = ""

    def cleaned(self) -> StepTexts:
        """Stripped; refused, naming the field, when a name is empty or a text cannot be
        stored."""
        values = {field.name: checked_text(getattr(self, field.name), field.name,
                                           getattr(StepTemplate, field.name),
                                           multiline=field.name.startswith("description"))
                  for field in fields(self)}
        for lang in LANGUAGES:
            if not values[f"name_{lang}"]:
                raise DomainError("templates.text_needed", field=f"name_{lang}")
        return StepTexts(**values)


def step_texts(step: StepTemplate) -> StepTexts:
    return StepTexts(**{field.name: getattr(step, field.name) for field in fields(StepTexts)})


@retried_when_busy
def update_step_texts(session: Session, actor: Actor, step_id: int, expected_version: int,
                      texts: StepTexts) -> int:
    """Rename and describe a step, if nobody saved it in between; returns its version now
    (unchanged when nothing changed). Names must be given in every language and differ from
    the other steps' names."""
    require(actor.is_admin)
    texts = texts.cleaned()
    with committing(session, lambda: step_conflict(session, step_id),
                    recheck=lambda: _refuse_duplicate_name(session, template_step(
                        session, step_id), texts)):
        step = template_step(session, step_id)
        if step.version != expected_version:
            raise step_conflict(session, step_id)
        _refuse_duplicate_name(session, step, texts)
        for name in (field.name for field in fields(StepTexts)):
            old, new = getattr(step, name), getattr(texts, name)
            if old != new:
                template_event(session, actor, STEP_ENTITY, step.id, name, old, new,
                               step.programme_id, step.id)
                setattr(step, name, new)
    return step.version


def steps_version(session: Session, programme_id: int) -> tuple:
    """The version of a programme's steps as a go-live choice states it: (id, version) of
    every step in order."""
    return tuple((int(step_id), int(version)) for step_id, version in session.execute(
        select(StepTemplate.id, StepTemplate.version)
        .where(StepTemplate.programme_id == programme_id).order_by(StepTemplate.position)))


@retried_when_busy
def set_go_live_step(session: Session, actor: Actor, programme_id: int, step_id: int,
                     expected: tuple) -> bool:
    """Make `step_id` the one step of the programme that marks go-live (a unit is live when
    that step is done). Refused as a conflict if any step changed since the admin saw
    `expected` (steps_version). Returns whether anything changed."""
    require(actor.is_admin)
    with committing(session, lambda: _go_live_conflict(session, programme_id)):
        lock_rows(session, {StepTemplate: session.scalars(select(StepTemplate.id).filter_by(
            programme_id=programme_id)).all()})
        if steps_version(session, programme_id) != tuple(expected):
            raise _go_live_conflict(session, programme_id)
        steps = session.scalars(select(StepTemplate).filter_by(programme_id=programme_id)
                                .order_by(StepTemplate.position)).all()
        chosen = next((step for step in steps if step.id == step_id), None)
        if chosen is None:
            raise DomainError("templates.unknown_step")
        if chosen.marks_go_live and sum(step.marks_go_live for step in steps) == 1:
            return False
        for step in steps:
            if step.marks_go_live != (step is chosen):
                template_event(session, actor, STEP_ENTITY, step.id, "marks_go_live",
                               step.marks_go_live, step is chosen, programme_id, step.id)
                step.marks_go_live = step is chosen
    return True


def template_step(session: Session, step_id: int) -> StepTemplate:
    step = session.get(StepTemplate, step_id, populate_existing=True)
    if step is None:
        raise DomainError("templates.unknown_step")
    return step


def template_event(session: Session, actor: Actor, entity: Entity, entity_id: int, field: str,
                   old: object, new: object, programme_id: int, step_id: int) -> None:
    """One changed field of a template in the history (the step's, so the History page's step
    filter finds it)."""
    record_event(session, actor=actor, entity=entity, entity_id=entity_id, field=field,
                 old=old, new=new, effective_on=date.today(), programme_id=programme_id,
                 step_id=step_id)


def step_conflict(session: Session, step_id: int) -> DomainError:
    """Who saved the step last, and what it holds now."""
    step = template_step(session, step_id)
    by, at = saved_by(last_event(session, STEP_ENTITY, step.id))
    return EditConflict("templates.conflict", by=by, at=at, version=step.version,
                        theirs=step_texts(step))


def _go_live_conflict(session: Session, programme_id: int) -> DomainError:
    steps = session.scalars(select(StepTemplate).filter_by(programme_id=programme_id)).all()
    events = [event for event in (last_event(session, STEP_ENTITY, step.id) for step in steps)
              if event is not None]
    newest = max(events, key=lambda event: event.id, default=None)
    by, at = saved_by(newest)
    go_live = next((step.id for step in steps if step.marks_go_live), None)
    return EditConflict("templates.conflict", by=by, at=at,
                        version=steps_version(session, programme_id), theirs=go_live)


def _refuse_duplicate_name(session: Session, step: StepTemplate, texts: StepTexts) -> None:
    others = session.scalars(select(StepTemplate).where(
        StepTemplate.programme_id == step.programme_id, StepTemplate.id != step.id)).all()
    for lang in LANGUAGES:
        name = getattr(texts, f"name_{lang}")
        if any(getattr(other, f"name_{lang}").casefold() == name.casefold()
               for other in others):
            raise DomainError("templates.duplicate_step", name=name)
