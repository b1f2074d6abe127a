"""The rollout map: municipalities coloured by status, each also marked with a symbol (its
step's number, ✓ when live), drawn from GeoJSON with plotly's offline geo (no basemap
tiles from the internet). The same builder draws real boundaries and the schematic tiles."""
from __future__ import annotations

import base64

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import LIVE_COLOUR, NOT_STARTED_COLOUR, finish, step_colour
from rollout.metrics.map_status import LIVE, NOT_STARTED

# plotly's geo maps fetch a world basemap from its CDN whenever a trace names locations, even
# with every basemap layer hidden; on a closed network the map then stays blank. The figure's
# config points plotly at an empty basemap inside the address itself (what follows the # is
# not read), so the map draws with no request: MAP_CONFIG, wherever a map is shown.
EMPTY_BASEMAP = ("data:application/json;base64,"
                 + base64.b64encode(b'{"type":"Topology","objects":{},"arcs":[]}').decode()
                 + "#")
MAP_CONFIG = {"displaylogo": False, "topojsonURL": EMPTY_BASEMAP}


def status_colour(category: str) -> str:
    if category == LIVE:
        return LIVE_COLOUR
    if category == NOT_STARTED:
        return NOT_STARTED_COLOUR
    return step_colour(int(category.removeprefix("step_")))


def status_symbol(category: str) -> str:
    """The text on a municipality: the step's number, ✓ when live, nothing when not started."""
    return {LIVE: "✓", NOT_STARTED: ""}.get(category, category.removeprefix("step_"))


def symbol_colour(category: str) -> str:
    """Black on light fills and the orange, white on the darker blues (WCAG contrast)."""
    dark = category.startswith("step_") and int(category.removeprefix("step_")) >= 4
    return "white" if dark else "#111827"


def status_map(geojson: dict, table: pd.DataFrame, legend: dict[str, str], title: str,
               lang: str, tiles: bool = False) -> go.Figure:
    """`table`: one row per municipality with code, category, hover (text), lon and lat (a
    point inside it for its symbol). One choropleth of every municipality, its status a
    number on a fixed, stepped colour scale, so each status keeps its colour in every month
    of an animation (plotly.py#2259 loses the colour of a category missing from the first
    frame); the boundaries are sent once, not once per status. The legend lists every
    status with its colour, present or not."""
    figure = go.Figure([_statuses(geojson, table, list(legend)), *_legend(legend, table),
                        _symbols(table)])
    figure.update_geos(fitbounds="locations", visible=False,
                       projection_type="equirectangular" if tiles else "mercator")
    figure.update_layout(dragmode=False, legend={"y": -0.02, "itemsizing": "constant"})
    return finish(figure, title, lang, height=640, margin={"t": 50, "b": 10})


def status_animation(geojson: dict, months: list[tuple[str, pd.DataFrame]],
                     legend: dict[str, str], title: str, lang: str, labels: dict[str, str],
                     tiles: bool = False) -> go.Figure:
    """The map month by month with play and pause buttons and a slider; `months` gives each
    month's label and table (as for `status_map`), the last shown first."""
    label, table = months[-1]
    figure = status_map(geojson, table, legend, title, lang, tiles)
    figure.frames = [go.Frame(name=name, data=[_statuses(None, month, list(legend)),
                                               *_legend(legend, month), _symbols(month)])
                     for name, month in months]
    play = {"frame": {"duration": 700, "redraw": True}, "transition": {"duration": 0},
            "fromcurrent": True, "mode": "immediate"}
    figure.update_layout(
        updatemenus=[{"type": "buttons", "direction": "left", "x": 0, "y": 0, "xanchor": "left",
                      "yanchor": "top", "pad": {"t": 10}, "buttons": [
                          {"label": labels["play"], "method": "animate", "args": [None, play]},
                          {"label": labels["pause"], "method": "animate",
                           "args": [[None], {"mode": "immediate",
                                             "frame": {"duration": 0, "redraw": False}}]}]}],
        sliders=[{"active": len(months) - 1, "x": 0.18, "len": 0.82, "y": 0, "pad": {"t": 10},
                  "currentvalue": {"prefix": labels["month"] + ": "},
                  "steps": [{"label": name, "method": "animate",
                             "args": [[name], {"mode": "immediate", "frame": {
                                 "duration": 0, "redraw": True}, "transition": {"duration": 0}}]}
                            for name, _ in months]}],
        legend={"y": -0.16, "itemsizing": "constant"})
    figure.update_layout(title_text=f"{title} ({label})" if title else label, height=720)
    return figure


def status_scale(categories: list[str]) -> list[list]:
    """A stepped colour scale: status number i (of n) in its own colour on [i/n, (i+1)/n],
    for z from -0.5 to n - 0.5."""
    scale = []
    for index, category in enumerate(categories):
        colour = status_colour(category)
        scale += [[index / len(categories), colour], [(index + 1) / len(categories), colour]]
    return scale


def _statuses(geojson: dict | None, table: pd.DataFrame,
              categories: list[str]) -> go.Choropleth:
    number = {category: index for index, category in enumerate(categories)}
    trace = go.Choropleth(
        locations=table["code"].tolist(), z=table["category"].map(number).tolist(),
        customdata=table["hover"].tolist(), featureidkey="properties.code",
        colorscale=status_scale(categories), zmin=-0.5, zmax=len(categories) - 0.5,
        showscale=False, showlegend=False, marker={"line": {"color": "white", "width": 0.8}},
        hovertemplate="%{customdata}<extra></extra>")
    if geojson is not None:
        trace.geojson = geojson
    return trace


def _legend(legend: dict[str, str], table: pd.DataFrame) -> list[go.Scattergeo]:
    """A legend entry per status: a square of its colour and its name. Each is a one-pixel
    point on a municipality's label (an empty trace would spoil the map's fitbounds); the
    legend draws its symbols at a constant size."""
    anchor = {"lon": table["lon"].iloc[:1].tolist(), "lat": table["lat"].iloc[:1].tolist()}
    return [go.Scattergeo(**anchor, mode="markers", name=name,
                          marker={"symbol": "square", "size": 1,
                                  "color": status_colour(category)},
                          hoverinfo="skip", showlegend=True)
            for category, name in legend.items()]


def _symbols(table: pd.DataFrame) -> go.Scattergeo:
    return go.Scattergeo(lon=table["lon"].tolist(), lat=table["lat"].tolist(),
                         text=[status_symbol(category) for category in table["category"]],
                         mode="text", textfont={"size": 11, "color": [
                             symbol_colour(category) for category in table["category"]]},
                         hoverinfo="skip", showlegend=False)
