"""The readiness screen: a lead opens on their own centre, sets an item for the whole centre
after a preview, signs ready units off; others read."""
from sqlalchemy import select

from rollout import queries
from rollout.models import ReadinessItemState, StepProgress


def button(app, label):
    return next(b for b in app.button if b.label == label)


def widget(app, kind, key_start, key_end=""):
    return next(w for w in getattr(app, kind) if (w.key or "").startswith(key_start)
                and w.key.endswith(key_end))


def open_readiness(open_page, user, lang="fi"):
    return open_page("pages/readiness.py", lang, user)


def test_a_lead_opens_on_their_own_centre_and_can_set_items(open_page):
    app = open_readiness(open_page, "liisa.lead")
    assert not app.exception
    assert widget(app, "selectbox", "readiness.centre").value is not None
    matrix = next(frame.value for frame in app.dataframe if "Kempele" in frame.value.columns)
    assert list(matrix.columns) == ["Hailuoto", "Kempele", "Liminka", "Lumijoki", "Muhos",
                                    "Tyrnävä"]
    assert any(b.label == "Esikatsele muutokset" for b in app.button)


def test_a_lead_sets_an_item_for_the_whole_centre_and_signs_ready_units_off(
        open_page, app_database):
    app = open_readiness(open_page, "liisa.lead")
    widget(app, "selectbox", "readiness.update.", ".item").set_value(0).run()  # every item
    widget(app, "selectbox", "readiness.update.", ".status").set_value("done").run()
    widget(app, "text_input", "readiness.update.", ".evidence").input("Johtoryhmä 3/2026")
    app.run()
    button(app, "Esikatsele muutokset").click().run()
    button(app, "Tallenna 30 muutosta").click().run()
    assert any("Tarkistuslista tallennettu (30 muutosta)." in s.value for s in app.success)
    with app_database() as session:
        assert session.scalar(select(ReadinessItemState).filter_by(
            evidence="Johtoryhmä 3/2026")) is not None
    button(app, "Kuittaa 6 askelta valmiiksi").click().run()
    assert any("Kuitattu 6 askelta." in s.value for s in app.success)
    with app_database() as session:
        programme_id = queries.default_programme(session).id
        step = session.get(StepProgress, queries.progress_id_for(session, programme_id,
                                                                "244", 1))
        assert step.status.value == "done"


def test_a_manager_reads_the_readiness_but_changes_nothing(open_page):
    app = open_readiness(open_page, "maija.manager")
    assert not app.exception
    assert not any(b.label in ("Esikatsele muutokset",) or b.label.startswith("Kuittaa")
                   for b in app.button)
    assert any("perhekeskusvastaava" in caption.value for caption in app.caption)


def test_another_centre_is_read_only_for_a_lead(open_page):
    app = open_readiness(open_page, "liisa.lead")
    centre = widget(app, "selectbox", "readiness.centre")
    assert len(centre.options) == 1  # a lead chooses among their own centres only
