"""What every figure shares: colours that colour-blind readers tell apart (blues against an
orange, never red against green), number and date formats of the reader's language, titles,
and an annotated heatmap."""
from __future__ import annotations

import plotly.graph_objects as go

STEP_COLOURS = ["#b0b7c3", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c"]
LIVE_COLOUR = "#e66101"      # orange: the one hue that stands out from the steps' blues
NOT_STARTED_COLOUR = "#e3e5e8"
PLAN_COLOUR = "#6b7280"
OVERDUE_COLOUR = "#b2182b"   # dark red, also marked with a hatch pattern
ACTUAL_COLOUR = "#08519c"

# Plotly's d3 formats: decimal and group separators, and day-first dates without month names
# (plotly writes month names in English only).
SEPARATORS = {"fi": ", ", "sv": ", ", "en": ".,"}
DATE_TICKS = {"fi": "%-d.%-m.%Y", "sv": "%-d.%-m.%Y", "en": "%d/%m/%Y"}


def step_colour(position: int) -> str:
    return STEP_COLOURS[position % len(STEP_COLOURS)]


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


def finish(figure: go.Figure, title: str, lang: str, height: int,
           margin: dict | None = None) -> go.Figure:
    """The layout every figure shares: its finding as the title, the reader's number
    formats, a legend below, no wasted space."""
    figure.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}},
        separators=SEPARATORS[lang], height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10} | (margin or {}),
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        font={"family": "Source Sans Pro, Arial, sans-serif"})
    return figure


def annotated_heatmap(z: list[list[float | None]], text: list[list[str]], columns: list[str],
                      rows: list[str], scale: list, colorbar: dict, zmax: float | None = None,
                      hover: str = "%{y}<br>%{x}<br>%{text}<extra></extra>") -> go.Figure:
    """Rows × columns of values, each cell also saying its figure in words (`text`), so the
    colour is never the only carrier; blank cells are None with text "–"."""
    figure = go.Figure(go.Heatmap(
        z=z, x=columns, y=rows, text=text, texttemplate="%{text}", colorscale=scale, zmin=0,
        zmax=zmax, colorbar=colorbar, hovertemplate=hover, xgap=2, ygap=2))
    figure.update_layout(xaxis={"side": "top", "tickangle": 0},
                         height=120 + 32 * len(rows), margin={"l": 10, "r": 10, "t": 10,
                                                              "b": 10})
    return figure


def cells(table, row_key: str, column_key: str, rows: list, columns: list, value,
          label) -> tuple[list[list[float | None]], list[list[str]]]:
    """Heatmap values and their texts from a long table: `value(record)` (None for no
    value) and `label(record)` of the table's record (a dict) at each (row, column); None
    and "–" where there is none."""
    records = {(record[row_key], record[column_key]): record
               for record in table.to_dict("records")}
    z, text = [], []
    for row in rows:
        row_z, row_text = [], []
        for column in columns:
            record = records.get((row, column))
            number = value(record) if record is not None else None
            row_z.append(number)
            row_text.append(label(record) if number is not None else "–")
        z.append(row_z)
        text.append(row_text)
    return z, text
