"""The planners' steps screen: editing a unit's step, read-only roles, and lost-edit guard."""
from datetime import date

from sqlalchemy import select

from rollout import queries
from rollout.domain import StepStatus
from rollout.models import StepProgress, User
from tests.app.conftest import sign_in


def open_unit(open_app, user, municipality="244"):
    app = sign_in(open_app(), user)
    app.query_params["unit"] = municipality
    return app.switch_page("pages/steps.py").run()


def step_row(sessions, municipality="244", position=1):
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        return session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                 municipality, position))


FIELDS = {"Tila": "status", "Vastuuhenkilö": "owner", "Suunniteltu alku": "planned_start",
          "Suunniteltu loppu": "planned_end", "Toteutunut alku": "actual_start"}


def form_widget(app, kind, label, progress_id):
    """A widget of the step form (the grid filters above use some of the same labels): its
    key names the step's record and ends with the field."""
    return next(widget for widget in getattr(app, kind)
                if (widget.key or "").startswith(f"step-{progress_id}.")
                and widget.key.endswith(f".{FIELDS[label]}"))


def save_button(app):
    return next(button for button in app.button if button.label == "Tallenna")


def test_planner_saves_a_step_and_sees_it_confirmed(open_app, app_database):
    app = open_unit(open_app, "pekka.planner")
    assert app.subheader[0].value == "Kempele – Lakeuden perhekeskus"
    step = step_row(app_database).id
    form_widget(app, "selectbox", "Tila", step).set_value("in_progress")
    form_widget(app, "text_input", "Vastuuhenkilö", step).input("Liisa Lakeus")
    form_widget(app, "date_input", "Toteutunut alku", step).set_value(date(2026, 10, 1))
    save_button(app).click().run()
    assert not app.exception
    assert any("Tallennettu: Kempele, askel 1." in s.value for s in app.success)
    row = step_row(app_database)
    assert (row.status, row.owner, row.actual_start) == (StepStatus.IN_PROGRESS,
                                                         "Liisa Lakeus", date(2026, 10, 1))


def test_a_broken_rule_shows_a_message_naming_the_field_and_saves_nothing(open_app,
                                                                          app_database):
    app = open_unit(open_app, "pekka.planner")
    step = step_row(app_database).id
    form_widget(app, "date_input", "Suunniteltu alku", step).set_value(date(2027, 5, 1))
    form_widget(app, "date_input", "Suunniteltu loppu", step).set_value(date(2027, 4, 1))
    save_button(app).click().run()
    assert "loppupäivä ei voi olla ennen alkupäivää (suunniteltu loppu)" in app.error[0].value
    assert step_row(app_database).planned_end is None


def test_two_planners_editing_one_step_never_lose_an_edit(open_app, app_database):
    step = step_row(app_database).id
    first = open_unit(open_app, "pekka.planner")
    second = open_unit(open_app, "aino.admin")
    form_widget(second, "text_input", "Vastuuhenkilö", step).input("Aino")
    save_button(second).click().run()
    form_widget(first, "text_input", "Vastuuhenkilö", step).input("Pekka")
    save_button(first).click().run()
    # who saved, as plain text (its punctuation escaped in the message's markdown)
    assert "aino\\.admin tallensi tämän askeleen sillä välin" in first.error[0].value
    assert step_row(app_database).owner == "Aino"
    assert form_widget(first, "text_input", "Vastuuhenkilö", step).value == "Pekka"  # kept
    next(b for b in first.button if b.label == "Lataa uusimmat tiedot").click().run()
    assert form_widget(first, "text_input", "Vastuuhenkilö", step).value == "Aino"
    form_widget(first, "text_input", "Vastuuhenkilö", step).input("Aino ja Pekka")
    save_button(first).click().run()
    assert step_row(app_database).owner == "Aino ja Pekka"


def test_after_a_conflict_the_planner_can_re_apply_their_change_on_the_latest(open_app,
                                                                              app_database):
    step = step_row(app_database).id
    first = open_unit(open_app, "pekka.planner")
    second = open_unit(open_app, "aino.admin")
    form_widget(second, "text_input", "Vastuuhenkilö", step).input("Aino")
    save_button(second).click().run()
    form_widget(first, "date_input", "Suunniteltu alku", step).set_value(date(2027, 2, 1))
    save_button(first).click().run()
    conflict = next(frame.value for frame in first.dataframe  # mine and theirs side by side
                    if "Eroaa" in frame.value.columns)
    assert list(conflict.columns) == ["Tieto", "Sinun arvosi (ei tallennettu)",
                                      "Tallennettu nyt (aino.admin)", "Eroaa"]
    assert conflict.set_index("Tieto").loc["Vastuuhenkilö"].tolist() == ["–", "Aino", "≠"]
    next(b for b in first.button
         if b.label == "Tee omat muutokseni uusimpiin tietoihin").click().run()
    assert form_widget(first, "text_input", "Vastuuhenkilö", step).value == "Aino"
    assert form_widget(first, "date_input", "Suunniteltu alku", step).value == date(2027, 2, 1)
    save_button(first).click().run()
    row = step_row(app_database)
    assert (row.owner, row.planned_start) == ("Aino", date(2027, 2, 1))


def test_manager_sees_the_unit_but_cannot_save(open_app):
    app = open_unit(open_app, "maija.manager")
    assert app.subheader[0].value == "Kempele – Lakeuden perhekeskus"
    assert save_button(app).disabled
    assert any("Sinulla on lukuoikeus" in caption.value for caption in app.caption)


def test_a_filter_that_matches_nothing_says_so(open_app):
    app = open_unit(open_app, "pekka.planner")
    next(w for w in app.text_input if w.label == "Vastuuhenkilö").input("nobody").run()
    assert not app.exception
    assert app.info[0].value == "Mikään yksikkö ei vastaa valintoja."


def test_lead_gets_the_checklist_of_their_own_centre_to_tick(open_app):
    app = open_unit(open_app, "liisa.lead", "244")
    assert any(button.label == "Tallenna tarkistuslista" for button in app.button)
    assert save_button(app).disabled  # steps themselves are the planners'


def test_checklist_of_another_centre_is_read_only_for_a_lead(open_app):
    app = open_unit(open_app, "liisa.lead", "564")
    assert not any(button.label == "Tallenna tarkistuslista" for button in app.button)
    assert any("perhekeskusvastaava" in caption.value for caption in app.caption)


def test_a_conflict_is_forgotten_once_the_planner_comes_back_to_fresh_values(open_app,
                                                                             app_database):
    step = step_row(app_database).id
    first = open_unit(open_app, "pekka.planner")
    second = open_unit(open_app, "aino.admin")
    form_widget(second, "text_input", "Vastuuhenkilö", step).input("Aino")
    save_button(second).click().run()
    form_widget(first, "text_input", "Vastuuhenkilö", step).input("Pekka")
    save_button(first).click().run()
    assert any("sillä välin" in error.value for error in first.error)
    first.switch_page("pages/overview.py").run()
    first.query_params["unit"] = "244"
    first.switch_page("pages/steps.py").run()
    assert form_widget(first, "text_input", "Vastuuhenkilö", step).value == "Aino"
    assert not any("sillä välin" in error.value for error in first.error)
    assert not any("Eroaa" in frame.value.columns for frame in first.dataframe)


def test_an_owner_chosen_from_the_programmes_people_is_linked_to_their_account(
        open_page, app_database):
    app = open_page("pages/steps.py", "fi", "pekka.planner")
    app.query_params["unit"] = "244"
    app.run()
    step = 1
    box = next(widget for widget in app.selectbox
               if (widget.key or "").startswith("step-")
               and widget.key.endswith(".owner_account"))
    assert "liisa.lead" in box.options and "maija.manager" in box.options
    box.set_value("liisa.lead")
    save_button(app).click().run()  # step 1's, the first
    assert not app.exception
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id, "244",
                                                                step))
        liisa = session.scalar(select(User).filter_by(username="liisa.lead"))
        assert (row.owner, row.owner_user_id) == ("liisa.lead", liisa.id)
    assert "Näkyy vastuuhenkilön omissa tehtävissä." in [caption.value for caption in app.caption]
