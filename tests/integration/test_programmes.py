"""Creating a programme from a template: the same county (a new service) or another county;
the template programme is left exactly as it was; refusals change nothing."""
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import queries
from rollout.domain import DomainError, PermissionDenied, Role, StepStatus
from rollout.models import (ChangeEvent, ReadinessItemState, ReadinessItemTemplate,
                            FamilyCentre, FamilyCentreArea, Municipality, Programme,
                            ProgrammeRegion, Region, RoleAssignment, RolloutUnit, StepProgress,
                            StepTemplate, User)
from rollout.services import NewProgramme, Placement, create_programme, plan_programme
from rollout.seed import DEFAULT_PROGRAMME_SLUG as POHDE


def template_rows(session, programme_id: int) -> dict:
    """Everything of a programme a copy could touch, as plain values."""
    steps = select(StepTemplate.id).filter_by(programme_id=programme_id)
    units = select(RolloutUnit.id).filter_by(programme_id=programme_id)
    centres = select(RolloutUnit.family_centre_id).filter_by(programme_id=programme_id)
    municipalities = select(RolloutUnit.municipality_code).filter_by(programme_id=programme_id)

    def rows(statement):
        return sorted(tuple(row) for row in session.execute(statement))
    return {
        "programme": rows(select(Programme.slug, Programme.name, Programme.template_id)
                          .filter_by(id=programme_id)),
        "steps": rows(select(StepTemplate.id, StepTemplate.position, StepTemplate.name_fi,
                             StepTemplate.version).filter_by(programme_id=programme_id)),
        "items": rows(select(ReadinessItemTemplate.id, ReadinessItemTemplate.text_fi,
                             ReadinessItemTemplate.version)
                      .where(ReadinessItemTemplate.step_id.in_(steps))),
        "units": rows(select(RolloutUnit.id, RolloutUnit.family_centre_id,
                             RolloutUnit.municipality_code, RolloutUnit.version)
                      .filter_by(programme_id=programme_id)),
        "progress": rows(select(StepProgress.id, StepProgress.status, StepProgress.version,
                                StepProgress.actual_end)
                         .where(StepProgress.unit_id.in_(units))),
        "states": rows(select(ReadinessItemState.id, ReadinessItemState.status,
                              ReadinessItemState.version)
                       .where(ReadinessItemState.unit_id.in_(units))),
        "events": session.scalar(select(func.count()).select_from(ChangeEvent)
                                 .filter_by(programme_id=programme_id)),
        "regions": rows(select(ProgrammeRegion.region_id).filter_by(programme_id=programme_id)),
        "roles": rows(select(RoleAssignment.user_id, RoleAssignment.role)
                      .filter_by(programme_id=programme_id)),
        "centres": rows(select(FamilyCentre.id, FamilyCentre.code, FamilyCentre.area_id,
                               FamilyCentre.version, FamilyCentreArea.name,
                               FamilyCentreArea.version)
                        .join(FamilyCentreArea, FamilyCentre.area_id == FamilyCentreArea.id)
                        .where(FamilyCentre.id.in_(centres))),
        "municipalities": rows(select(Municipality.code, Municipality.population,
                                      Municipality.version)
                               .where(Municipality.code.in_(municipalities))),
    }


def pohde(session) -> Programme:
    return queries.programme_by_slug(session, POHDE)


def test_a_new_service_for_the_same_county_has_the_same_units_fresh_steps_and_the_items(
        session, actors):
    before = template_rows(session, pohde(session).id)
    admin = actors["aino.admin"]
    created = create_programme(session, admin, NewProgramme(POHDE, "pp-perheneuvonta",
                                                            "Perheneuvonta"))
    new_id = created.programme_id
    assert template_rows(session, pohde(session).id) == before
    new_units = queries.units_frame(session, new_id)
    old_units = queries.units_frame(session, pohde(session).id)
    assert sorted(zip(new_units["centre_code"], new_units["municipality_code"])) == \
        sorted(zip(old_units["centre_code"], old_units["municipality_code"]))
    statuses = session.scalars(select(StepProgress.status).join(RolloutUnit).where(
        RolloutUnit.programme_id == new_id)).all()
    assert len(statuses) == 30 * 6 and set(statuses) == {StepStatus.NOT_STARTED}
    assert session.scalar(select(func.count()).select_from(ReadinessItemState).join(
        RolloutUnit, ReadinessItemState.unit_id == RolloutUnit.id).where(
        RolloutUnit.programme_id == new_id)) == 0

    def items(programme_id):
        return sorted(session.execute(
            select(StepTemplate.position, ReadinessItemTemplate.position,
                   ReadinessItemTemplate.required, ReadinessItemTemplate.text_fi,
                   ReadinessItemTemplate.text_sv, ReadinessItemTemplate.text_en)
            .join(StepTemplate, ReadinessItemTemplate.step_id == StepTemplate.id)
            .where(StepTemplate.programme_id == programme_id)).all())
    assert items(new_id) == items(pohde(session).id) and len(items(new_id)) == created.plan.items
    programme = session.get(Programme, new_id)
    assert programme.template_id == pohde(session).id and not programme.is_synthetic
    events = session.execute(select(ChangeEvent.entity, ChangeEvent.field, ChangeEvent.actor)
                             .filter_by(programme_id=new_id)).all()
    assert ("programme", "created", admin.name) in events
    assert sum(field == "new_unit" for _, field, _ in events) == 30
    assert session.scalar(select(RoleAssignment.role).filter_by(
        programme_id=new_id, user_id=admin.user_id)) == Role.ADMIN


def test_another_county_gets_its_municipalities_areas_centres_and_one_unit_each(
        session, actors):
    before = template_rows(session, pohde(session).id)
    regions_before = session.scalar(select(func.count()).select_from(Region))
    created = create_programme(session, actors["aino.admin"], NewProgramme(
        POHDE, "ks-palveluohjaus", "Keski-Suomen palveluohjaus", county="KS"))
    assert template_rows(session, pohde(session).id) == before
    units = queries.units_frame(session, created.programme_id)
    assert len(units) == 22 and units["municipality_code"].is_unique
    assert set(units["region_fi"]) == {"Keski-Suomen hyvinvointialue"}
    jyvaskyla = session.get(Municipality, "179")
    assert (jyvaskyla.name_fi, jyvaskyla.population_year) == ("Jyväskylä", 2020)
    assert (jyvaskyla.population_source_kind, jyvaskyla.population_reference_day) == (
        "statfin_year_end", date(2020, 12, 31))
    assert session.scalar(select(func.count()).select_from(Region)) == regions_before + 1
    centre = units.set_index("municipality_code").loc["179"]
    assert (centre["area"], centre["centre_fi"], centre["centre_sv"]) == (
        "Jyväskylä", "Jyväskylä – perhekeskus", "Jyväskylä – familjecenter")
    assert len(queries.steps_frame(session, created.programme_id)) == 6
    fields = session.scalars(select(ChangeEvent.field).filter_by(
        programme_id=created.programme_id, entity="programme")).all()
    assert fields.count("new_area") == 22 and fields.count("new_centre") == 22
    assert fields.count("new_municipality") == 22 and fields.count("new_unit") == 22


def test_the_admin_names_areas_and_centres_and_a_centre_serves_several_municipalities(
        session, actors):
    rows = plan_programme(session, actors["aino.admin"], NewProgramme(
        POHDE, "ks", "Keski-Suomi", county="KS")).units
    placements = tuple(Placement(unit.municipality_code,
                                 "Jyväskylän seutu" if unit.municipality_code in ("179", "500")
                                 else "Muut", "Jyväskylän perhekeskus"
                                 if unit.municipality_code in ("179", "500")
                                 else f"{unit.municipality} pk") for unit in rows)
    created = create_programme(session, actors["aino.admin"], NewProgramme(
        POHDE, "ks", "Keski-Suomi", county="ks", placements=placements))
    assert (len(created.plan.areas), len(created.plan.centres), len(created.plan.units)) == \
        (2, 21, 22)
    units = queries.units_frame(session, created.programme_id)
    shared = units[units["centre_fi"] == "Jyväskylän perhekeskus"]
    assert sorted(shared["municipality_code"]) == ["179", "500"]
    assert set(shared["area"]) == {"Jyväskylän seutu"}


@pytest.mark.parametrize("request_, key", [
    (NewProgramme("nope", "uusi", "Uusi"), "programmes.unknown_template"),
    (NewProgramme(POHDE, "Uusi Ohjelma", "Uusi"), "programmes.bad_slug"),
    (NewProgramme(POHDE, "-uusi", "Uusi"), "programmes.bad_slug"),
    (NewProgramme(POHDE, POHDE, "Uusi"), "programmes.slug_exists"),
    (NewProgramme(POHDE, "uusi", ""), "programmes.name_needed"),
    (NewProgramme(POHDE, "uusi", "lapsiperheiden palveluohjaus"), "programmes.name_exists"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="ZZ"), "programmes.unknown_county"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="PP"), "programmes.county_covered"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="KS",
                  placements=(Placement("179", "A", "K"),)), "programmes.placement_needed"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="KS",
                  placements=(Placement("564", "A", "K"),)), "programmes.not_in_county"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="KS",
                  placements=(Placement("179", "A", "K"), Placement("179", "A", "K"))),
     "programmes.placed_twice"),
    (NewProgramme(POHDE, "uusi", "Uusi", county="KS",
                  placements=(Placement("179", "A", "K"), Placement("500", "B", "K"))),
     "programmes.centre_in_two_areas"),
])
def test_refusals_name_the_rule_and_create_nothing(session, actors, request_, key):
    counts = [session.scalar(select(func.count()).select_from(model)) for model in
              (Programme, Region, Municipality, FamilyCentre, ChangeEvent, RolloutUnit)]
    with pytest.raises(DomainError) as refused:
        create_programme(session, actors["aino.admin"], request_)
    assert refused.value.key == key
    session.rollback()
    assert [session.scalar(select(func.count()).select_from(model)) for model in
            (Programme, Region, Municipality, FamilyCentre, ChangeEvent, RolloutUnit)] == counts


def test_a_county_is_covered_once_and_its_new_services_come_from_its_programme(
        session, actors):
    admin = actors["aino.admin"]
    create_programme(session, admin, NewProgramme(POHDE, "ks", "Keski-Suomi", county="KS"))
    with pytest.raises(DomainError) as refused:
        create_programme(session, admin, NewProgramme(POHDE, "ks-2", "Toinen", county="KS"))
    assert refused.value.params["slug"] == "ks"
    second = create_programme(session, admin, NewProgramme("ks", "ks-2", "Toinen"))
    assert len(second.plan.units) == 22 and second.plan.areas == ()


def test_an_area_name_the_county_already_has_is_refused(session, actors):
    admin = actors["aino.admin"]
    region = Region(code="KS", name="Keski-Suomen hyvinvointialue")
    session.add(region)
    session.flush()
    session.add(FamilyCentreArea(region_id=region.id, name="Jyväskylä", is_synthetic=True))
    session.commit()
    with pytest.raises(DomainError) as refused:
        create_programme(session, admin, NewProgramme(POHDE, "ks", "Keski-Suomi", county="KS"))
    assert refused.value.key == "programmes.area_exists"


@pytest.mark.parametrize("who", ["pekka.planner", "liisa.lead", "maija.manager"])
def test_only_an_admin_of_the_template_creates_and_a_refusal_writes_nothing(
        session, actors, who):
    before = session.scalar(select(func.count()).select_from(ChangeEvent))
    for county in (None, "KS"):
        with pytest.raises(PermissionDenied):
            create_programme(session, actors[who], NewProgramme(POHDE, "x", "X", county))
        session.rollback()
    assert session.scalar(select(func.count()).select_from(Programme)) == 1
    assert session.scalar(select(func.count()).select_from(ChangeEvent)) == before
    assert session.scalar(select(Region).filter_by(code="KS")) is None


def test_an_admin_of_another_programme_only_is_refused_for_this_template(session, actors):
    admin = actors["aino.admin"]
    create_programme(session, admin, NewProgramme(POHDE, "ks", "Keski-Suomi", county="KS"))
    planner = session.scalar(select(User).filter_by(username="pekka.planner"))
    ks = queries.programme_by_slug(session, "ks")
    session.add(RoleAssignment(user_id=planner.id, programme_id=ks.id, role=Role.ADMIN))
    session.commit()
    from rollout.accounts import actor_for
    as_ks_admin = actor_for(session, planner, ks.id)
    create_programme(session, as_ks_admin, NewProgramme("ks", "ks-2", "Toinen"))
    with pytest.raises(PermissionDenied):
        create_programme(session, as_ks_admin, NewProgramme(POHDE, "pp-2", "Kolmas"))


def test_the_template_s_admins_administer_the_new_programme_other_roles_stay_behind(
        session, actors):
    created = create_programme(session, actors["aino.admin"],
                               NewProgramme(POHDE, "uusi", "Uusi palvelu"))
    roles = dict(session.execute(select(User.username, RoleAssignment.role).join(
        RoleAssignment, RoleAssignment.user_id == User.id).filter(
        RoleAssignment.programme_id == created.programme_id)).all())
    assert roles == {"aino.admin": Role.ADMIN}


def test_a_programme_made_from_a_demo_programme_is_demo_data_and_goes_with_it(session):
    from datetime import date

    from rollout import synthetic
    from rollout.permissions import COMMAND_LINE
    synthetic.generate(session, "pohde", seed=3, today=date(2026, 11, 1))
    same = create_programme(session, COMMAND_LINE, NewProgramme("demo-pohde", "demo-2", "Demo 2"))
    other = create_programme(session, COMMAND_LINE, NewProgramme("demo-pohde", "demo-ks",
                                                                 "Demo KS", county="KS"))
    assert session.get(Programme, same.programme_id).is_synthetic
    assert session.scalars(select(FamilyCentre.is_synthetic).join(RolloutUnit).where(
        RolloutUnit.programme_id == other.programme_id)).all() == [True] * 22
    synthetic.generate(session, "pohde", seed=3, today=date(2026, 11, 1))
    assert sorted(session.scalars(select(Programme.slug))) == ["demo-pohde", POHDE]
    assert session.scalar(select(func.count()).select_from(FamilyCentre).where(
        FamilyCentre.code.like("ks-%"))) == 0


@pytest.mark.parametrize("existing, kind", [("JYVÄSKYLÄ", "area"),
                                            ("jyväskylä – PERHEKESKUS", "centre")])
def test_an_area_or_centre_the_county_has_whatever_its_case_is_refused(session, actors,
                                                                        existing, kind):
    admin = actors["aino.admin"]
    region = Region(code="KS", name="Keski-Suomen hyvinvointialue")
    session.add(region)
    session.flush()
    area = FamilyCentreArea(region_id=region.id, name="Vanha alue" if kind == "centre"
                            else existing, is_synthetic=True)
    session.add(area)
    session.flush()
    if kind == "centre":
        session.add(FamilyCentre(area_id=area.id, region_id=region.id, code="ks-vanha",
                                 name=existing, is_synthetic=True))
    session.commit()
    with pytest.raises(DomainError) as refused:
        create_programme(session, admin, NewProgramme(POHDE, "ks", "Keski-Suomi", county="KS"))
    assert refused.value.key == f"programmes.{kind}_exists"
