"""Read models of the step and checklist templates, for the admins' template page: the steps
and items as stored (retired items too), and what a change would affect before it is saved."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import Session

from rollout.domain import ItemStatus, StepStatus
from rollout.models import (ReadinessItemState, ReadinessItemTemplate, RolloutUnit,
                            StepProgress, StepSignOff, StepTemplate)

TEMPLATE_STEP_COLUMNS = ["step_id", "position", "name_fi", "name_sv", "name_en",
                         "description_fi", "description_sv", "description_en",
                         "marks_go_live", "version"]
TEMPLATE_ITEM_COLUMNS = ["item_id", "position", "required", "text_fi", "text_sv", "text_en",
                         "retired_at", "version", "answered"]
SETTLED = (ItemStatus.DONE, ItemStatus.NOT_APPLICABLE)


def template_steps(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's steps with their texts in every language, go-live mark and version."""
    statement = (select(*(getattr(StepTemplate, column if column != "step_id" else "id")
                          for column in TEMPLATE_STEP_COLUMNS))
                 .where(StepTemplate.programme_id == programme_id)
                 .order_by(StepTemplate.position))
    return pd.DataFrame(session.execute(statement).all(), columns=TEMPLATE_STEP_COLUMNS)


def template_items(session: Session, step_id: int) -> pd.DataFrame:
    """A step's items, in use first and then retired, with how many units have answered
    each (done or not applicable)."""
    answered = (select(ReadinessItemState.item_id, func.count().label("answered"))
                .where(ReadinessItemState.status.in_(SETTLED))
                .group_by(ReadinessItemState.item_id).subquery())
    statement = (select(ReadinessItemTemplate.id, ReadinessItemTemplate.position,
                        ReadinessItemTemplate.required, ReadinessItemTemplate.text_fi,
                        ReadinessItemTemplate.text_sv, ReadinessItemTemplate.text_en,
                        ReadinessItemTemplate.retired_at, ReadinessItemTemplate.version,
                        func.coalesce(answered.c.answered, 0))
                 .outerjoin(answered, answered.c.item_id == ReadinessItemTemplate.id)
                 .where(ReadinessItemTemplate.step_id == step_id)
                 .order_by(ReadinessItemTemplate.position))
    return pd.DataFrame(session.execute(statement).all(), columns=TEMPLATE_ITEM_COLUMNS)


@dataclass(frozen=True)
class StepImpact:
    """What a checklist change of one step would meet: the programme's units, those whose
    step is done, and those with a sign-off (or override) standing."""
    units: int
    done: int
    signed_off: int


def step_impact(session: Session, step_id: int) -> StepImpact:
    """One statement: the programme's units, and those with the step done or signed off."""
    programme_id = (select(StepTemplate.programme_id).where(StepTemplate.id == step_id)
                    .scalar_subquery())
    units = (select(func.count()).select_from(RolloutUnit)
             .where(RolloutUnit.programme_id == programme_id).scalar_subquery())
    done = select(func.count()).select_from(StepProgress).where(
        StepProgress.step_id == step_id, StepProgress.status == StepStatus.DONE
    ).scalar_subquery()
    signed = select(func.count(distinct(StepSignOff.unit_id))).where(
        StepSignOff.step_id == step_id, StepSignOff.withdrawn_at.is_(None)).scalar_subquery()
    units, done, signed = session.execute(select(units, done, signed)).one()
    return StepImpact(units or 0, done or 0, signed or 0)


@dataclass(frozen=True)
class ItemImpact:
    """One item across the programme's units: how many have answered it (done or not
    applicable), how many have it open, and how many of those have the step done."""
    answered: int
    open: int
    open_where_done: int


def item_impact(session: Session, item_id: int) -> ItemImpact:
    """One statement: how many units answered the item, have it open, and have it open with
    the step done."""
    step_id = (select(ReadinessItemTemplate.step_id)
               .where(ReadinessItemTemplate.id == item_id).scalar_subquery())
    programme_id = (select(StepTemplate.programme_id).where(StepTemplate.id == step_id)
                    .scalar_subquery())
    settled = select(ReadinessItemState.unit_id).where(
        ReadinessItemState.item_id == item_id, ReadinessItemState.status.in_(SETTLED))
    units = select(RolloutUnit.id).where(RolloutUnit.programme_id == programme_id)
    answered = select(func.count()).select_from(settled.subquery()).scalar_subquery()
    open_units = select(func.count()).select_from(
        units.where(RolloutUnit.id.not_in(settled)).subquery()).scalar_subquery()
    open_where_done = select(func.count()).select_from(StepProgress).where(
        StepProgress.step_id == step_id, StepProgress.status == StepStatus.DONE,
        StepProgress.unit_id.not_in(settled)).scalar_subquery()
    answered, open_units, open_where_done = session.execute(
        select(answered, open_units, open_where_done)).one()
    return ItemImpact(answered or 0, open_units or 0, open_where_done or 0)


def live_municipalities(session: Session, programme_id: int, position: int) -> int:
    """How many of the programme's municipalities count as live when the step at `position`
    marks go-live: those with a unit whose step there is done."""
    return session.scalar(
        select(func.count(distinct(RolloutUnit.municipality_code)))
        .join(StepProgress, StepProgress.unit_id == RolloutUnit.id)
        .join(StepTemplate, and_(StepProgress.step_id == StepTemplate.id,
                                 StepTemplate.position == position))
        .where(RolloutUnit.programme_id == programme_id,
               StepProgress.status == StepStatus.DONE)) or 0
