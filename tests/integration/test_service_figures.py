"""Service figures and observations: who may record, what is refused, nothing lost."""
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import i18n, queries, services
from rollout.domain import DomainError, Frequency, PermissionDenied
from rollout.models import ChangeEvent, FamilyCentreArea, MonthlyFigure, Observation
from rollout.service_figures import FigureValues
from rollout.services import EditConflict

TODAY = date(2026, 11, 23)
SEPTEMBER = date(2025, 9, 1)
FIGURES = FigureValues(contacts_from_families=40, contacts_from_professionals=12,
                       contacts_by_phone=30, contacts_by_form=20, contacts_by_other=2,
                       network_meetings=9, days_to_network_meeting=6.5,
                       share_answered_in_3_days=95.0)


def area_id(session, name):
    return session.scalar(select(FamilyCentreArea.id).filter_by(name=name))


def programme_id(session):
    return queries.default_programme(session).id


def count(session, model, **where):
    return session.scalar(select(func.count()).select_from(model).filter_by(**where))


def save(session, actor, area="Lakeus", version=None, values=FIGURES, month=SEPTEMBER):
    return services.save_month_figures(session, actor, programme_id(session),
                                       area_id(session, area), month, version, values, TODAY)


def test_a_lead_records_their_own_areas_month_and_each_field_is_in_the_history(session,
                                                                              actors):
    row = save(session, actors["liisa.lead"])
    assert (row.version, row.contacts_by_form, row.share_answered_in_3_days) == (1, 20, 95.0)
    fields = session.scalars(select(ChangeEvent.field).filter_by(
        entity="monthly_figure", entity_id=str(row.id))).all()
    assert sorted(fields) == sorted(name for name, value in FIGURES.as_dict().items()
                                    if value is not None)


@pytest.mark.parametrize("who, area", [("liisa.lead", "Oulu"), ("maija.manager", "Lakeus")])
def test_other_areas_leads_and_managers_are_refused_and_nothing_is_stored(session, actors,
                                                                          who, area):
    with pytest.raises(PermissionDenied):
        save(session, actors[who], area)
    session.rollback()
    assert count(session, MonthlyFigure) == count(session, ChangeEvent,
                                                  entity="monthly_figure") == 0


def test_planners_record_any_area(session, actors):
    assert save(session, actors["pekka.planner"], "Oulu").contacts_from_families == 40


def test_a_second_entry_for_the_month_updates_its_row_with_history(session, actors):
    first = save(session, actors["liisa.lead"])
    second = save(session, actors["pekka.planner"], version=first.version,
                  values=FigureValues(**{**FIGURES.as_dict(), "network_meetings": 11}))
    assert (second.id, second.version, second.network_meetings) == (first.id, 2, 11)
    assert count(session, MonthlyFigure) == 1
    change = session.scalars(select(ChangeEvent).filter_by(
        entity="monthly_figure", field="network_meetings").order_by(ChangeEvent.id)).all()[-1]
    assert (change.old_value, change.new_value, change.user_id) == (
        "9", "11", actors["pekka.planner"].user_id)


def test_a_stale_save_names_who_saved_and_overwrites_nothing(sessions, actors):
    with sessions() as session:
        save(session, actors["liisa.lead"])  # both open the month at version 1
        save(session, actors["pekka.planner"], version=1,
             values=FigureValues(**{**FIGURES.as_dict(), "network_meetings": 15}))
    with sessions() as session, pytest.raises(EditConflict) as conflict:
        save(session, actors["liisa.lead"], version=1,
             values=FigureValues(**{**FIGURES.as_dict(), "network_meetings": 3}))
    assert conflict.value.theirs.network_meetings == 15
    assert conflict.value.version == 2
    assert conflict.value.params["by"] == actors["pekka.planner"].name
    assert actors["pekka.planner"].name in i18n.error_message(conflict.value, "fi")
    with sessions() as session:
        assert session.scalar(select(MonthlyFigure.network_meetings)) == 15


def test_entering_a_month_someone_else_created_meanwhile_is_a_conflict(sessions, actors):
    with sessions() as session:
        save(session, actors["pekka.planner"])
    with sessions() as session, pytest.raises(EditConflict):
        save(session, actors["liisa.lead"], version=None)  # opened it while it was empty


@pytest.mark.parametrize("values, field", [
    (FigureValues(contacts_from_families=-5), "contacts_from_families"),
    (FigureValues(share_answered_in_3_days=120), "share_answered_in_3_days"),
    (FigureValues(network_meetings=1.5), "network_meetings"),
])
def test_bad_numbers_are_refused_naming_the_field_and_nothing_is_stored(session, actors,
                                                                        values, field):
    with pytest.raises(DomainError) as refused:
        save(session, actors["liisa.lead"], values=values)
    message = i18n.error_message(refused.value, "fi")
    assert i18n.translate(f"field.{field}", "fi") in message
    assert count(session, MonthlyFigure) == 0


def test_a_future_month_is_refused(session, actors):
    with pytest.raises(DomainError, match="figures.future_month"):
        save(session, actors["liisa.lead"], month=date(2026, 12, 1))


def test_figures_frame_lists_the_month_with_who_saved(session, actors):
    save(session, actors["liisa.lead"])
    frame = queries.figures_frame(session, programme_id(session))
    assert frame[["area", "month", "contacts_by_form"]].values.tolist() == [
        ["Lakeus", SEPTEMBER, 20]]


def observe(session, actor, text, area="Lakeus", theme="housing", day=date(2026, 11, 2)):
    return services.add_observation(session, actor, programme_id(session),
                                    area_id(session, area), day, theme, text,
                                    Frequency.SEVERAL, TODAY)


def test_a_lead_logs_an_observation_and_it_is_listed_and_in_the_history(session, actors):
    stored = observe(session, actors["liisa.lead"], "Vuokra-asuntoja ei löydy isoille perheille")
    listed = queries.observations_frame(session, programme_id(session))
    assert listed[["area", "theme", "frequency"]].values.tolist() == [
        ["Lakeus", "housing", "several"]]
    assert count(session, ChangeEvent, entity="observation", entity_id=str(stored.id)) == 3


@pytest.mark.parametrize("text, kind", [
    ("Perhe (131052-308T) ei saa asuntoa", "henkilötunnus"),
    ("Äiti pyysi soittamaan 040 123 4567", "puhelinnumero"),
    ("Yhteys: perhe.virtanen@example.fi", "sähköpostiosoite"),
])
def test_personal_data_is_refused_saying_what_and_where_and_nothing_is_stored(
        session, actors, text, kind):
    with pytest.raises(DomainError, match="observations.personal_data") as refused:
        observe(session, actors["liisa.lead"], text)
    message = i18n.error_message(refused.value, "fi")
    assert kind in message and "merkistä" in message
    session.rollback()
    assert count(session, Observation) == count(session, ChangeEvent,
                                                entity="observation") == 0


def test_observations_are_refused_for_other_areas_unknown_themes_and_empty_text(session,
                                                                               actors):
    with pytest.raises(PermissionDenied):
        observe(session, actors["liisa.lead"], "Jotain", area="Oulu")
    with pytest.raises(DomainError, match="observations.unknown_theme"):
        observe(session, actors["liisa.lead"], "Jotain", theme="weather")
    with pytest.raises(DomainError, match="observations.text_needed"):
        observe(session, actors["liisa.lead"], "   ")
    session.rollback()
    assert count(session, Observation) == 0


def test_planners_add_themes_that_observations_may_then_use(session, actors):
    with pytest.raises(PermissionDenied):
        services.add_theme(session, actors["liisa.lead"], programme_id(session), "Kiusaaminen")
    services.add_theme(session, actors["pekka.planner"], programme_id(session), "Kiusaaminen",
                       "Mobbning")
    assert observe(session, actors["liisa.lead"], "Kiusaamista välitunneilla",
                   theme="kiusaaminen").theme == "kiusaaminen"
    with pytest.raises(DomainError, match="observations.theme_exists"):
        services.add_theme(session, actors["pekka.planner"], programme_id(session),
                           "kiusaaminen")


def test_a_theme_taken_out_of_use_keeps_its_observations_but_is_not_offered(session, actors):
    observe(session, actors["liisa.lead"], "Häätöjä")
    with pytest.raises(PermissionDenied):
        services.set_theme_in_use(session, actors["liisa.lead"], programme_id(session),
                                  "housing", False)
    services.set_theme_in_use(session, actors["pekka.planner"], programme_id(session),
                              "housing", False)
    with pytest.raises(DomainError, match="observations.unknown_theme"):
        observe(session, actors["liisa.lead"], "Lisää häätöjä")
    assert queries.observations_frame(session, programme_id(session))["theme"].tolist() == [
        "housing"]
    services.set_theme_in_use(session, actors["pekka.planner"], programme_id(session),
                              "housing", True)
    assert observe(session, actors["liisa.lead"], "Lisää häätöjä").theme == "housing"
    assert count(session, ChangeEvent, entity="observation_theme", field="is_active") == 2
