"""Observations in words: which themes are rising, themes by month and by area, and the
list the family-centre network downloads."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from rollout.charts import service_figures as charts
from rollout.i18n import Words, localized
from rollout.metrics import service_figures as metrics


def theme_names(themes: pd.DataFrame, words: Words) -> dict[str, str]:
    """Each theme's name in the reader's language, by code."""
    return {row["code"]: localized(row, "name", words.lang)
            for row in themes.to_dict("records")}


def rising_title(rising: pd.DataFrame, names: dict[str, str], words: Words) -> str:
    """The finding: the theme that rose most, or that none rose."""
    if rising.empty or rising["change"].iloc[0] <= 0:
        return words.t("observations.none_rising")
    top = rising.iloc[0]
    return words.t("observations.rising_title", theme=names.get(top["theme"], top["theme"]),
                   recent=words.number(top["recent"]), earlier=words.number(top["earlier"]))


def rising_table(observations: pd.DataFrame, names: dict[str, str], words: Words,
                 today: date) -> tuple[str, pd.DataFrame]:
    """The rising-themes finding and its table (theme, last 3 months, 3 before, change)."""
    rising = metrics.rising_themes(observations, today)
    table = rising.assign(theme=rising["theme"].map(lambda code: names.get(code, code)))
    return rising_title(rising, names, words), table.rename(columns={
        "theme": words.t("observations.theme"), "recent": words.t("observations.recent"),
        "earlier": words.t("observations.earlier"), "change": words.t("observations.change")})


def over_time_figure(observations: pd.DataFrame, names: dict[str, str],
                     words: Words) -> go.Figure:
    """Observations per month stacked by theme."""
    return charts.stacked_bars(metrics.themes_by_month(observations), "month", "observations",
                               "theme", names, words.t("observations.over_time"),
                               words.t("observations.count"), words.lang)


def by_area_figure(observations: pd.DataFrame, names: dict[str, str],
                   words: Words) -> go.Figure:
    """Observations per area stacked by theme."""
    counts = (observations.groupby(["area", "theme"], as_index=False).size()
              .rename(columns={"size": "observations"}))
    return charts.stacked_bars(counts, "area", "observations", "theme", names,
                               words.t("observations.by_area"), words.t("observations.count"),
                               words.lang, months=False, horizontal=True)


def observation_list(observations: pd.DataFrame, names: dict[str, str],
                     words: Words) -> pd.DataFrame:
    """The log as the page lists and the network downloads it, columns in words."""
    return pd.DataFrame({
        words.t("observations.date"): observations["observed_on"],
        words.t("observations.area"): observations["area"],
        words.t("observations.theme"): observations["theme"].map(lambda c: names.get(c, c)),
        words.t("observations.frequency"): observations["frequency"].map(
            lambda value: words.t(f"observations.frequency.{value}")),
        words.t("observations.text"): observations["text"],
        words.t("observations.recorded_by"): observations["recorded_by"].fillna("–")})
