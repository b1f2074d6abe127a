"""Figures of implementation scores: how long units spend in each step, area by area."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import annotated_heatmap, cells, finish, wrapped

DAYS_SCALE = [[0.0, "#f7fbff"], [0.5, "#6baed6"], [1.0, "#08306b"]]


def days_heatmap(table: pd.DataFrame, by: str, step_labels: dict[int, str], title: str,
                 labels: dict[str, str], lang: str) -> go.Figure:
    """Areas × steps: the median days units spent (or have so far spent) in the step, each
    cell saying the days and, on hover, of how many units. Columns by, position, days,
    units. `labels`: days (colour bar), units."""
    areas = sorted(table[by].unique(), reverse=True)
    positions = sorted(step_labels)
    z, text = cells(table, by, "position", areas, positions,
                    lambda cell: float(cell["days"]), lambda cell: f"{cell['days']:.0f}")
    _, counts = cells(table, by, "position", areas, positions,
                      lambda cell: float(cell["days"]), lambda cell: f"{int(cell['units'])}")
    figure = annotated_heatmap(
        z, text, [wrapped(step_labels[position]) for position in positions], areas,
        DAYS_SCALE, {"title": labels["days"]},
        hover=f"%{{y}}<br>%{{x}}<br>{labels['days']}: %{{text}}<br>"
              f"{labels['units']}: %{{customdata}}<extra></extra>")
    figure.update_traces(customdata=counts)
    return finish(figure, title, lang, height=150 + 32 * len(areas), margin={"t": 110})
