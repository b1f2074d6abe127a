"""Synthetic data: labelled, plausible, deterministic, consistent with its own history, and
never mixed into people's real work."""
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import cli, metrics, queries, services, synthetic
from rollout.db import make_engine, make_session_factory, migrate
from rollout.models import (ChangeEvent, ReadinessItemState, FamilyCentre, Programme,
                            ProgrammeRegion, RolloutUnit, StepProgress, StepTemplate)

TODAY = date(2026, 11, 23)


def programme(session, slug):
    return session.scalar(select(Programme).filter_by(slug=slug))


def stored_statuses(session, programme_id):
    rows = session.execute(
        select(StepProgress.unit_id, StepTemplate.position, StepProgress.status)
        .join(StepTemplate).join(RolloutUnit).where(RolloutUnit.programme_id == programme_id,
                                                    StepProgress.status != "not_started")).all()
    return sorted((unit, position, status.value) for unit, position, status in rows)


def test_the_pohde_demo_is_labelled_and_goes_live_as_the_public_record_says(session):
    synthetic.generate(session, "pohde", seed=3, today=TODAY)
    demo = programme(session, "demo-pohde")
    assert demo.is_synthetic and session.scalar(
        select(func.count()).select_from(RolloutUnit).filter_by(programme_id=demo.id)) == 30
    live = {day: int(queries.unit_progress_as_of(session, demo.id, day)["live"].sum())
            for day in (date(2023, 8, 31), date(2025, 1, 1), TODAY)}
    assert live == {date(2023, 8, 31): 0, date(2025, 1, 1): 17, TODAY: 30}
    assert {source for source, in session.execute(select(ChangeEvent.source).filter_by(
        programme_id=demo.id).distinct())} == {"synthetic"}


def test_what_the_history_replays_to_is_what_the_steps_hold(session):
    synthetic.generate(session, "pohde", seed=5, today=TODAY)
    demo = programme(session, "demo-pohde")
    replayed = metrics.statuses_on(metrics.status_transitions(
        queries.status_events(session, demo.id)), TODAY)
    assert sorted(replayed.itertuples(index=False, name=None)) == stored_statuses(session,
                                                                                  demo.id)
    last_evidence = session.execute(
        select(ChangeEvent.entity_id, ChangeEvent.new_value)
        .filter_by(programme_id=demo.id, entity="checklist_item", field="evidence")
        .order_by(ChangeEvent.id)).all()
    expected = dict((int(state_id), value) for state_id, value in last_evidence)
    stored = dict(session.execute(select(ReadinessItemState.id, ReadinessItemState.evidence)
                                  .where(ReadinessItemState.id.in_(expected))).all())
    assert stored == expected


def event_log(session, slug):
    demo = programme(session, slug)
    return session.execute(select(ChangeEvent.recorded_at, ChangeEvent.field,
                                  ChangeEvent.old_value, ChangeEvent.new_value)
                           .filter_by(programme_id=demo.id).order_by(ChangeEvent.id)).all()


def test_the_same_seed_and_day_give_the_same_data_and_generating_again_replaces_it(session):
    synthetic.generate(session, "pohde", seed=7, today=TODAY)
    first = event_log(session, "demo-pohde")
    synthetic.generate(session, "pohde", seed=7, today=TODAY)
    assert event_log(session, "demo-pohde") == first
    assert session.scalar(select(func.count()).select_from(Programme)
                          .filter_by(is_synthetic=True)) == 1
    synthetic.generate(session, "pohde", seed=8, today=TODAY)
    assert event_log(session, "demo-pohde") != first


def test_demo_refuses_a_database_with_people_s_work_unless_forced(sessions, actors,
                                                                  database_url, monkeypatch,
                                                                  capsys):
    with sessions() as session:
        real = queries.default_programme(session)
        row = session.get(StepProgress, queries.progress_id_for(session, real.id, "244", 1))
        services.update_step(session, actors["pekka.planner"], row.id, row.version,
                             replace(services.values_of(row), owner="Pekka"))
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)
    assert cli.main(["demo", "--scale", "pohde"]) == 1
    assert "--force" in capsys.readouterr().err
    with sessions() as session:
        assert programme(session, "demo-pohde") is None
    assert cli.main(["demo", "--scale", "pohde", "--force"]) == 0
    with sessions() as session:
        assert programme(session, "demo-pohde").is_synthetic
        row = session.get(StepProgress, queries.progress_id_for(session, real.id, "244", 1))
        assert row.owner == "Pekka"  # the real work is untouched


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """The national scale once for this module, on SQLite (it takes half a minute)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('national') / 'n.db'}")
    migrate(engine)
    factory = make_session_factory(engine)
    with factory() as session:
        stamp_before = queries.data_stamp(session)
        report = synthetic.generate(session, "national", seed=1, today=TODAY)
    report.stamp_before = stamp_before  # the demo is written in bulk: it moves the stamp
    yield factory, report
    engine.dispose()


def test_the_national_scale_spans_every_county_with_half_a_million_events(national):
    factory, report = national
    with factory() as session:
        whole = programme(session, "demo-kansallinen")
        counties = session.scalar(select(func.count()).select_from(ProgrammeRegion)
                                  .filter_by(programme_id=whole.id))
        units = queries.units_frame(session, whole.id)
        centres = session.scalar(select(func.count()).select_from(FamilyCentre)
                                 .filter_by(is_synthetic=True))
    assert counties == 22  # 21 wellbeing services counties and Helsinki
    assert units["municipality_code"].nunique() == 293 and 1400 <= len(units) <= 1700
    assert 180 <= centres <= 220
    assert 450_000 <= report.rows["change_event"] <= 550_000
    assert [slug for slug, _, _ in report.programmes] == [
        "demo-kansallinen", "demo-pi", "demo-vs", "demo-ks"]


def test_the_national_programme_compares_counties_and_the_stamp_moves(national):
    factory, report = national
    with factory() as session:
        whole = programme(session, "demo-kansallinen")
        progress = metrics.unit_progress(
            queries.units_frame(session, whole.id).rename(columns={"region_fi": "region"}),
            metrics.statuses_on(metrics.status_transitions(
                queries.status_events(session, whole.id)), TODAY), 5)
        by_county = metrics.area_progress(progress, 6, by="region")
        assert len(by_county) == 22 and by_county["live"].sum() > 0
        assert queries.data_stamp(session) > report.stamp_before
