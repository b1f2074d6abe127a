"""Figures of progress: units per step, where units are by area, and the adoption curve."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import (ACTUAL_COLOUR, DATE_TICKS, LIVE_COLOUR, PLAN_COLOUR,
                                   finish, step_colour)
from rollout.metrics.adoption import Adoption

BASELINE_COLOUR = "#7b3294"


def units_per_step_bar(counts: pd.Series, step_labels: dict[int, str],
                       axis_title: str) -> go.Figure:
    """Horizontal bars: how many units stand at each step, step 1 on top."""
    labels = [step_labels[position] for position in counts.index]
    figure = go.Figure(go.Bar(
        x=counts.values, y=labels, orientation="h", text=counts.values,
        textposition="auto",
        marker_color=[step_colour(position) for position in counts.index],
        hovertemplate="%{y}: %{x}<extra></extra>"))
    figure.update_layout(xaxis_title=axis_title, yaxis={"autorange": "reversed"},
                         height=60 + 36 * len(counts), margin={"l": 10, "r": 10, "t": 10, "b": 40})
    return figure


def units_by_area_bar(progress: pd.DataFrame, by: str, step_labels: dict[int, str],
                      title: str, axis_title: str, lang: str) -> go.Figure:
    """One stacked bar per area: its units by current step (0 = not started), each segment
    saying its count, steps in order from left."""
    counts = (progress.groupby([by, "current_step"]).size().unstack(fill_value=0)
              .reindex(columns=sorted(step_labels), fill_value=0))
    areas = sorted(counts.index, reverse=True)
    figure = go.Figure([go.Bar(
        y=areas, x=[int(counts.at[area, position]) for area in areas], orientation="h",
        name=step_labels[position], marker_color=step_colour(position),
        marker_line={"color": "white", "width": 1},
        text=[int(counts.at[area, position]) or "" for area in areas],
        textposition="inside", insidetextanchor="middle",
        hovertemplate=f"%{{y}}<br>{step_labels[position]}: %{{x}}<extra></extra>")
        for position in sorted(step_labels)])
    figure.update_layout(barmode="stack", xaxis_title=axis_title,
                         legend_traceorder="normal")
    return finish(figure, title, lang, height=150 + 30 * len(areas))


def adoption_chart(adoption: Adoption, measure: str, labels: dict[str, str], title: str,
                   lang: str, today: date, bound_labels: dict[date, str] | None = None
                   ) -> go.Figure:
    """Municipalities live (or residents covered, `measure`) by day: actual, plan, baseline
    and the projection to completion, with the total as the ceiling and a today line.
    `labels`: actual, plan, baseline, projection, total, today, x_title, y_title,
    upper_bound; `bound_labels` reads each day of the actual line that is only an upper
    bound ("viimeistään 12/2024 · tiedote 2024"), marked on the line."""
    figure = go.Figure()
    _line(figure, adoption.actual, measure, labels["actual"], ACTUAL_COLOUR, "solid", 3)
    if bound_labels:
        _bounds(figure, adoption.actual, measure, labels["upper_bound"], bound_labels)
    _line(figure, adoption.plan, measure, labels["plan"], PLAN_COLOUR, "dash", 2)
    if adoption.baseline is not None:
        _line(figure, adoption.baseline, measure, labels["baseline"], BASELINE_COLOUR, "dot", 2)
    total = adoption.municipalities if measure == "municipalities" else adoption.residents
    if adoption.outlook.kind == "projected":
        now = int(adoption.actual[measure].iloc[-1])
        figure.add_trace(go.Scatter(
            x=[pd.Timestamp(today), pd.Timestamp(adoption.outlook.day)], y=[now, total],
            mode="lines+markers", name=labels["projection"],
            line={"color": LIVE_COLOUR, "dash": "dashdot", "width": 2},
            marker={"symbol": ["circle", "diamond"], "size": 8},
            hovertemplate=f"{labels['projection']}: %{{x|{DATE_TICKS[lang]}}} – %{{y:,}}"
                          "<extra></extra>"))
    figure.add_hline(y=total, line={"color": "#9ca3af", "width": 1, "dash": "dot"},
                     annotation_text=labels["total"], annotation_position="top left")
    figure.add_vline(x=pd.Timestamp(today).timestamp() * 1000,
                     line={"color": "#374151", "width": 1}, annotation_text=labels["today"],
                     annotation_position="top")
    figure.update_layout(
        xaxis={"title": labels["x_title"], "tickformat": DATE_TICKS[lang],
               "hoverformat": DATE_TICKS[lang]},
        yaxis={"title": labels["y_title"], "rangemode": "tozero", "range": [0, total * 1.08],
               "tickformat": ",d"},
        hovermode="x unified")
    return finish(figure, title, lang, height=420, margin={"b": 40})


def _bounds(figure: go.Figure, actual: pd.DataFrame, measure: str, name: str,
            bound_labels: dict[date, str]) -> None:
    """A hollow marker on each day of the actual line that only bounds when (at the
    latest) the municipalities counted there went live."""
    values = actual.set_index("day")[measure]
    days = [pd.Timestamp(day) for day in sorted(bound_labels) if pd.Timestamp(day) in values]
    figure.add_trace(go.Scatter(
        x=days, y=[int(values[day]) for day in days], mode="markers", name=name,
        marker={"symbol": "triangle-left-open", "size": 12, "color": ACTUAL_COLOUR,
                "line": {"width": 2}},
        text=[bound_labels[day.date()] for day in days],
        hovertemplate=f"{name}: %{{text}}<extra></extra>"))


def _line(figure: go.Figure, frame: pd.DataFrame, measure: str, name: str, colour: str,
          dash: str, width: int) -> None:
    """A step line through the days its value changes (and the first and last day)."""
    changed = frame[measure].ne(frame[measure].shift())
    changed.iloc[-1] = True
    points = frame[changed]
    figure.add_trace(go.Scatter(x=points["day"], y=points[measure], name=name, mode="lines",
                                line={"color": colour, "dash": dash, "width": width,
                                      "shape": "hv"},
                                hovertemplate=f"{name}: %{{y:,}}<extra></extra>"))
