"""Eight admins at once: every write service with a uniqueness rule or a multi-row change, 8
threads at a barrier for 20 rounds (SQLite in `make test`, PostgreSQL in CI). Each asserts
what is stored, not only what was refused: no duplicate name, no traceback, no deadlock or
"busy" reaching the caller, history events equal to the changes applied, and each row as the
last applied change left it."""
from __future__ import annotations

import random
import threading
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select

from rollout import accounts, queries, services
from rollout.domain import DomainError, Role
from rollout.models import (ChangeEvent, ReadinessItemTemplate, FamilyCentre, FamilyCentreArea,
                            ObservationTheme, Programme, RolloutUnit, StepTemplate, User)
from rollout.permissions import COMMAND_LINE
from rollout.services import ItemTexts, NewProgramme, StepTexts
from rollout.services.conflicts import DatabaseBusy
from tests.integration.test_permission_matrix import write_services

THREADS, ROUNDS = 8, 20
ADMIN = COMMAND_LINE


def race(sessions, attempt, rounds: int = ROUNDS) -> list[tuple[int, int, object]]:
    """Run `attempt(session, thread, round)` in 8 threads that meet at a barrier before each
    round; returns (round, thread, result) of every applied attempt. A refusal in words
    (DomainError) is an outcome; "busy" (a deadlock the service gave up on) and every other
    exception fail the test."""
    applied, errors = [], []
    barrier, lock = threading.Barrier(THREADS), threading.Lock()

    def work(thread: int) -> None:
        for number in range(rounds):
            barrier.wait()
            try:
                with sessions() as session:
                    result = attempt(session, thread, number)
            except DatabaseBusy as busy:
                errors.append(busy)
            except DomainError:
                continue
            except BaseException as error:  # noqa: BLE001 - every other error fails the test
                errors.append(error)
                continue
            else:
                with lock:
                    applied.append((number, thread, result))

    threads = [threading.Thread(target=work, args=(index,)) for index in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert applied, "no attempt was applied"
    return applied


def events(sessions, *where) -> list[ChangeEvent]:
    with sessions() as session:
        return session.scalars(select(ChangeEvent).where(*where).order_by(ChangeEvent.id)).all()


def programme_id(session) -> int:
    return queries.default_programme(session).id


def folded_duplicates(names) -> list[str]:
    counts = Counter(str(name).casefold() for name in names)
    return [name for name, count in counts.items() if count > 1]


def last_values(rows) -> dict:
    """entity id → the new value of its newest event."""
    return {event.entity_id: event.new_value for event in rows}


# Names that must be unique --------------------------------------------------------------

def test_centres_renamed_to_one_name_at_once_keep_one(sessions):
    with sessions() as session:
        centres = session.scalars(select(FamilyCentre.id).order_by(FamilyCentre.id)).all()
    assert len(centres) >= THREADS

    def attempt(session, thread, number):
        centre = session.get(FamilyCentre, centres[thread])
        name = f"Yhteinen perhekeskus {number}"
        services.update_centre(session, ADMIN, programme_id(session), centre.id,
                               centre.version, name, centre.name_sv, centre.area_id)
        return name

    applied = race(sessions, attempt)
    assert max(Counter(number for number, _, _ in applied).values()) == 1
    with sessions() as session:
        stored = session.execute(select(FamilyCentre.code, FamilyCentre.name)).all()
    assert folded_duplicates(name for _, name in stored) == []
    renamed = events(sessions, ChangeEvent.field == "org_name",
                     ChangeEvent.entity == "family_centre")
    assert len(renamed) == len(applied)
    assert {code: name for code, name in stored if code in last_values(renamed)} == \
        last_values(renamed)


def test_centres_added_with_one_name_at_once_are_added_once(sessions):
    with sessions() as session:
        areas = session.scalars(select(FamilyCentreArea.id).order_by(FamilyCentreArea.id)).all()

    def attempt(session, thread, number):
        name = f"Uusi perhekeskus {number}"
        services.add_centre(session, ADMIN, programme_id(session), areas[thread % len(areas)],
                            name)
        return name

    applied = race(sessions, attempt)
    with sessions() as session:
        names = session.scalars(select(FamilyCentre.name)).all()
    assert folded_duplicates(names) == []
    assert sorted(name for _, _, name in applied) == sorted(
        name for name in names if name.startswith("Uusi perhekeskus"))
    assert len(events(sessions, ChangeEvent.field == "org_name",
                      ChangeEvent.entity == "family_centre")) == len(applied)


def test_areas_renamed_and_added_with_one_name_at_once_keep_one(sessions):
    with sessions() as session:
        areas = session.scalars(select(FamilyCentreArea.id).order_by(FamilyCentreArea.id)).all()
        region_id = session.get(FamilyCentreArea, areas[0]).region_id

    def attempt(session, thread, number):
        name = f"Yhteinen alue {number}"
        if thread % 2:
            services.add_area(session, ADMIN, programme_id(session), region_id, name)
        else:
            area = session.get(FamilyCentreArea, areas[thread])
            services.rename_area(session, ADMIN, programme_id(session), area.id, area.version,
                                 name)
        return name

    applied = race(sessions, attempt)
    assert max(Counter(number for number, _, _ in applied).values()) == 1
    with sessions() as session:
        names = session.scalars(select(FamilyCentreArea.name)).all()
    assert folded_duplicates(names) == []
    assert len(events(sessions, ChangeEvent.field == "org_name",
                      ChangeEvent.entity == "family_centre_area")) == len(applied)


def test_steps_renamed_to_one_name_at_once_keep_one(sessions):
    with sessions() as session:
        steps = session.scalars(select(StepTemplate.id).filter_by(
            programme_id=programme_id(session)).order_by(StepTemplate.position)).all()

    def attempt(session, thread, number):
        step = session.get(StepTemplate, steps[thread % len(steps)])
        texts = StepTexts(f"Yhteinen askel {number}", f"Gemensamt steg {number}",
                          f"Common step {number}", step.description_fi, step.description_sv,
                          step.description_en)
        version = step.version
        if services.update_step_texts(session, ADMIN, step.id, version, texts) == version:
            raise DomainError("nothing changed")  # another thread gave it this name already
        return step.id, texts.name_fi

    applied = race(sessions, attempt)
    assert max(Counter(number for number, _, _ in applied).values()) == 1
    with sessions() as session:
        stored = session.execute(select(StepTemplate.id, StepTemplate.name_fi, StepTemplate.name_sv,
                                        StepTemplate.name_en).filter_by(
            programme_id=programme_id(session))).all()
    for column in (1, 2, 3):
        assert folded_duplicates(row[column] for row in stored) == []
    renamed = events(sessions, ChangeEvent.entity == "step_template",
                     ChangeEvent.field == "name_fi")
    assert len(renamed) == len(applied)
    assert {str(row[0]): row[1] for row in stored if str(row[0]) in last_values(renamed)} == \
        last_values(renamed)


def first_step_items(session) -> tuple[int, list[int]]:
    step = session.scalar(select(StepTemplate.id).filter_by(
        programme_id=programme_id(session), position=1))
    items = session.scalars(select(ReadinessItemTemplate.id).filter_by(step_id=step)
                            .order_by(ReadinessItemTemplate.position)).all()
    return step, items


def assert_items_numbered_and_unique(session, step_id) -> None:
    items = session.scalars(select(ReadinessItemTemplate).filter_by(step_id=step_id)
                            .order_by(ReadinessItemTemplate.position)).all()
    in_use = [item for item in items if item.retired_at is None]
    assert [item.position for item in items] == list(range(1, len(items) + 1))
    for lang in ("fi", "sv", "en"):
        assert folded_duplicates(getattr(item, f"text_{lang}") for item in in_use) == []


def test_items_reworded_and_added_with_one_text_at_once_keep_one(sessions):
    with sessions() as session:
        step_id, items = first_step_items(session)

    def attempt(session, thread, number):
        texts = ItemTexts(f"Yhteinen kohta {number}", f"Gemensam punkt {number}",
                          f"Common item {number}")
        if thread >= len(items):
            return services.add_readiness_item(session, ADMIN, step_id, texts, True,
                                               position=1)
        item = session.get(ReadinessItemTemplate, items[thread])
        services.update_readiness_item(session, ADMIN, item.id, item.version, texts,
                                       item.required)
        return item.id

    applied = race(sessions, attempt)
    assert max(Counter(number for number, _, _ in applied).values()) == 1
    with sessions() as session:
        assert_items_numbered_and_unique(session, step_id)
    reworded = events(sessions, ChangeEvent.entity == "checklist_item_template",
                      ChangeEvent.field == "text_fi")
    assert len(reworded) == len(applied)


def test_one_item_reworded_by_many_at_once_takes_one_change_per_version(sessions):
    """Admins who loaded the same version of an item: one saves, the others meet a
    conflict; no save is applied on top of a version it never saw."""
    with sessions() as session:
        _, items = first_step_items(session)

    def attempt(session, thread, number):
        item = session.get(ReadinessItemTemplate, items[thread % 2])
        seen = item.version
        services.update_readiness_item(session, ADMIN, item.id, seen, ItemTexts(
            f"Kohta {number}.{thread}", f"Punkt {number}.{thread}", f"Item {number}.{thread}"),
            item.required)
        return item.id, seen

    applied = race(sessions, attempt)
    based_on = [result for _, _, result in applied]
    assert len(based_on) == len(set(based_on)), "two saves were applied on one version"
    reworded = events(sessions, ChangeEvent.entity == "checklist_item_template",
                      ChangeEvent.field == "text_fi")
    assert len(reworded) == len(applied)


def test_items_moved_retired_and_restored_at_once_stay_numbered_without_gaps(sessions):
    with sessions() as session:
        step_id, items = first_step_items(session)
    randomness = random.Random(18)
    plans = [[(randomness.choice(items), randomness.choice(["move", "retire", "restore"]),
               randomness.randint(1, 3)) for _ in range(ROUNDS)] for _ in range(THREADS)]

    def attempt(session, thread, number):
        item_id, action, position = plans[thread][number]
        item = session.get(ReadinessItemTemplate, item_id)
        if action == "move":
            services.move_readiness_item(session, ADMIN, item.id, item.version, position)
        elif action == "retire":
            services.retire_readiness_item(session, ADMIN, item.id, item.version)
        else:
            services.restore_readiness_item(session, ADMIN, item.id, item.version)
        return action, item_id

    applied = race(sessions, attempt)
    with sessions() as session:
        assert_items_numbered_and_unique(session, step_id)
        retired = {str(item.id): item.retired_at is not None for item in session.scalars(
            select(ReadinessItemTemplate).filter_by(step_id=step_id))}
    changes = events(sessions, ChangeEvent.entity == "checklist_item_template",
                     ChangeEvent.field == "retired")
    assert len(changes) == sum(action != "move" for _, _, (action, _) in applied)
    assert {item: value == "True" for item, value in last_values(changes).items()} == \
        {item: retired[item] for item in last_values(changes)}


def test_one_go_live_step_whoever_sets_it(sessions):
    with sessions() as session:
        steps = session.scalars(select(StepTemplate.id).filter_by(
            programme_id=programme_id(session)).order_by(StepTemplate.position)).all()

    def attempt(session, thread, number):
        chosen = steps[(thread + number) % len(steps)]
        changed = services.set_go_live_step(session, ADMIN, programme_id(session), chosen,
                                            services.steps_version(session,
                                                                   programme_id(session)))
        return chosen if changed else None

    applied = race(sessions, attempt)
    with sessions() as session:
        live = session.scalars(select(StepTemplate.id).filter_by(
            programme_id=programme_id(session), marks_go_live=True)).all()
    assert len(live) == 1
    changes = [chosen for _, _, chosen in applied if chosen is not None]
    if changes:
        newest = events(sessions, ChangeEvent.field == "marks_go_live",
                        ChangeEvent.new_value == "True")[-1]
        assert int(newest.entity_id) == live[0]


def test_programmes_created_with_one_name_at_once_are_created_once(sessions):
    def attempt(session, thread, number):
        services.create_programme(session, ADMIN, NewProgramme(
            queries.default_programme(session).slug, f"palvelu-{number}-{thread}",
            f"Uusi palvelu {number}"))
        return number

    applied = race(sessions, attempt, rounds=5)  # each creates 30 units: fewer rounds
    assert sorted(number for _, _, number in applied) == list(range(5))
    with sessions() as session:
        assert folded_duplicates(session.scalars(select(Programme.name))) == []


def test_accounts_added_with_one_name_at_once_are_added_once(sessions):
    with sessions() as session:
        home = programme_id(session)

    def attempt(session, thread, number):
        accounts.add_user(session, ADMIN, username=f"sama.nimi{number}", role=Role.PLANNER,
                          programme_id=home, email=f"sama{number}.{thread}@pohde.example")
        return number

    applied = race(sessions, attempt)
    assert sorted(number for _, _, number in applied) == list(range(ROUNDS))
    with sessions() as session:
        assert folded_duplicates(session.scalars(select(User.username))) == []


def test_themes_added_with_one_name_at_once_are_added_once(sessions):
    def attempt(session, thread, number):
        services.add_theme(session, ADMIN, programme_id(session), f"Yhteinen teema {number}",
                           f"Tema {number}", f"Theme {number}")
        return number

    applied = race(sessions, attempt)
    assert sorted(number for _, _, number in applied) == list(range(ROUNDS))
    with sessions() as session:
        assert folded_duplicates(session.scalars(select(ObservationTheme.name_fi))) == []


# Changes of several rows: moves, retiring ----------------------------------------------

def test_units_moved_between_centres_at_once_never_deadlock(sessions):
    """Oulu is served by three centres and its units move around them: two moves that swap
    (centre, municipality) keys would deadlock on the unique key without the fixed lock
    order."""
    with sessions() as session:
        home = programme_id(session)
        centres = session.scalars(select(FamilyCentre.id).order_by(FamilyCentre.id)).all()
        oulu = session.scalar(select(RolloutUnit).filter_by(programme_id=home,
                                                            municipality_code="564"))
        others = [centre for centre in centres if centre != oulu.family_centre_id]
        for centre in others[:2]:
            services.assign_municipality(session, ADMIN, home, centre, "564")
        units = session.scalars(select(RolloutUnit.id).filter_by(
            programme_id=home, municipality_code="564").order_by(RolloutUnit.id)).all()
    randomness = random.Random(7)
    plans = [[(randomness.choice(units), randomness.choice(centres[:5])) for _ in range(ROUNDS)]
             for _ in range(THREADS)]

    def attempt(session, thread, number):
        unit_id, centre_id = plans[thread][number]
        unit = session.get(RolloutUnit, unit_id)
        services.move_unit(session, ADMIN, home, unit.id, unit.version, centre_id)
        return unit_id

    applied = race(sessions, attempt)
    with sessions() as session:
        stored = {str(unit.id): unit.family_centre.code for unit in session.scalars(
            select(RolloutUnit).filter_by(programme_id=home, municipality_code="564"))}
    assert len(set(stored.values())) == len(stored) == 3
    moves = events(sessions, ChangeEvent.entity == "rollout_unit",
                   ChangeEvent.field == "org_centre", ChangeEvent.old_value.is_not(None))
    assert len(moves) == len(applied)
    assert {unit: stored[unit] for unit in last_values(moves)} == last_values(moves)


def test_centres_moved_between_areas_while_areas_retire_never_leave_a_centre_stranded(
        sessions):
    """Half the admins move centres between areas, the other half retire and restore an
    area: no centre in use ends in a retired area, and nothing deadlocks."""
    with sessions() as session:
        home = programme_id(session)
        areas = session.scalars(select(FamilyCentreArea.id).order_by(FamilyCentreArea.id)
                                ).all()[:3]
        empty = services.add_area(session, ADMIN, home,
                                  session.get(FamilyCentreArea, areas[0]).region_id,
                                  "Tyhjä alue").id
        centres = session.scalars(select(FamilyCentre.id).where(
            FamilyCentre.area_id.in_(areas)).order_by(FamilyCentre.id)).all()
    targets = [*areas, empty]
    randomness = random.Random(11)
    plans = [[(randomness.choice(centres), randomness.choice(targets)) for _ in range(ROUNDS)]
             for _ in range(THREADS)]

    def attempt(session, thread, number):
        if thread % 2:
            area = session.get(FamilyCentreArea, empty)
            services.set_area_retired(session, ADMIN, home, empty, area.version,
                                      area.retired_at is None)
            return "area"
        centre_id, area_id = plans[thread][number]
        centre = session.get(FamilyCentre, centre_id)
        moved = area_id != centre.area_id
        services.update_centre(session, ADMIN, home, centre.id, centre.version, centre.name,
                               centre.name_sv, area_id)
        return "centre" if moved else "unchanged"

    applied = race(sessions, attempt)
    with sessions() as session:
        stranded = session.scalars(select(FamilyCentre.name).join(
            FamilyCentreArea, FamilyCentreArea.id == FamilyCentre.area_id).where(
            FamilyCentreArea.retired_at.is_not(None), FamilyCentre.retired_at.is_(None))).all()
        stored = {centre.code: centre.area.name for centre in session.scalars(
            select(FamilyCentre).where(FamilyCentre.id.in_(centres)))}
    assert stranded == []
    moves = events(sessions, ChangeEvent.entity == "family_centre",
                   ChangeEvent.field == "org_area")
    assert len(moves) == Counter(kind for _, _, kind in applied)["centre"]
    assert {code: stored[code] for code in last_values(moves)} == last_values(moves)


# Every write service with a uniqueness rule or a change of several rows is raced ---------

RACED = {  # service: the test that races it (here or in test_concurrency.py)
    "update_centre": test_centres_renamed_to_one_name_at_once_keep_one,
    "add_centre": test_centres_added_with_one_name_at_once_are_added_once,
    "add_area": test_areas_renamed_and_added_with_one_name_at_once_keep_one,
    "rename_area": test_areas_renamed_and_added_with_one_name_at_once_keep_one,
    "set_area_retired": test_centres_moved_between_areas_while_areas_retire_never_leave_a_centre_stranded,  # noqa: E501
    "update_step_texts": test_steps_renamed_to_one_name_at_once_keep_one,
    "add_readiness_item": test_items_reworded_and_added_with_one_text_at_once_keep_one,
    "update_readiness_item": test_one_item_reworded_by_many_at_once_takes_one_change_per_version,
    "move_readiness_item": test_items_moved_retired_and_restored_at_once_stay_numbered_without_gaps,  # noqa: E501
    "retire_readiness_item": test_items_moved_retired_and_restored_at_once_stay_numbered_without_gaps,  # noqa: E501
    "restore_readiness_item": test_items_moved_retired_and_restored_at_once_stay_numbered_without_gaps,  # noqa: E501
    "set_go_live_step": test_one_go_live_step_whoever_sets_it,
    "create_programme": test_programmes_created_with_one_name_at_once_are_created_once,
    "add_user": test_accounts_added_with_one_name_at_once_are_added_once,
    "add_theme": test_themes_added_with_one_name_at_once_are_added_once,
    "move_unit": test_units_moved_between_centres_at_once_never_deadlock,
    "assign_municipality": test_units_moved_between_centres_at_once_never_deadlock,
    "apply_bulk_update": "test_concurrent_bulk_updates_apply_whole_or_conflict",
    "save_readiness": "test_concurrent_first_and_later_checklist_saves_apply_or_conflict",
    "apply_centre_update": "test_concurrent_centre_updates_apply_whole_or_conflict",
    "sign_off": "test_concurrent_sign_offs_and_reopenings_never_both_go_through",
    "set_role": "test_concurrent_role_changes_apply_or_conflict",
    "freeze_baseline": "test_concurrent_baselines_of_one_name_are_made_once",
}
# Writes of one row with no uniqueness rule beyond its key: their version check is raced in
# test_concurrency.py or needs no race (a new row of its own).
ONE_ROW = {"update_step", "save_month_figures", "add_observation", "set_theme_in_use",
           "set_population", "apply_population_import", "set_centre_retired", "set_password",
           "set_active", "preview_bulk_update", "preview_centre_update", "preview_step_edit",
           "plan_population_import", "plan_fetched_populations", "plan_programme",
           "save_my_settings"}


def test_every_write_service_with_a_uniqueness_rule_or_several_rows_is_raced():
    from tests.integration import test_concurrency
    unclassified = write_services() - set(RACED) - ONE_ROW
    assert unclassified == set(), "race these (or list them as one-row writes)"
    assert ONE_ROW <= write_services() and not ONE_ROW & set(RACED)
    for service, test in RACED.items():
        assert callable(test) or callable(getattr(test_concurrency, test, None)), service


@pytest.mark.parametrize("statement", [
    "INSERT INTO family_centre (area_id, region_id, code, name, name_sv, is_synthetic, "
    "version) SELECT area_id, region_id, 'kopio', upper(name), '', false, 1 FROM family_centre "
    "WHERE code = 'lakeus'",
    "UPDATE step_template SET name_fi = (SELECT name_fi FROM step_template s WHERE "
    "s.programme_id = step_template.programme_id AND s.position = 1) WHERE position = 2",
    "UPDATE checklist_item_template SET text_sv = (SELECT text_sv FROM checklist_item_template i "
    "WHERE i.step_id = checklist_item_template.step_id AND i.position = 1) WHERE position = 2",
    "INSERT INTO family_centre (area_id, region_id, code, name, name_sv, is_synthetic, "
    "version) SELECT area_id, region_id + 1, 'vaara', 'Toisen alueen keskus', '', false, 1 "
    "FROM family_centre WHERE code = 'lakeus'",
])
def test_the_database_refuses_a_duplicate_name_or_a_wrong_county_written_with_sql(sessions,
                                                                                 statement):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError
    with sessions() as session, pytest.raises(IntegrityError):
        session.execute(text(statement))
        session.commit()


def test_a_retired_item_s_text_may_return_as_a_new_item(sessions):
    """The items' unique texts count items in use only: a retired item's wording is free."""
    with sessions() as session:
        step_id, items = first_step_items(session)
        item = session.get(ReadinessItemTemplate, items[0])
        texts = ItemTexts(item.text_fi, item.text_sv, item.text_en)
        services.retire_readiness_item(session, ADMIN, item.id, item.version)
        services.add_readiness_item(session, ADMIN, step_id, texts, True)
        assert session.scalar(select(func.count()).select_from(ReadinessItemTemplate).where(
            ReadinessItemTemplate.text_fi == texts.text_fi)) == 2
        with pytest.raises(DomainError) as refused:
            services.restore_readiness_item(session, ADMIN, item.id,
                                            session.get(ReadinessItemTemplate, item.id).version)
        assert refused.value.key == "templates.duplicate_item"


def test_a_duplicate_met_at_commit_time_is_refused_as_the_check_refuses_it(sessions,
                                                                           monkeypatch):
    """As if another admin stored the name between the check and the commit: the check is
    passed over once, the unique index refuses, and the refusal names the name."""
    from rollout.services import organisation
    with sessions() as session:
        lakeus = session.scalar(select(FamilyCentre).filter_by(code="lakeus"))
        oulu = session.scalar(select(FamilyCentre).filter_by(code="oulu"))
        lakeus_id, lakeus_name, taken = lakeus.id, lakeus.name, oulu.name.upper()
        checks = defaultdict(int)
        original = organisation._centre_names

        def blind_once(*args, **kwargs):
            checks["calls"] += 1
            if checks["calls"] == 1:
                return args[2].strip(), args[3].strip()
            return original(*args, **kwargs)
        monkeypatch.setattr(organisation, "_centre_names", blind_once)
        with pytest.raises(DomainError) as refused:
            services.update_centre(session, ADMIN, programme_id(session), lakeus.id,
                                   lakeus.version, taken, "", lakeus.area_id)
    assert (refused.value.key, refused.value.params["name"]) == (
        "organisation.centre_exists", taken)
    with sessions() as session:
        assert session.get(FamilyCentre, lakeus_id).name == lakeus_name
