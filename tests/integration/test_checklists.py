"""Readiness checklists: leads tick their own centre's items, all or nothing, never lost."""
import pandas as pd
import pytest
from sqlalchemy import func, select

from rollout import queries, services
from rollout.domain import DomainError, ItemStatus, PermissionDenied
from rollout.models import ChangeEvent, ReadinessItemState
from rollout.services import ReadinessChange


def unit_id(session, municipality):
    units = queries.units_frame(session, queries.default_programme(session).id)
    return int(units.set_index("municipality_code").loc[municipality, "unit_id"])


def step_items(session, municipality, step=1):
    items = queries.readiness_frame(session, unit_id(session, municipality))
    return items[items["step"] == step].reset_index(drop=True)


def count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_lead_ticks_an_item_of_their_own_centre_and_it_is_in_the_history(session, actors):
    lead = actors["liisa.lead"]
    item = step_items(session, "244").iloc[0]
    services.save_readiness(session, lead, unit_id(session, "244"), [
        ReadinessChange(int(item["item_id"]), None, ItemStatus.DONE,
                        evidence="Hallituksen päätös 12.3.2025")])
    after = step_items(session, "244").iloc[0]
    assert (after["status"], after["evidence"]) == ("done", "Hallituksen päätös 12.3.2025")
    assert not pd.isna(after["version"])  # the next save must bring this version back
    fields = session.scalars(select(ChangeEvent.field).filter_by(entity="checklist_item",
                                                                 user_id=lead.user_id)).all()
    assert sorted(fields) == ["evidence", "status"]


@pytest.mark.parametrize("who", ["liisa.lead", "pekka.planner", "maija.manager"])
def test_other_centres_planners_and_managers_are_refused_and_nothing_is_written(
        session, actors, who):
    oulu = unit_id(session, "564")  # Liisa leads Lakeus, not Oulu
    item = step_items(session, "564").iloc[0]
    before = count(session, ChangeEvent), count(session, ReadinessItemState)
    with pytest.raises(PermissionDenied):
        services.save_readiness(session, actors[who], oulu, [
            ReadinessChange(int(item["item_id"]), None, ItemStatus.DONE)])
    session.rollback()
    assert (count(session, ChangeEvent), count(session, ReadinessItemState)) == before


def test_admin_may_tick_any_centre(session, actors):
    item = step_items(session, "564").iloc[0]
    services.save_readiness(session, actors["aino.admin"], unit_id(session, "564"), [
        ReadinessChange(int(item["item_id"]), None, ItemStatus.DONE)])
    assert step_items(session, "564").iloc[0]["status"] == "done"


def test_not_applicable_needs_a_reason_and_a_refusal_saves_none_of_the_batch(session, actors):
    items = step_items(session, "244")
    states = count(session, ReadinessItemState)  # the public record's, for the go-live step
    with pytest.raises(DomainError, match="checklist.reason_needed"):
        services.save_readiness(session, actors["liisa.lead"], unit_id(session, "244"), [
            ReadinessChange(int(items.loc[0, "item_id"]), None, ItemStatus.DONE),
            ReadinessChange(int(items.loc[1, "item_id"]), None, ItemStatus.NOT_APPLICABLE)])
    session.rollback()
    assert count(session, ReadinessItemState) == states


def test_a_stale_checklist_save_names_who_saved_and_overwrites_nothing(sessions, actors):
    with sessions() as session:
        unit = unit_id(session, "244")
        item = int(step_items(session, "244").loc[0, "item_id"])
    with sessions() as session:
        services.save_readiness(session, actors["aino.admin"], unit, [
            ReadinessChange(item, None, ItemStatus.DONE, evidence="Aino")])
    with sessions() as session, pytest.raises(DomainError) as conflict:
        services.save_readiness(session, actors["liisa.lead"], unit, [
            ReadinessChange(item, None, ItemStatus.OPEN)])  # loaded before Aino saved
    assert conflict.value.params == {"by": actors["aino.admin"].name}
    with sessions() as session:
        assert step_items(session, "244").loc[0, "evidence"] == "Aino"
