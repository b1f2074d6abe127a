"""The Gantt chart: planned against actual spans per unit and step, grouped by area, overdue
days in hatched red, a today line."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import DATE_TICKS, OVERDUE_COLOUR, PLAN_COLOUR, finish, step_colour
from rollout.i18n import Words, format_dates
from rollout.public_record import end_labels

DAY_MS = 86_400_000


def gantt(rows: pd.DataFrame, step_labels: dict[int, str], labels: dict[str, str], title: str,
          lang: str, today: date) -> go.Figure:
    """Rows from metrics.gantt_rows with `group` (area) and `unit` (its label) columns, in
    the order to show. Per unit a thin planned bar above a thick actual one, coloured by
    step; the days an overdue step has run past its planned end in hatched red.
    A step done with no actual start recorded is a diamond on its end day.
    `labels`: planned, actual, done_on, overdue, today, late_days, x_title."""
    rows = rows.assign(planned_text=_spans(rows["planned_start"], rows["planned_end"], lang),
                       actual_text=_spans(rows["actual_start"], rows["actual_until"], lang),
                       step_text=rows["position"].map(step_labels))
    figure = go.Figure()
    planned = rows.dropna(subset=["planned_start", "planned_end"])
    figure.add_trace(_bars(planned, "planned_start", "planned_end", labels["planned"],
                           labels, {"color": "rgba(107,114,128,0.18)",
                                    "line": {"color": PLAN_COLOUR, "width": 1}},
                           offset=-0.42, width=0.28))
    actual = rows.dropna(subset=["actual_start", "actual_until"])
    for position in sorted(step_labels):
        of_step = actual[actual["position"] == position]
        figure.add_trace(_bars(of_step, "actual_start", "actual_until", step_labels[position],
                               labels, {"color": step_colour(position)}, offset=-0.1,
                               width=0.5))
    figure.add_trace(_finished_on(rows, labels, lang))
    late = rows[rows["overdue"]].assign(today=pd.Timestamp(today))
    figure.add_trace(_bars(late, "planned_end", "today", labels["overdue"], labels,
                           {"color": OVERDUE_COLOUR, "line": {"color": OVERDUE_COLOUR,
                                                              "width": 1},
                            "pattern": {"shape": "/", "fgcolor": "white"}},
                           offset=-0.1, width=0.5))
    figure.add_vline(x=pd.Timestamp(today).timestamp() * 1000,
                     line={"color": "#111827", "width": 2}, annotation_text=labels["today"],
                     annotation_position="bottom right")
    units = rows.drop_duplicates(["group", "unit"])
    figure.update_layout(
        barmode="overlay",
        xaxis={"type": "date", "title": labels["x_title"], "tickformat": DATE_TICKS[lang],
               "side": "top"},
        yaxis={"autorange": "reversed", "type": "multicategory", "dividercolor": "#9ca3af"})
    return finish(figure, title, lang, height=140 + 30 * len(units), margin={"t": 90})


def _bars(rows: pd.DataFrame, start: str, end: str, name: str, labels: dict[str, str],
          marker: dict, offset: float, width: float) -> go.Bar:
    begin, until = pd.to_datetime(rows[start]), pd.to_datetime(rows[end])
    return go.Bar(
        y=[rows["group"].tolist(), rows["unit"].tolist()],
        x=((until - begin).dt.days.clip(lower=1) * DAY_MS).tolist(), base=begin.tolist(),
        orientation="h", name=name, marker=marker, offset=offset, width=width,
        customdata=list(zip(rows["unit"], rows["step_text"], rows["planned_text"],
                            rows["actual_text"], rows["late_days"].astype(object)
                            .where(rows["late_days"].notna(), "–"))),
        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>%{{customdata[1]}}<br>"
                       f"{labels['planned']}: %{{customdata[2]}}<br>"
                       f"{labels['actual']}: %{{customdata[3]}}<br>"
                       f"{labels['late_days']}: %{{customdata[4]}}<extra></extra>"))


def _finished_on(rows: pd.DataFrame, labels: dict[str, str], lang: str) -> go.Scatter:
    """Steps done on a known day whose start was never recorded (common for what a county
    records after the fact): a diamond on the day, in the step's colour; a day the public
    record only bounds reads as the bound ("viimeistään 12/2024 · tiedote 2024")."""
    done = rows[rows["actual_start"].isna() & rows["actual_end"].notna()
                & (rows["status"] == "done")]
    return go.Scatter(
        y=[done["group"].tolist(), done["unit"].tolist()],
        x=pd.to_datetime(done["actual_end"]).tolist(), mode="markers", name=labels["done_on"],
        marker={"symbol": "diamond", "size": 11, "line": {"color": "white", "width": 1},
                "color": [step_colour(position) for position in done["position"]]},
        customdata=list(zip(done["unit"], done["step_text"], done["planned_text"],
                            end_labels(Words(lang), done["actual_end"],
                                       done.get("end_latest_by",
                                                pd.Series("", index=done.index))))),
        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>%{{customdata[1]}}<br>"
                       f"{labels['planned']}: %{{customdata[2]}}<br>"
                       f"{labels['done_on']}: %{{customdata[3]}}<extra></extra>"))


def _spans(starts: pd.Series, ends: pd.Series, lang: str) -> list[str]:
    return [f"{start} – {end}" if start != "–" else "–"
            for start, end in zip(format_dates(starts, lang), format_dates(ends, lang))]
