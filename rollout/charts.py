"""Plotly figure builders: DataFrame or Series in, go.Figure out. Labels come in translated."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

STEP_COLOURS = ["#b0b7c3", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c"]


def units_per_step_bar(counts: pd.Series, step_labels: dict[int, str],
                       axis_title: str) -> go.Figure:
    """Horizontal bars: how many units stand at each step, step 1 on top."""
    labels = [step_labels[position] for position in counts.index]
    figure = go.Figure(go.Bar(
        x=counts.values, y=labels, orientation="h", text=counts.values,
        textposition="auto",
        marker_color=[STEP_COLOURS[position % len(STEP_COLOURS)] for position in counts.index],
        hovertemplate="%{y}: %{x}<extra></extra>"))
    figure.update_layout(xaxis_title=axis_title, yaxis={"autorange": "reversed"},
                         height=60 + 36 * len(counts), margin={"l": 10, "r": 10, "t": 10, "b": 40})
    return figure


def wrapped(label: str, width: int = 16) -> str:
    """A long axis label on several lines (plotly breaks lines at <br>)."""
    lines, line = [], ""
    for word in label.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


# Light to dark blue: readable by colour-blind readers, and every cell carries its figures.
READINESS_SCALE = [[0.0, "#f7fbff"], [0.5, "#6baed6"], [1.0, "#08306b"]]


def readiness_heatmap(table: pd.DataFrame, by: str, step_labels: dict[int, str],
                      share_title: str) -> go.Figure:
    """Areas (or counties) × steps: the share of applicable required readiness items done,
    each cell also saying it as "done/applicable"; blank where nobody has started the step."""
    areas = sorted(table[by].unique(), reverse=True)
    positions = sorted(step_labels)
    cells = table.set_index([by, "position"])
    z, text = [], []
    for area in areas:
        row_z, row_text = [], []
        for position in positions:
            if (area, position) in cells.index and pd.notna(cells.at[(area, position), "share"]):
                cell = cells.loc[(area, position)]
                row_z.append(float(cell["share"]))
                row_text.append(f"{int(cell['required_done'])}/"
                                f"{int(cell['required_applicable'])}")
            else:
                row_z.append(None)
                row_text.append("–")
        z.append(row_z)
        text.append(row_text)
    figure = go.Figure(go.Heatmap(
        z=z, x=[wrapped(step_labels[position]) for position in positions], y=areas, text=text,
        texttemplate="%{text}", colorscale=READINESS_SCALE, zmin=0, zmax=1,
        colorbar={"title": share_title, "tickformat": ".0%"},
        hovertemplate="%{y}<br>%{x}<br>%{text} (%{z:.0%})<extra></extra>", xgap=2, ygap=2))
    figure.update_layout(height=120 + 32 * len(areas), margin={"l": 10, "r": 10, "t": 10,
                                                               "b": 10},
                         xaxis={"side": "top", "tickangle": 0})
    return figure
