"""Read models of step tracking: every unit × step as it stands, a unit's readiness items,
and baselines."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.domain import DomainError, ItemStatus, StepStatus
from rollout.models import (Baseline, BaselineEntry, ReadinessItemState, ReadinessItemTemplate,
                            FamilyCentre, FamilyCentreArea, Municipality, Region, RolloutUnit,
                            StepProgress, StepTemplate)


def progress_id_for(session: Session, programme_id: int, municipality_code: str,
                    position: int, centre_code: str | None = None) -> int:
    """The step row of a municipality's unit (and centre, when a municipality has several)."""
    statement = (select(StepProgress.id).join(RolloutUnit).join(StepTemplate)
                 .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
                 .where(RolloutUnit.programme_id == programme_id,
                        RolloutUnit.municipality_code == municipality_code,
                        StepTemplate.position == position))
    if centre_code:
        statement = statement.where(FamilyCentre.code == centre_code)
    ids = session.scalars(statement).all()
    if len(ids) != 1:
        raise DomainError("steps.unit_not_found" if not ids else "steps.unit_ambiguous",
                          unit=municipality_code, step=position)
    return ids[0]


def step_unit(session: Session, progress_id: int) -> int | None:
    """The unit a step row belongs to (None for no such row)."""
    return session.scalar(select(StepProgress.unit_id).where(StepProgress.id == progress_id))


STEP_ROW_COLUMNS = ["progress_id", "version", "unit_id", "region_fi", "region_sv", "area",
                    "centre_id",
                    "centre_code",
                    "centre_fi", "centre_sv",
                    "municipality_code", "name_fi", "name_sv", "position", "status",
                    "planned_start", "planned_end", "actual_start", "actual_end",
                    "end_latest_by", "owner", "owner_user_id", "note", "updated_at"]


def step_rows(session: Session, programme_id: int) -> pd.DataFrame:
    """Every unit × step of a programme as it stands now, one row each."""
    statement = (
        select(StepProgress.id, StepProgress.version, RolloutUnit.id, Region.name,
               Region.name_sv, FamilyCentreArea.name,
               FamilyCentre.id, FamilyCentre.code, FamilyCentre.name, FamilyCentre.name_sv,
               Municipality.code, Municipality.name_fi,
               Municipality.name_sv, StepTemplate.position, StepProgress.status,
               StepProgress.planned_start, StepProgress.planned_end,
               StepProgress.actual_start, StepProgress.actual_end, StepProgress.end_latest_by,
               StepProgress.owner, StepProgress.owner_user_id, StepProgress.note,
               StepProgress.updated_at)
        .join(RolloutUnit, StepProgress.unit_id == RolloutUnit.id)
        .join(StepTemplate, StepProgress.step_id == StepTemplate.id)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(Region, FamilyCentreArea.region_id == Region.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(Region.name, FamilyCentreArea.name, FamilyCentre.name, Municipality.name_fi,
                  StepTemplate.position))
    rows = pd.DataFrame(session.execute(statement).all(), columns=STEP_ROW_COLUMNS)
    rows["status"] = rows["status"].map(lambda status: StepStatus(status).value)
    rows["owner_user_id"] = rows["owner_user_id"].astype("Int64")
    return rows


def baselines_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's frozen plans, newest first."""
    statement = (select(Baseline.id, Baseline.name, Baseline.created_at)
                 .where(Baseline.programme_id == programme_id)
                 .order_by(Baseline.created_at.desc()))
    return pd.DataFrame(session.execute(statement).all(), columns=["baseline_id", "name",
                                                                   "created_at"])


def baseline_plan(session: Session, baseline_id: int) -> pd.DataFrame:
    """Planned start and end of every step as frozen in a baseline."""
    statement = select(BaselineEntry.step_progress_id, BaselineEntry.planned_start,
                       BaselineEntry.planned_end).where(BaselineEntry.baseline_id == baseline_id)
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["progress_id", "baseline_start", "baseline_end"])


def readiness_frame(session: Session, unit_id: int) -> pd.DataFrame:
    """A unit's readiness items in use for every step, with their state (open when never
    touched)."""
    programme_id = session.scalar(select(RolloutUnit.programme_id).filter_by(id=unit_id))
    statement = (
        select(ReadinessItemTemplate.id, StepTemplate.position,
               ReadinessItemTemplate.position, ReadinessItemTemplate.required,
               ReadinessItemTemplate.text_fi, ReadinessItemTemplate.text_sv,
               ReadinessItemTemplate.text_en, ReadinessItemState.status,
               ReadinessItemState.reason, ReadinessItemState.evidence,
               ReadinessItemState.evidence_link, ReadinessItemState.version,
               ReadinessItemState.updated_at)
        .join(StepTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
        .outerjoin(ReadinessItemState, (ReadinessItemState.item_id == ReadinessItemTemplate.id)
                   & (ReadinessItemState.unit_id == unit_id))
        .where(StepTemplate.programme_id == programme_id,
               ReadinessItemTemplate.retired_at.is_(None))
        .order_by(StepTemplate.position, ReadinessItemTemplate.position))
    items = pd.DataFrame(session.execute(statement).all(), columns=[
        "item_id", "step", "position", "required", "text_fi", "text_sv", "text_en", "status",
        "reason", "evidence", "evidence_link", "version", "updated_at"])
    items["status"] = [ItemStatus(status).value if pd.notna(status) else ItemStatus.OPEN.value
                       for status in items["status"]]
    texts = ["reason", "evidence", "evidence_link"]
    items[texts] = items[texts].fillna("")
    items["version"] = items["version"].astype("Int64")
    return items
