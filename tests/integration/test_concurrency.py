"""Many people saving at once: 8 threads × 50 attempts per write service. Every attempt is
either applied or refused with a clear conflict, never another exception, and the history
holds exactly one event per applied change (run again on PostgreSQL in CI)."""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import func, select

from rollout import accounts, queries, services
from rollout.domain import DomainError, ItemStatus, Role, StepStatus
from rollout.models import ChangeEvent, StepProgress
from rollout.services import ReadinessChange, EditConflict, ItemValues

THREADS, ATTEMPTS = 8, 50
TODAY = date(2026, 11, 23)


def run_concurrently(sessions, attempt) -> Counter:
    """Run `attempt(session, thread, number)` 50 times in each of 8 threads started together;
    counts "applied" and "conflict" outcomes and fails on anything else."""
    outcomes: Counter = Counter()
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)
    lock = threading.Lock()

    def work(thread: int) -> None:
        start.wait()
        for number in range(ATTEMPTS):
            try:
                with sessions() as session:
                    outcome = attempt(session, thread, number)
            except EditConflict:
                outcome = "conflict"
            except BaseException as error:  # noqa: BLE001 - every other error fails the test
                errors.append(error)
                continue
            with lock:
                outcomes[outcome] += 1

    threads = [threading.Thread(target=work, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(outcomes.values()) == THREADS * ATTEMPTS
    assert outcomes["applied"] >= 1
    return outcomes


def events(sessions, **where) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(ChangeEvent).filter_by(**where))


def step_row(session, municipality, position):
    programme_id = queries.default_programme(session).id
    return session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                            municipality, position))


def test_concurrent_step_saves_apply_or_conflict_and_history_matches(sessions, actors):
    planner = actors["pekka.planner"]

    def attempt(session, thread, number):
        row = step_row(session, "244", 1)
        wanted = replace(services.values_of(row), owner=f"t{thread}-{number}")
        services.update_step(session, planner, row.id, row.version, wanted, today=TODAY)
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    assert events(sessions, entity="step_progress", field="owner") == outcomes["applied"]


def test_concurrent_bulk_updates_apply_whole_or_conflict(sessions, actors):
    planner = actors["pekka.planner"]
    with sessions() as session:
        units = queries.units_frame(session, queries.default_programme(session).id)
    lakeus = units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()

    def attempt(session, thread, number):
        end = date(2027, 1, 1) + timedelta(days=thread * ATTEMPTS + number)
        changes = services.preview_bulk_update(session, planner, lakeus, 2,
                                               planned_end=end, today=TODAY)
        services.apply_bulk_update(session, planner, changes, today=TODAY)
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    assert events(sessions, entity="step_progress", field="planned_end") == \
        outcomes["applied"] * len(lakeus)


def test_concurrent_first_and_later_checklist_saves_apply_or_conflict(sessions, actors):
    lead = actors["liisa.lead"]
    with sessions() as session:
        unit = int(queries.units_frame(session, queries.default_programme(session).id)
                   .set_index("municipality_code").loc["244", "unit_id"])
        item = int(queries.readiness_frame(session, unit)["item_id"].iloc[0])
    before = events(sessions, entity="checklist_item", field="status")

    def attempt(session, thread, number):
        row = queries.readiness_frame(session, unit).set_index("item_id").loc[item]
        version = None if pd.isna(row["version"]) else int(row["version"])
        status = ItemStatus.OPEN if row["status"] == "done" else ItemStatus.DONE
        services.save_readiness(session, lead, unit, [ReadinessChange(item, version, status)])
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    assert events(sessions, entity="checklist_item", field="status") == \
        before + outcomes["applied"]


def test_concurrent_role_changes_apply_or_conflict(sessions, actors):
    admin = actors["aino.admin"]
    before = events(sessions, entity="user", entity_id="maija.manager", field="role")

    def attempt(session, thread, number):
        programme_id = queries.default_programme(session).id
        version, values = accounts.user_values(session, "maija.manager", programme_id)
        role = Role.PLANNER if values.role == Role.MANAGER else Role.MANAGER
        accounts.set_role(session, admin, username="maija.manager", programme_id=programme_id,
                          role=role, expected_version=version)
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    assert events(sessions, entity="user", entity_id="maija.manager", field="role") == \
        before + outcomes["applied"]


def test_concurrent_baselines_of_one_name_are_made_once(sessions, actors):
    planner = actors["pekka.planner"]

    def attempt(session, thread, number):
        try:
            services.freeze_baseline(session, planner, queries.default_programme(session).id,
                                     f"Ohjausryhmä {number}")
        except DomainError as refusal:
            assert refusal.key == "baseline.exists"
            return "refused"
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    assert outcomes["applied"] == ATTEMPTS
    assert events(sessions, entity="baseline") == ATTEMPTS


def lakeus_units(sessions):
    with sessions() as session:
        units = queries.units_frame(session, queries.default_programme(session).id)
    return units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()


def test_concurrent_centre_updates_apply_whole_or_conflict(sessions, actors):
    lead = actors["liisa.lead"]
    units = lakeus_units(sessions)
    with sessions() as session:
        item = int(queries.readiness_frame(session, units[0])["item_id"].iloc[0])

    def attempt(session, thread, number):
        planned = services.preview_centre_update(
            session, lead, units, [item], ItemValues(ItemStatus.DONE,
                                                     evidence=f"t{thread}-{number}"))
        services.apply_centre_update(session, lead, planned)
        return "applied"

    before = events(sessions, entity="checklist_item", field="evidence")
    outcomes = run_concurrently(sessions, attempt)
    assert events(sessions, entity="checklist_item", field="evidence") == \
        before + outcomes["applied"] * len(units)


def test_concurrent_sign_offs_and_reopenings_never_both_go_through(sessions, actors):
    lead, planner = actors["liisa.lead"], actors["pekka.planner"]
    with sessions() as session:
        unit = lakeus_units(sessions)[1]
        services.save_readiness(session, lead, unit, [
            ReadinessChange(int(i.item_id), None, ItemStatus.DONE)
            for i in queries.readiness_frame(session, unit).itertuples() if i.step == 1])
        progress_id = session.scalar(select(StepProgress.id).filter_by(unit_id=unit).order_by(
            StepProgress.id))

    def attempt(session, thread, number):
        row = session.get(StepProgress, progress_id)
        if queries.confirmations(session, unit).empty:
            try:
                services.sign_off(session, lead, [services.SignOffRequest(row.id, row.version)],
                                  TODAY, today=TODAY)
            except EditConflict:
                raise
            except DomainError as refusal:  # signed off by someone between the two reads
                assert refusal.key == "signoff.already"
                return "refused"
        else:
            services.update_step(session, planner, row.id, row.version,
                                 replace(services.values_of(row), status=StepStatus.IN_PROGRESS),
                                 reason="Uusi kierros", today=TODAY)
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    with sessions() as session:
        signed = session.scalar(select(func.count()).select_from(ChangeEvent).where(
            ChangeEvent.field == "sign_off", ChangeEvent.new_value.is_not(None)))
        withdrawn = session.scalar(select(func.count()).select_from(ChangeEvent).where(
            ChangeEvent.field == "sign_off", ChangeEvent.new_value.is_(None)))
    assert signed + withdrawn == outcomes["applied"] and 0 <= signed - withdrawn <= 1
