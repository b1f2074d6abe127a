"""Municipality boundaries for the rollout map: downloaded from Statistics Finland's WFS,
cached, or read from a file; and a schematic tile map for when there are none."""
from rollout.geo.shapes import Boundaries, normalised
from rollout.geo.store import Lookup, boundaries_for, fetch, read_cache, read_file
from rollout.geo.tiles import (municipality_positions, programme_places, tile_boundaries,
                               tile_layout, tiles_for)

__all__ = ["Boundaries", "Lookup", "boundaries_for", "fetch",
           "municipality_positions", "normalised", "programme_places", "read_cache", "read_file",
           "tile_boundaries", "tile_layout", "tiles_for"]
