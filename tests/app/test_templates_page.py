"""The admins' template page: a step renamed, an item added, made required, retired and
restored as an admin would do it, in Finnish and Swedish; what a change affects is said
before saving."""
from sqlalchemy import func, select

from rollout import queries, services
from rollout.models import ReadinessItemTemplate, StepTemplate
from rollout.permissions import COMMAND_LINE
from rollout.services import ItemTexts

PAGE = "pages/templates.py"


def box(app, start, end=""):
    return next(widget for widget in app.selectbox
                if (widget.key or "").startswith(start) and widget.key.endswith(end))


def field(app, start, end):
    return next(widget for widget in app.text_input
                if (widget.key or "").startswith(start) and widget.key.endswith(end))


def button(app, label):
    return next(widget for widget in app.button if widget.label == label)


def notices(app):
    return [element.value for kind in (app.success, app.error, app.warning, app.info)
            for element in kind]


def items_table(app):
    return app.dataframe[0].value


def test_an_admin_renames_a_step_and_the_step_lists_show_it(open_page, app_database):
    app = open_page(PAGE)
    box(app, "templates.step").set_value(2).run()
    field(app, "step-template-2.", "name_fi").set_value("Verkosto koottu")
    button(app, "Tallenna nimi ja kuvaus").click().run()
    assert not app.exception
    assert "Askeleen 2 tekstit tallennettu." in notices(app)
    assert "2. Verkosto koottu" in box(app, "templates.step").options
    with app_database() as session:
        steps = queries.steps_frame(session, queries.default_programme(session).id)
    assert steps.loc[1, "name_fi"] == "Verkosto koottu"


def test_an_empty_name_is_refused_beside_the_button(open_page):
    app = open_page(PAGE)
    field(app, "step-template-1.", "name_sv").set_value(" ")
    button(app, "Tallenna nimi ja kuvaus").click().run()
    assert "Anna nimi ruotsiksi." in notices(app)


def newest_item(app_database):
    with app_database() as session:
        return session.scalar(select(func.max(ReadinessItemTemplate.id)))


def test_an_admin_adds_an_item_in_swedish_retires_it_and_restores_it(open_page, app_database):
    app = open_page(PAGE, lang="sv")
    assert app.title[0].value == "Mallar för steg och checklistor"
    assert any("Den nya punkten är öppen i alla 30 enheter" in caption.value
               for caption in app.caption)
    for language, text in (("fi", "Tilat varattu"), ("sv", "Lokalerna bokade"),
                           ("en", "Premises booked")):
        field(app, "add_item.", f"text_{language}").set_value(text)
    app.checkbox(key="add_item.required").uncheck()
    button(app, "Lägg till en punkt").click().run()
    assert "Punkten har lagts till." in notices(app)
    table = items_table(app)
    assert table.iloc[-1]["Text på svenska"] == "Lokalerna bokade"
    assert table.iloc[-1]["Obligatorisk"] == "valfri"
    box(app, "templates.item.").set_value(newest_item(app_database)).run()
    button(app, "Ta ur bruk").click().run()
    assert any("Ta punkten ur bruk?" in warning.value for warning in app.warning)
    button(app, "Ja, ta ur bruk").click().run()
    assert "Punkten har tagits ur bruk; svaren står kvar." in notices(app)
    assert "Lokalerna bokade" not in items_table(app)["Text på svenska"].tolist()
    assert "Lokalerna bokade" in app.dataframe[1].value["Text på svenska"].tolist()
    button(app, "Återställ").click().run()
    assert "Punkten har återställts." in notices(app)
    assert items_table(app).iloc[-1]["Text på svenska"] == "Lokalerna bokade"


def item_box(app):
    return next(box for box in app.checkbox if box.key.startswith("item-template-"))


def test_marking_an_item_required_or_optional_says_first_what_it_affects(open_page,
                                                                         app_database):
    with app_database() as session:  # an optional item nobody has answered, on the step
        step = session.scalar(select(StepTemplate.id).filter_by(position=5))  # many are done
        press_release = services.add_readiness_item(
            session, COMMAND_LINE, step, ItemTexts("Lehdistötilaisuus pidetty",
                                                   "Presskonferens hållen", "Press briefing held"),
            required=False)
        impact = queries.item_impact(session, press_release)
        first = session.scalar(select(ReadinessItemTemplate.id).filter_by(step_id=step,
                                                                         position=1))
    assert impact.open_where_done > 0
    app = open_page(PAGE)
    box(app, "templates.step").set_value(5).run()
    box(app, "templates.item.").set_value(press_release).run()
    item_box(app).check().run()
    warning = next(w.value for w in app.warning if "Kohta on auki" in w.value)
    assert f"Niistä {impact.open_where_done} yksikössä askel on jo valmis" in warning
    assert "kuittaukset pysyvät" in warning
    assert "Kohta tallennettu." not in notices(app)  # said before anything is saved
    box(app, "templates.item.").set_value(first).run()
    item_box(app).uncheck().run()
    assert any("ei enää estä askeleen valmistumista" in info.value for info in app.info)


def test_choosing_another_go_live_step_says_how_many_would_count_as_live(open_page):
    app = open_page(PAGE)
    box(app, "go-live-", "step_id").set_value(6).run()
    warning = next(w.value for w in app.warning if "Nyt palvelu lasketaan" in w.value)
    assert "käynnissä olisi 0 kuntaa" in warning


def test_moving_an_item_keeps_what_was_typed_and_saving_it_then_is_no_conflict(open_page,
                                                                               app_database):
    app = open_page(PAGE)
    field(app, "item-template-1.", "text_en").set_value("Board decision made").run()
    button(app, "↓").click().run()
    assert "Kohta siirretty numeroon 2." in notices(app)
    assert items_table(app).iloc[1]["Teksti suomeksi"].startswith("Johdon päätös")
    assert field(app, "item-template-1.", "text_en").value == "Board decision made"
    button(app, "Tallenna kohta").click().run()
    assert "Kohta tallennettu." in notices(app)
    assert items_table(app).iloc[1]["Teksti englanniksi"] == "Board decision made"


def test_what_anyone_saves_shows_on_the_next_rerun(open_page, app_database):
    """The steps, items and counts are kept per data stamp: someone else's save moves it."""
    app = open_page(PAGE)
    with app_database() as session:
        step = session.scalar(select(StepTemplate.id).filter_by(position=1))
        services.add_readiness_item(
            session, COMMAND_LINE, step, ItemTexts("Tilat varattu", "Lokalerna bokade",
                                                   "Premises booked"), required=True)
    app.run()
    assert items_table(app).iloc[-1]["Teksti suomeksi"] == "Tilat varattu"
    assert any("Tilat varattu" in option for option in box(app, "templates.item.").options)
