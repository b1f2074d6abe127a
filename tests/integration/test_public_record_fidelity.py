"""The real programme's seeded data says what the public sources say and nothing more: the
releases list which municipalities were served by when (the 17 of the 2024 release and the
whole county by 4.12.2025), and that the service started in autumn 2023. No day of go-live,
no step dates, no population without its year and a source that says what it is."""
from collections import Counter

from sqlalchemy import select

from rollout import queries
from rollout.domain import StepStatus
from rollout.models import ChangeEvent, Municipality, Programme, StepProgress, StepTemplate
from rollout.permissions import PUBLIC_RECORD
from rollout.population_source import ESTIMATES, PopulationSource
from rollout.public_record import release, releases


def default_rows(session):
    programme = queries.default_programme(session)
    return programme, session.execute(
        select(StepProgress, StepTemplate.marks_go_live)
        .join(StepTemplate, StepProgress.step_id == StepTemplate.id)
        .where(StepTemplate.programme_id == programme.id)).all()


def test_no_day_and_no_step_date_is_invented(session):
    _, rows = default_rows(session)
    for progress, marks_go_live in rows:
        assert (progress.planned_start, progress.planned_end, progress.actual_start) == \
            (None, None, None)
        if progress.status == StepStatus.DONE:
            assert marks_go_live and progress.end_latest_by  # only the go-live, as a bound
            assert progress.actual_end == release(progress.end_latest_by).latest_day
        else:
            assert progress.status == StepStatus.NOT_STARTED and progress.actual_end is None


def test_the_17_and_the_30_are_as_the_releases_list_them(session):
    _, rows = default_rows(session)
    by_release = Counter(progress.end_latest_by for progress, _ in rows
                         if progress.status == StepStatus.DONE)
    assert by_release == {"pohde-2024": 17, "pohde-2025-12-04": 13}
    assert release("pohde-2024").latest_by == "2024-12"
    assert release("pohde-2025-12-04").latest_by == "2025-12-04"
    assert sum(by_release.values()) == 30 == session.query(Municipality).count()


def test_the_start_is_the_releases_season_not_a_day(session):
    programme, _ = default_rows(session)
    programme = session.get(Programme, programme.id)
    assert programme.started_on is None
    assert release(programme.start_record).service_started == "2023-autumn"


def test_every_public_record_event_cites_its_release_on_the_bound_day(session):
    events = session.scalars(select(ChangeEvent).filter_by(source=PUBLIC_RECORD.source)).all()
    assert events
    for event in events:
        assert event.reason in releases()
        assert event.effective_on == release(event.reason).latest_day


def test_every_population_has_a_year_and_a_source_that_says_what_it_is(session):
    municipalities = session.scalars(select(Municipality)).all()
    assert all(municipality.population_year for municipality in municipalities)
    kinds = Counter(municipality.population_source_kind for municipality in municipalities)
    assert kinds == {"estimate_year_unstated": 24, "estimate_rough": 3,
                     "estimate_newspaper": 1, "statfin_year_end": 1, "statfin_preliminary": 1}
    for municipality in municipalities:
        assert municipality.population_source == ""  # no free text of the seed's own
        kind = PopulationSource(municipality.population_source_kind)
        assert (municipality.population_reference_day is None) == (kind in ESTIMATES)
