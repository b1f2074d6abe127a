"""The Progress and Map pages as a manager uses them: the headline figures, the Gantt's
filters, the scores; the map for any month, on real boundaries or tiles, and a municipality's
steps one click away."""
import json
from datetime import date

import pytest


def figure(app, index=0) -> dict:
    return json.loads(app.get("plotly_chart")[index].proto.spec)


def widget(app, kind, key):
    return next(w for w in getattr(app, kind) if w.key == key)


def test_a_manager_sees_the_countys_headline_on_progress(open_page):
    app = open_page("pages/progress.py", user="maija.manager")
    assert app.title[0].value == "Käyttöönoton eteneminen"
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Asukkaista palvelun piirissä"] == "100,0\u00a0%"
    # The public record bounds the go-lives, it dates none: the start is its season.
    details = {metric.label: metric.delta for metric in app.metric}
    assert (metrics["Ensimmäinen käynnistys"], details["Ensimmäinen käynnistys"]) == (
        "syksyllä 2023", "tiedote 2024")
    assert (metrics["Valmistui"], details["Valmistui"]) == (
        "≤ 4.12.2025", "viimeistään · tiedote 4.12.2025")
    assert metrics["Myöhässä / pysähtyneitä"] == "0 / 0"
    titles = [figure(app, index)["layout"]["title"]["text"]
              for index in range(len(app.get("plotly_chart")))]
    assert titles[0] == f"100,0\u00a0% asukkaista palvelun piirissä {date.today():%-d.%-m.%Y}"
    captions = [caption.value for caption in app.caption]
    assert "Kaikki 30 kuntaa olivat palvelun piirissä viimeistään 4.12.2025 · tiedote " \
           "4.12.2025." in captions
    assert any(caption.startswith("30 käynnistyksen päivä on julkisesta lähteestä vain "
                                  "yläraja (tiedote 2024, tiedote 4.12.2025)")
               for caption in captions)
    curve = figure(app, 0)
    bounds = next(trace for trace in curve["data"] if trace["name"] == "yläraja")
    assert bounds["text"] == ["viimeistään 12/2024 · tiedote 2024",
                              "viimeistään 4.12.2025 · tiedote 4.12.2025"]
    assert not any("31.12.2024" in caption for caption in captions)


def test_the_gantt_filters_by_area_and_draws_the_recorded_go_lives(open_page):
    app = open_page("pages/progress.py", "en")
    widget(app, "multiselect", "gantt.areas").set_value(["Oulu"]).run()
    gantt = next(spec for spec in (figure(app, index) for index in
                                   range(len(app.get("plotly_chart"))))
                 if spec["layout"]["title"]["text"] == "No step is late")
    done = next(trace for trace in gantt["data"] if trace["name"] == "Done (start not recorded)")
    assert done["y"] == [["Oulu"], ["Oulu"]]
    assert {row[3] for row in done["customdata"]} == {
        "by 04/12/2025 at the latest · press release 04/12/2025"}
    assert not app.exception


def test_the_scores_table_lists_every_unit_with_its_furthest_step(open_page):
    app = open_page("pages/progress.py", "sv")
    table = next(frame.value for frame in app.dataframe if "Längsta steg" in frame.value)
    assert len(table) == 30
    assert set(table["Längsta steg"]) == {"5. Kommunikation och igångsättning"}
    assert table["Avstannad"].eq("").all()


def test_the_map_shows_any_month_and_says_why_it_draws_tiles(open_page):
    app = open_page("pages/map.py")
    assert figure(app)["layout"]["title"]["text"].startswith("Palvelu käynnissä 30/30 kunnassa")
    widget(app, "select_slider", "map.month").set_value(date(2025, 1, 1)).run()
    spec = figure(app)
    assert spec["layout"]["title"]["text"] == "Palvelu käynnissä 17/30 kunnassa 31.1.2025"
    legend = [trace["name"] for trace in spec["data"] if trace.get("showlegend")]
    live = legend.index("✓ Palvelu käynnissä")
    assert spec["data"][0]["z"].count(live) == 17
    assert "Connection refused" in app.info[0].value and "geo fetch" in app.info[0].value


def test_real_boundaries_carry_their_attribution(open_page, fake_wfs):
    app = open_page("pages/map.py", "sv")
    assert len(fake_wfs.requests) == 1
    assert not app.info
    assert any("Statistikcentralen" in caption.value for caption in app.caption)
    spec = figure(app)
    assert len(spec["data"][0]["geojson"]["features"]) == 30


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_choosing_a_municipality_lists_its_steps_with_a_link_to_edit_them(open_page, lang):
    app = open_page("pages/map.py", lang)
    widget(app, "selectbox", "map.municipality").set_value("425").run()
    steps = app.dataframe[-1].value
    assert len(steps) == 6
    link = app.get("page_link")[-1].proto
    assert (link.page, link.query_string) == (
        "steps", "unit=425&programme=lapsiperheiden-palveluohjaus")  # a new tab stays in it


def test_the_animation_has_a_frame_per_month(open_page):
    app = open_page("pages/map.py", "en")
    widget(app, "toggle", "map.animate").set_value(True).run()
    spec = figure(app)
    first = date(2024, 12, 1)  # the first go-live on the record: 31.12.2024
    today = date.today()
    months = (today.year - first.year) * 12 + today.month - first.month + 1
    assert len(spec["frames"]) >= months
