"""Read models of readiness: a centre's items × municipalities for a step, where each unit's
step stands and who signed it off, and counts of items for progress and harmonisation."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import ItemStatus, StepStatus
from rollout.models import (ReadinessItemState, ReadinessItemTemplate, FamilyCentre,
                            FamilyCentreArea, Municipality, Region, RolloutUnit, StepProgress,
                            StepSignOff, StepTemplate)

CENTRE_ITEM_COLUMNS = ["unit_id", "municipality_code", "name_fi", "name_sv", "item_id",
                       "item_position", "required", "text_fi", "text_sv", "text_en",
                       "status", "reason", "evidence", "evidence_link", "version",
                       "updated_at", "updated_by_name"]


def centre_items(session: Session, programme_id: int, centre_id: int,
                 position: int) -> pd.DataFrame:
    """Every readiness item of a step for every unit of a centre, with its state (open when
    never touched), who set it and when."""
    statement = (
        select(RolloutUnit.id, Municipality.code, Municipality.name_fi, Municipality.name_sv,
               ReadinessItemTemplate.id, ReadinessItemTemplate.position,
               ReadinessItemTemplate.required, ReadinessItemTemplate.text_fi,
               ReadinessItemTemplate.text_sv, ReadinessItemTemplate.text_en,
               ReadinessItemState.status, ReadinessItemState.reason,
               ReadinessItemState.evidence, ReadinessItemState.evidence_link,
               ReadinessItemState.version, ReadinessItemState.updated_at,
               ReadinessItemState.updated_by_name)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .join(StepTemplate, (StepTemplate.programme_id == RolloutUnit.programme_id)
              & (StepTemplate.position == position))
        .join(ReadinessItemTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
        .outerjoin(ReadinessItemState, (ReadinessItemState.unit_id == RolloutUnit.id)
                   & (ReadinessItemState.item_id == ReadinessItemTemplate.id))
        .where(RolloutUnit.programme_id == programme_id,
               RolloutUnit.family_centre_id == centre_id,
               ReadinessItemTemplate.retired_at.is_(None))
        .order_by(Municipality.name_fi, ReadinessItemTemplate.position))
    items = pd.DataFrame(session.execute(statement).all(), columns=CENTRE_ITEM_COLUMNS)
    items["status"] = [ItemStatus(status).value if pd.notna(status) else ItemStatus.OPEN.value
                       for status in items["status"]]
    items[["reason", "evidence", "evidence_link", "updated_by_name"]] = items[
        ["reason", "evidence", "evidence_link", "updated_by_name"]].fillna("")
    items["version"] = items["version"].astype("Int64")
    return items


CENTRE_STEP_COLUMNS = ["progress_id", "version", "unit_id", "municipality_code", "name_fi",
                       "name_sv", "status", "actual_start", "actual_end", "signed_kind",
                       "signed_on", "signed_by", "signed_note"]


def centre_steps(session: Session, programme_id: int, centre_id: int,
                 position: int) -> pd.DataFrame:
    """Where each unit of a centre stands on a step, and its sign-off or override (the one no
    reopening has withdrawn), if any."""
    active = (select(StepSignOff).where(StepSignOff.withdrawn_at.is_(None)).subquery())
    statement = (
        select(StepProgress.id, StepProgress.version, RolloutUnit.id, Municipality.code,
               Municipality.name_fi, Municipality.name_sv, StepProgress.status,
               StepProgress.actual_start, StepProgress.actual_end, active.c.kind,
               active.c.signed_on, active.c.signed_by_name, active.c.note)
        .join(RolloutUnit, StepProgress.unit_id == RolloutUnit.id)
        .join(StepTemplate, StepProgress.step_id == StepTemplate.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .outerjoin(active, (active.c.unit_id == RolloutUnit.id)
                   & (active.c.step_id == StepTemplate.id))
        .where(RolloutUnit.programme_id == programme_id,
               RolloutUnit.family_centre_id == centre_id, StepTemplate.position == position)
        .order_by(Municipality.name_fi))
    steps = pd.DataFrame(session.execute(statement).all(), columns=CENTRE_STEP_COLUMNS)
    steps["status"] = steps["status"].map(lambda status: StepStatus(status).value)
    return steps


def signed_steps(session: Session, programme_id: int) -> pd.DataFrame:
    """Every unit × step with a sign-off or override no reopening has withdrawn: unit_id,
    position."""
    statement = (select(StepSignOff.unit_id, StepTemplate.position)
                 .join(StepTemplate, StepSignOff.step_id == StepTemplate.id)
                 .where(StepTemplate.programme_id == programme_id,
                        StepSignOff.withdrawn_at.is_(None)))
    return pd.DataFrame(session.execute(statement).all(), columns=["unit_id", "position"])


def confirmations(session: Session, unit_id: int) -> pd.DataFrame:
    """The sign-offs and overrides of a unit's steps that no reopening has withdrawn."""
    statement = (select(StepTemplate.position, StepSignOff.kind, StepSignOff.signed_on,
                        StepSignOff.signed_by_name, StepSignOff.note)
                 .join(StepTemplate, StepSignOff.step_id == StepTemplate.id)
                 .where(StepSignOff.unit_id == unit_id, StepSignOff.withdrawn_at.is_(None)))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["position", "kind", "signed_on", "signed_by", "note"])


STATE_COLUMNS = ["unit_id", "region_fi", "region_sv", "area", "centre_id", "position",
                 "step_status", "item_id", "required", "status"]


def item_states(session: Session, programme_id: int) -> pd.DataFrame:
    """Every unit × readiness item of a programme with its area, the step's status and the
    item's (open when never touched): what readiness figures and the harmonisation view
    count. A retired item is left out; its recorded answers stay in the database."""
    statement = (
        select(RolloutUnit.id, Region.name, Region.name_sv, FamilyCentreArea.name,
               FamilyCentre.id, StepTemplate.position, StepProgress.status,
               ReadinessItemTemplate.id, ReadinessItemTemplate.required,
               ReadinessItemState.status)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(Region, FamilyCentreArea.region_id == Region.id)
        .join(StepProgress, StepProgress.unit_id == RolloutUnit.id)
        .join(StepTemplate, StepProgress.step_id == StepTemplate.id)
        .join(ReadinessItemTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
        .outerjoin(ReadinessItemState, (ReadinessItemState.unit_id == RolloutUnit.id)
                   & (ReadinessItemState.item_id == ReadinessItemTemplate.id))
        .where(RolloutUnit.programme_id == programme_id,
               ReadinessItemTemplate.retired_at.is_(None)))
    states = pd.DataFrame(session.execute(statement).all(), columns=STATE_COLUMNS)
    states["status"] = [ItemStatus(status).value if pd.notna(status) else ItemStatus.OPEN.value
                        for status in states["status"]]
    states["step_status"] = states["step_status"].map(lambda status: StepStatus(status).value)
    return states


def items_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's readiness items in use (a retired item is left out): step, position,
    required, texts."""
    statement = (select(ReadinessItemTemplate.id, StepTemplate.position,
                        ReadinessItemTemplate.position, ReadinessItemTemplate.required,
                        ReadinessItemTemplate.text_fi, ReadinessItemTemplate.text_sv,
                        ReadinessItemTemplate.text_en)
                 .join(StepTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
                 .where(StepTemplate.programme_id == programme_id,
                        ReadinessItemTemplate.retired_at.is_(None))
                 .order_by(StepTemplate.position, ReadinessItemTemplate.position))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["item_id", "position", "item_position", "required", "text_fi",
                                 "text_sv", "text_en"])


ITEM_VALUE_COLUMNS = ["unit_id", "item_id", "version", "status", "reason", "evidence",
                      "evidence_link"]


def item_values(session: Session, programme_id: int) -> pd.DataFrame:
    """What every saved readiness item of a programme's units holds, with its version (an
    item never saved has no row: it is open, empty and has no version)."""
    statement = (select(ReadinessItemState.unit_id, ReadinessItemState.item_id,
                        ReadinessItemState.version, ReadinessItemState.status,
                        ReadinessItemState.reason, ReadinessItemState.evidence,
                        ReadinessItemState.evidence_link)
                 .join(RolloutUnit, ReadinessItemState.unit_id == RolloutUnit.id)
                 .where(RolloutUnit.programme_id == programme_id))
    values = pd.DataFrame(session.execute(statement).all(), columns=ITEM_VALUE_COLUMNS)
    values["status"] = [ItemStatus(status).value for status in values["status"]]
    return values
