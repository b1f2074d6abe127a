"""Every write service refuses a role that may not write, and the refusal changes nothing.

The list of write services is read from the code (every public function of
rollout.services and the account functions that take an actor), so a new service without a
case here fails `test_every_write_service_has_a_permission_case`."""
import inspect
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import accounts, queries, services
from rollout.domain import (Frequency, ItemStatus, PermissionDenied, Role, StepStatus,
                            StepValues)
from rollout.models import (ChangeEvent, ReadinessItemState, ReadinessItemTemplate,
                            FamilyCentre, FamilyCentreArea, MonthlyFigure, Municipality,
                            Observation, ObservationTheme, Programme, RolloutUnit,
                            StepProgress, StepTemplate, User)
from rollout.population_file import PopulationRow
from rollout.population_source import year_end
from rollout.seed import DEFAULT_PROGRAMME_SLUG as POHDE
from rollout.service_figures import FigureValues

READS = {"values_of", "readiness_version", "figure_values", "month_row", "month_saved_by",
         "area_centre_ids", "steps_version", "area_values", "centre_values",
         "population_values", "programme_municipality_codes",
         "stored_figure", "my_settings",
         "record_work_visit"}  # public, but they read (a visit of one's own My work: no history)


def first_step(session) -> StepProgress:
    return session.scalars(select(StepProgress).order_by(StepProgress.id)).first()


def lakeus_unit(session) -> RolloutUnit:
    return session.scalars(select(RolloutUnit).order_by(RolloutUnit.id)).first()


def an_item(session) -> ReadinessItemTemplate:
    return session.scalars(select(ReadinessItemTemplate).order_by(ReadinessItemTemplate.id)
                           ).first()


def programme_id(session) -> int:
    return queries.default_programme(session).id


def an_area(session) -> int:
    return session.scalars(select(FamilyCentreArea.id).order_by(FamilyCentreArea.id)).first()


def a_theme(session) -> str:
    return session.scalars(select(ObservationTheme.code).order_by(ObservationTheme.code)).first()


def a_step(session) -> StepTemplate:
    return session.scalars(select(StepTemplate).order_by(StepTemplate.id)).first()


def a_centre(session) -> FamilyCentre:
    return session.scalars(select(FamilyCentre).order_by(FamilyCentre.id)).first()


def population_change(session) -> services.PopulationChange:
    kempele = session.get(Municipality, "244")
    return services.PopulationChange(2, "244", "Kempele", "Kempele", kempele.version,
                                     services.stored_figure(kempele), year_end(19000, 2024))


def bulk_change(session) -> services.PlannedChange:
    step = first_step(session)
    return services.PlannedChange(step.id, step.version, step.unit_id, "x", 1, "status",
                                  StepStatus(step.status), StepStatus.IN_PROGRESS)


CASES = {  # service: a call as the screens make it, for `actor`
    "update_step": lambda session, actor: services.update_step(
        session, actor, first_step(session).id, first_step(session).version,
        StepValues(status=StepStatus.IN_PROGRESS)),
    "preview_step_edit": lambda session, actor: services.preview_step_edit(
        session, actor, first_step(session).id, first_step(session).version,
        StepValues(status=StepStatus.IN_PROGRESS)),
    "preview_bulk_update": lambda session, actor: services.preview_bulk_update(
        session, actor, [lakeus_unit(session).id], 1, status=StepStatus.IN_PROGRESS),
    "apply_bulk_update": lambda session, actor: services.apply_bulk_update(
        session, actor, [bulk_change(session)]),
    "save_readiness": lambda session, actor: services.save_readiness(
        session, actor, lakeus_unit(session).id,
        [services.ReadinessChange(an_item(session).id, None, ItemStatus.DONE)]),
    "preview_centre_update": lambda session, actor: services.preview_centre_update(
        session, actor, [lakeus_unit(session).id], [an_item(session).id],
        services.ItemValues(ItemStatus.DONE)),
    "apply_centre_update": lambda session, actor: services.apply_centre_update(
        session, actor, [services.PlannedItemChange(
            lakeus_unit(session).id, an_item(session).id, None, services.ItemValues(),
            services.ItemValues(ItemStatus.DONE))]),
    "sign_off": lambda session, actor: services.sign_off(
        session, actor, [services.SignOffRequest(first_step(session).id,
                                                 first_step(session).version)], date.today()),
    "save_month_figures": lambda session, actor: services.save_month_figures(
        session, actor, programme_id(session), an_area(session), date(2026, 1, 1), None,
        FigureValues(contacts_from_families=3)),
    "add_observation": lambda session, actor: services.add_observation(
        session, actor, programme_id(session), an_area(session), date(2026, 1, 5),
        a_theme(session), "Perheiden arki kuormittuu", Frequency.SEVERAL),
    "add_theme": lambda session, actor: services.add_theme(
        session, actor, programme_id(session), "Uusi teema"),
    "set_theme_in_use": lambda session, actor: services.set_theme_in_use(
        session, actor, programme_id(session), a_theme(session), False),
    "freeze_baseline": lambda session, actor: services.freeze_baseline(
        session, actor, programme_id(session), "Kevät"),
    "plan_programme": lambda session, actor: services.plan_programme(
        session, actor, services.NewProgramme(POHDE, "uusi", "Uusi", county="KS")),
    "create_programme": lambda session, actor: services.create_programme(
        session, actor, services.NewProgramme(POHDE, "uusi", "Uusi")),
    "add_user": lambda session, actor: accounts.add_user(
        session, actor, username="uusi", role=Role.PLANNER, programme_id=programme_id(session)),
    "set_role": lambda session, actor: accounts.set_role(
        session, actor, username="pekka.planner", programme_id=programme_id(session),
        role=Role.ADMIN),
    "set_password": lambda session, actor: accounts.set_password(
        session, actor, username="pekka.planner"),
    "set_active": lambda session, actor: accounts.set_active(
        session, actor, username="pekka.planner", active=False),
    "update_step_texts": lambda session, actor: services.update_step_texts(
        session, actor, a_step(session).id, a_step(session).version,
        services.StepTexts("Uusi nimi", "Nytt namn", "New name")),
    "set_go_live_step": lambda session, actor: services.set_go_live_step(
        session, actor, programme_id(session), a_step(session).id,
        services.steps_version(session, programme_id(session))),
    "add_readiness_item": lambda session, actor: services.add_readiness_item(
        session, actor, a_step(session).id,
        services.ItemTexts("Uusi kohta", "Ny punkt", "New item"), True, 1),
    "update_readiness_item": lambda session, actor: services.update_readiness_item(
        session, actor, an_item(session).id, an_item(session).version,
        services.ItemTexts("Uusi sanamuoto", "Ny formulering", "New wording"), False),
    "move_readiness_item": lambda session, actor: services.move_readiness_item(
        session, actor, an_item(session).id, an_item(session).version, 2),
    "retire_readiness_item": lambda session, actor: services.retire_readiness_item(
        session, actor, an_item(session).id, an_item(session).version),
    "restore_readiness_item": lambda session, actor: services.restore_readiness_item(
        session, actor, an_item(session).id, an_item(session).version),
    # the organisation (admins)
    "add_area": lambda session, actor: services.add_area(
        session, actor, programme_id(session),
        session.get(FamilyCentreArea, an_area(session)).region_id, "Uusi alue"),
    "rename_area": lambda session, actor: services.rename_area(
        session, actor, programme_id(session), an_area(session), 1, "Uusi nimi"),
    "set_area_retired": lambda session, actor: services.set_area_retired(
        session, actor, programme_id(session), an_area(session), 1, True),
    "add_centre": lambda session, actor: services.add_centre(
        session, actor, programme_id(session), an_area(session), "Uusi perhekeskus"),
    "update_centre": lambda session, actor: services.update_centre(
        session, actor, programme_id(session), a_centre(session).id, 1, "Uusi nimi", "",
        a_centre(session).area_id),
    "set_centre_retired": lambda session, actor: services.set_centre_retired(
        session, actor, programme_id(session), a_centre(session).id, 1, True),
    "assign_municipality": lambda session, actor: services.assign_municipality(
        session, actor, programme_id(session), a_centre(session).id, "244"),
    "move_unit": lambda session, actor: services.move_unit(
        session, actor, programme_id(session), lakeus_unit(session).id, 1,
        a_centre(session).id),
    "set_population": lambda session, actor: services.set_population(
        session, actor, programme_id(session), "244", 1, year_end(19000, 2024)),
    "plan_population_import": lambda session, actor: services.plan_population_import(
        session, actor, programme_id(session), [PopulationRow(2, "244", 19000, 2024, "")],
        []),
    "plan_fetched_populations": lambda session, actor: services.plan_fetched_populations(
        session, actor, programme_id(session), {"244": 19000}, 2024),
    "apply_population_import": lambda session, actor: services.apply_population_import(
        session, actor, programme_id(session), (population_change(session),)),
    # everyone saves their own settings only: here Pekka's
    "save_my_settings": lambda session, actor: services.save_my_settings(
        session, actor, 1, services.MySettings(None, "sv", "daily", 2, False, 1),
        user_id=session.scalar(select(User.id).filter_by(username="pekka.planner"))),
}


def write_services() -> set[str]:
    public = {name for name in services.__all__
              if inspect.isfunction(getattr(services, name)) and name not in READS}
    account_writes = {name for name, function in inspect.getmembers(accounts,
                                                                     inspect.isfunction)
                      if not name.startswith("_") and function.__module__ == accounts.__name__
                      and "actor" in inspect.signature(function).parameters}
    return public | account_writes


def test_every_write_service_has_a_permission_case():
    assert write_services() == set(CASES)


def fingerprint(session) -> tuple:
    """What a refused call must leave as it was."""
    return (session.scalar(select(func.count()).select_from(ChangeEvent)),
            session.scalar(select(func.sum(StepProgress.version))),
            session.scalar(select(func.count()).select_from(ReadinessItemState)),
            session.scalar(select(func.count()).select_from(User)),
            session.scalar(select(func.count()).select_from(MonthlyFigure)),
            session.scalar(select(func.count()).select_from(Observation)),
            session.scalar(select(func.count()).select_from(Programme)),
            tuple(session.execute(select(ObservationTheme.code, ObservationTheme.is_active)
                                  .order_by(ObservationTheme.code))),
            tuple(session.execute(select(User.username, User.password_hash, User.is_active,
                                         User.version).order_by(User.id))),
            tuple(session.execute(select(StepTemplate.id, StepTemplate.version)
                                  .order_by(StepTemplate.id))),
            tuple(session.execute(select(ReadinessItemTemplate.id, ReadinessItemTemplate.version,
                                         ReadinessItemTemplate.position)
                                  .order_by(ReadinessItemTemplate.id))),
            tuple(session.execute(select(FamilyCentreArea.name, FamilyCentreArea.version,
                                         FamilyCentreArea.retired_at)
                                  .order_by(FamilyCentreArea.id))),
            tuple(session.execute(select(FamilyCentre.name, FamilyCentre.area_id,
                                         FamilyCentre.version, FamilyCentre.retired_at)
                                  .order_by(FamilyCentre.id))),
            tuple(session.execute(select(RolloutUnit.family_centre_id, RolloutUnit.version)
                                  .order_by(RolloutUnit.id))),
            tuple(session.execute(select(Municipality.population, Municipality.version)
                                  .order_by(Municipality.code))))


@pytest.mark.parametrize("service", sorted(CASES))
@pytest.mark.parametrize("who", ["maija.manager", "a disabled planner"])
def test_a_role_that_may_not_write_is_refused_and_nothing_changes(session, actors, service,
                                                                  who):
    if who == "a disabled planner":
        accounts.set_active(session, actors["aino.admin"], username="paavo.planner",
                            active=False)
        user = session.scalar(select(User).filter_by(username="paavo.planner"))
        actor = accounts.actor_for(session, user, programme_id(session))
    else:
        actor = actors[who]
    before = fingerprint(session)
    with pytest.raises(PermissionDenied):
        CASES[service](session, actor)
    session.rollback()
    assert fingerprint(session) == before
