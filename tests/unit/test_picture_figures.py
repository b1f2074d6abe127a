"""The Progress and Map figures, checked by the data they draw: the curve's lines and
projection, the Gantt's bars, the map's traces (every status always present, in its fixed
colour), and titles that state the finding in the reader's language."""
from datetime import date

import pandas as pd
import pytest

from rollout import charts, findings, geo, metrics
from rollout.i18n import Words

STEPS = pd.DataFrame({"position": [1, 2, 3], "name_fi": ["Valmistelu", "Verkosto", "Käynnistys"],
                      "name_sv": ["Förberedelse", "Nätverk", "Start"],
                      "name_en": ["Preparation", "Network", "Launch"]})
GO_LIVE = 3
UNITS = pd.DataFrame({
    "unit_id": [1, 2, 3], "area": ["A", "A", "B"],
    "municipality_code": ["564", "425", "139"],
    "name_fi": ["Oulu", "Liminka", "Ii"], "name_sv": ["Uleåborg", "Limingo", "Ijo"],
    "centre_fi": ["Oulun pk", "Lakeuden pk", "Iin pk"], "centre_sv": ["", "", ""],
    "population": [200000, 10000, 10000]})


def log(*rows):
    frame = pd.DataFrame(rows, columns=["unit_id", "position", "status", "effective_on"])
    return frame.assign(order=range(len(frame)),
                        effective_on=pd.to_datetime(frame["effective_on"]))


LOG = log((1, 1, "in_progress", date(2024, 9, 1)), (1, GO_LIVE, "done", date(2025, 1, 10)),
          (2, 2, "in_progress", date(2025, 2, 1)), (2, GO_LIVE, "done", date(2025, 6, 1)))
TODAY = date(2025, 9, 1)
PLAN = pd.DataFrame({"unit_id": [1, 2, 3], "planned_end": pd.to_datetime(
    ["2024-12-31", "2025-03-31", "2026-03-31"])})


def adoption():
    return metrics.adoption(UNITS, LOG, PLAN, GO_LIVE, TODAY)


def test_the_curve_draws_actual_plan_and_a_projection_to_the_total():
    figure = findings.adoption_figure(adoption(), "municipalities", Words("fi"), TODAY)
    names = [trace.name for trace in figure.data]
    assert names == ["Toteutunut", "Nykyinen suunnitelma", "Arvio"]
    actual = figure.data[0]
    assert list(actual.y)[-1] == 2 and max(actual.y) == 2
    projection = figure.data[2]
    assert list(projection.y) == [2, 3]
    assert pd.Timestamp(projection.x[1]).date() == adoption().outlook.day
    assert figure.layout.title.text == "2/3 kuntaa palvelun piirissä 1.9.2025"
    assert figure.layout.separators == ", "  # Finnish decimal comma, space for thousands


def test_the_residents_title_states_the_share_and_the_method_line_the_pace():
    words = Words("sv")
    assert findings.adoption_title(adoption(), "residents", words, TODAY) == \
        "95,5\u00a0% av invånarna omfattas 1.9.2025"
    method = findings.adoption_method(adoption(), words)
    assert "180" in method and "1" in method and "omfattas alla 3 kommuner" in method


def test_the_plan_comparison_says_how_far_ahead_or_behind_plan_we_are():
    words = Words("en")
    text = findings.plan_comparison(adoption(), "municipalities", words, date(2025, 4, 1))
    assert text == "The plan says 2 by today, actual 1 (municipalities): 1 behind plan."
    no_plan = metrics.adoption(UNITS, LOG, PLAN.assign(planned_end=pd.NaT), GO_LIVE, TODAY)
    assert findings.plan_comparison(no_plan, "municipalities", words, TODAY).startswith(
        "The plan has no go-live dates")


def test_the_curve_table_has_a_column_per_line_and_measure_in_the_readers_language():
    table = findings.curve_table(adoption(), Words("fi"))
    assert list(table.columns) == ["Päivä", "Toteutunut – kunnat", "Toteutunut – asukkaat",
                                   "Nykyinen suunnitelma – kunnat",
                                   "Nykyinen suunnitelma – asukkaat"]
    today = table[table["Päivä"] == TODAY].iloc[0, 1:].tolist()
    assert today == [2, 210000, 2, 210000]  # on plan today; the plan reaches 3 in March
    assert table.iloc[-1, 3:].tolist() == [3, 220000]


def gantt_rows():
    rows = pd.DataFrame({
        "unit_id": [1, 1, 2, 2], "position": [1, 2, 1, 2],
        "status": ["done", "in_progress", "done", "not_started"],
        "planned_start": [None, "2025-02-01", None, None],
        "planned_end": [None, "2025-05-31", None, None],
        "actual_start": ["2025-01-01", "2025-03-01", None, None],
        "actual_end": ["2025-02-15", None, "2025-04-30", None],
        "flag": ["ok", "overdue", "ok", "ok"]})
    for column in ("planned_start", "planned_end", "actual_start", "actual_end"):
        rows[column] = pd.to_datetime(rows[column]).dt.date
    return metrics.gantt_rows(rows, TODAY).assign(group=["A", "A", "B", "B"],
                                                  unit=["Oulu", "Oulu", "Ii", "Ii"])


def test_the_gantt_draws_plan_actual_done_markers_and_the_overdue_days():
    figure = findings.gantt_figure(gantt_rows(), STEPS, Words("fi"), TODAY, "otsikko")
    by_name = {trace.name: trace for trace in figure.data}
    assert list(by_name["Suunniteltu"].y[1]) == ["Oulu"]
    assert list(by_name["1. Valmistelu"].y[1]) == ["Oulu"]
    assert list(by_name["1. Valmistelu"].x) == [45 * charts.schedule.DAY_MS]
    assert list(by_name["2. Verkosto"].x) == [184 * charts.schedule.DAY_MS]  # to today
    done = by_name["Valmis (alkupäivää ei kirjattu)"]
    assert list(done.y[1]) == ["Ii"] and pd.Timestamp(done.x[0]) == pd.Timestamp("2025-04-30")
    late = by_name["Myöhässä"]
    assert list(late.x) == [93 * charts.schedule.DAY_MS]  # 31.5. → 1.9.
    assert figure.layout.shapes[0].type == "line"  # today


def test_the_gantt_title_counts_late_steps_and_units_with_plural_forms():
    rows = gantt_rows()
    assert findings.gantt_title(rows, Words("fi")) == "1 askel myöhässä 1 yksikössä, " \
                                                     "pahimmillaan 93 päivää"
    assert findings.gantt_title(rows, Words("en")) == "1 step late in 1 unit, the worst by 93 days"
    on_time = rows.assign(overdue=False)
    assert findings.gantt_title(on_time, Words("sv")) == "Inget steg är försenat"


def tiles():
    codes, weights = geo.programme_places(UNITS)
    return geo.tiles_for(codes, weights)


LEGEND = ["Ei aloitettu", "1. Valmistelu", "2. Verkosto", "3. Käynnistys",
          "✓ Palvelu käynnissä"]


def statuses_drawn(trace) -> dict[str, str]:
    """Each municipality's status as the map colours it: its z read on the stepped scale."""
    return {code: LEGEND[int(z)] for code, z in zip(trace.locations, trace.z)}


def test_the_map_colours_each_municipality_by_status_and_lists_every_status():
    statuses = metrics.municipality_statuses(UNITS, LOG, GO_LIVE, date(2025, 3, 1))
    figure = findings.map_figure(tiles(), statuses, UNITS, STEPS, Words("fi"), date(2025, 3, 1))
    map_trace = figure.data[0]
    assert map_trace.type == "choropleth" and len(map_trace.geojson["features"]) == 3
    assert statuses_drawn(map_trace) == {"564": "✓ Palvelu käynnissä", "425": "2. Verkosto",
                                         "139": "Ei aloitettu"}
    legend = [trace for trace in figure.data if trace.showlegend]
    assert [trace.name for trace in legend] == LEGEND  # "3. Käynnistys" too, though unused
    colours = {trace.name: trace.marker.color for trace in legend}
    assert colours["✓ Palvelu käynnissä"] == charts.status_colour("live")
    scale = dict((round(stop, 3), colour) for stop, colour in map_trace.colorscale)
    live_z = (LEGEND.index("✓ Palvelu käynnissä") + 0.5) / len(LEGEND)  # z on the 0–1 scale
    below = max(stop for stop in scale if stop <= live_z)
    assert scale[below] == charts.status_colour("live")
    symbols = figure.data[-1]
    assert sorted(symbols.text) == ["", "2", "✓"]
    assert figure.layout.title.text == "Palvelu käynnissä 1/3 kunnassa 1.3.2025"


def test_the_hover_names_the_municipality_in_the_readers_language_and_escapes_it():
    units = UNITS.assign(name_sv=["Uleåborg", "<b>Limingo</b>", "Ijo"])
    statuses = metrics.municipality_statuses(units, LOG, GO_LIVE, TODAY)
    table = findings.map_table(statuses, units, tiles().label_points(), STEPS, Words("sv"))
    hover = table.set_index("code")["hover"]
    assert hover["564"].startswith("<b>Uleåborg</b>")
    assert "&lt;b&gt;Limingo&lt;/b&gt;" in hover["425"]
    assert "I gång sedan: 10.1.2025" in hover["564"]


def test_the_hover_and_the_data_give_the_populations_year():
    units = UNITS.assign(population_year=[2024, 2023, None])
    statuses = metrics.municipality_statuses(units, LOG, GO_LIVE, TODAY)
    hover = findings.map_table(statuses, units, tiles().label_points(), STEPS,
                              Words("fi")).set_index("code")["hover"]
    assert "Asukkaita: 200 000 (2024)" in hover["564"].replace("\u00a0", " ")
    assert "Asukkaita: 10 000<br>" in hover["139"].replace("\u00a0", " ")
    table = findings.map_data(statuses, units, STEPS, Words("sv")).set_index("Kommunnummer")
    assert table.loc["425", "År"] == 2023


def test_the_animation_has_a_frame_per_month_on_one_fixed_colour_scale():
    months = metrics.months(date(2025, 1, 1), TODAY)
    monthly = [(month, metrics.municipality_statuses(UNITS, LOG, GO_LIVE,
                                                     metrics.month_end(month, TODAY)))
               for month in months]
    figure = findings.map_animation(tiles(), monthly, UNITS, STEPS, Words("fi"))
    assert len(figure.frames) == len(months) == 9
    first, last = figure.frames[0].data[0], figure.frames[-1].data[0]
    assert first.colorscale == last.colorscale == figure.data[0].colorscale
    assert (first.zmin, first.zmax) == (last.zmin, last.zmax) == (-0.5, 4.5)
    assert statuses_drawn(first)["425"] == "Ei aloitettu"  # its step 2 began in February
    assert statuses_drawn(last)["425"] == "✓ Palvelu käynnissä"
    assert len(figure.layout.sliders[0].steps) == 9


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_days_chart_names_the_slowest_area_and_step(lang):
    table = pd.DataFrame({"area": ["A", "B"], "position": [1, 1], "days": [20.0, 60.0],
                          "units": [2, 1]})
    figure = findings.days_figure(table, "area", STEPS, Words(lang))
    assert "B" in figure.layout.title.text and "60" in figure.layout.title.text


def test_the_maps_data_downloads_with_names_statuses_and_go_live_days():
    statuses = metrics.municipality_statuses(UNITS, LOG, GO_LIVE, TODAY)
    table = findings.map_data(statuses, UNITS, STEPS, Words("sv")).set_index("Kommunnummer")
    assert table.loc["425"].tolist() == ["Limingo", "Lakeuden pk", "✓ Tjänsten i gång", 10000,
                                         "1.6.2025"]
    assert table.loc["139", "Status"] == "Inte påbörjat"


def test_the_curve_table_has_no_actual_figures_for_days_to_come():
    table = findings.curve_table(adoption(), Words("en"))
    future = table[table["Date"] > TODAY]
    assert len(future) > 0 and future["Actual – municipalities"].isna().all()
    assert future["Current plan – municipalities"].iloc[-1] == 3
