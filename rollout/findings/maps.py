"""The rollout map in words: legend, hover text and title in the reader's language, over real
boundaries or the schematic tiles, for one month or month by month."""
from __future__ import annotations

from datetime import date
from html import escape

import pandas as pd
import plotly.graph_objects as go

from rollout import charts
from rollout.geo import Boundaries
from rollout.i18n import Words, format_month, localized_column
from rollout.metrics.map_status import LIVE, NOT_STARTED, categories


def legend(steps: pd.DataFrame, words: Words) -> dict[str, str]:
    """Each map status with its name, in legend order."""
    labels = words.step_labels(steps)
    names = {NOT_STARTED: words.t("map.not_started"), LIVE: words.t("map.live")}
    return {category: names.get(category) or labels[int(category.removeprefix("step_"))]
            for category in categories(sorted(labels))}


def _names(units: pd.DataFrame, lang: str) -> tuple[pd.Series, pd.Series]:
    """Each municipality's name and its centres' names (by code) in `lang`."""
    named = units.assign(municipality=localized_column(units, "name", lang),
                         centre=localized_column(units, "centre", lang))
    centres = named.groupby("municipality_code")["centre"].agg(
        lambda names: ", ".join(sorted(set(names))))
    names = named.drop_duplicates("municipality_code").set_index("municipality_code")[
        "municipality"]
    return names, centres


def population_years(units: pd.DataFrame) -> dict[str, int]:
    """The year of each municipality's population, by code (none where it is undated)."""
    if "population_year" not in units:
        return {}
    dated = units.dropna(subset=["population_year"]).drop_duplicates("municipality_code")
    return dict(zip(dated["municipality_code"], dated["population_year"].astype(int)))


def residents(population: int, year: int | None, words: Words) -> str:
    """"19 012 (2024)": a population with the year it is from, where known."""
    if year is None:
        return words.number(population)
    return words.t("populations.hover", residents=words.number(population), year=year)


def map_data(statuses: pd.DataFrame, units: pd.DataFrame, steps: pd.DataFrame,
             words: Words) -> pd.DataFrame:
    """The map's month as a table to download, headed in the reader's language."""
    names, centres = _names(units, words.lang)
    status = legend(steps, words)
    code = statuses["municipality_code"]
    years = population_years(units)
    return pd.DataFrame({
        words.t("map.code"): code, words.t("column.municipality"): code.map(names).to_numpy(),
        words.t("column.centre"): code.map(centres).to_numpy(),
        words.t("steps.status"): statuses["category"].map(status).to_numpy(),
        words.t("map.residents"): statuses["population"].to_numpy(),
        **({words.t("populations.year"): code.map(years).astype("Int64").to_numpy()}
           if years else {}),
        words.t("map.live_since"): words.days(statuses["live_since"])})


def map_table(statuses: pd.DataFrame, units: pd.DataFrame, points: pd.DataFrame,
              steps: pd.DataFrame, words: Words) -> pd.DataFrame:
    """One row per municipality for charts.status_map: code, category, hover, lon, lat."""
    labels = words.step_labels(steps, with_none=True)
    names, centres = _names(units, words.lang)
    years = population_years(units)
    table = statuses.rename(columns={"municipality_code": "code"}).merge(points, on="code")
    live_since = words.days(table["live_since"])
    table["hover"] = [
        f"<b>{escape(names[code])}</b><br>"
        f"{words.t('column.centre')}: {escape(centres[code])}<br>"
        f"{words.t('map.current_step')}: {escape(labels[int(step)])}<br>"
        f"{words.t('map.residents')}: {residents(population, years.get(code), words)}<br>"
        f"{words.t('map.live_since')}: {since if live else '–'}"
        for code, step, population, live, since in zip(
            table["code"], table["step"], table["population"], table["live"], live_since)]
    return table[["code", "category", "hover", "lon", "lat"]]


def map_title(statuses: pd.DataFrame, words: Words, as_of: date) -> str:
    return words.t("map.title", live=words.number(int(statuses["live"].sum())),
                   total=words.number(len(statuses)), day=words.day(as_of))


def map_figure(boundaries: Boundaries, statuses: pd.DataFrame, units: pd.DataFrame,
               steps: pd.DataFrame, words: Words, as_of: date) -> go.Figure:
    """The map on `as_of`."""
    table = map_table(statuses, units, boundaries.label_points(), steps, words)
    return charts.status_map(boundaries.geojson(), table, legend(steps, words),
                             map_title(statuses, words, as_of), words.lang,
                             tiles=boundaries.source == "tiles")


def map_animation(boundaries: Boundaries, monthly: list[tuple[date, pd.DataFrame]],
                  units: pd.DataFrame, steps: pd.DataFrame, words: Words) -> go.Figure:
    """The map month by month (`monthly`: each month's first day and its statuses)."""
    points = boundaries.label_points()
    months = [(format_month(month, words.lang),
               map_table(statuses, units, points, steps, words)) for month, statuses in monthly]
    return charts.status_animation(
        boundaries.geojson(), months, legend(steps, words), words.t("map.animation_title"),
        words.lang, {name: words.t(f"map.{name}") for name in ("play", "pause", "month")},
        tiles=boundaries.source == "tiles")
