"""The organisation, as admins change it: areas, family centres and units; every change in
the history, every refusal clear, nothing written by anyone else, nothing of a unit lost in
a move."""
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import i18n, queries, services
from rollout.domain import DomainError, ItemStatus, PermissionDenied, StepStatus, StepValues
from rollout.models import (ChangeEvent, ReadinessItemState, FamilyCentre, FamilyCentreArea,
                            RolloutUnit, StepProgress, StepSignOff)
from rollout.services import EditConflict


def programme_id(session):
    return queries.default_programme(session).id


def area(session, name) -> FamilyCentreArea:
    return session.scalar(select(FamilyCentreArea).filter_by(name=name))


def centre(session, code) -> FamilyCentre:
    return session.scalar(select(FamilyCentre).filter_by(code=code))


def unit_of(session, municipality_code, centre_code=None) -> RolloutUnit:
    statement = select(RolloutUnit).filter_by(municipality_code=municipality_code)
    if centre_code:
        statement = statement.join(FamilyCentre).where(FamilyCentre.code == centre_code)
    return session.scalar(statement)


def events(session, entity, entity_id=None):
    statement = select(ChangeEvent).filter_by(entity=entity).order_by(ChangeEvent.id)
    if entity_id is not None:
        statement = statement.filter_by(entity_id=str(entity_id))
    return session.scalars(statement).all()


def refused(session, key, call):
    with pytest.raises(DomainError) as raised:
        call()
    session.rollback()
    assert raised.value.key == key
    assert i18n.error_message(raised.value, "sv") != key  # a message in words
    return raised.value


def test_an_admin_adds_renames_retires_and_restores_an_area(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    lakeus = area(session, "Lakeus")
    added = services.add_area(session, admin, pid, lakeus.region_id, "Pohjoinen")
    renamed = services.rename_area(session, admin, pid, added.id, added.version, "Pohjoisin")
    assert (renamed.name, renamed.version) == ("Pohjoisin", 2)
    services.set_area_retired(session, admin, pid, added.id, renamed.version, True)
    assert area(session, "Pohjoisin").retired_at is not None
    restored = services.set_area_retired(session, admin, pid, added.id, 3, False)
    assert restored.retired_at is None
    assert [(event.field, event.old_value, event.new_value, event.actor, event.programme_id)
            for event in events(session, "family_centre_area", added.id)] == [
        ("org_name", None, "Pohjoinen", admin.name, pid),
        ("org_name", "Pohjoinen", "Pohjoisin", admin.name, pid),
        ("org_retired", "False", "True", admin.name, pid),
        ("org_retired", "True", "False", admin.name, pid)]


def test_a_duplicate_area_name_in_the_county_is_refused_in_any_case(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    lakeus = area(session, "Lakeus")
    refused(session, "organisation.area_exists",
            lambda: services.add_area(session, admin, pid, lakeus.region_id, " lakeus "))
    oulu = area(session, "Oulu")
    refused(session, "organisation.area_exists",
            lambda: services.rename_area(session, admin, pid, oulu.id, oulu.version, "LAKEUS"))
    assert area(session, "Oulu").version == 1


def test_an_area_with_centres_in_use_is_not_retired(session, actors):
    lakeus = area(session, "Lakeus")
    error = refused(session, "organisation.area_has_centres", lambda: services.set_area_retired(
        session, actors["aino.admin"], programme_id(session), lakeus.id, lakeus.version, True))
    assert "Lakeuden perhekeskus" in i18n.error_message(error, "fi")
    assert area(session, "Lakeus").retired_at is None


def test_a_stale_area_edit_is_refused_naming_who_saved(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    oulu = area(session, "Oulu")
    services.rename_area(session, admin, pid, oulu.id, 1, "Oulun alue")
    with pytest.raises(EditConflict) as raised:
        services.rename_area(session, admin, pid, oulu.id, 1, "Oulu keskus")
    assert raised.value.params["by"] == admin.name
    assert raised.value.theirs["name"] == "Oulun alue"
    assert area(session, "Oulun alue").version == 2


def test_an_admin_adds_a_centre_with_a_generated_code_and_a_swedish_name(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    added = services.add_centre(session, admin, pid, area(session, "Lakeus").id,
                                "Kempeleen perhekeskus", "Kempele familjecenter")
    assert (added.code, added.name_sv, added.area.name) == (
        "kempeleen-perhekeskus", "Kempele familjecenter", "Lakeus")
    assert [event.field for event in events(session, "family_centre", added.code)] == [
        "org_name", "org_name_sv", "org_area"]
    refused(session, "organisation.centre_exists", lambda: services.add_centre(
        session, admin, pid, area(session, "Oulu").id, "kempeleen PERHEKESKUS"))
    refused(session, "organisation.code_exists", lambda: services.add_centre(
        session, admin, pid, area(session, "Oulu").id, "Toinen", code="lakeus"))
    refused(session, "organisation.bad_code", lambda: services.add_centre(
        session, admin, pid, area(session, "Oulu").id, "Toinen", code="Iso Koodi"))


def test_moving_a_centre_to_another_area_moves_its_units_on_the_steps_grid(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    lakeus = centre(session, "lakeus")
    moved = services.update_centre(session, admin, pid, lakeus.id, lakeus.version,
                                   "Lakeuden perhekeskus", "Slättens familjecenter",
                                   area(session, "Oulu").id)
    assert moved.area.name == "Oulu"
    rows = queries.step_rows(session, pid)
    assert set(rows.loc[rows["centre_code"] == "lakeus", "area"]) == {"Oulu"}
    assert [(event.field, event.old_value, event.new_value)
            for event in events(session, "family_centre", "lakeus")] == [
        ("org_name_sv", "", "Slättens familjecenter"), ("org_area", "Lakeus", "Oulu")]


def test_a_centre_with_units_is_not_retired_until_they_move(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    rannikko = centre(session, "rannikko")
    refused(session, "organisation.centre_has_units", lambda: services.set_centre_retired(
        session, admin, pid, rannikko.id, rannikko.version, True))
    for code in ("625", "678", "748"):
        unit = unit_of(session, code)
        services.move_unit(session, admin, pid, unit.id, unit.version,
                           centre(session, "oulu").id)
    retired = services.set_centre_retired(session, admin, pid, rannikko.id, 1, True)
    assert retired.retired_at is not None
    area_row = area(session, "Rannikko")
    services.set_area_retired(session, admin, pid, area_row.id, area_row.version, True)
    refused(session, "organisation.area_retired", lambda: services.set_centre_retired(
        session, admin, pid, rannikko.id, retired.version, False))
    unit = unit_of(session, "564")
    refused(session, "organisation.centre_retired", lambda: services.move_unit(
        session, admin, pid, unit.id, unit.version, rannikko.id))
    assert "Rannikko" not in set(queries.units_frame(session, pid)["area"])


def test_assigning_a_municipality_makes_a_unit_with_every_step_not_started(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    added = services.assign_municipality(session, admin, pid, centre(session, "oulu").id,
                                         "244")
    steps = session.scalars(select(StepProgress).filter_by(unit_id=added.id)).all()
    assert len(steps) == 6 and {step.status for step in steps} == {StepStatus.NOT_STARTED}
    assert session.scalar(select(func.count()).select_from(ReadinessItemState)
                          .filter_by(unit_id=added.id)) == 0  # every item open
    units = queries.units_frame(session, pid)
    assert sorted(units.loc[units["municipality_code"] == "244", "centre_code"]) == [
        "lakeus", "oulu"]  # two centres share Kempele
    assert [(event.field, event.old_value, event.new_value, event.unit_id)
            for event in events(session, "rollout_unit", added.id)] == [
        ("org_centre", None, "oulu", added.id)]
    refused(session, "organisation.already_in_centre", lambda: services.assign_municipality(
        session, admin, pid, centre(session, "lakeus").id, "244"))
    refused(session, "organisation.unknown_municipality", lambda: services.assign_municipality(
        session, admin, pid, centre(session, "oulu").id, "091"))


def test_a_move_keeps_the_units_id_steps_readiness_sign_offs_and_history(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    unit = unit_of(session, "244")
    step = session.scalars(select(StepProgress).filter_by(unit_id=unit.id)
                           .order_by(StepProgress.id)).first()
    services.update_step(session, admin, step.id, step.version,
                         StepValues(status=StepStatus.IN_PROGRESS, owner="Kaisa"))
    items = queries.readiness_frame(session, unit.id)
    services.save_readiness(session, admin, unit.id, [services.ReadinessChange(
        int(items["item_id"].iloc[0]), None, ItemStatus.DONE)])
    before = {
        "steps": session.execute(select(StepProgress.id, StepProgress.status,
                                        StepProgress.owner, StepProgress.version)
                                 .filter_by(unit_id=unit.id).order_by(StepProgress.id)).all(),
        "items": session.execute(select(ReadinessItemState.item_id, ReadinessItemState.status)
                                 .filter_by(unit_id=unit.id)).all(),
        "sign_offs": session.scalar(select(func.count()).select_from(StepSignOff)
                                    .filter_by(unit_id=unit.id)),
        "events": len(session.scalars(select(ChangeEvent.id).filter_by(unit_id=unit.id)).all())}
    moved = services.move_unit(session, admin, pid, unit.id, unit.version,
                               centre(session, "oulu").id)
    assert moved.id == unit.id and moved.family_centre.code == "oulu"
    assert before == {
        "steps": session.execute(select(StepProgress.id, StepProgress.status,
                                        StepProgress.owner, StepProgress.version)
                                 .filter_by(unit_id=unit.id).order_by(StepProgress.id)).all(),
        "items": session.execute(select(ReadinessItemState.item_id, ReadinessItemState.status)
                                 .filter_by(unit_id=unit.id)).all(),
        "sign_offs": session.scalar(select(func.count()).select_from(StepSignOff)
                                    .filter_by(unit_id=unit.id)),
        "events": len(session.scalars(select(ChangeEvent.id).filter_by(unit_id=unit.id)
                                      ).all()) - 1}
    move = events(session, "rollout_unit", unit.id)[-1]
    assert (move.field, move.old_value, move.new_value, move.actor) == (
        "org_centre", "lakeus", "oulu", admin.name)
    rows = queries.step_rows(session, pid)
    assert set(rows.loc[rows["unit_id"] == unit.id, "area"]) == {"Oulu"}


def test_a_stale_move_is_refused_naming_who_moved_it(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    unit = unit_of(session, "244")
    services.move_unit(session, admin, pid, unit.id, 1, centre(session, "oulu").id)
    with pytest.raises(EditConflict) as raised:
        services.move_unit(session, admin, pid, unit.id, 1, centre(session, "rannikko").id)
    assert raised.value.params["by"] == admin.name
    assert unit_of(session, "244").family_centre.code == "oulu"
    refused(session, "organisation.same_centre", lambda: services.move_unit(
        session, admin, pid, unit.id, 2, centre(session, "oulu").id))


CALLS = {
    "add_area": lambda s, a: services.add_area(s, a, programme_id(s),
                                               area(s, "Lakeus").region_id, "Uusi"),
    "rename_area": lambda s, a: services.rename_area(s, a, programme_id(s),
                                                     area(s, "Oulu").id, 1, "Uusi"),
    "add_centre": lambda s, a: services.add_centre(s, a, programme_id(s),
                                                   area(s, "Oulu").id, "Uusi"),
    "move_unit": lambda s, a: services.move_unit(s, a, programme_id(s), unit_of(s, "244").id,
                                                 1, centre(s, "oulu").id),
    "assign_municipality": lambda s, a: services.assign_municipality(
        s, a, programme_id(s), centre(s, "oulu").id, "244"),
}


@pytest.mark.parametrize("who", ["pekka.planner", "liisa.lead", "maija.manager"])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_admins_change_the_organisation(session, actors, who, call):
    before = session.scalar(select(func.max(ChangeEvent.id)))
    with pytest.raises(PermissionDenied):
        CALLS[call](session, actors[who])
    session.rollback()
    assert session.scalar(select(func.max(ChangeEvent.id))) == before
    assert area(session, "Oulu").version == 1 and unit_of(session, "244").version == 1


def test_organisation_events_are_named_in_the_history(session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    oulu = area(session, "Oulu")
    services.rename_area(session, admin, pid, oulu.id, oulu.version, "Oulun alue")
    unit = unit_of(session, "244")
    services.move_unit(session, admin, pid, unit.id, unit.version, centre(session, "oulu").id)
    page, total = queries.history_page(session, pid, queries.HistoryFilter(
        since=date.today(), until=date.today(), actor=admin.name), "fi")
    assert total == 2
    assert set(page["entity"]) == {"family_centre_area", "rollout_unit"}
    assert page.loc[page["entity"] == "rollout_unit", "municipality"].item() == "Kempele"
    names = queries.organisation_names(session, "fi")
    assert names[("family_centre_area", str(oulu.id))] == "Oulun alue"


def test_a_centre_another_programme_still_uses_is_not_retired(session, actors):
    """Programmes of one county share its centres: a unit of either keeps the centre."""
    from rollout.models import Programme, ProgrammeRegion
    admin, pid = actors["aino.admin"], programme_id(session)
    added = services.add_centre(session, admin, pid, area(session, "Oulu").id,
                                "Hiukkavaaran perhekeskus")
    region_id = area(session, "Oulu").region_id
    other = Programme(slug="toinen", name="Toinen palvelu")
    session.add(other)
    session.flush()
    session.add_all([ProgrammeRegion(programme_id=other.id, region_id=region_id),
                     RolloutUnit(programme_id=other.id, family_centre_id=added.id,
                                 municipality_code="564")])
    session.commit()
    refused(session, "organisation.centre_has_units", lambda: services.set_centre_retired(
        session, admin, pid, added.id, added.version, True))
    centres = queries.organisation_centres(session, pid).set_index("code")
    assert (centres.at[added.code, "units"], centres.at[added.code, "all_units"]) == (0, 1)


def test_a_centre_name_differing_only_in_the_case_of_a_non_ascii_letter_is_refused(session,
                                                                                  actors):
    """SQLite's lower() folds only ASCII letters: the service's own check folds them all."""
    lakeus = session.scalar(select(FamilyCentre).filter_by(code="lakeus"))
    services.update_centre(session, actors["aino.admin"], programme_id(session), lakeus.id,
                           lakeus.version, "Ähtärin perhekeskus", "", lakeus.area_id)
    with pytest.raises(DomainError) as refused:
        services.add_centre(session, actors["aino.admin"], programme_id(session),
                            lakeus.area_id, "äHTÄRIN PERHEKESKUS")
    assert refused.value.key == "organisation.centre_exists"
