"""Step tracking services: rules, permissions, history, edit conflicts, bulk and baselines."""
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from rollout import queries, services
from rollout.domain import DomainError, PermissionDenied, StepStatus, StepValues
from rollout.models import BaselineEntry, ChangeEvent, StepProgress

TODAY = date(2026, 11, 23)
S = StepStatus


def progress(session, municipality="244", position=1):
    programme_id = queries.default_programme(session).id
    row = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                            municipality, position))
    session.refresh(row)
    return row


def save(session, actor, row, reason="", **values):
    wanted = StepValues(**{**services.values_of(row).__dict__, **values})
    return services.update_step(session, actor, row.id, row.version, wanted, reason,
                                today=TODAY)


def event_count(session):
    return session.scalar(select(func.count()).select_from(ChangeEvent))


def tick_required_items(session, actor, municipality="244", position=1):
    """What the readiness gate asks before a step can be done."""
    from rollout.domain import ItemStatus
    from rollout.services import ReadinessChange
    unit = progress(session, municipality, position).unit_id
    items = queries.readiness_frame(session, unit)
    services.save_readiness(session, actor, unit, [
        ReadinessChange(int(item.item_id), None, ItemStatus.DONE)
        for item in items[items["step"] == position].itertuples()])


def test_planner_brings_a_step_to_done_with_one_event_per_changed_field(session, actors):
    planner = actors["pekka.planner"]
    tick_required_items(session, actors["liisa.lead"])
    row = progress(session)
    before = event_count(session)
    save(session, planner, row, status=S.IN_PROGRESS, actual_start=date(2026, 10, 1),
         owner="Liisa", planned_end=date(2026, 12, 31))
    save(session, planner, progress(session), status=S.DONE)
    row = progress(session)
    assert (row.status, row.actual_end, row.version) == (S.DONE, TODAY, 3)
    events = session.scalars(select(ChangeEvent).where(ChangeEvent.id > before)
                             .order_by(ChangeEvent.id)).all()
    assert [(e.field, e.old_value, e.new_value) for e in events] == [
        ("status", "not_started", "in_progress"), ("planned_end", None, "2026-12-31"),
        ("actual_start", None, "2026-10-01"), ("owner", "", "Liisa"),
        ("status", "in_progress", "done"), ("actual_end", None, TODAY.isoformat())]
    assert {e.user_id for e in events} == {planner.user_id}
    assert events[0].effective_on == date(2026, 10, 1)


@pytest.mark.parametrize("who", ["maija.manager", "liisa.lead"])
def test_managers_and_leads_cannot_edit_steps_and_nothing_is_written(session, actors, who):
    row = progress(session)
    before = event_count(session)
    with pytest.raises(PermissionDenied):
        save(session, actors[who], row, status=S.IN_PROGRESS)
    session.rollback()
    assert progress(session).status == S.NOT_STARTED and event_count(session) == before


def test_bad_dates_are_refused_naming_the_municipality_and_nothing_changes(session, actors):
    row = progress(session)
    with pytest.raises(DomainError) as refusal:
        save(session, actors["pekka.planner"], row, planned_start=date(2026, 5, 1),
             planned_end=date(2026, 4, 1))
    kempele = {"fi": "Kempele", "sv": "Kempele", "en": "Kempele"}  # the same in Swedish
    assert refusal.value.params == {"field": "planned_end", "municipality": kempele,
                                    "step": 1}
    session.rollback()
    assert progress(session).planned_end is None


def test_reopening_keeps_both_the_completion_and_the_reopening(session, actors):
    row = progress(session, "009", 5)  # done by 2024-12 in the public record
    save(session, actors["pekka.planner"], row, reason="Palveluohjaajat vaihtuivat",
         status=S.IN_PROGRESS)
    events = session.scalars(select(ChangeEvent).filter_by(entity="step_progress",
                                                           entity_id=str(row.id),
                                                           field="status")
                             .order_by(ChangeEvent.id)).all()
    assert [(e.old_value, e.new_value) for e in events] == [("not_started", "done"),
                                                            ("done", "in_progress")]
    assert events[-1].reason == "Palveluohjaajat vaihtuivat"
    assert progress(session, "009", 5).actual_end is None


def test_reopened_unit_is_live_before_the_reopening_and_not_after(session, actors):
    save(session, actors["pekka.planner"], progress(session, "009", 5), reason="Vaihtuvuus",
         status=S.IN_PROGRESS)
    programme_id = queries.default_programme(session).id
    live = {day: queries.unit_progress_as_of(session, programme_id, day)
            .set_index("municipality_code").loc["009", "live"]
            for day in (date(2025, 6, 1), date.today() + timedelta(days=1))}
    assert live == {date(2025, 6, 1): True, date.today() + timedelta(days=1): False}


def test_stale_version_is_refused_naming_who_saved_and_their_values(sessions, actors):
    planner = actors["pekka.planner"]
    admin = actors["aino.admin"]
    with sessions() as first, sessions() as second:
        mine = progress(first)
        theirs = progress(second)
        save(second, admin, theirs, owner="Aino", status=S.IN_PROGRESS)
        with pytest.raises(services.EditConflict) as conflict:
            save(first, planner, mine, owner="Pekka")
    assert conflict.value.params["by"] == admin.name
    assert conflict.value.theirs.owner == "Aino"
    with sessions() as session:
        assert progress(session).owner == "Aino"


def test_bulk_update_previews_then_applies_to_every_unit_of_a_centre(session, actors):
    planner = actors["pekka.planner"]
    units = queries.units_frame(session, queries.default_programme(session).id)
    lakeus = units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()
    before = event_count(session)
    changes = services.preview_bulk_update(session, planner, lakeus, 2, status=S.IN_PROGRESS,
                                           planned_end=date(2027, 1, 31), today=TODAY)
    assert event_count(session) == before  # a preview writes nothing
    assert len(changes) == 2 * len(lakeus) == 12
    assert services.apply_bulk_update(session, planner, changes, today=TODAY) == 6
    assert {progress(session, code, 2).status for code in
            units.loc[units["centre_code"] == "lakeus", "municipality_code"]} == {S.IN_PROGRESS}
    assert event_count(session) == before + 12


def test_bulk_update_is_refused_whole_when_a_step_changed_after_the_preview(session, actors):
    planner = actors["pekka.planner"]
    units = queries.units_frame(session, queries.default_programme(session).id)
    lakeus = units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()
    changes = services.preview_bulk_update(session, planner, lakeus, 2, status=S.BLOCKED,
                                           today=TODAY)
    save(session, actors["aino.admin"], progress(session, "244", 2), owner="Aino")
    with pytest.raises(services.EditConflict):
        services.apply_bulk_update(session, planner, changes, today=TODAY)
    session.rollback()
    assert progress(session, "425", 2).status == S.NOT_STARTED


def test_bulk_preview_names_the_unit_that_would_break_a_rule(session, actors):
    units = queries.units_frame(session, queries.default_programme(session).id)
    with pytest.raises(DomainError) as refusal:
        services.preview_bulk_update(session, actors["pekka.planner"],
                                     units["unit_id"].tolist(), 1,
                                     actual_start=date(2027, 1, 1), today=TODAY)
    assert "municipality" in refusal.value.params


def test_baseline_freezes_the_plan_and_later_plans_do_not_move_it(session, actors):
    planner = actors["pekka.planner"]
    save(session, planner, progress(session), planned_end=date(2027, 1, 31))
    programme_id = queries.default_programme(session).id
    baseline = services.freeze_baseline(session, planner, programme_id, "Ohjausryhmä 11/2026")
    save(session, planner, progress(session), planned_end=date(2027, 3, 31))
    frozen = session.get(BaselineEntry, (baseline.id, progress(session).id))
    assert frozen.planned_end == date(2027, 1, 31)
    with pytest.raises(DomainError, match="baseline.exists"):
        services.freeze_baseline(session, planner, programme_id, "Ohjausryhmä 11/2026")
    with pytest.raises(PermissionDenied):
        services.freeze_baseline(session, actors["maija.manager"], programme_id, "x")


def test_correcting_the_actual_end_of_a_done_go_live_moves_when_it_counts_as_live(session,
                                                                                 actors):
    planner = actors["pekka.planner"]
    save(session, planner, progress(session, "009", 5), actual_end=date(2024, 10, 15))
    programme_id = queries.default_programme(session).id
    units = queries.unit_progress_as_of(session, programme_id, date(2024, 11, 1))
    assert units.set_index("municipality_code").loc["009", "live"]


def test_a_bulk_reopening_with_a_reason_can_be_previewed_and_applied(session, actors):
    planner = actors["pekka.planner"]
    units = queries.units_frame(session, queries.default_programme(session).id)
    lakeus = units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()
    with pytest.raises(DomainError, match="steps.reopen_needs_reason"):
        services.preview_bulk_update(session, planner, lakeus, 5, status=S.IN_PROGRESS,
                                     today=TODAY)
    changes = services.preview_bulk_update(session, planner, lakeus, 5, status=S.IN_PROGRESS,
                                           reason="Uusi palveluohjaaja", today=TODAY)
    assert services.apply_bulk_update(session, planner, changes, "Uusi palveluohjaaja",
                                      today=TODAY) == len(lakeus)
    assert progress(session, "244", 5).status == S.IN_PROGRESS


def test_a_recorded_go_live_day_replaces_the_records_bound_and_the_history_keeps_both(
        session, actors):
    alavieska = progress(session, "009", 5)
    assert (alavieska.actual_end, alavieska.end_latest_by) == (date(2024, 12, 31),
                                                                "pohde-2024")
    save(session, actors["pekka.planner"], alavieska, note="nuotti")  # the end untouched
    assert progress(session, "009", 5).end_latest_by == "pohde-2024"
    saved = save(session, actors["pekka.planner"], progress(session, "009", 5),
                 actual_end=date(2024, 3, 11))
    assert (saved.actual_end, saved.end_latest_by) == (date(2024, 3, 11), "")
    logged = session.execute(select(ChangeEvent.field, ChangeEvent.old_value,
                                    ChangeEvent.new_value, ChangeEvent.source)
                             .filter_by(entity="step_progress", entity_id=str(saved.id))
                             .where(ChangeEvent.field.in_(("actual_end", "end_latest_by")))
                             .order_by(ChangeEvent.id)).all()
    assert [tuple(row) for row in logged] == [
        ("actual_end", None, "2024-12-31", "public_record"),
        ("end_latest_by", "", "pohde-2024", "public_record"),
        ("actual_end", "2024-12-31", "2024-03-11", "user"),
        ("end_latest_by", "pohde-2024", "", "user")]
