"""Readiness: the gate on every path, the admin's override, sign-off and its withdrawal, a
centre's items set at once, and the public record's readiness."""
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import delete, func, select

from rollout import queries, services
from rollout.domain import DomainError, ItemStatus, PermissionDenied, StepStatus
from rollout.i18n import error_message
from rollout.models import ChangeEvent, ReadinessItemState, StepProgress, StepSignOff
from rollout.seed import record_public_readiness
from rollout.services import ReadinessChange, ItemValues, SignOffRequest

TODAY = date(2026, 11, 23)
S = StepStatus


def step(session, municipality="244", position=1):
    programme_id = queries.default_programme(session).id
    row = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                           municipality, position))
    session.refresh(row)
    return row


def unit_of(session, municipality):
    return step(session, municipality).unit_id


def items(session, municipality, position=1):
    frame = queries.readiness_frame(session, unit_of(session, municipality))
    return frame[frame["step"] == position].reset_index(drop=True)


def tick(session, actor, municipality, position=1, status=ItemStatus.DONE, only=None):
    """Set the step's items (or the first `only` of them) for the unit."""
    chosen = items(session, municipality, position)
    chosen = chosen.head(only) if only else chosen
    services.save_readiness(session, actor, unit_of(session, municipality), [
        ReadinessChange(int(item.item_id), None if pd.isna(item.version) else int(item.version),
                        status,
                        reason="Ei koske" if status == ItemStatus.NOT_APPLICABLE else "")
        for item in chosen.itertuples()])


def events(session):
    return session.scalar(select(func.count()).select_from(ChangeEvent))


def set_done(session, actor, municipality="244", position=1, override=""):
    row = step(session, municipality, position)
    return services.update_step(session, actor, row.id, row.version,
                                replace(services.values_of(row), status=S.DONE),
                                today=TODAY, override=override)


def test_a_step_cannot_be_done_while_required_items_are_open(session, actors):
    before = events(session)
    with pytest.raises(DomainError) as refusal:
        set_done(session, actors["pekka.planner"])
    session.rollback()
    message = error_message(refusal.value, "fi")
    assert message.startswith("Kempele, askel 1: askelta ei voi merkitä valmiiksi")
    assert "1. Johdon päätös palveluohjauksen käynnistämisestä" in message
    assert "5." not in message  # the optional item is not asked for
    assert "Management decision" in error_message(refusal.value, "en")
    assert step(session).status == S.NOT_STARTED and events(session) == before


def test_required_items_done_or_not_applicable_open_the_gate(session, actors):
    tick(session, actors["liisa.lead"], "244", only=2)
    later = items(session, "244").iloc[2:4]
    services.save_readiness(session, actors["liisa.lead"], unit_of(session, "244"), [
        ReadinessChange(int(item.item_id), None, ItemStatus.NOT_APPLICABLE, reason="Ei koske")
        for item in later.itertuples()])
    set_done(session, actors["pekka.planner"])
    assert step(session).status == S.DONE


def test_the_gate_holds_for_a_bulk_update_too(session, actors):
    units = queries.units_frame(session, queries.default_programme(session).id)
    lakeus = units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()
    with pytest.raises(DomainError, match="steps.readiness_open"):
        services.preview_bulk_update(session, actors["pekka.planner"], lakeus, 1,
                                     status=S.DONE, today=TODAY)


def test_only_an_admin_overrides_and_the_override_shows_and_is_in_history(session, actors):
    for who in ("pekka.planner", "liisa.lead"):
        with pytest.raises(PermissionDenied):
            set_done(session, actors[who], override="Kiire")
        session.rollback()
    set_done(session, actors["aino.admin"], override="Ohjausryhmä päätti 20.11.")
    shown = queries.confirmations(session, unit_of(session, "244"))
    assert shown[["position", "kind", "note"]].values.tolist() == [
        [1, "override", "Ohjausryhmä päätti 20.11."]]
    logged = session.scalars(select(ChangeEvent).filter_by(field="override")).one()
    assert (logged.actor, logged.reason) == (actors["aino.admin"].name,
                                              "Ohjausryhmä päätti 20.11.")


def test_a_lead_signs_off_a_ready_step_which_becomes_done_on_that_day(session, actors):
    lead = actors["liisa.lead"]
    tick(session, lead, "244")
    row = step(session)
    services.sign_off(session, lead, [SignOffRequest(row.id, row.version)], date(2026, 11, 2),
                      "Johtoryhmä hyväksyi", today=TODAY)
    row = step(session)
    assert (row.status, row.actual_end) == (S.DONE, date(2026, 11, 2))
    signed = session.scalars(select(StepSignOff)).one()
    assert (signed.kind, signed.signed_by_name, signed.note) == (
        "sign_off", lead.name, "Johtoryhmä hyväksyi")
    fields = session.scalars(select(ChangeEvent.field).filter_by(
        entity="step_progress", entity_id=str(row.id))).all()
    assert sorted(fields) == ["actual_end", "sign_off", "status"]


@pytest.mark.parametrize("who, signed_on, expected", [
    ("liisa.lead", date(2026, 12, 1), "signoff.in_future"),
    ("liisa.lead", TODAY, "steps.readiness_open"),
    ("pekka.planner", TODAY, "error.permission"),
])
def test_sign_off_refusals_write_nothing(session, actors, who, signed_on, expected):
    row = step(session, "244", 2)
    before = events(session)
    with pytest.raises(DomainError) as refusal:
        services.sign_off(session, actors[who], [SignOffRequest(row.id, row.version)],
                          signed_on, today=TODAY)
    session.rollback()
    assert refusal.value.key == expected
    assert events(session) == before and step(session, "244", 2).status == S.NOT_STARTED


def test_another_centres_lead_cannot_sign_off_and_nothing_is_written(session, actors):
    tick(session, actors["aino.admin"], "564")  # Oulu: Liisa leads Lakeus only
    row = step(session, "564")
    before = events(session)
    with pytest.raises(PermissionDenied):
        services.sign_off(session, actors["liisa.lead"], [SignOffRequest(row.id, row.version)],
                          TODAY, today=TODAY)
    session.rollback()
    assert events(session) == before and step(session, "564").status == S.NOT_STARTED


def test_a_stale_sign_off_is_refused_naming_who_saved(sessions, actors):
    with sessions() as session:
        tick(session, actors["liisa.lead"], "244")
        seen = step(session)
        request = SignOffRequest(seen.id, seen.version)
        services.update_step(session, actors["pekka.planner"], seen.id, seen.version,
                             replace(services.values_of(seen), owner="Pekka"), today=TODAY)
    with sessions() as session, pytest.raises(services.EditConflict) as conflict:
        services.sign_off(session, actors["liisa.lead"], [request], TODAY, today=TODAY)
    assert conflict.value.params["by"] == actors["pekka.planner"].name


def test_reopening_withdraws_the_sign_off_and_history_keeps_both(session, actors):
    lead = actors["liisa.lead"]
    tick(session, lead, "244")
    row = step(session)
    services.sign_off(session, lead, [SignOffRequest(row.id, row.version)], TODAY, today=TODAY)
    row = step(session)
    services.update_step(session, actors["pekka.planner"], row.id, row.version,
                         replace(services.values_of(row), status=S.IN_PROGRESS),
                         reason="Palveluohjaaja vaihtui", today=TODAY)
    assert queries.confirmations(session, unit_of(session, "244")).empty
    withdrawn = session.scalars(select(StepSignOff)).one()
    assert withdrawn.withdrawn_by_name == actors["pekka.planner"].name
    sign_off_events = session.scalars(select(ChangeEvent).filter_by(field="sign_off")
                                      .order_by(ChangeEvent.id)).all()
    assert [(e.actor, e.old_value, e.new_value, e.reason) for e in sign_off_events] == [
        (lead.name, None, TODAY.isoformat(), ""),
        (actors["pekka.planner"].name, TODAY.isoformat(), None, "Palveluohjaaja vaihtui")]


def lakeus(session):
    units = queries.units_frame(session, queries.default_programme(session).id)
    return units.loc[units["centre_code"] == "lakeus", "unit_id"].tolist()


def test_an_item_is_set_for_every_municipality_of_the_centre_at_once(session, actors):
    lead = actors["liisa.lead"]
    first = int(items(session, "244").loc[0, "item_id"])
    evidence = ItemValues(ItemStatus.DONE, evidence="Hallitus 12.3.2025",
                          evidence_link="https://intra.example/paatos")
    planned = services.preview_centre_update(session, lead, lakeus(session), [first], evidence)
    assert len(planned) == 6
    assert services.apply_centre_update(session, lead, planned) == 6
    states = session.scalars(select(ReadinessItemState).filter_by(item_id=first)).all()
    assert {(s.status, s.evidence_link, s.updated_by_name) for s in states} == {
        (ItemStatus.DONE, "https://intra.example/paatos", lead.name)}


def test_a_centre_update_is_refused_whole_if_an_item_changed_since_the_preview(session,
                                                                              actors):
    lead = actors["liisa.lead"]
    first = int(items(session, "244").loc[0, "item_id"])
    planned = services.preview_centre_update(session, lead, lakeus(session), [first],
                                             ItemValues(ItemStatus.DONE))
    services.save_readiness(session, actors["aino.admin"], unit_of(session, "425"), [
        ReadinessChange(first, None, ItemStatus.NOT_APPLICABLE, reason="Aino")])
    with pytest.raises(services.EditConflict) as conflict:
        services.apply_centre_update(session, lead, planned)
    session.rollback()
    assert conflict.value.params["by"] == actors["aino.admin"].name
    done = session.scalar(select(func.count()).select_from(ReadinessItemState).filter_by(
        item_id=first, status=ItemStatus.DONE))
    assert done == 0


def test_a_centre_update_of_another_centre_is_refused(session, actors):
    units = queries.units_frame(session, queries.default_programme(session).id)
    oulu = units.loc[units["centre_code"] == "oulu", "unit_id"].tolist()
    with pytest.raises(PermissionDenied):
        services.preview_centre_update(session, actors["liisa.lead"], oulu,
                                       [int(items(session, "564").loc[0, "item_id"])],
                                       ItemValues(ItemStatus.DONE))


def test_the_public_record_s_go_lives_come_with_their_items_done_by_the_record(session):
    go_live_items = items(session, "009", 5)
    assert set(go_live_items["status"]) == {"done"}
    assert go_live_items["evidence"].str.startswith("Pohde 2024: Lapsiperheiden").all()
    assert session.scalars(select(ReadinessItemState.updated_by_name)
                           .distinct()).all() == ["julkinen lähde"]
    assert {source for source, in session.execute(
        select(ChangeEvent.source).filter_by(entity="checklist_item").distinct())} == {
        "public_record"}


def test_init_records_the_public_readiness_on_an_older_database_once(session, actors):
    """A database seeded before readiness existed: its go-live items were never touched."""
    programme = queries.default_programme(session)
    session.execute(delete(ChangeEvent).where(ChangeEvent.entity == "checklist_item"))
    session.execute(delete(ReadinessItemState))
    session.commit()
    touched = int(items(session, "009", 5).loc[0, "item_id"])
    services.save_readiness(session, actors["aino.admin"], unit_of(session, "009"), [
        ReadinessChange(touched, None, ItemStatus.NOT_APPLICABLE, reason="Tehty toisin")])
    per_unit = len(items(session, "009", 5))
    assert record_public_readiness(session, programme) == 30 * per_unit - 1
    session.commit()
    assert record_public_readiness(session, programme) == 0
    kept = items(session, "009", 5).set_index("item_id").loc[touched]
    assert (kept["status"], kept["reason"]) == ("not_applicable", "Tehty toisin")


def test_a_second_reopening_leaves_the_first_withdrawal_as_it_was(session, actors):
    lead, planner, admin = actors["liisa.lead"], actors["pekka.planner"], actors["aino.admin"]
    tick(session, lead, "244")
    for reopener, reason in ((planner, "Palveluohjaaja vaihtui"), (admin, "Uusi kierros")):
        row = step(session)
        services.sign_off(session, lead, [SignOffRequest(row.id, row.version)], TODAY,
                          today=TODAY)
        row = step(session)
        services.update_step(session, reopener, row.id, row.version,
                             replace(services.values_of(row), status=S.IN_PROGRESS),
                             reason=reason, today=TODAY)
    confirmations = session.scalars(select(StepSignOff).order_by(StepSignOff.id)).all()
    assert [c.withdrawn_by_name for c in confirmations] == [planner.name, admin.name]
    assert confirmations[0].withdrawn_at < confirmations[1].withdrawn_at
    withdrawals = session.scalars(select(ChangeEvent).where(
        ChangeEvent.field == "sign_off", ChangeEvent.new_value.is_(None))).all()
    assert [event.reason for event in withdrawals] == ["Palveluohjaaja vaihtui", "Uusi kierros"]


def test_a_done_step_s_note_can_be_edited_after_a_required_item_was_added(session, actors):
    """The gate applies when a step becomes done, not to every later edit of a done step."""
    lead, planner = actors["liisa.lead"], actors["pekka.planner"]
    tick(session, lead, "244")
    row = step(session)
    services.sign_off(session, lead, [SignOffRequest(row.id, row.version)], TODAY, today=TODAY)
    services.add_readiness_item(session, actors["aino.admin"], step(session).step_id,
                                services.ItemTexts("Uusi pakollinen kohta", "Ny punkt",
                                                   "New item"), True)
    row = step(session)
    services.update_step(session, planner, row.id, row.version,
                         replace(services.values_of(row), note="Muistiinpano"), today=TODAY)
    assert (step(session).status, step(session).note) == (S.DONE, "Muistiinpano")


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("retired", [True, False])
@pytest.mark.parametrize("status", [None, *ItemStatus])
def test_the_gate_s_query_holds_up_a_step_as_the_domain_rule_says(session, required, retired,
                                                                  status):
    from rollout.domain import holds_up_gate
    from rollout.models import ReadinessItemTemplate, utcnow
    from rollout.services.gate import open_required_items
    unit = unit_of(session, "244")
    row = step(session)
    item = session.scalars(select(ReadinessItemTemplate).filter_by(step_id=row.step_id)
                           .order_by(ReadinessItemTemplate.position)).first()
    item.required, item.retired_at = required, utcnow() if retired else None
    if status is not None:
        session.add(ReadinessItemState(unit_id=unit, item_id=item.id, status=status,
                                       reason="ei koske" if status == ItemStatus.NOT_APPLICABLE
                                       else "", version=1))
    session.flush()
    held_up = item.id in {open_item.id for open_item in open_required_items(
        session, unit, row.step_id)}
    assert held_up == holds_up_gate(required, retired, status)


def test_a_refusal_names_the_municipality_in_the_reader_s_language(session, actors):
    row = step(session, "564")  # Oulu, Uleåborg in Swedish
    with pytest.raises(DomainError) as refused:
        services.update_step(session, actors["pekka.planner"], row.id, row.version,
                             replace(services.values_of(row), status=S.DONE), today=TODAY)
    assert "Uleåborg" in error_message(refused.value, "sv")
    assert "Oulu" in error_message(refused.value, "fi")
