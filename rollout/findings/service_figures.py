"""Service figures and observations in words: each chart titled with its finding and
labelled in the reader's language."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from rollout.charts import service_figures as charts
from rollout.i18n import Words, format_month
from rollout.service_figures import FIGURE_FIELDS

# What the comparison charts can show, each a column of metrics.service_figures' frames.
MEASURES = ("contacts_per_1000", "contacts", *FIGURE_FIELDS)


LABEL_KEYS = {"contacts": "figures.contacts", "contacts_per_1000": "figures.contacts_per_1000"}


def measure_label(measure: str, words: Words) -> str:
    """A measure's name as a chart or a menu writes it, capitalised."""
    text = words.t(LABEL_KEYS.get(measure, f"field.{measure}"))
    return text[:1].upper() + text[1:]


def trend_figure(per_residents: pd.DataFrame, measure: str, words: Words) -> go.Figure:
    """The measure per area by month."""
    label = measure_label(measure, words)
    return charts.lines(per_residents, "month", measure, "area",
                        words.t("figures.trend_title", measure=label),
                        words.t("figures.month"), label, words.lang)


def latest_month(per_residents: pd.DataFrame) -> pd.DataFrame:
    """The latest month that has contacts, one row per area that reported it, most contacts
    per 1,000 residents first."""
    reported = per_residents.dropna(subset=["contacts_per_1000"])
    if reported.empty:
        return reported
    latest = reported[reported["month"] == reported["month"].max()]
    return latest.sort_values("contacts_per_1000", ascending=False)


def fair_figure(per_residents: pd.DataFrame, words: Words) -> go.Figure | None:
    """Contacts per 1,000 residents of each area in the latest month, the highest named in
    the title; None when no month has contacts."""
    latest = latest_month(per_residents)
    if latest.empty:
        return None
    values = latest["contacts_per_1000"].tolist()
    top = latest.iloc[0]
    title = words.t("figures.fair_title", month=format_month(top["month"], words.lang),
                    area=top["area"], value=words.number(top["contacts_per_1000"], 1))
    return charts.horizontal_bars(latest["area"].tolist(), values,
                                  [words.number(value, 1) for value in values], title,
                                  words.t("figures.contacts_per_1000"), words.lang)


def population_years(per_residents: pd.DataFrame) -> str:
    """The years the residents are from: "2024" or "2023–2024"."""
    years = sorted({int(year) for year in per_residents["year_to"].dropna()})
    return "–".join(map(str, sorted({years[0], years[-1]}))) if years else "?"


def go_live_figure(around: pd.DataFrame, words: Words) -> go.Figure | None:
    """Contacts per area by months from its go-live (month 0); None when no area with a
    go-live has contacts recorded."""
    if around.dropna(subset=["contacts"]).empty:
        return None
    label = measure_label("contacts", words)
    return charts.lines(around, "months_from_go_live", "contacts", "area",
                        words.t("figures.go_live_title"),
                        words.t("figures.months_from_go_live"), label, words.lang,
                        months=False, mark_zero=True)


def region_figure(total: pd.DataFrame, measure: str, words: Words) -> go.Figure:
    """The region's total of a measure by month."""
    label = measure_label(measure, words)
    return charts.lines(total.assign(region=words.t("figures.region")), "month", measure,
                        "region", words.t("figures.region_title", measure=label.lower()),
                        words.t("figures.month"), label, words.lang)


def figures_table(per_residents: pd.DataFrame, words: Words) -> pd.DataFrame:
    """Every area's months as the page lists and downloads them, columns in words."""
    columns = {"area": words.t("figures.area"), "month": words.t("figures.month"),
               "population": words.t("figures.population"),
               "contacts": measure_label("contacts", words),
               "contacts_per_1000": measure_label("contacts_per_1000", words)}
    columns |= {name: measure_label(name, words) for name in FIGURE_FIELDS}
    table = per_residents.sort_values(["month", "area"], ascending=[False, True])
    return table.assign(contacts_per_1000=table["contacts_per_1000"].round(2))[
        list(columns)].rename(columns=columns)
