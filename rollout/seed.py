"""First-start data: Pohde's municipalities, areas, centres, the default programme and the
public go-live record. Idempotent: it adds what is missing and never changes what exists."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from rollout.config import DATA_DIR
from rollout.domain import Entity, ItemStatus, StepStatus
from rollout.history import record_event
from rollout.models import (ChangeEvent, ReadinessItemState, ReadinessItemTemplate,
                            FamilyCentre, FamilyCentreArea, Municipality, Programme,
                            ProgrammeRegion, Region, RolloutUnit, StepProgress, StepTemplate)
from rollout.permissions import PUBLIC_RECORD
from rollout.public_record import release

REGION_NAME = "Pohjois-Pohjanmaan hyvinvointialue (Pohde)"
REGION_NAME_SV = "Norra Österbottens välfärdsområde"
REGION_CODE = "PP"
DEFAULT_PROGRAMME_SLUG = "lapsiperheiden-palveluohjaus"
DEFAULT_PROGRAMME_NAME = "Lapsiperheiden palveluohjaus"
START_RECORD = "pohde-2024"  # the release that says the service started in autumn 2023


@dataclass
class SeedReport:
    municipalities_added: int = 0
    programme_created: bool = False
    units_live_from_record: int = 0
    items_from_record: int = 0


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_defaults(session: Session, data_dir: Path = DATA_DIR) -> SeedReport:
    """Add the default region, municipalities and programme where missing; then commit."""
    report = SeedReport()
    municipality_rows = read_csv(data_dir / "municipalities.csv")
    region = (session.scalar(select(Region).filter_by(code=REGION_CODE))
              or _get_or_add(session, Region, name=REGION_NAME, name_sv=REGION_NAME_SV,
                             code=REGION_CODE))
    areas = {name: _get_or_add(session, FamilyCentreArea, region_id=region.id, name=name)
             for name in dict.fromkeys(row["family_centre_area"] for row in municipality_rows)}
    for row in read_csv(data_dir / "family_centres.csv"):
        if session.scalar(select(FamilyCentre).filter_by(code=row["code"])) is None:
            session.add(FamilyCentre(code=row["code"], name=row["name"], name_sv=row["name_sv"],
                                     area_id=areas[row["area"]].id, region_id=region.id))
    for row in municipality_rows:
        if session.get(Municipality, row["code"]) is None:
            session.add(_municipality(row, region.id))
            report.municipalities_added += 1
    session.flush()
    if session.scalar(select(Programme).filter_by(slug=DEFAULT_PROGRAMME_SLUG)) is None:
        programme = Programme(slug=DEFAULT_PROGRAMME_SLUG, name=DEFAULT_PROGRAMME_NAME,
                              start_record=START_RECORD)
        session.add(programme)
        session.flush()
        session.add(ProgrammeRegion(programme_id=programme.id, region_id=region.id))
        add_step_templates(session, programme, data_dir)
        _add_units(session, programme, municipality_rows, areas)
        report.units_live_from_record = _apply_public_record(session, programme,
                                                             municipality_rows)
        report.programme_created = True
    default = session.scalar(select(Programme).filter_by(slug=DEFAULT_PROGRAMME_SLUG))
    report.items_from_record = record_public_readiness(session, default)
    session.commit()
    return report


def _get_or_add(session: Session, model, **keys):
    instance = session.scalar(select(model).filter_by(**keys))
    if instance is None:
        instance = model(**keys)
        session.add(instance)
        session.flush()
    return instance


def _municipality(row: dict[str, str], region_id: int) -> Municipality:
    return Municipality(code=row["code"], name_fi=row["name_fi"], name_sv=row["name_sv"],
                        region_id=region_id,
                        population=int(row["population"]),
                        population_year=int(row["population_year"]),
                        population_source_kind=row["population_source_kind"],
                        population_reference_day=date.fromisoformat(
                            row["population_reference_day"])
                        if row["population_reference_day"] else None)


def add_step_templates(session: Session, programme: Programme, data_dir: Path = DATA_DIR
                       ) -> None:
    """The default six steps and their checklists (data/steps.csv, checklist_items.csv)."""
    steps = {}
    for row in read_csv(data_dir / "steps.csv"):
        step = StepTemplate(programme_id=programme.id, position=int(row["position"]),
                            marks_go_live=row["marks_go_live"] == "true",
                            **{key: row[key] for key in row
                               if key.startswith(("name_", "description_"))})
        session.add(step)
        steps[step.position] = step
    session.flush()
    for row in read_csv(data_dir / "checklist_items.csv"):
        session.add(ReadinessItemTemplate(step_id=steps[int(row["step"])].id,
                                          position=int(row["position"]),
                                          required=row["required"] == "true",
                                          text_fi=row["text_fi"], text_sv=row["text_sv"],
                                          text_en=row["text_en"]))


def _add_units(session: Session, programme: Programme, municipality_rows: list[dict[str, str]],
               areas: dict[str, FamilyCentreArea]) -> None:
    """One unit per municipality, with the family centre of its area, and empty progress."""
    steps = session.scalars(select(StepTemplate).filter_by(programme_id=programme.id)
                            .order_by(StepTemplate.position)).all()
    centre_by_area = {centre.area_id: centre
                      for centre in session.scalars(select(FamilyCentre).order_by(FamilyCentre.id))}
    for row in sorted(municipality_rows, key=lambda row: row["code"]):
        centre = centre_by_area[areas[row["family_centre_area"]].id]
        unit = RolloutUnit(programme_id=programme.id, municipality_code=row["code"],
                           family_centre_id=centre.id)
        session.add(unit)
        session.flush()
        session.add_all(StepProgress(unit_id=unit.id, step_id=step.id) for step in steps)
    session.flush()


def _apply_public_record(session: Session, programme: Programme,
                         municipality_rows: list[dict[str, str]]) -> int:
    """Mark the go-live step done where a press release lists the service as running, with
    the release's date as the latest it can have gone live by (end_latest_by names the
    release); no other step and no day of go-live, which no source gives."""
    go_live = session.scalar(select(StepTemplate).filter_by(programme_id=programme.id,
                                                            marks_go_live=True))
    record = {row["code"]: row["live_by_source"] for row in municipality_rows
              if row["live_by_source"]}
    progress_rows = session.scalars(
        select(StepProgress).join(RolloutUnit).where(
            RolloutUnit.programme_id == programme.id, StepProgress.step_id == go_live.id)).all()
    marked = 0
    for progress in progress_rows:
        key = record.get(progress.unit.municipality_code)
        if key is None:
            continue
        latest_day = release(key).latest_day
        progress.status, progress.actual_end = StepStatus.DONE, latest_day
        progress.end_latest_by = key
        for field, old, new in (("status", StepStatus.NOT_STARTED, StepStatus.DONE),
                                ("actual_end", None, latest_day), ("end_latest_by", "", key)):
            record_event(session, actor=PUBLIC_RECORD, entity=Entity.STEP_PROGRESS,
                         entity_id=progress.id, field=field, old=old, new=new,
                         effective_on=latest_day, programme_id=programme.id,
                         unit_id=progress.unit_id, step_id=go_live.id, reason=key)
        marked += 1
    return marked


def record_public_readiness(session: Session, programme: Programme) -> int:
    """The readiness items of every step the public record marked done, recorded as done
    "according to the public record" (the release named as evidence), by the public record
    itself, never as a dated tick by a person. Only items nobody has touched; safe to run
    again. Returns how many items it recorded."""
    done_by_record = session.execute(
        select(StepProgress, ChangeEvent.effective_on, ChangeEvent.reason)
        .join(ChangeEvent, (ChangeEvent.entity == Entity.STEP_PROGRESS)
              & (ChangeEvent.entity_id == cast(StepProgress.id, String)))
        .join(RolloutUnit, StepProgress.unit_id == RolloutUnit.id)
        .where(RolloutUnit.programme_id == programme.id,
               ChangeEvent.source == PUBLIC_RECORD.source, ChangeEvent.field == "status",
               ChangeEvent.new_value == StepStatus.DONE.value,
               StepProgress.status == StepStatus.DONE)).all()
    recorded = 0
    for progress, live_on, key in done_by_record:
        touched = set(session.scalars(select(ReadinessItemState.item_id).filter_by(
            unit_id=progress.unit_id)))
        for item in session.scalars(select(ReadinessItemTemplate).filter_by(
                step_id=progress.step_id)):
            if item.id in touched:
                continue
            evidence = release(key).citation
            state = ReadinessItemState(unit_id=progress.unit_id, item_id=item.id,
                                       status=ItemStatus.DONE, evidence=evidence,
                                       updated_by_name=PUBLIC_RECORD.name)
            session.add(state)
            session.flush()
            for field, new in (("status", ItemStatus.DONE), ("evidence", evidence)):
                record_event(session, actor=PUBLIC_RECORD, entity=Entity.READINESS_ITEM,
                             entity_id=state.id, field=field,
                             old=ItemStatus.OPEN if field == "status" else "", new=new,
                             effective_on=live_on, programme_id=programme.id,
                             unit_id=progress.unit_id, step_id=progress.step_id, reason=key)
            recorded += 1
    return recorded
