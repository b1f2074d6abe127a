"""Service figures and observations in numbers: contacts per 1,000 residents, the region's
monthly total, months before and after an area's go-live, themes over time and rising ones.
Pure pandas."""
from __future__ import annotations

from datetime import date

import pandas as pd

from rollout.service_figures import COUNT_FIELDS

PER_RESIDENTS = 1000
RISING_WINDOW_MONTHS = 3


def area_populations(area_municipalities: pd.DataFrame) -> pd.DataFrame:
    """Residents of each area (its municipalities summed) and the years the populations are
    from, in the order of their names. Columns: area_id, area, municipalities, population,
    year_from, year_to."""
    return (area_municipalities.groupby(["area_id", "area"], as_index=False)
            .agg(municipalities=("municipality_code", "nunique"),
                 population=("population", "sum"),
                 year_from=("population_year", "min"), year_to=("population_year", "max"))
            .sort_values("area", ignore_index=True))


def with_contacts(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures with `contacts`: families' and professionals' contacts together (empty
    when neither was reported)."""
    contacts = figures[["contacts_from_families", "contacts_from_professionals"]].astype(float)
    return figures.assign(contacts=contacts.sum(axis=1, min_count=1))


def per_residents(figures: pd.DataFrame, populations: pd.DataFrame) -> pd.DataFrame:
    """Each area's months with its residents and contacts per 1,000 residents, so that areas
    of different size compare fairly."""
    joined = with_contacts(figures).merge(
        populations[["area_id", "population", "year_to"]], on="area_id", how="left")
    return joined.assign(contacts_per_1000=joined["contacts"] / joined["population"]
                         * PER_RESIDENTS)


def region_total(per_residents: pd.DataFrame) -> pd.DataFrame:
    """The region's figures per month (from per_residents): counts summed over the areas that
    reported, contacts per 1,000 residents of those areas; days to a network meeting weighted
    by each area's meetings and the share answered in 3 working days by its web-form
    contacts (an area's median cannot be summed)."""
    frame = per_residents.astype({name: float for name in COUNT_FIELDS})
    frame = frame.assign(
        weighted_days=frame["days_to_network_meeting"] * frame["network_meetings"],
        days_weight=frame["network_meetings"].where(frame["days_to_network_meeting"].notna()),
        weighted_share=frame["share_answered_in_3_days"] * frame["contacts_by_form"],
        share_weight=frame["contacts_by_form"].where(
            frame["share_answered_in_3_days"].notna()))
    frame["reporting_population"] = frame["population"].where(frame["contacts"].notna())
    sums = [*COUNT_FIELDS, "contacts", "reporting_population", "weighted_days", "days_weight",
            "weighted_share", "share_weight"]
    total = frame.groupby("month", as_index=False).agg(
        areas=("area_id", "nunique"), **{name: (name, lambda s: s.sum(min_count=1))
                                          for name in sums})
    total["days_to_network_meeting"] = total["weighted_days"] / total["days_weight"]
    total["share_answered_in_3_days"] = total["weighted_share"] / total["share_weight"]
    total["contacts_per_1000"] = (total["contacts"] / total["reporting_population"]
                                  * PER_RESIDENTS)
    return total.drop(columns=["weighted_days", "days_weight", "weighted_share",
                               "share_weight", "reporting_population"])


def area_go_live(live_changes: pd.DataFrame, area_municipalities: pd.DataFrame) -> pd.DataFrame:
    """The day each area's service started: the first day one of its municipalities went
    live (metrics.adoption.live_changes). Columns: area_id, go_live."""
    started = live_changes[live_changes["change"] > 0].merge(
        area_municipalities[["area_id", "municipality_code"]], on="municipality_code")
    return (started.groupby("area_id", as_index=False)["day"].min()
            .rename(columns={"day": "go_live"}))


def around_go_live(figures: pd.DataFrame, go_live: pd.DataFrame) -> pd.DataFrame:
    """The months of areas with a go-live, numbered from it: 0 is the go-live month, -2 two
    months before, 3 three months after."""
    joined = with_contacts(figures).merge(go_live, on="area_id")
    months = pd.to_datetime(joined["month"])
    started = pd.to_datetime(joined["go_live"])
    return joined.assign(months_from_go_live=(months.dt.year - started.dt.year) * 12
                         + months.dt.month - started.dt.month)


def themes_by_month(observations: pd.DataFrame) -> pd.DataFrame:
    """Observations per theme per month. Columns: month (first day), theme, observations."""
    months = pd.to_datetime(observations["observed_on"]).dt.to_period("M").dt.start_time
    return (observations.assign(month=months.dt.date)
            .groupby(["month", "theme"], as_index=False).size()
            .rename(columns={"size": "observations"}))


def rising_themes(observations: pd.DataFrame, today: date,
                  window: int = RISING_WINDOW_MONTHS) -> pd.DataFrame:
    """Observations per theme in the last `window` months (this one included) against the
    `window` months before, most risen first. Columns: theme, recent, earlier, change."""
    this_month = pd.Period(today, "M")
    months = pd.to_datetime(observations["observed_on"]).dt.to_period("M")
    age = months.apply(lambda month: (this_month - month).n)
    window_of = pd.Series("", index=observations.index)
    window_of[age.between(0, window - 1)] = "recent"
    window_of[age.between(window, 2 * window - 1)] = "earlier"
    counted = (observations.assign(window=window_of)[window_of != ""]
               .pivot_table(index="theme", columns="window", values="observed_on",
                            aggfunc="count", fill_value=0)
               .reindex(columns=["recent", "earlier"], fill_value=0).reset_index())
    counted["change"] = counted["recent"] - counted["earlier"]
    return (counted.sort_values(["change", "recent"], ascending=False)
            .reset_index(drop=True)[["theme", "recent", "earlier", "change"]])
