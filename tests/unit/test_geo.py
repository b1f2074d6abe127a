"""Map boundaries without the network: normalising GeoJSON in either property scheme, what the
map is given (clockwise, simplified, inside Finland), and the schematic tile map."""
import csv
import itertools
import json
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, shape

from rollout import geo
from rollout.config import DATA_DIR, PROJECT_ROOT
from rollout.domain import DomainError
from rollout.geo import tiles

POHDE_FILE = PROJECT_ROOT.parent / "shared" / "reference" / "pohde-municipalities-4500k.geojson"


def square(lon, lat, size=0.2):
    """A GeoJSON polygon counter-clockwise, the order the GeoJSON standard asks for."""
    return {"type": "Polygon", "coordinates": [[
        [lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]]}


def wfs_feature(code, name_fi, name_sv, geometry):
    return {"type": "Feature", "properties": {"kunta": code, "nimi": name_fi, "namn": name_sv},
            "geometry": geometry}


def nls_feature(code, name_fi, name_sv, geometry):
    return {"type": "Feature", "geometry": geometry, "properties": {
        "NATCODE": code, "NAMEFIN": name_fi, "NAMESWE": name_sv, "LANDAREA": 1.0}}


def collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def latitude_first(geometry):
    return {"type": geometry["type"], "coordinates": [
        [[lat, lon] for lon, lat in ring] for ring in geometry["coordinates"]]}


def polygons(geometry):
    """The polygons of a Polygon or MultiPolygon, as shapely objects."""
    found = shape(geometry)
    return list(found.geoms) if found.geom_type == "MultiPolygon" else [found]


def vertices(geometry):
    return sum(len(polygon.exterior.coords) + sum(len(ring.coords) for ring in polygon.interiors)
               for polygon in polygons(geometry))


def refusal(collection_, source="test"):
    with pytest.raises(DomainError) as raised:
        geo.normalised(collection_, source)
    return raised.value


OULU, IIN, KUUSAMO = square(25.4, 64.9), square(25.4, 65.4), square(29.0, 65.9)


# --- normalised ---------------------------------------------------------------------------

def test_both_property_schemes_give_the_same_codes_names_and_shapes():
    from_wfs = geo.normalised(collection(
        wfs_feature("564", "Oulu", "Uleåborg", OULU), wfs_feature("139", "Ii", "Ijo", IIN)),
        "wfs")
    from_nls = geo.normalised(collection(
        nls_feature("564", "Oulu", "Uleåborg", OULU), nls_feature("139", "Ii", "Ijo", IIN)),
        "nls")
    assert from_wfs.codes == from_nls.codes == {"564", "139"}
    assert [feature["properties"] for feature in from_wfs.features] == [
        {"code": "564", "name_fi": "Oulu", "name_sv": "Uleåborg"},
        {"code": "139", "name_fi": "Ii", "name_sv": "Ijo"}]
    assert [feature["properties"] for feature in from_wfs.features] == [
        feature["properties"] for feature in from_nls.features]
    assert [feature["geometry"] for feature in from_wfs.features] == [
        feature["geometry"] for feature in from_nls.features]
    assert (from_wfs.source, from_nls.source) == ("wfs", "nls")


def test_codes_keep_three_digits_and_missing_names_fall_back():
    found = geo.normalised(collection(
        wfs_feature(9, None, None, OULU), nls_feature("69", "Haapajärvi", "", IIN)), "test")
    assert [feature["properties"] for feature in found.features] == [
        {"code": "009", "name_fi": "009", "name_sv": ""},
        {"code": "069", "name_fi": "Haapajärvi", "name_sv": ""}]


def test_latitude_first_coordinates_are_turned_longitude_first():
    lon_first = geo.normalised(collection(wfs_feature("564", "Oulu", "", OULU),
                                          wfs_feature("305", "Kuusamo", "", KUUSAMO)), "a")
    lat_first = geo.normalised(collection(wfs_feature("564", "Oulu", "", latitude_first(OULU)),
                                          wfs_feature("305", "Kuusamo", "",
                                                      latitude_first(KUUSAMO))), "b")
    for swapped, straight in zip(lat_first.features, lon_first.features):
        assert shape(swapped["geometry"]).equals(shape(straight["geometry"]))
    assert shape(lat_first.features[0]["geometry"]).bounds == pytest.approx(
        (25.4, 64.9, 25.6, 65.1))


def test_projected_metre_coordinates_are_refused_as_not_wgs84():
    # Oulu in ETRS-TM35FIN (EPSG:3067), the National Land Survey's own projection.
    projected = {"type": "Polygon", "coordinates": [[
        [420000, 7200000], [440000, 7200000], [440000, 7220000], [420000, 7220000],
        [420000, 7200000]]]}
    error = refusal(collection(nls_feature("564", "Oulu", "Uleåborg", projected)))
    assert error.key == "geo.not_wgs84"
    assert error.params == {"code": "564"}


def test_one_municipality_outside_finland_refuses_the_whole_collection():
    stockholm = square(18.0, 59.3)
    error = refusal(collection(wfs_feature("564", "Oulu", "", OULU),
                               wfs_feature("999", "Tukholma", "Stockholm", stockholm)))
    assert (error.key, error.params) == ("geo.not_wgs84", {"code": "999"})


@pytest.mark.parametrize("given_", [
    None,
    [],
    "FeatureCollection",
    {"type": "Feature", "geometry": OULU, "properties": {"kunta": "564"}},
    {"type": "FeatureCollection"},
    {"type": "FeatureCollection", "features": {"564": OULU}},
    collection(["not", "a", "feature"]),
    collection({"type": "Feature", "properties": {"kunta": "564"}}),
    collection({"type": "Feature", "geometry": OULU, "properties": None}),
], ids=["none", "list", "string", "feature", "no-features", "features-dict", "feature-list",
        "no-geometry", "no-properties"])
def test_anything_but_a_feature_collection_is_refused(given_):
    assert refusal(given_).key == "geo.not_geojson"


def test_a_feature_without_a_municipality_code_is_refused():
    nameless = {"type": "Feature", "geometry": OULU,
                "properties": {"name": "Oulu", "KUNTA_NRO": "564"}}
    error = refusal(collection(wfs_feature("139", "Ii", "Ijo", IIN), nameless))
    assert error.key == "geo.no_code"


def test_an_empty_collection_gives_no_boundaries():
    found = geo.normalised(collection(), "empty")
    assert found.features == () and found.codes == set()


def test_outer_rings_come_out_clockwise_and_holes_counter_clockwise():
    island = {"type": "MultiPolygon", "coordinates": [
        square(25.0, 65.0)["coordinates"], square(24.5, 65.0, 0.1)["coordinates"]]}
    lake = {"type": "Polygon", "coordinates": [
        square(26.0, 64.0, 1.0)["coordinates"][0],
        [[26.3, 64.3], [26.7, 64.3], [26.7, 64.7], [26.3, 64.7], [26.3, 64.3]]]}
    assert all(shape(geometry).is_valid for geometry in (OULU, island, lake))
    assert shape(OULU).exterior.is_ccw  # the input is in GeoJSON's standard order

    found = geo.normalised(collection(wfs_feature("564", "Oulu", "", OULU),
                                      wfs_feature("072", "Hailuoto", "", island),
                                      wfs_feature("494", "Muhos", "", lake)), "test")

    shapes = [polygons(feature["geometry"]) for feature in found.features]
    assert [len(parts) for parts in shapes] == [1, 2, 1]
    assert all(not polygon.exterior.is_ccw for parts in shapes for polygon in parts)
    (with_lake,) = shapes[2]
    assert len(with_lake.interiors) == 1 and with_lake.interiors[0].is_ccw
    assert with_lake.area == pytest.approx(1.0 - 0.16)


def test_simplification_keeps_a_dense_shape_valid_and_drops_most_of_its_vertices():
    # A 0.3° "circle" of 2,000 vertices with a 50 m zigzag: far more detail than a county map
    # can show.
    ring = []
    for step in range(2000):
        angle = 2 * math.pi * step / 2000
        radius = 0.3 + (0.0005 if step % 2 else -0.0005)
        ring.append([25.5 + radius * math.cos(angle), 64.5 + radius * math.sin(angle)])
    dense = {"type": "Polygon", "coordinates": [ring + [ring[0]]]}
    assert shape(dense).is_valid and vertices(dense) == 2001

    (feature,) = geo.normalised(collection(wfs_feature("564", "Oulu", "", dense)),
                                "test").features

    simplified = shape(feature["geometry"])
    assert simplified.is_valid and simplified.geom_type == "Polygon"
    assert vertices(feature["geometry"]) < 200
    assert simplified.area == pytest.approx(shape(dense).area, rel=0.02)
    assert shape(dense).symmetric_difference(simplified).area < 0.02 * shape(dense).area
    assert all(round(value, 4) == value
               for point in simplified.exterior.coords for value in point)


def test_simplification_keeps_an_island_municipality_a_multipolygon_of_its_islands():
    islands = {"type": "MultiPolygon", "coordinates": [
        square(24.7, 65.0, 0.15)["coordinates"], square(24.5, 65.05, 0.05)["coordinates"]]}
    (feature,) = geo.normalised(collection(wfs_feature("072", "Hailuoto", "Karlö", islands)),
                                "test").features
    kept = polygons(feature["geometry"])
    assert len(kept) == 2
    assert sum(polygon.area for polygon in kept) == pytest.approx(0.15 ** 2 + 0.05 ** 2)


# --- Boundaries ---------------------------------------------------------------------------

# A "C" open to the east: its centre (26.5, 64.5) is outside it, so a label there would not
# sit on the municipality.
HOOK = {"type": "Polygon", "coordinates": [[
    [26.0, 64.0], [27.0, 64.0], [27.0, 64.2], [26.2, 64.2], [26.2, 64.8], [27.0, 64.8],
    [27.0, 65.0], [26.0, 65.0], [26.0, 64.0]]]}


@pytest.fixture
def three():
    return geo.normalised(collection(wfs_feature("564", "Oulu", "Uleåborg", OULU),
                                     wfs_feature("139", "Ii", "Ijo", IIN),
                                     wfs_feature("785", "Vaala", "Vaala", HOOK)), "three")


def test_only_keeps_the_asked_municipalities_in_order_and_the_source(three):
    some = three.only({"785", "564", "000"})
    assert [feature["properties"]["code"] for feature in some.features] == ["564", "785"]
    assert some.codes == {"564", "785"} and some.source == "three"
    assert three.codes == {"564", "139", "785"}  # the original is untouched
    assert three.only(set()).features == ()


def test_geojson_is_a_feature_collection_that_round_trips_through_json(three):
    document = json.loads(json.dumps(three.geojson()))
    assert document["type"] == "FeatureCollection"
    assert [feature["properties"]["code"] for feature in document["features"]] == [
        "564", "139", "785"]
    assert [feature["properties"] for feature in document["features"]] == [
        feature["properties"] for feature in three.features]
    assert [shape(feature["geometry"]).wkt for feature in document["features"]] == [
        shape(feature["geometry"]).wkt for feature in three.features]


def test_each_label_point_lies_inside_its_municipality(three):
    points = three.label_points()
    assert list(points.columns) == ["code", "lon", "lat"]
    assert list(points["code"]) == ["564", "139", "785"]
    for feature, (_, lon, lat) in zip(three.features, points.itertuples(index=False)):
        assert shape(feature["geometry"]).contains(Point(lon, lat))
    assert not shape(HOOK).contains(shape(HOOK).centroid)  # the case the test is for


# --- the tile map ---------------------------------------------------------------------------

def places(rows):
    return pd.DataFrame(rows, columns=["code", "lon", "lat", "weight"])


def layout_cells(layout):
    return {code: (column, row) for code, column, row in
            zip(layout["code"], layout["column"], layout["row"])}


def exact_cells(places_):
    """Where each place falls on the layout's own grid before it is snapped to a cell (one
    cell is sqrt(area · FILL / n) wide, longitudes shortened by the cosine of the latitude)."""
    squeeze = math.cos(math.radians(places_["lat"].mean()))
    x, y = places_["lon"] * squeeze, places_["lat"]
    area = max((x.max() - x.min()) * (y.max() - y.min()), 1e-6)
    cell = math.sqrt(area * tiles.FILL / len(places_))
    return {code: (x[index] / cell, y[index] / cell)
            for index, code in zip(places_.index, places_["code"])}


def test_no_places_give_an_empty_layout():
    layout = geo.tile_layout(places([]))
    assert layout.empty and list(layout.columns) == ["code", "column", "row"]
    assert geo.tile_boundaries(layout).features == ()


def test_a_single_place_gets_the_first_cell():
    assert layout_cells(geo.tile_layout(places([("564", 25.9, 65.1, 1)]))) == {"564": (0, 0)}


@pytest.mark.parametrize("heavier", ["564", "244"])
def test_the_heaviest_of_two_neighbours_gets_the_cell_nearest_its_own_position(heavier):
    rows = [("091", 22.0, 60.0, 5), ("698", 30.0, 70.0, 5),
            ("564", 26.0, 65.0, 1), ("244", 26.0005, 65.0005, 1)]
    given_ = places([(code, lon, lat, 100 if code == heavier else weight)
                     for code, lon, lat, weight in rows])
    cells, exact = layout_cells(geo.tile_layout(given_)), exact_cells(given_)
    # The far south-western corner sits alone, so it is where its own position says: that
    # ties the layout's cells to the grid's.
    shift = tuple(round(exact["091"][axis]) - cells["091"][axis] for axis in (0, 1))
    lighter = "244" if heavier == "564" else "564"
    assert tuple(cells[heavier][axis] + shift[axis] for axis in (0, 1)) == tuple(
        round(value) for value in exact[heavier])
    assert max(abs(a - b) for a, b in zip(cells[heavier], cells[lighter])) == 1
    assert len(set(cells.values())) == 4


def test_ties_in_weight_are_settled_by_code_not_by_row_order():
    rows = [("564", 26.0, 65.0, 1), ("244", 26.0005, 65.0005, 1), ("091", 22.0, 60.0, 1)]
    forward = geo.tile_layout(places(rows))
    backward = geo.tile_layout(places(rows[::-1]))
    assert layout_cells(forward) == layout_cells(backward)


@st.composite
def scattered_places(draw):
    codes = draw(st.lists(st.integers(1, 999), min_size=1, max_size=60, unique=True))
    lon = st.floats(19.5, 31.5, allow_nan=False)
    lat = st.floats(59.5, 70.0, allow_nan=False)
    weight = st.integers(0, 700_000)
    return places([(f"{code:03d}", draw(lon), draw(lat), draw(weight)) for code in codes])


@given(scattered_places())
@settings(max_examples=60, deadline=None)
def test_every_municipality_gets_a_cell_of_its_own_near_its_position(given_):
    layout = geo.tile_layout(given_)
    cells, exact = layout_cells(layout), exact_cells(given_)

    assert list(layout["code"]) == list(given_["code"])
    assert len(set(cells.values())) == len(given_)
    assert layout["column"].min() == 0 and layout["row"].min() == 0
    # The heaviest is placed first, on the cell its position rounds to; with that as the
    # anchor, nobody is pushed further than the free cells around its own position allow.
    heaviest = given_.sort_values(["weight", "code"], ascending=[False, True])["code"].iloc[0]
    shift = [round(exact[heaviest][axis]) - cells[heaviest][axis] for axis in (0, 1)]
    reach = math.floor((math.sqrt(len(given_) - 1) + 1) / 2) + 0.5
    for code, cell in cells.items():
        assert max(abs(cell[axis] + shift[axis] - exact[code][axis]) for axis in (0, 1)) \
            <= reach + 1e-9


def test_tiles_are_clockwise_squares_centred_on_their_cells_that_never_overlap():
    layout = pd.DataFrame({"code": ["564", "139", "305", "244"], "column": [0, 1, 0, 1],
                           "row": [0, 0, 1, 1]})
    found = geo.tile_boundaries(layout)
    assert found.source == "tiles" and found.codes == {"564", "139", "305", "244"}
    squares = {feature["properties"]["code"]: shape(feature["geometry"])
               for feature in found.features}
    for code, column, row in zip(layout["code"], layout["column"], layout["row"]):
        tile = squares[code]
        assert not tile.exterior.is_ccw
        assert tile.is_valid and tile.area == pytest.approx(0.92 ** 2)
        assert (tile.centroid.x, tile.centroid.y) == pytest.approx((column, row))
    for first, second in itertools.combinations(squares.values(), 2):
        assert not first.intersects(second)
    points = found.label_points().set_index("code")
    assert all(squares[code].contains(Point(row.lon, row.lat)) for code, row in points.iterrows())


def test_programme_places_lists_each_municipality_once_with_its_residents():
    units = pd.DataFrame({"municipality_code": ["564", "009", "564", "069", "564"],
                          "population": [207327, 2410, 207327, None, 207327],
                          "unit": ["Oulu north", "Alavieska", "Oulu south", "Haapajärvi",
                                   "Oulu centre"]})
    assert geo.programme_places(units) == (("009", "069", "564"), (2410, 0, 207327))
    assert geo.programme_places(units.iloc[0:0]) == ((), ())


def pohde_rows():
    with open(DATA_DIR / "finland_municipalities.csv", encoding="utf-8") as file:
        return [row for row in csv.DictReader(file) if row["county_id"] == "PP"]


def test_the_positions_file_knows_every_municipality_of_finland():
    positions = geo.municipality_positions()
    assert list(positions.columns) == ["code", "lon", "lat"]
    assert len(positions) == 309 and positions["code"].is_unique
    assert positions["code"].str.fullmatch(r"\d{3}").all()
    oulu = positions.set_index("code").loc["564"]
    assert (oulu["lon"], oulu["lat"]) == pytest.approx((25.963, 65.158))


def test_the_tile_map_of_a_few_real_municipalities_reads_as_the_map():
    codes = ("072", "208", "305", "564", "691")  # Hailuoto, Kalajoki, Kuusamo, Oulu, Reisjärvi
    found = geo.tiles_for(codes, (949, 12400, 15213, 207327, 2710))
    assert found.codes == set(codes) and len(found.features) == 5
    centre = {feature["properties"]["code"]: shape(feature["geometry"]).centroid
              for feature in found.features}
    assert centre["305"].y > centre["564"].y > centre["691"].y  # Kuusamo, Oulu, Reisjärvi
    assert centre["305"].x > centre["564"].x > centre["208"].x  # east to west
    assert len({(point.x, point.y) for point in centre.values()}) == 5


def test_the_tile_map_of_all_of_pohde_has_thirty_separate_tiles():
    rows = pohde_rows()
    codes = tuple(row["code"] for row in rows)
    found = geo.tiles_for(codes, tuple(int(row["population"]) for row in rows))
    assert found.codes == set(codes) and len(codes) == 30
    squares = [shape(feature["geometry"]) for feature in found.features]
    assert all(not square_.exterior.is_ccw for square_ in squares)
    assert all(not a.intersects(b) for a, b in itertools.combinations(squares, 2))


# --- real shapes (shared/reference, read in place) -----------------------------------------

@pytest.fixture
def pohde_file():
    if not POHDE_FILE.is_file():
        pytest.skip(f"{POHDE_FILE} is not here")
    return POHDE_FILE


def programme_codes():
    with open(DATA_DIR / "municipalities.csv", encoding="utf-8") as file:
        return {row["code"] for row in csv.DictReader(file)}


def test_the_pohde_file_gives_its_thirty_municipalities(pohde_file):
    found = geo.read_file(pohde_file)
    assert len(found.features) == 30
    assert found.codes == programme_codes() == {row["code"] for row in pohde_rows()}
    assert found.source == str(pohde_file)
    oulu = next(feature for feature in found.features if feature["properties"]["code"] == "564")
    assert oulu["properties"] == {"code": "564", "name_fi": "Oulu", "name_sv": "Uleåborg"}


def test_the_pohde_shapes_are_clockwise_valid_and_in_northern_ostrobothnia(pohde_file):
    found = geo.read_file(pohde_file)
    for feature in found.features:
        for polygon in polygons(feature["geometry"]):
            assert polygon.is_valid and not polygon.exterior.is_ccw, feature["properties"]
            lon0, lat0, lon1, lat1 = polygon.bounds
            assert 22.5 < lon0 < lon1 < 30.5 and 63.0 < lat0 < lat1 < 66.5


def test_the_pohde_shapes_stay_close_to_the_originals_in_half_the_bytes(pohde_file):
    raw = json.loads(pohde_file.read_text(encoding="utf-8"))
    found = geo.read_file(pohde_file)
    originals = {feature["properties"]["NATCODE"]: shape(feature["geometry"])
                 for feature in raw["features"]}
    for feature in found.features:
        original = originals[feature["properties"]["code"]]
        drawn = shape(feature["geometry"])
        assert original.symmetric_difference(drawn).area < 0.03 * original.area
    compact = json.dumps(found.geojson(), separators=(",", ":"), ensure_ascii=False)
    assert len(compact.encode("utf-8")) < 0.5 * pohde_file.stat().st_size


def test_the_pohde_labels_lie_inside_their_municipalities(pohde_file):
    found = geo.read_file(pohde_file)
    points = found.label_points()
    assert sorted(points["code"]) == sorted(found.codes)
    for feature, (_, lon, lat) in zip(found.features, points.itertuples(index=False)):
        assert shape(feature["geometry"]).contains(Point(lon, lat))


def test_a_latitude_first_copy_of_the_pohde_file_reads_the_same(pohde_file, tmp_path):
    raw = json.loads(pohde_file.read_text(encoding="utf-8"))
    for feature in raw["features"]:
        feature["geometry"] = latitude_first(feature["geometry"])
    swapped = tmp_path / "lat-first.geojson"
    swapped.write_text(json.dumps(raw), encoding="utf-8")
    straight, turned = geo.read_file(pohde_file), geo.read_file(swapped)
    assert [feature["properties"] for feature in turned.features] == [
        feature["properties"] for feature in straight.features]
    for a, b in zip(straight.features, turned.features):
        assert shape(a["geometry"]).equals_exact(shape(b["geometry"]), 1e-9)
