"""Read models for pages and charts, as DataFrames; all SQL for reads lives here."""
from __future__ import annotations

from datetime import date, datetime

import pandas as pd
from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from rollout import metrics
from rollout.domain import DomainError, ItemStatus, StepStatus
from rollout.models import (Baseline, BaselineEntry, ChangeEvent, ChecklistItemState,
                            ChecklistItemTemplate, FamilyCentre,
                            FamilyCentreArea, LeadCentre, Municipality, Programme,
                            RoleAssignment, RolloutUnit, StepProgress, StepTemplate, User)
from rollout.seed import DEFAULT_PROGRAMME_SLUG

UNIT_COLUMNS = ["unit_id", "area", "centre_code", "centre_fi", "centre_sv",
                "municipality_code", "name_fi", "name_sv", "population"]


def default_programme(session: Session) -> Programme:
    """The programme the app opens with: the seeded one, else the first."""
    return (session.scalar(select(Programme).filter_by(slug=DEFAULT_PROGRAMME_SLUG))
            or session.scalar(select(Programme).order_by(Programme.id)))


def units_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every rollout unit of a programme with its area, centre, municipality and residents."""
    statement = (
        select(RolloutUnit.id, FamilyCentreArea.name, FamilyCentre.code, FamilyCentre.name,
               FamilyCentre.name_sv, Municipality.code, Municipality.name_fi,
               Municipality.name_sv, Municipality.population)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(FamilyCentreArea.name, FamilyCentre.name, Municipality.name_fi))
    return pd.DataFrame(session.execute(statement).all(), columns=UNIT_COLUMNS)


def steps_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """The programme's step templates in order."""
    statement = (select(StepTemplate.id, StepTemplate.position, StepTemplate.name_fi,
                        StepTemplate.name_sv, StepTemplate.name_en, StepTemplate.marks_go_live)
                 .where(StepTemplate.programme_id == programme_id)
                 .order_by(StepTemplate.position))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["step_id", "position", "name_fi", "name_sv", "name_en",
                                 "marks_go_live"])


def step_statuses_as_of(session: Session, programme_id: int, as_of: date) -> pd.DataFrame:
    """Status of every started unit × step on `as_of`, replayed from the change log."""
    statement = (
        select(ChangeEvent.unit_id, StepTemplate.position, ChangeEvent.field,
               ChangeEvent.new_value, ChangeEvent.effective_on)
        .join(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .where(ChangeEvent.programme_id == programme_id,
               ChangeEvent.entity == "step_progress",
               ChangeEvent.field.in_(("status", "actual_end")))
        .order_by(ChangeEvent.id))
    events = pd.DataFrame(session.execute(statement).all(),
                          columns=["unit_id", "position", "field", "new_value", "effective_on"])
    return metrics.statuses_on(events, as_of)


def last_change_at(session: Session, programme_id: int) -> datetime | None:
    """When anything in the programme was last changed (recorded), or None."""
    return session.scalar(select(func.max(ChangeEvent.recorded_at))
                          .where(ChangeEvent.programme_id == programme_id))


def go_live_position(steps: pd.DataFrame) -> int:
    return int(steps.loc[steps["marks_go_live"], "position"].iloc[0])


def unit_progress_as_of(session: Session, programme_id: int, as_of: date) -> pd.DataFrame:
    """Per unit on `as_of`: area, centre, municipality, current step, steps done, live."""
    steps = steps_frame(session, programme_id)
    return metrics.unit_progress(units_frame(session, programme_id),
                                 step_statuses_as_of(session, programme_id, as_of),
                                 go_live_position(steps))


def users_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every user with their role in the programme, centres, and whether active or locked."""
    centres = {}
    for user_id, code in session.execute(select(LeadCentre.user_id, FamilyCentre.code).join(
            FamilyCentre, LeadCentre.family_centre_id == FamilyCentre.id)):
        centres.setdefault(user_id, []).append(code)
    statement = (select(User.id, User.username, User.display_name, User.email,
                        RoleAssignment.role, User.is_active, User.locked_until)
                 .outerjoin(RoleAssignment, (RoleAssignment.user_id == User.id)
                            & (RoleAssignment.programme_id == programme_id))
                 .order_by(User.username))
    rows = [(user_id, username, name, email, role.value if role else "",
             tuple(sorted(centres.get(user_id, []))), active, locked_until)
            for user_id, username, name, email, role, active, locked_until
            in session.execute(statement)]
    return pd.DataFrame(rows, columns=["user_id", "username", "display_name", "email", "role",
                                       "centres", "active", "locked_until"])


def centres_frame(session: Session) -> pd.DataFrame:
    """Family centres with their area, ordered by area and name."""
    statement = (select(FamilyCentre.id, FamilyCentre.code, FamilyCentre.name,
                        FamilyCentre.name_sv, FamilyCentreArea.name)
                 .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
                 .order_by(FamilyCentreArea.name, FamilyCentre.name))
    return pd.DataFrame(session.execute(statement).all(),
                        columns=["centre_id", "code", "centre_fi", "centre_sv", "area"])


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


STEP_ROW_COLUMNS = ["progress_id", "version", "unit_id", "area", "centre_id", "centre_code",
                    "centre_fi", "centre_sv",
                    "municipality_code", "name_fi", "name_sv", "position", "status",
                    "planned_start", "planned_end", "actual_start", "actual_end", "owner",
                    "note", "updated_at"]


def step_rows(session: Session, programme_id: int) -> pd.DataFrame:
    """Every unit × step of a programme as it stands now, one row each."""
    statement = (
        select(StepProgress.id, StepProgress.version, RolloutUnit.id, FamilyCentreArea.name,
               FamilyCentre.id, FamilyCentre.code, FamilyCentre.name, FamilyCentre.name_sv,
               Municipality.code, Municipality.name_fi,
               Municipality.name_sv, StepTemplate.position, StepProgress.status,
               StepProgress.planned_start, StepProgress.planned_end,
               StepProgress.actual_start, StepProgress.actual_end, StepProgress.owner,
               StepProgress.note, StepProgress.updated_at)
        .join(RolloutUnit, StepProgress.unit_id == RolloutUnit.id)
        .join(StepTemplate, StepProgress.step_id == StepTemplate.id)
        .join(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
        .join(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .where(RolloutUnit.programme_id == programme_id)
        .order_by(FamilyCentreArea.name, FamilyCentre.name, Municipality.name_fi,
                  StepTemplate.position))
    rows = pd.DataFrame(session.execute(statement).all(), columns=STEP_ROW_COLUMNS)
    rows["status"] = rows["status"].map(lambda status: StepStatus(status).value)
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


HISTORY_COLUMNS = ["event_id", "recorded_at", "effective_on", "actor", "source", "entity",
                   "entity_id", "unit_id", "name_fi", "name_sv", "centre_fi", "centre_sv",
                   "position", "item_fi", "item_sv", "item_en", "field", "old_value",
                   "new_value", "reason"]


def history_frame(session: Session, programme_id: int) -> pd.DataFrame:
    """Every change event of a programme (steps, checklists, roles, baselines) and of the
    accounts themselves (which belong to no programme), newest first; a checklist event
    carries its item's texts."""
    item_state = (ChangeEvent.entity == "checklist_item") & (
        ChangeEvent.entity_id == cast(ChecklistItemState.id, String))
    statement = (
        select(ChangeEvent.id, ChangeEvent.recorded_at, ChangeEvent.effective_on,
               ChangeEvent.actor, ChangeEvent.source, ChangeEvent.entity,
               ChangeEvent.entity_id, ChangeEvent.unit_id, Municipality.name_fi,
               Municipality.name_sv, FamilyCentre.name, FamilyCentre.name_sv,
               StepTemplate.position, ChecklistItemTemplate.text_fi,
               ChecklistItemTemplate.text_sv, ChecklistItemTemplate.text_en,
               ChangeEvent.field, ChangeEvent.old_value, ChangeEvent.new_value,
               ChangeEvent.reason)
        .outerjoin(RolloutUnit, ChangeEvent.unit_id == RolloutUnit.id)
        .outerjoin(Municipality, RolloutUnit.municipality_code == Municipality.code)
        .outerjoin(FamilyCentre, RolloutUnit.family_centre_id == FamilyCentre.id)
        .outerjoin(StepTemplate, ChangeEvent.step_id == StepTemplate.id)
        .outerjoin(ChecklistItemState, item_state)
        .outerjoin(ChecklistItemTemplate,
                   ChecklistItemState.item_id == ChecklistItemTemplate.id)
        .where((ChangeEvent.programme_id == programme_id) | ChangeEvent.programme_id.is_(None))
        .order_by(ChangeEvent.recorded_at.desc(), ChangeEvent.id.desc()))
    return pd.DataFrame(session.execute(statement).all(), columns=HISTORY_COLUMNS)


def checklist_frame(session: Session, unit_id: int) -> pd.DataFrame:
    """A unit's readiness items for every step, with their state (open when never touched)."""
    unit = session.get(RolloutUnit, unit_id)
    statement = (
        select(ChecklistItemTemplate.id, StepTemplate.position,
               ChecklistItemTemplate.position, ChecklistItemTemplate.required,
               ChecklistItemTemplate.text_fi, ChecklistItemTemplate.text_sv,
               ChecklistItemTemplate.text_en, ChecklistItemState.status,
               ChecklistItemState.reason, ChecklistItemState.evidence,
               ChecklistItemState.version, ChecklistItemState.updated_at)
        .join(StepTemplate, ChecklistItemTemplate.step_id == StepTemplate.id)
        .outerjoin(ChecklistItemState, (ChecklistItemState.item_id == ChecklistItemTemplate.id)
                   & (ChecklistItemState.unit_id == unit_id))
        .where(StepTemplate.programme_id == unit.programme_id)
        .order_by(StepTemplate.position, ChecklistItemTemplate.position))
    items = pd.DataFrame(session.execute(statement).all(), columns=[
        "item_id", "step", "position", "required", "text_fi", "text_sv", "text_en", "status",
        "reason", "evidence", "version", "updated_at"])
    items["status"] = [ItemStatus(status).value if pd.notna(status) else ItemStatus.OPEN.value
                       for status in items["status"]]
    items[["reason", "evidence"]] = items[["reason", "evidence"]].fillna("")
    items["version"] = items["version"].astype("Int64")
    return items
