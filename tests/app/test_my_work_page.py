"""My work as each role sees it: the first page of every menu, the person's own list with a
link to where they act, in Finnish and Swedish; what someone saves shows on the next rerun."""
from datetime import date, timedelta

import pytest

from rollout import queries, services
from rollout.domain import ItemStatus, StepStatus, StepValues
from rollout.models import StepProgress
from rollout.services import ReadinessChange

TODAY = date.today()


def work_table(app, heading):
    """The table under a heading's section (the page draws one per group)."""
    names = [element.value for element in app.subheader]
    assert heading in names, names
    return app.dataframe[names.index(heading)].value


def plan_step(session, actor, code, position, **values):
    programme_id = queries.default_programme(session).id
    row = session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                            position))
    wanted = StepValues(**{**services.values_of(row).__dict__, **values})
    return services.update_step(session, actor, row.id, row.version, wanted)


@pytest.mark.parametrize("lang, title", [("fi", "Omat tehtävät"), ("sv", "Mina uppgifter")])
@pytest.mark.parametrize("user", ["aino.admin", "pekka.planner", "liisa.lead",
                                  "maija.manager"])
def test_my_work_is_every_roles_first_page(open_page, user, lang, title):
    app = open_page("", lang, user)
    assert not app.exception
    assert app.title[0].value == title


def test_a_planner_sees_the_steps_they_own_that_end_soon_or_are_late(open_page,
                                                                     app_database, actors):
    planner = actors["pekka.planner"]
    with app_database() as session:
        plan_step(session, planner, "244", 1, owner="pekka.planner",
                  planned_start=TODAY - timedelta(days=20), planned_end=TODAY + timedelta(days=5),
                  status=StepStatus.IN_PROGRESS)
        plan_step(session, planner, "564", 1, owner="Pekka.Planner ",
                  planned_start=TODAY - timedelta(days=40), planned_end=TODAY - timedelta(days=2))
        plan_step(session, planner, "425", 1, owner="Joku Muu",
                  planned_start=TODAY - timedelta(days=40), planned_end=TODAY - timedelta(days=2))
    app = open_page("", "fi", "pekka.planner")
    table = work_table(app, "Askeleesi")
    assert table[["Tehtävä", "Kunta"]].values.tolist() == [["Myöhässä", "Oulu"],
                                                         ["Päättyy pian", "Kempele"]]
    assert table["Avaa"].tolist()[1] == "steps?unit=244&programme=lapsiperheiden-palveluohjaus"
    admin = open_page("", "sv", "aino.admin")
    unmatched = work_table(admin, "Administration")
    owners = unmatched[unmatched["Uppgift"] == "Ansvarspersonen saknar konto"]
    assert owners["Detaljer"].tolist() == ["Joku Muu"]


def test_a_lead_sees_open_items_and_steps_ready_for_sign_off(open_page, app_database, actors):
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        planner = actors["pekka.planner"]
        plan_step(session, planner, "244", 1, status=StepStatus.IN_PROGRESS,
                  planned_start=TODAY - timedelta(days=3))
        plan_step(session, planner, "425", 1, status=StepStatus.IN_PROGRESS,
                  planned_start=TODAY - timedelta(days=3))
        unit = int(queries.units_frame(session, programme_id)
                   .set_index("municipality_code").loc["425", "unit_id"])
        items = queries.readiness_frame(session, unit)
        first = items[items["step"] == 1]
        services.save_readiness(session, actors["liisa.lead"], unit, [
            ReadinessChange(int(item), None, ItemStatus.DONE, evidence="pöytäkirja")
            for item in first["item_id"]])
    app = open_page("", "fi", "liisa.lead")
    table = work_table(app, "Valmius")
    rows = table[["Tehtävä", "Kunta", "Askel"]].values.tolist()
    assert ["Valmiuskohtia auki", "Kempele", "1"] in rows
    assert ["Valmis kuitattavaksi", "Liminka", "1"] in rows
    assert all(municipality in {"Kempele", "Liminka", "Hailuoto", "Lumijoki", "Muhos",
                                "Tyrnävä"} for municipality in table["Kunta"])  # Lakeus only


def test_a_manager_sees_what_changed_since_the_last_visit(open_page, app_database, actors):
    app = open_page("", "fi", "maija.manager")
    assert any(caption.value.startswith("Ensimmäinen käyntisi") for caption in app.caption)
    with app_database() as session:
        plan_step(session, actors["pekka.planner"], "244", 1, status=StepStatus.IN_PROGRESS)
    app.run()
    news = work_table(app, "Edellisen käyntisi jälkeen")
    assert ["Edistyi", "Kempele"] in news[["Tehtävä", "Kunta"]].values.tolist()
