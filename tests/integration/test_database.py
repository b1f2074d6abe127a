"""Migrations, seeding and the overview figures on a real database (SQLite or PostgreSQL)."""
import csv
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

from rollout import metrics, queries
from rollout.config import DATA_DIR
from rollout.db import migrate
from rollout.models import (Base, ChangeEvent, ReadinessItemTemplate, Municipality, Programme,
                            RolloutUnit, StepProgress, StepTemplate)
from rollout.seed import seed_defaults



def reference_rows():
    with (DATA_DIR / "municipalities.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_migrations_create_every_table_of_the_models(engine):
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


def test_migrations_match_the_models_exactly(engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_migrating_twice_changes_nothing(engine):
    migrate(engine)
    assert "step_progress" in inspect(engine).get_table_names()


def test_seed_adds_pohde_with_six_steps_and_checklists(session):
    assert session.scalar(select(func.count()).select_from(Municipality)) == 30
    assert session.scalar(select(func.count()).select_from(RolloutUnit)) == 30
    assert session.scalar(select(func.count()).select_from(StepTemplate)) == 6
    per_step = session.execute(select(ReadinessItemTemplate.step_id, func.count())
                               .group_by(ReadinessItemTemplate.step_id)).all()
    assert len(per_step) == 6 and all(4 <= count <= 6 for _, count in per_step)
    oulu = session.get(Municipality, "564")
    assert (oulu.name_fi, oulu.name_sv, oulu.population) == ("Oulu", "Uleåborg", 216152)
    assert session.get(Municipality, "009").code == "009"  # leading zeros kept


def test_seeding_again_neither_duplicates_nor_resets(sessions):
    with sessions() as session:
        session.get(Municipality, "564").population = 217000
        session.commit()
        events = session.scalar(select(func.count()).select_from(ChangeEvent))
    with sessions() as session:
        report = seed_defaults(session)
        assert not report.programme_created and report.municipalities_added == 0
        assert report.items_from_record == 0
        assert session.scalar(select(func.count()).select_from(RolloutUnit)) == 30
        assert session.scalar(select(func.count()).select_from(ChangeEvent)) == events
        assert session.get(Municipality, "564").population == 217000


def test_public_record_marks_only_the_go_live_step_done_with_its_source(session):
    done = session.scalars(select(StepProgress).where(StepProgress.status == "done")).all()
    assert len(done) == 30
    assert {progress.step.position for progress in done} == {5}
    assert all(progress.actual_start is None and progress.planned_end is None
               for progress in done)
    alavieska = next(p for p in done if p.unit.municipality_code == "009")
    assert alavieska.actual_end == date(2024, 12, 31)  # the latest it can be, not a day
    assert alavieska.end_latest_by == "pohde-2024" and alavieska.note == ""


@pytest.mark.parametrize("as_of, expected_live", [
    (date(2023, 12, 31), set()),
    (date(2025, 1, 1), {"pohde-2024"}),
    (date(2025, 12, 3), {"pohde-2024"}),
    (date(2025, 12, 4), {"pohde-2024", "pohde-2025-12-04"}),
])
def test_overview_as_of_a_past_day_counts_what_the_record_says_was_live(
        session, as_of, expected_live):
    rows = [row for row in reference_rows() if row["live_by_source"] in expected_live]
    programme = session.scalar(select(Programme))
    covered = metrics.coverage(queries.unit_progress_as_of(session, programme.id, as_of))
    assert covered.live_municipalities == len(rows)
    assert covered.residents_covered == sum(int(row["population"]) for row in rows)
    assert covered.residents == 418328


def test_coverage_on_new_year_2025_is_the_17_municipalities_share_of_the_region(session):
    programme = session.scalar(select(Programme))
    covered = metrics.coverage(queries.unit_progress_as_of(session, programme.id,
                                                           date(2025, 1, 1)))
    seventeen = [row for row in reference_rows() if row["live_by_source"] == "pohde-2024"]
    assert len(seventeen) == 17 == covered.live_municipalities
    assert covered.share == pytest.approx(
        sum(int(row["population"]) for row in seventeen) / 418328)


def test_last_change_is_when_the_seed_was_recorded(session):
    programme = session.scalar(select(Programme))
    assert queries.last_change_at(session, programme.id) is not None
