"""The progress figures in words: each chart titled with its finding and labelled in the
reader's language, the same in the app and in the steering-group report."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from rollout import charts
from rollout.i18n import Words
from rollout.metrics.adoption import PACE_WINDOW_DAYS, Adoption
from rollout.public_record import latest_by_label, release_label

MEASURES = ("residents", "municipalities")


def value_on(curve: pd.DataFrame, measure: str, day: date) -> int:
    """A curve's value on `day` (its last value after its end, 0 before its start)."""
    known = curve[curve["day"] <= pd.Timestamp(day)]
    return int(known[measure].iloc[-1]) if len(known) else 0


def adoption_day(adoption: Adoption, words: Words, day: date | None) -> str:
    """A day of the actual curve as what it is: a day, or a release's upper bound."""
    if day is not None and day in adoption.latest_by:
        return latest_by_label(words, adoption.latest_by[day])
    return words.day(day)


def bounds_note(adoption: Adoption, words: Words) -> str:
    """How many go-lives the public record dates only by an upper bound, and by which
    releases; empty when none."""
    if not adoption.latest_by:
        return ""
    releases = sorted(set(adoption.latest_by.values()))
    return words.tc("record.bounds_note", adoption.bounded, releases=", ".join(
        release_label(words, key) for key in releases))


def adoption_title(adoption: Adoption, measure: str, words: Words, today: date) -> str:
    """The finding: "27,0 % of residents covered on 1.1.2025" or "17/30 municipalities"."""
    now = value_on(adoption.actual, measure, today)
    if measure == "residents":
        share = now / adoption.residents if adoption.residents else 0.0
        return words.t("progress.curve_title_residents", share=words.percent(share),
                       day=words.day(today))
    return words.t("progress.curve_title_municipalities", live=words.number(now),
                   total=words.number(adoption.municipalities), day=words.day(today))


def adoption_method(adoption: Adoption, words: Words) -> str:
    """One line: when the rollout completed, or how the completion date is projected."""
    outlook, total = adoption.outlook, words.number(adoption.municipalities)
    if outlook.kind == "complete":
        if outlook.day in adoption.latest_by:
            return words.t("progress.complete_by", total=total,
                           bound=latest_by_label(words, adoption.latest_by[outlook.day]))
        return words.t("progress.complete", total=total, day=words.day(outlook.day))
    if outlook.kind == "projected":
        return words.t("progress.projection", days=PACE_WINDOW_DAYS,
                       pace=words.number(outlook.per_month, 1), total=total,
                       day=words.day(outlook.day))
    return words.t("progress.no_pace", days=PACE_WINDOW_DAYS)


def plan_comparison(adoption: Adoption, measure: str, words: Words, today: date) -> str:
    """Where the plan said we would be today, against where we are."""
    if adoption.plan.empty or adoption.plan["municipalities"].max() == 0:
        return words.t("progress.no_plan")
    planned = value_on(adoption.plan, measure, today)
    actual = value_on(adoption.actual, measure, today)
    unit = words.t(f"progress.unit_{measure}")
    key = "ahead" if actual > planned else "behind" if actual < planned else "on_plan"
    return words.t(f"progress.plan_{key}", planned=words.number(planned),
                   actual=words.number(actual), difference=words.number(abs(actual - planned)),
                   unit=unit)


def adoption_figure(adoption: Adoption, measure: str, words: Words, today: date) -> go.Figure:
    total = adoption.municipalities if measure == "municipalities" else adoption.residents
    labels = {name: words.t(f"progress.line_{name}") for name in
              ("actual", "plan", "baseline", "projection")}
    labels |= {"today": words.t("chart.today"), "x_title": words.t("chart.date"),
               "total": words.t(f"progress.total_{measure}", total=words.number(total)),
               "y_title": words.t(f"progress.axis_{measure}"),
               "upper_bound": words.t("record.upper_bound")}
    bound_labels = {day: latest_by_label(words, key) for day, key in adoption.latest_by.items()}
    return charts.adoption_chart(adoption, measure, labels,
                                 adoption_title(adoption, measure, words, today), words.lang,
                                 today, bound_labels)


def curve_table(adoption: Adoption, words: Words) -> pd.DataFrame:
    """The curves' data by day, for download (the actual ones up to today)."""
    table = adoption.actual.rename(columns={"municipalities": "actual_municipalities",
                                            "residents": "actual_residents"})
    lines = [("plan", adoption.plan), ("baseline", adoption.baseline)]
    for name, line in lines:
        if line is not None:
            table = table.merge(line.rename(columns={"municipalities": f"{name}_municipalities",
                                                     "residents": f"{name}_residents"}),
                                on="day", how="outer")
    table = table.sort_values("day").ffill().fillna(0)
    actual = ["actual_municipalities", "actual_residents"]
    table[actual] = table[actual].astype("Int64").where(
        table["day"] <= adoption.actual["day"].max())  # no actual figures for days to come
    headers = {"day": words.t("chart.date")} | {
        column: words.t(f"progress.line_{column.split('_')[0]}") + " – "
        + words.t(f"progress.unit_{column.split('_')[1]}") for column in table if column != "day"}
    return table.assign(day=table["day"].dt.date).rename(columns=headers)


def units_by_area_figure(progress: pd.DataFrame, by: str, steps: pd.DataFrame,
                         words: Words) -> go.Figure:
    labels = words.step_labels(steps, with_none=True)
    counts = progress["current_step"].value_counts()
    busiest = int(counts.idxmax()) if len(counts) else 0
    title = words.t("progress.where_title", step=labels[busiest],
                    count=words.number(int(counts.get(busiest, 0))),
                    total=words.number(len(progress)))
    return charts.units_by_area_bar(progress, by, labels, title, words.t("progress.axis_units"),
                                    words.lang)


def gantt_figure(rows: pd.DataFrame, steps: pd.DataFrame, words: Words, today: date,
                 title: str) -> go.Figure:
    labels = {name: words.t(f"gantt.{name}") for name in
              ("planned", "actual", "done_on", "overdue", "late_days")}
    labels |= {"today": words.t("chart.today"), "x_title": words.t("chart.date")}
    return charts.gantt(rows, words.step_labels(steps), labels, title, words.lang, today)


def gantt_title(rows: pd.DataFrame, words: Words) -> str:
    """The finding: how many steps of how many units are overdue, and the worst."""
    overdue = rows[rows["overdue"]]
    if overdue.empty:
        return words.t("gantt.title_on_time")
    return words.t("gantt.title_overdue",
                   steps=words.tc("gantt.steps", len(overdue)),
                   units=words.tc("gantt.units", overdue["unit_id"].nunique()),
                   days=words.number(int(overdue["late_days"].max())))


def days_figure(table: pd.DataFrame, by: str, steps: pd.DataFrame, words: Words) -> go.Figure:
    """Median days in each step, area by area, titled with the slowest area and step."""
    labels = words.step_labels(steps)
    if table.empty:
        title = words.t("scores.days_title_none")
    else:
        slowest = table.loc[table["days"].idxmax()]
        title = words.t("scores.days_title", area=slowest[by],
                        step=labels[int(slowest["position"])],
                        days=words.number(int(slowest["days"])))
    return charts.days_heatmap(table, by, labels, title,
                               {"days": words.t("scores.median_days"),
                                "units": words.t("chart.units")}, words.lang)


def unit_labels(units: pd.DataFrame) -> pd.Series:
    """What to call each unit (by unit_id) from named units (i18n.with_names): its
    municipality, and its centre too where several centres serve the municipality."""
    shared = units["municipality_code"].duplicated(keep=False)
    labels = units["municipality"].where(~shared, units["municipality"] + " · " + units["centre"])
    return pd.Series(labels.to_numpy(), index=units["unit_id"])
