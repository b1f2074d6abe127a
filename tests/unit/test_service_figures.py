"""Monthly service figures: the rules a month keeps and the comparisons managers read."""
from datetime import date

import pandas as pd
import pytest

from rollout.domain import DomainError
from rollout.metrics import service_figures as figures
from rollout.service_figures import FigureValues, checked_figures, first_month, parse_month

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("values, key, field", [
    (FigureValues(contacts_from_families=-1), "figures.negative", "contacts_from_families"),
    (FigureValues(network_meetings=2.5), "figures.whole_number", "network_meetings"),
    (FigureValues(share_answered_in_3_days=101), "figures.share_range",
     "share_answered_in_3_days"),
    (FigureValues(share_answered_in_3_days=-0.1), "figures.share_range",
     "share_answered_in_3_days"),
    (FigureValues(days_to_network_meeting=-3), "figures.negative", "days_to_network_meeting"),
    (FigureValues(queue_at_month_end=-2), "figures.negative", "queue_at_month_end"),
])
def test_bad_numbers_are_refused_naming_the_field(values, key, field):
    with pytest.raises(DomainError) as refused:
        checked_figures(values, date(2026, 10, 1), TODAY)
    assert (refused.value.key, refused.value.params.get("field")) == (key, field)


def test_channels_may_not_exceed_the_contacts():
    values = FigureValues(contacts_from_families=10, contacts_from_professionals=5,
                          contacts_by_phone=12, contacts_by_form=4)
    with pytest.raises(DomainError, match="figures.channels_exceed") as refused:
        checked_figures(values, date(2026, 10, 1), TODAY)
    assert refused.value.params == {"channels": 16, "total": 15}
    checked_figures(FigureValues(**{**values.as_dict(), "contacts_by_form": 3}),
                    date(2026, 10, 1), TODAY)


def test_the_current_month_may_be_entered_but_not_a_later_one():
    checked_figures(FigureValues(contacts_from_families=1), date(2026, 11, 1), TODAY)
    with pytest.raises(DomainError, match="figures.future_month"):
        checked_figures(FigureValues(contacts_from_families=1), date(2026, 12, 1), TODAY)


def test_whole_numbers_given_as_floats_are_stored_as_integers():
    stored = checked_figures(FigureValues(network_meetings=4.0, share_answered_in_3_days=87.5),
                             date(2026, 10, 1), TODAY)
    assert (stored.network_meetings, type(stored.network_meetings)) == (4, int)
    assert stored.share_answered_in_3_days == 87.5


@pytest.mark.parametrize("text, month", [("2025-09", date(2025, 9, 1)),
                                         (" 2026-1 ", date(2026, 1, 1))])
def test_months_are_read_as_their_first_day(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["2025-13", "09/2025", "syyskuu"])
def test_a_month_not_written_yyyy_mm_is_refused(text):
    with pytest.raises(DomainError, match="figures.bad_month"):
        parse_month(text)


AREAS = pd.DataFrame({"area_id": [1, 1, 2], "area": ["Iso", "Iso", "Pieni"],
                      "municipality_code": ["564", "139", "009"],
                      "population": [200_000, 10_000, 5_000],
                      "population_year": [2024, 2023, 2024]})


def month_rows(rows):
    frame = pd.DataFrame(rows, columns=["area_id", "month", "contacts_from_families",
                                        "contacts_from_professionals", "network_meetings",
                                        "days_to_network_meeting", "contacts_by_form",
                                        "share_answered_in_3_days"])
    for name in ("contacts_by_phone", "contacts_by_other", "queue_at_month_end"):
        frame[name] = None
    return frame


def test_contacts_per_1000_residents_compare_a_small_area_fairly_with_a_large_one():
    populations = figures.area_populations(AREAS)
    assert populations.set_index("area")["population"].to_dict() == {"Iso": 210_000,
                                                                     "Pieni": 5_000}
    assert populations.set_index("area").loc["Iso", ["year_from", "year_to"]].tolist() == \
        [2023, 2024]
    rows = month_rows([(1, date(2026, 9, 1), 300, 120, 0, None, 0, None),
                       (2, date(2026, 9, 1), 20, 5, 0, None, 0, None)])
    fair = figures.per_residents(rows, populations).set_index("area_id")["contacts_per_1000"]
    assert fair.round(2).to_dict() == {1: 2.0, 2: 5.0}


def test_the_region_total_sums_counts_and_weights_days_and_shares():
    rows = month_rows([(1, date(2026, 9, 1), 30, 10, 9, 4.0, 20, 90.0),
                       (2, date(2026, 9, 1), 10, None, 1, 14.0, 0, None)])
    per_residents = figures.per_residents(rows, figures.area_populations(AREAS))
    total = figures.region_total(per_residents).iloc[0]
    assert (total["contacts"], total["network_meetings"], total["areas"]) == (50, 10, 2)
    assert total["contacts_per_1000"] == pytest.approx(50 / 215)
    assert total["days_to_network_meeting"] == pytest.approx(5.0)  # (9×4 + 1×14) / 10
    assert total["share_answered_in_3_days"] == pytest.approx(90.0)


def test_months_are_numbered_from_the_areas_first_go_live():
    changes = pd.DataFrame({"day": [date(2024, 3, 31), date(2024, 6, 30), date(2025, 1, 31)],
                            "municipality_code": ["139", "564", "009"],
                            "population": [0, 0, 0], "change": [1, 1, 1]})
    go_live = figures.area_go_live(changes, AREAS)
    assert go_live.set_index("area_id")["go_live"].to_dict() == {1: date(2024, 3, 31),
                                                                  2: date(2025, 1, 31)}
    rows = month_rows([(1, date(2024, 1, 1), 5, 0, 0, None, 0, None),
                       (1, date(2024, 5, 1), 9, 0, 0, None, 0, None)])
    assert figures.around_go_live(rows, go_live)["months_from_go_live"].tolist() == [-2, 2]


def test_rising_themes_compare_the_last_three_months_with_the_three_before():
    observations = pd.DataFrame({
        "observed_on": [date(2026, 11, 2), date(2026, 10, 9), date(2026, 9, 1),
                        date(2026, 7, 1), date(2026, 6, 30), date(2026, 8, 15),
                        date(2025, 1, 1)],
        "theme": ["housing", "housing", "housing", "finances", "finances", "housing",
                  "finances"]})
    rising = figures.rising_themes(observations, TODAY).set_index("theme")
    assert rising.loc["housing"].tolist() == [3, 1, 2]
    assert rising.loc["finances"].tolist() == [0, 2, -2]
    assert list(rising.index) == ["housing", "finances"]
    by_month = figures.themes_by_month(observations)
    assert by_month[by_month["theme"] == "housing"]["observations"].sum() == 4


def test_a_line_breaks_at_a_month_an_area_did_not_report():
    from rollout.charts.service_figures import lines
    rows = pd.DataFrame({"area": ["Iso", "Iso", "Pieni"],
                         "month": [date(2025, 9, 1), date(2026, 1, 1), date(2025, 10, 1)],
                         "contacts": [5, 7, 3]})
    figure = lines(rows, "month", "contacts", "area", "t", "x", "y", "fi")
    iso = next(trace for trace in figure.data if trace.name == "Iso")
    assert len(iso.x) == 5 and sum(value is None or value != value for value in iso.y) == 3


@pytest.mark.parametrize("name", ["days_to_network_meeting", "share_answered_in_3_days"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_a_figure_that_is_not_a_finite_number_is_refused(name, value):
    with pytest.raises(DomainError) as refused:
        checked_figures(FigureValues(**{name: value}), date(2026, 10, 1), TODAY)
    assert (refused.value.key, refused.value.params["field"]) == ("figures.not_finite", name)


def test_a_month_before_the_programme_s_first_year_is_refused_naming_both():
    first = first_month(TODAY, date(2023, 11, 30), None, date(2024, 2, 1))
    assert first == date(2023, 1, 1)
    checked_figures(FigureValues(network_meetings=1), date(2023, 1, 1), TODAY, first)
    for month in (date(2022, 12, 1), date(1, 1, 1)):
        with pytest.raises(DomainError) as refused:
            checked_figures(FigureValues(network_meetings=1), month, TODAY, first)
        assert refused.value.key == "figures.before_programme"
    assert refused.value.params == {"month": "0001-01", "first": "2023-01"}


def test_a_programme_that_knows_no_date_begins_this_year():
    assert first_month(TODAY) == date(2026, 1, 1)
    assert first_month(TODAY, None, date(2027, 5, 1)) == date(2026, 1, 1)
