"""The schematic tile map for when no boundaries can be had: one square tile per municipality
on a grid, each placed as near its real centre as a free cell allows, so the map still reads
as the county (Oulu where Oulu is, the coast to the west)."""
from __future__ import annotations

import math

import pandas as pd

from rollout.config import DATA_DIR
from rollout.geo.shapes import Boundaries

POSITIONS_FILE = DATA_DIR / "finland_municipalities.csv"
FILL = 0.55  # about how much of a county's bounding box its municipalities cover


def municipality_positions(path=POSITIONS_FILE) -> pd.DataFrame:
    """The centre of each municipality's largest polygon (columns code, lon, lat)."""
    return pd.read_csv(path, dtype={"code": str}, usecols=["code", "lon", "lat"])


def tile_layout(places: pd.DataFrame) -> pd.DataFrame:
    """Grid cells for municipalities (columns code, lon, lat, weight): the heaviest (most
    residents) are placed first on the cell nearest their centre, the rest on the nearest
    free cell. Columns code, column, row (row grows northwards)."""
    if places.empty:
        return pd.DataFrame(columns=["code", "column", "row"])
    squeeze = math.cos(math.radians(places["lat"].mean()))  # a degree of longitude is shorter
    x, y = places["lon"] * squeeze, places["lat"]
    area = max((x.max() - x.min()) * (y.max() - y.min()), 1e-6)
    cell = math.sqrt(area * FILL / len(places)) or 1.0
    taken: set[tuple[int, int]] = set()
    cells = {}
    for index in places.sort_values(["weight", "code"], ascending=[False, True]).index:
        exact = (x[index] / cell, y[index] / cell)
        cells[index] = _nearest_free(exact, taken)
        taken.add(cells[index])
    low_column = min(column for column, _ in taken)
    low_row = min(row for _, row in taken)
    return pd.DataFrame({"code": places["code"],
                         "column": [cells[index][0] - low_column for index in places.index],
                         "row": [cells[index][1] - low_row for index in places.index]})


def _nearest_free(exact: tuple[float, float], taken: set[tuple[int, int]]) -> tuple[int, int]:
    """The free grid cell nearest the exact position, searching outwards ring by ring."""
    home = (round(exact[0]), round(exact[1]))
    for radius in range(0, 1000):
        ring = [(home[0] + dx, home[1] + dy) for dx in range(-radius, radius + 1)
                for dy in range(-radius, radius + 1) if max(abs(dx), abs(dy)) == radius]
        free = [cell for cell in ring if cell not in taken]
        if free:
            return min(free, key=lambda cell: ((cell[0] - exact[0]) ** 2
                                               + (cell[1] - exact[1]) ** 2, cell))
    raise ValueError("no free cell")  # unreachable: a ring of radius r has 8r cells


def tile_boundaries(layout: pd.DataFrame) -> Boundaries:
    """The tiles as square "boundaries" (one degree a cell, by the equator where degrees are
    square), so the map draws them exactly as it draws real ones; clockwise, as the map
    wants its rings (see shapes._simplified)."""
    half = 0.46
    features = tuple({"type": "Feature", "properties": {"code": code}, "geometry": {
        "type": "Polygon", "coordinates": [[
            [column - half, row - half], [column - half, row + half],
            [column + half, row + half], [column + half, row - half],
            [column - half, row - half]]]}}
        for code, column, row in zip(layout["code"], layout["column"], layout["row"]))
    return Boundaries(features, source="tiles")


def programme_places(units: pd.DataFrame) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The programme's municipality codes (sorted, once each) and their residents, from its
    units (columns municipality_code, population)."""
    municipalities = units.drop_duplicates("municipality_code").set_index("municipality_code")
    codes = tuple(sorted(municipalities.index))
    weights = municipalities["population"].reindex(codes).fillna(0)
    return codes, tuple(int(weight) for weight in weights)


def tiles_for(codes: tuple[str, ...], weights: tuple[int, ...]) -> Boundaries:
    """The tile map of the municipalities `codes` (the most residents placed first)."""
    places = municipality_positions().merge(
        pd.DataFrame({"code": codes, "weight": weights}), on="code")
    return tile_boundaries(tile_layout(places))
