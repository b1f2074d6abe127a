"""Municipality boundaries as the map draws them: GeoJSON features with the municipality's code
and names, longitude first, simplified to what a county-wide map can show, each with a point
inside it for its label."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

import pandas as pd
import shapely
from shapely.geometry import mapping, shape

from rollout.domain import DomainError

# Statistics Finland's WFS names the properties kunta/nimi/namn; the National Land Survey's
# files (as in shared/reference) NATCODE/NAMEFIN/NAMESWE; this app's own cache code/name_fi/
# name_sv (so a cache fetched elsewhere can be handed over as ROLLOUT_BOUNDARIES).
PROPERTY_NAMES = ({"code": "kunta", "name_fi": "nimi", "name_sv": "namn"},
                  {"code": "NATCODE", "name_fi": "NAMEFIN", "name_sv": "NAMESWE"},
                  {"code": "code", "name_fi": "name_fi", "name_sv": "name_sv"})

# About 300 m at Finland's latitudes: a county-wide map shows a few hundred metres a pixel.
SIMPLIFY_DEGREES = 0.003
DECIMALS = 4

# Finland lies between longitudes 19 and 32 and latitudes 59 and 71: latitude is always the
# larger number, which tells (lon, lat) from the (lat, lon) order WFS 2.0 gives EPSG:4326.
FINLAND_LON = (19.0, 32.5)
FINLAND_LAT = (59.0, 70.5)


@dataclass(frozen=True)
class Boundaries:
    """Normalised features (properties code, name_fi, name_sv) and a label point per code."""
    features: tuple[dict, ...]
    source: str

    @cached_property
    def fingerprint(self) -> str:
        """Names these boundaries in a cache key: the same features give the same print."""
        return hashlib.blake2b(json.dumps(self.features, sort_keys=True).encode(),
                               digest_size=16).hexdigest() + self.source

    @property
    def codes(self) -> set[str]:
        return {feature["properties"]["code"] for feature in self.features}

    def geojson(self) -> dict:
        return {"type": "FeatureCollection", "features": list(self.features)}

    def label_points(self) -> pd.DataFrame:
        """A point inside each municipality (columns code, lon, lat)."""
        rows = []
        for feature in self.features:
            point = shape(feature["geometry"]).representative_point()
            rows.append((feature["properties"]["code"], point.x, point.y))
        return pd.DataFrame(rows, columns=["code", "lon", "lat"])

    def only(self, codes: set[str]) -> Boundaries:
        return Boundaries(tuple(feature for feature in self.features
                                if feature["properties"]["code"] in codes), self.source)


def normalised(collection: object, source: str) -> Boundaries:
    """A GeoJSON FeatureCollection of municipalities in either property scheme, as the map
    draws it: longitude first, simplified, rounded. Anything else is refused with a reason."""
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection" \
            or not isinstance(collection.get("features"), list):
        raise DomainError("geo.not_geojson")
    features = [_feature(feature) for feature in collection["features"]]
    if features and _latitude_first(features):
        features = [_swapped(feature) for feature in features]
    for feature in features:
        if not _in_finland(shape(feature["geometry"]).bounds):
            raise DomainError("geo.not_wgs84", code=feature["properties"]["code"])
    return Boundaries(tuple(_simplified(feature) for feature in features), source)


def _feature(feature: object) -> dict:
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict) \
            or not isinstance(feature.get("geometry"), dict):
        raise DomainError("geo.not_geojson")
    properties = feature["properties"]
    for names in PROPERTY_NAMES:
        if names["code"] in properties:
            code = str(properties[names["code"]]).zfill(3)
            return {"type": "Feature", "geometry": feature["geometry"], "properties": {
                "code": code, "name_fi": str(properties.get(names["name_fi"]) or code),
                "name_sv": str(properties.get(names["name_sv"]) or "")}}
    raise DomainError("geo.no_code")


def _latitude_first(features: list[dict]) -> bool:
    first, second = [], []
    for feature in features:
        x0, y0, x1, y1 = shape(feature["geometry"]).bounds
        first.append((x0 + x1) / 2)
        second.append((y0 + y1) / 2)
    return sum(first) / len(first) > sum(second) / len(second)


def _swapped(feature: dict) -> dict:
    geometry = shapely.transform(shape(feature["geometry"]), lambda xy: xy[:, ::-1])
    return feature | {"geometry": mapping(geometry)}


def _in_finland(bounds: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = bounds
    return (FINLAND_LON[0] <= x0 <= x1 <= FINLAND_LON[1]
            and FINLAND_LAT[0] <= y0 <= y1 <= FINLAND_LAT[1])


def _simplified(feature: dict) -> dict:
    """Simplified and rounded, outer rings clockwise: plotly's geo maps (d3-geo) read a
    counter-clockwise ring, the GeoJSON standard's order, as the whole globe but the shape."""
    original = shape(feature["geometry"])
    geometry = shapely.set_precision(
        original.simplify(SIMPLIFY_DEGREES, preserve_topology=True), 10 ** -DECIMALS)
    if geometry.is_empty:  # smaller than the rounding: keep it as it came
        geometry = original
    geometry = shapely.orient_polygons(geometry, exterior_cw=True)
    return feature | {"geometry": mapping(geometry)}
