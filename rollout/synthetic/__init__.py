"""Synthetic data for demos and national-scale benchmarks, always labelled as such.

- pohde: Pohde's real 30 municipalities and family centres, with a plausible invented history
  of all six steps whose go-live days follow the public record.
- national: every wellbeing services county (real counties, municipalities and populations),
  invented areas and about 200 family centres, about 1,500 units with five years of history
  (about half a million change events) in one programme spanning every county, beside three
  programmes of single counties.

Synthetic programmes, areas, centres and events are flagged, the UI shows a banner over a
synthetic programme, and generating again replaces them. Generation is deterministic for a
given seed and day."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from rollout import data_stamp
from rollout.config import DATA_DIR
from rollout.domain import Entity, Role
from rollout.models import (Baseline, BaselineEntry, ChangeEvent, ReadinessItemState,
                            ReadinessItemTemplate, FamilyCentre, FamilyCentreArea, LeadCentre,
                            MonthlyFigure, Observation, Programme, ProgrammeRegion,
                            RoleAssignment, RolloutUnit, StepProgress, StepSignOff,
                            StepTemplate)
from rollout.public_record import release
from rollout.seed import add_step_templates, read_csv, seed_defaults
from rollout.synthetic.histories import StepPlan, person, unit_history
from rollout.synthetic.organisation import counties, ensure_counties, synthetic_centres
from rollout.synthetic.rows import RowBuffer

SCALES = ("pohde", "national")
COUNTY_PROGRAMMES = ("PI", "VS", "KS")
NATIONAL_YEARS = 5


@dataclass
class DemoReport:
    programmes: list[tuple[str, str, int]] = field(default_factory=list)  # slug, name, units
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def holds_real_work(session: Session) -> bool:
    """Whether people have recorded work (steps, checklists, baselines) in a real programme;
    accounts and the public record loaded at set-up do not count."""
    real = select(Programme.id).where(Programme.is_synthetic.is_(False))
    return bool(session.scalar(select(exists().where(
        ChangeEvent.source == "user", ChangeEvent.entity != Entity.USER,
        ChangeEvent.programme_id.in_(real)))))


def generate(session: Session, scale: str, seed: int = 1, today: date | None = None
             ) -> DemoReport:
    """Replace the synthetic programmes with freshly generated ones of `scale`; commits."""
    started = time.perf_counter()
    today = today or date.today()
    rng = random.Random(seed)
    seed_defaults(session)
    remove_synthetic(session)
    report = DemoReport()
    if scale == "pohde":
        _pohde(session, rng, today, report)
    else:
        _national(session, rng, today, report)
    data_stamp.mark_changed(session)  # written in bulk, past record_event
    session.commit()
    report.seconds = time.perf_counter() - started
    return report


def _pohde(session: Session, rng: random.Random, today: date, report: DemoReport) -> None:
    centres = {row["area"]: row["code"] for row in read_csv(DATA_DIR / "family_centres.csv")}
    centre_ids = dict(session.execute(select(FamilyCentre.code, FamilyCentre.id)).all())
    regions = ensure_counties(session, {"PP": []})
    programme, steps = _programme(session, "demo-pohde",
                                  "Lapsiperheiden palveluohjaus – demo (synteettinen)",
                                  date(2023, 9, 1), [regions["PP"].id])
    buffer = RowBuffer(session)
    planner = person(rng)
    for row in read_csv(DATA_DIR / "municipalities.csv"):
        go_live = release(row["live_by_source"]).latest_day if row["live_by_source"] else None
        history = unit_history(rng, steps, date(2023, 9, 1), today, planner, person(rng),
                               go_live=go_live)
        buffer.add_unit(programme.id, centre_ids[centres[row["family_centre_area"]]],
                        row["code"], [plan.step_id for plan in steps], history)
    _written(session, buffer, programme, report)


def _national(session: Session, rng: random.Random, today: date, report: DemoReport) -> None:
    by_county = counties()
    regions = ensure_counties(session, by_county)
    pairs = synthetic_centres(session, by_county, regions)
    began = today - timedelta(days=round(NATIONAL_YEARS * 365.25))
    wanted = [("demo-kansallinen", "Lapsiperheiden palveluohjaus – koko maa (synteettinen)",
               list(by_county))]
    wanted += [(f"demo-{code.lower()}", f"Lapsiperheiden palveluohjaus – "
                f"{by_county[code][0]['county_fi']} (synteettinen)", [code])
               for code in COUNTY_PROGRAMMES]
    for slug, name, codes in wanted:
        programme, steps = _programme(session, slug, name, began,
                                      [regions[code].id for code in codes])
        buffer = RowBuffer(session)
        for code in codes:
            planner = person(rng)
            for pair in pairs[code]:
                start = began + timedelta(days=round(rng.betavariate(3.0, 1.4)
                                                     * NATIONAL_YEARS * 1.05 * 365.25))
                history = unit_history(rng, steps, start, today, planner, person(rng))
                buffer.add_unit(programme.id, pair.centre_id, pair.municipality_code,
                                [plan.step_id for plan in steps], history)
        _written(session, buffer, programme, report)


def _programme(session: Session, slug: str, name: str, started_on: date,
               region_ids: list[int]) -> tuple[Programme, list[StepPlan]]:
    """A synthetic programme with the default steps and checklists, open to every admin."""
    programme = Programme(slug=slug, name=name, started_on=started_on, is_synthetic=True)
    session.add(programme)
    session.flush()
    session.add_all(ProgrammeRegion(programme_id=programme.id, region_id=region_id)
                    for region_id in region_ids)
    add_step_templates(session, programme)
    admins = set(session.scalars(select(RoleAssignment.user_id)
                                 .where(RoleAssignment.role == Role.ADMIN)))
    session.add_all(RoleAssignment(user_id=user_id, programme_id=programme.id,
                                   role=Role.ADMIN) for user_id in admins)
    session.flush()
    steps = session.scalars(select(StepTemplate).filter_by(programme_id=programme.id)
                            .order_by(StepTemplate.position)).all()
    items = session.execute(select(ReadinessItemTemplate.step_id, ReadinessItemTemplate.id)
                            .where(ReadinessItemTemplate.step_id.in_([s.id for s in steps]))
                            .order_by(ReadinessItemTemplate.position)).all()
    return programme, [StepPlan(step.id, step.position,
                                tuple(item for step_id, item in items if step_id == step.id))
                       for step in steps]


def _written(session: Session, buffer: RowBuffer, programme: Programme,
             report: DemoReport) -> None:
    counts = buffer.write(session)
    report.programmes.append((programme.slug, programme.name, counts["rollout_unit"]))
    for table, count in counts.items():
        report.rows[table] = report.rows.get(table, 0) + count


def remove_synthetic(session: Session) -> None:
    """Delete every synthetic programme with all it holds, and the synthetic organisation."""
    programmes = select(Programme.id).where(Programme.is_synthetic.is_(True))
    units = select(RolloutUnit.id).where(RolloutUnit.programme_id.in_(programmes))
    steps = select(StepTemplate.id).where(StepTemplate.programme_id.in_(programmes))
    baselines = select(Baseline.id).where(Baseline.programme_id.in_(programmes))
    for statement in (
            delete(ChangeEvent).where(ChangeEvent.programme_id.in_(programmes)),
            delete(BaselineEntry).where(BaselineEntry.baseline_id.in_(baselines)),
            delete(Baseline).where(Baseline.programme_id.in_(programmes)),
            delete(StepSignOff).where(StepSignOff.unit_id.in_(units)),
            delete(ReadinessItemState).where(ReadinessItemState.unit_id.in_(units)),
            delete(StepProgress).where(StepProgress.unit_id.in_(units)),
            delete(RolloutUnit).where(RolloutUnit.programme_id.in_(programmes)),
            delete(ReadinessItemTemplate).where(ReadinessItemTemplate.step_id.in_(steps)),
            delete(StepTemplate).where(StepTemplate.programme_id.in_(programmes)),
            delete(RoleAssignment).where(RoleAssignment.programme_id.in_(programmes)),
            delete(MonthlyFigure).where(MonthlyFigure.programme_id.in_(programmes)),
            delete(Observation).where(Observation.programme_id.in_(programmes)),
            delete(ProgrammeRegion).where(ProgrammeRegion.programme_id.in_(programmes)),
            delete(Programme).where(Programme.is_synthetic.is_(True))):
        session.execute(statement, execution_options={"synchronize_session": False})
    data_stamp.mark_changed(session)  # bulk statements: the session's commit moves the stamp
    centres = select(FamilyCentre.id).where(FamilyCentre.is_synthetic.is_(True))
    session.execute(delete(LeadCentre).where(LeadCentre.family_centre_id.in_(centres)))
    session.execute(delete(FamilyCentre).where(FamilyCentre.is_synthetic.is_(True)))
    session.execute(delete(FamilyCentreArea).where(FamilyCentreArea.is_synthetic.is_(True)))
    session.flush()
