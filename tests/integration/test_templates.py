"""The step and checklist templates, by admins: every change is in the history with its old
text, none rewrites a unit's answers or steps, and a retired item leaves the figures and the
gate but keeps its answers."""
from datetime import date

import pytest
from sqlalchemy import func, select

from rollout import metrics, queries, services
from rollout.domain import DomainError, ItemStatus, PermissionDenied, StepStatus
from rollout.metrics.picture import Picture
from rollout.models import (ChangeEvent, ReadinessItemState, ReadinessItemTemplate,
                            RolloutUnit, StepTemplate)
from rollout.queries import HistoryFilter
from rollout.services import EditConflict, ItemTexts, SignOffRequest, StepTexts
from tests.integration.test_readiness import TODAY, items, set_done, step, tick, unit_of

NEW = ItemTexts("Tilat varattu", "Lokalerna bokade", "Premises booked")


def programme_id(session):
    return queries.default_programme(session).id


def template_step(session, position=1) -> StepTemplate:
    found = session.scalars(select(StepTemplate).filter_by(programme_id=programme_id(session),
                                                           position=position)).one()
    session.refresh(found)
    return found


def step_items(session, position=1):
    return queries.template_items(session, template_step(session, position).id)


def item(session, item_id) -> ReadinessItemTemplate:
    found = session.get(ReadinessItemTemplate, item_id)
    session.refresh(found)
    return found


def events_of(session, entity, entity_id):
    return session.scalars(select(ChangeEvent).filter_by(entity=entity, entity_id=str(entity_id))
                           .order_by(ChangeEvent.id)).all()


def count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def texts_of(found: StepTemplate, **changes) -> StepTexts:
    return StepTexts(**{**{name: getattr(found, name) for name in StepTexts.__dataclass_fields__},
                        **changes})


# steps

def test_an_admin_renames_a_step_everywhere_and_the_history_keeps_the_old_name(session, actors):
    first = template_step(session)
    stamp = queries.data_stamp(session)
    services.update_step_texts(session, actors["aino.admin"], first.id, first.version,
                               texts_of(first, name_fi="Valmistelu", description_sv="Ny text"))
    steps = queries.steps_frame(session, programme_id(session))
    assert steps.loc[0, "name_fi"] == "Valmistelu"
    assert queries.data_stamp(session) > stamp  # every cached read model reads afresh
    logged = {event.field: (event.old_value, event.new_value)
              for event in events_of(session, "step_template", first.id)}
    assert logged["name_fi"] == ("Valmistelu ja sitoutuminen", "Valmistelu")
    assert set(logged) == {"name_fi", "description_sv"}


@pytest.mark.parametrize("changes, key", [
    ({"name_sv": "  "}, "templates.text_needed"),
    ({"name_fi": "yhteistyöverkoston kokoaminen"}, "templates.duplicate_step"),  # step 2's
    ({"name_en": "Line\nbreak"}, "error.bad_character"),
])
def test_empty_duplicate_or_broken_step_names_are_refused_and_nothing_is_written(
        session, actors, changes, key):
    first = template_step(session)
    before = count(session, ChangeEvent), first.version
    with pytest.raises(DomainError) as refusal:
        services.update_step_texts(session, actors["aino.admin"], first.id, first.version,
                                   texts_of(first, **changes))
    session.rollback()
    assert refusal.value.key == key
    assert (count(session, ChangeEvent), template_step(session).version) == before


def test_a_stale_step_edit_is_refused_naming_who_saved(sessions, actors):
    with sessions() as session:
        first = template_step(session)
        loaded, version = texts_of(first), first.version
    with sessions() as session:
        services.update_step_texts(session, actors["aino.admin"], first.id, version,
                                   StepTexts(**{**vars(loaded), "name_en": "Getting ready"}))
    with sessions() as session, pytest.raises(EditConflict) as conflict:
        services.update_step_texts(session, actors["aino.admin"], first.id, version,
                                   StepTexts(**{**vars(loaded), "name_fi": "Aloitus"}))
    assert conflict.value.params["by"] == actors["aino.admin"].name
    assert conflict.value.theirs.name_en == "Getting ready"
    with sessions() as session:
        assert template_step(session).name_fi == "Valmistelu ja sitoutuminen"


def test_moving_go_live_changes_what_counts_as_live_and_says_how_many_first(session, actors):
    pid = programme_id(session)
    steps = queries.steps_frame(session, pid)
    old = queries.go_live_position(steps)
    live_now = queries.live_municipalities(session, pid, old)
    assert live_now > 0  # the public record's go-lives
    assert queries.live_municipalities(session, pid, 6) == 0  # nobody has done step 6
    changed = services.set_go_live_step(session, actors["aino.admin"], pid,
                                        template_step(session, 6).id,
                                        services.steps_version(session, pid))
    assert changed
    steps = queries.steps_frame(session, pid)
    assert steps["marks_go_live"].sum() == 1 and queries.go_live_position(steps) == 6
    progress = Picture(queries.programme_frames(session, pid), TODAY).progress()
    assert not progress["live"].any()  # live now means step 6 done
    fields = [(event.step_id, event.old_value, event.new_value) for event in session.scalars(
        select(ChangeEvent).filter_by(entity="step_template", field="marks_go_live"))]
    assert sorted(fields) == sorted([(template_step(session, old).id, "True", "False"),
                                     (template_step(session, 6).id, "False", "True")])


def test_a_go_live_choice_made_on_stale_steps_is_refused(session, actors):
    pid = programme_id(session)
    seen = services.steps_version(session, pid)
    first = template_step(session)
    services.update_step_texts(session, actors["aino.admin"], first.id, first.version,
                               texts_of(first, name_en="Getting ready"))
    with pytest.raises(EditConflict):
        services.set_go_live_step(session, actors["aino.admin"], pid,
                                  template_step(session, 4).id, seen)
    session.rollback()
    assert queries.go_live_position(queries.steps_frame(session, pid)) == 5


# checklist items

def test_a_new_item_is_open_for_every_unit_and_no_answer_is_written(session, actors):
    pid = programme_id(session)
    units = len(queries.units_frame(session, pid))
    states_before = count(session, ReadinessItemState)
    rows_before = len(queries.item_states(session, pid))
    item_id = services.add_readiness_item(session, actors["aino.admin"],
                                          template_step(session, 2).id, NEW, required=False)
    assert count(session, ReadinessItemState) == states_before
    states = queries.item_states(session, pid)
    assert len(states) == rows_before + units
    assert set(states.loc[states["item_id"] == item_id, "status"]) == {"open"}
    listed = items(session, "244", 2)
    assert listed.iloc[-1]["text_fi"] == "Tilat varattu" and listed.iloc[-1]["status"] == "open"
    logged = {event.field: event.new_value for event in
              events_of(session, "checklist_item_template", item_id)}
    assert logged == {"text_fi": "Tilat varattu", "text_sv": "Lokalerna bokade",
                      "text_en": "Premises booked", "required": "False",
                      "position": str(len(listed))}


def test_an_item_added_at_a_position_moves_the_rest_down_keeping_positions_unique(session,
                                                                                 actors):
    before = step_items(session)
    item_id = services.add_readiness_item(session, actors["aino.admin"],
                                          template_step(session).id, NEW, True, position=1)
    after = step_items(session)
    assert after["item_id"].tolist() == [item_id, *before["item_id"]]
    assert after["position"].tolist() == list(range(1, len(after) + 1))
    moved = events_of(session, "checklist_item_template", int(before.loc[0, "item_id"]))
    assert [(e.field, e.old_value, e.new_value) for e in moved] == [("position", "1", "2")]


@pytest.mark.parametrize("texts, key", [
    (ItemTexts("", "Ny punkt", "New item"), "templates.text_needed"),
    (ItemTexts("ALUEEN KOORDINAATTORI NIMETTY", "Ny punkt", "New item"),
     "templates.duplicate_item"),
])
def test_an_empty_or_duplicate_item_is_refused_and_nothing_is_written(session, actors, texts,
                                                                      key):
    before = count(session, ChangeEvent), count(session, ReadinessItemTemplate)
    with pytest.raises(DomainError) as refusal:
        services.add_readiness_item(session, actors["aino.admin"], template_step(session).id,
                                    texts, True)
    session.rollback()
    assert refusal.value.key == key
    assert (count(session, ChangeEvent), count(session, ReadinessItemTemplate)) == before


def test_adding_a_required_item_leaves_done_steps_and_sign_offs_but_gates_the_next_done(
        session, actors):
    admin = actors["aino.admin"]
    tick(session, admin, "244")
    row = step(session, "244")
    services.sign_off(session, admin, [SignOffRequest(row.id, row.version)], TODAY,
                      today=TODAY)
    tick(session, admin, "564")  # every item of step 1 done in Oulu, not yet marked done
    item_id = services.add_readiness_item(session, admin, template_step(session).id, NEW, True)
    assert step(session, "244").status == StepStatus.DONE
    assert queries.confirmations(session, unit_of(session, "244"))["kind"].tolist() == [
        "sign_off"]
    with pytest.raises(DomainError, match="steps.readiness_open") as refusal:
        set_done(session, actors["pekka.planner"], "564")
    session.rollback()
    assert "Tilat varattu" in refusal.value.params["items"]["fi"]
    services.save_readiness(session, admin, unit_of(session, "564"),
                            [services.ReadinessChange(item_id, None, ItemStatus.DONE)])
    set_done(session, actors["pekka.planner"], "564")
    assert step(session, "564").status == StepStatus.DONE


def test_rewording_keeps_every_answer_and_the_history_keeps_the_old_wording(session, actors):
    tick(session, actors["aino.admin"], "244", only=1)
    first = item(session, int(step_items(session).loc[0, "item_id"]))
    services.update_readiness_item(session, actors["aino.admin"], first.id, first.version,
                                   ItemTexts("Johdon päätös tehty", first.text_sv,
                                             first.text_en), required=True)
    shown = items(session, "244").iloc[0]
    assert (shown["text_fi"], shown["status"]) == ("Johdon päätös tehty", "done")
    logged = events_of(session, "checklist_item_template", first.id)
    assert [(e.field, e.old_value, e.new_value) for e in logged] == [
        ("text_fi", "Johdon päätös palveluohjauksen käynnistämisestä", "Johdon päätös tehty")]


def test_a_stale_item_edit_is_refused_naming_who_saved(sessions, actors):
    with sessions() as session:
        first = item(session, int(step_items(session).loc[0, "item_id"]))
        item_id, version, texts = first.id, first.version, ItemTexts(
            first.text_fi, first.text_sv, first.text_en)
    with sessions() as session:
        services.update_readiness_item(session, actors["aino.admin"], item_id, version, texts,
                                       required=False)
    with sessions() as session, pytest.raises(EditConflict) as conflict:
        services.update_readiness_item(session, actors["aino.admin"], item_id, version,
                                       ItemTexts("Toinen", texts.text_sv, texts.text_en), True)
    assert conflict.value.theirs["required"] is False
    with sessions() as session:
        assert item(session, item_id).text_fi == texts.text_fi


def test_an_item_marked_optional_no_longer_holds_up_the_step(session, actors):
    tick(session, actors["aino.admin"], "244", only=3)
    fourth = item(session, int(step_items(session).loc[3, "item_id"]))
    with pytest.raises(DomainError, match="steps.readiness_open"):
        set_done(session, actors["pekka.planner"], "244")
    session.rollback()
    services.update_readiness_item(session, actors["aino.admin"], fourth.id, fourth.version,
                                   ItemTexts(fourth.text_fi, fourth.text_sv, fourth.text_en),
                                   required=False)
    set_done(session, actors["pekka.planner"], "244")
    assert step(session, "244").status == StepStatus.DONE


@pytest.mark.parametrize("start, to", [(3, 1), (1, 2), (2, 1), (4, 2)])
def test_reordering_moves_one_item_and_keeps_positions_unique(session, actors, start, to):
    before = step_items(session)["item_id"].tolist()
    moved = item(session, before[start - 1])
    services.move_readiness_item(session, actors["aino.admin"], moved.id, moved.version, to)
    expected = [other for other in before if other != moved.id]
    expected.insert(to - 1, moved.id)
    after = step_items(session)
    assert after["item_id"].tolist() == expected
    assert after["position"].tolist() == list(range(1, len(after) + 1))
    assert items(session, "244")["item_id"].tolist() == expected  # as the screens list them


def test_retiring_leaves_figures_and_gate_but_keeps_answers_and_restoring_brings_them_back(
        session, actors):
    admin, pid = actors["aino.admin"], programme_id(session)
    tick(session, admin, "244", only=3)
    listed = step_items(session)
    answered, open_required = (item(session, int(listed.loc[n, "item_id"])) for n in (0, 3))
    states_before = count(session, ReadinessItemState)
    for retired in (answered, open_required):
        services.retire_readiness_item(session, admin, retired.id, item(session,
                                                                        retired.id).version)
    assert count(session, ReadinessItemState) == states_before  # answers kept
    gone = {answered.id, open_required.id}
    lakeus = session.get(RolloutUnit, unit_of(session, "244")).family_centre_id
    for frame in (queries.item_states(session, pid), queries.items_frame(session, pid),
                  items(session, "244"), queries.centre_items(session, pid, lakeus, 1)):
        assert gone.isdisjoint(frame["item_id"])
    counts = metrics.readiness(items(session, "244"), ["step"]).set_index("step").loc[1]
    assert counts.tolist()[:2] == [2, 3]  # done of applicable, without the retired ones
    assert [i["position"] for _, i in step_items(session).iterrows()] == [1, 2, 3, 4, 5]
    set_done(session, actors["pekka.planner"], "244")  # the open required one holds nothing up
    services.restore_readiness_item(session, admin, answered.id,
                                    item(session, answered.id).version)
    back = items(session, "244")
    assert back.set_index("item_id").loc[answered.id, "status"] == "done"
    assert [event.field for event in events_of(session, "checklist_item_template",
                                               answered.id)][:1] == ["retired"]


def test_retiring_twice_or_restoring_an_item_in_use_is_refused(session, actors):
    first = item(session, int(step_items(session).loc[0, "item_id"]))
    with pytest.raises(DomainError, match="templates.not_retired"):
        services.restore_readiness_item(session, actors["aino.admin"], first.id, first.version)
    session.rollback()
    services.retire_readiness_item(session, actors["aino.admin"], first.id, first.version)
    with pytest.raises(DomainError, match="templates.already_retired"):
        services.retire_readiness_item(session, actors["aino.admin"], first.id,
                                       item(session, first.id).version)


def test_a_form_opened_before_an_item_was_retired_cannot_answer_it(session, actors):
    first = item(session, int(step_items(session).loc[0, "item_id"]))
    services.retire_readiness_item(session, actors["aino.admin"], first.id, first.version)
    with pytest.raises(DomainError, match="checklist.item_retired"):
        services.save_readiness(session, actors["aino.admin"], unit_of(session, "244"),
                                [services.ReadinessChange(first.id, None, ItemStatus.DONE)])


def test_the_history_names_the_changed_item_with_its_old_and_new_text(session, actors):
    first = item(session, int(step_items(session).loc[0, "item_id"]))
    services.update_readiness_item(session, actors["aino.admin"], first.id, first.version,
                                   ItemTexts(first.text_fi, "Ledningens beslut", first.text_en),
                                   required=True)
    page, _ = queries.history_page(session, programme_id(session),
                                   HistoryFilter(date(2020, 1, 1), date(2100, 1, 1),
                                                 positions=(1,)), "sv")
    row = page[page["entity"] == "checklist_item_template"].iloc[0]
    assert (row["item"], row["position"], row["field"]) == ("Ledningens beslut", 1, "text_sv")
    assert row["old_value"] == "Ledningens beslut om att inleda servicehandledningen"


SERVICES = {
    "update_step_texts": lambda s, a: services.update_step_texts(
        s, a, template_step(s).id, template_step(s).version,
        texts_of(template_step(s), name_fi="Uusi")),
    "set_go_live_step": lambda s, a: services.set_go_live_step(
        s, a, programme_id(s), template_step(s, 4).id,
        services.steps_version(s, programme_id(s))),
    "add_readiness_item": lambda s, a: services.add_readiness_item(
        s, a, template_step(s).id, NEW, True),
    "update_readiness_item": lambda s, a: services.update_readiness_item(
        s, a, first_item(s).id, first_item(s).version, NEW, True),
    "move_readiness_item": lambda s, a: services.move_readiness_item(
        s, a, first_item(s).id, first_item(s).version, 2),
    "retire_readiness_item": lambda s, a: services.retire_readiness_item(
        s, a, first_item(s).id, first_item(s).version),
}


def first_item(session):
    return item(session, int(step_items(session).loc[0, "item_id"]))


@pytest.mark.parametrize("service", sorted(SERVICES))
@pytest.mark.parametrize("who", ["pekka.planner", "liisa.lead", "maija.manager"])
def test_only_admins_change_templates_and_a_refusal_writes_nothing(session, actors, service,
                                                                   who):
    def fingerprint():
        return (count(session, ChangeEvent),
                tuple(session.execute(select(ReadinessItemTemplate.id,
                                             ReadinessItemTemplate.version))),
                tuple(session.execute(select(StepTemplate.id, StepTemplate.version))))
    before = fingerprint()
    with pytest.raises(PermissionDenied):
        SERVICES[service](session, actors[who])
    session.rollback()
    assert fingerprint() == before
