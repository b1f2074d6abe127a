"""Downloading boundaries from a local stand-in for Statistics Finland's WFS: the request it is
sent, every way the download fails, and the cache that only a complete download replaces."""
import json
import time
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

import pytest
from shapely.geometry import shape

from rollout import geo
from rollout.config import Settings, load_settings
from rollout.domain import DomainError
from rollout.geo import wfs
from tests.fake_wfs import KNOWN, SLOW_SECONDS, running_wfs, square


@pytest.fixture
def service(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with running_wfs() as fake:
        yield fake


@pytest.fixture
def settings(service):
    return Settings(boundaries_url=service.url)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache" / "boundaries.geojson"


def refusal(*args, **kwargs):
    with pytest.raises(DomainError) as raised:
        wfs.download(*args, **kwargs)
    return raised.value


def properties(boundaries):
    return [feature["properties"] for feature in boundaries.features]


# --- the request --------------------------------------------------------------------------

def query_of(address):
    return dict(parse_qsl(urlsplit(address).query))


def test_the_request_asks_for_exactly_the_codes_in_wgs84_geojson():
    address = wfs.request_url("https://geo.stat.fi/geoserver/tilastointialueet/wfs",
                              ["564", "009", "069"])
    parts = urlsplit(address)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https", "geo.stat.fi", "/geoserver/tilastointialueet/wfs")
    assert query_of(address) == {
        "service": "WFS", "version": "2.0.0", "request": "GetFeature",
        "typeName": "tilastointialueet:kunta4500k", "outputFormat": "json",
        "srsName": "EPSG:4326", "CQL_FILTER": "kunta IN ('009','069','564')"}


def test_parameters_already_in_the_address_are_kept_whatever_their_case():
    address = wfs.request_url(
        "http://example.test/wfs?TYPENAME=tilastointialueet:kunta1000k_2026&apikey=abc",
        ["009"])
    query = query_of(address)
    assert query["TYPENAME"] == "tilastointialueet:kunta1000k_2026"
    assert query["apikey"] == "abc"
    assert query["CQL_FILTER"] == "kunta IN ('009')"
    assert "typeName" not in query
    assert len({name.lower() for name in query}) == len(query) == 8


# --- download -----------------------------------------------------------------------------

def test_a_download_gives_exactly_the_asked_municipalities(service):
    found = wfs.download(service.url, ["564", "009"], timeout=5)
    assert properties(found) == [{"code": "009", "name_fi": "Alavieska", "name_sv": "Alavieska"},
                                 {"code": "564", "name_fi": "Oulu", "name_sv": "Uleåborg"}]
    assert found.source == wfs.request_url(service.url, ["564", "009"])
    (asked,) = service.requests
    assert asked["CQL_FILTER"] == "kunta IN ('009','564')"
    assert asked["srsName"] == "EPSG:4326" and asked["outputFormat"] == "json"
    oulu = shape(found.features[1]["geometry"])
    assert oulu.bounds == pytest.approx((25.9, 65.1, 26.1, 65.3))
    assert not oulu.exterior.is_ccw


def test_an_answer_latitude_first_is_turned_longitude_first(service):
    service.mode = "latitude_first"
    found = wfs.download(service.url, ["009", "564"], timeout=5)
    assert shape(found.features[0]["geometry"]).bounds == pytest.approx((24.3, 64.1, 24.5, 64.3))


def test_municipalities_the_service_adds_unasked_are_left_out(service):
    service.mode = "everything"
    found = wfs.download(service.url, ["069"], timeout=5)
    assert found.codes == {"069"}


def test_a_service_slower_than_the_timeout_is_a_timeout(service):
    service.mode = "slow"
    started = time.monotonic()
    error = refusal(service.url, ["009"], timeout=0.5)
    assert error.key == "geo.timeout" and set(error.params) == {"seconds"}
    assert time.monotonic() - started < SLOW_SECONDS - 1  # it gave up; it did not wait


@pytest.mark.parametrize("status", [500, 503, 404])
def test_an_http_error_is_reported_with_its_status(service, status):
    service.mode, service.status = "error", status
    error = refusal(service.url, ["009"], timeout=5)
    assert (error.key, error.params) == ("geo.http_error", {"status": status})


@pytest.mark.parametrize("body", [
    b'{"type": "FeatureCollection", "features": [{"type": "Feature", ',
    b'<?xml version="1.0"?><ows:ExceptionReport><ows:Exception exceptionCode="Invalid'
    b'ParameterValue"/></ows:ExceptionReport>',
    b"\xff\xfe\x00broken",
    b""], ids=["cut-json", "wfs-exception-xml", "not-utf8", "empty"])
def test_an_answer_that_is_not_json_is_bad_json(service, body):
    service.mode, service.body = "raw", body
    assert refusal(service.url, ["009"], timeout=5).key == "geo.bad_json"


def test_json_that_is_not_a_feature_collection_is_refused(service):
    service.mode, service.body = "raw", b'{"error": "no such layer"}'
    assert refusal(service.url, ["009"], timeout=5).key == "geo.not_geojson"


def test_an_answer_in_projected_coordinates_is_refused(service):
    projected = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"kunta": "564", "nimi": "Oulu", "namn": "Uleåborg"},
        "geometry": {"type": "Polygon", "coordinates": [[
            [420000, 7200000], [440000, 7200000], [440000, 7220000], [420000, 7200000]]]}}]}
    service.mode, service.body = "raw", json.dumps(projected).encode()
    error = refusal(service.url, ["564"], timeout=5)
    assert (error.key, error.params) == ("geo.not_wgs84", {"code": "564"})


def test_an_answer_lacking_some_codes_is_refused_as_partial(service):
    service.mode = "partial"
    error = refusal(service.url, ["009", "069", "564"], timeout=5)
    assert error.key == "geo.partial"
    assert error.params == {"got": 2, "wanted": 3, "missing": "564"}


def test_codes_the_service_does_not_know_make_the_answer_partial(service):
    error = refusal(service.url, ["009", "998", "999"], timeout=5)
    assert error.params == {"got": 1, "wanted": 3, "missing": "998, 999"}


def test_a_closed_port_is_unreachable(service):
    service.stop()
    error = refusal(service.url, ["009"], timeout=5)
    assert error.key == "geo.unreachable"
    assert "refused" in error.params["reason"].lower()


def test_an_answer_cut_off_mid_chunk_is_a_domain_error(service):
    service.mode = "cut"
    with pytest.raises(DomainError) as refused:
        wfs.download(service.url, ["009"], timeout=5)
    assert refused.value.key == "geo.unreachable"


def test_a_mistyped_service_address_is_a_domain_error():
    with pytest.raises(DomainError) as refused:
        wfs.download("geo.stat.fi/geoserver/wfs", ["009"], timeout=1)
    assert refused.value.key == "geo.unreachable"


@pytest.mark.parametrize("contents", ["{}", "[]", '{"features": 3}'])
def test_a_cache_without_features_is_no_cache(service, settings, cache, contents):
    cache.parent.mkdir(parents=True)
    cache.write_text(contents, encoding="utf-8")
    found = geo.boundaries_for(["009"], settings, path=cache)
    assert (found.origin, found.problem) == ("download", None)
    assert geo.read_cache(cache).codes == {"009"}


# --- boundaries_for and the cache ---------------------------------------------------------

def test_the_first_lookup_downloads_and_caches_and_the_next_reads_the_cache(
        service, settings, cache):
    first = geo.boundaries_for(["069", "009"], settings, path=cache)
    assert (first.origin, first.problem) == ("download", None)
    assert first.boundaries.codes == {"009", "069"}
    assert [asked["CQL_FILTER"] for asked in service.requests] == ["kunta IN ('009','069')"]

    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["type"] == "FeatureCollection"
    assert [feature["properties"]["code"] for feature in stored["features"]] == ["009", "069"]
    assert stored["source"] == wfs.request_url(service.url, ["009", "069"])
    assert datetime.fromisoformat(stored["fetched_at"]).tzinfo is not None

    service.stop()
    second = geo.boundaries_for(["009", "069"], settings, path=cache)
    assert (second.origin, second.problem) == ("cache", None)
    assert properties(second.boundaries) == properties(first.boundaries)
    for cached, downloaded in zip(second.boundaries.features, first.boundaries.features):
        assert shape(cached["geometry"]).equals(shape(downloaded["geometry"]))


def test_the_cache_serves_a_subset_without_asking_the_service(service, settings, cache):
    geo.boundaries_for(["009", "069", "564"], settings, path=cache)
    service.mode = "error"
    found = geo.boundaries_for(["564"], settings, path=cache)
    assert found.origin == "cache" and properties(found.boundaries) == [
        {"code": "564", "name_fi": "Oulu", "name_sv": "Uleåborg"}]
    assert len(service.requests) == 1


def test_a_municipality_missing_from_the_cache_is_downloaded_and_merged_in(
        service, settings, cache):
    geo.boundaries_for(["009", "069"], settings, path=cache)
    found = geo.boundaries_for(["069", "564"], settings, path=cache)
    assert found.origin == "download" and found.boundaries.codes == {"069", "564"}
    assert service.requests[-1]["CQL_FILTER"] == "kunta IN ('069','564')"
    assert geo.read_cache(cache).codes == {"009", "069", "564"}
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert [feature["properties"]["code"] for feature in stored["features"]] == [
        "009", "069", "564"]


@pytest.mark.parametrize("mode, key", [("error", "geo.http_error"), ("raw", "geo.bad_json"),
                                       ("partial", "geo.partial"),
                                       ("stopped", "geo.unreachable")])
def test_a_failed_download_leaves_the_cache_byte_identical(service, settings, cache, mode, key):
    geo.boundaries_for(["009"], settings, path=cache)
    before = cache.read_bytes()
    if mode == "stopped":
        service.stop()
    service.mode, service.body = mode, b"{not json"

    found = geo.boundaries_for(["009", "069"], settings, path=cache)

    assert found.boundaries is None and found.origin == ""
    assert found.problem.key == key
    assert cache.read_bytes() == before
    assert [path.name for path in cache.parent.iterdir()] == [cache.name]  # no leftovers


def test_a_failed_first_download_writes_no_cache(service, settings, cache):
    service.mode = "partial"
    found = geo.boundaries_for(["009", "069"], settings, path=cache)
    assert found.boundaries is None and found.problem.key == "geo.partial"
    assert not cache.exists()


def test_a_lookup_that_may_not_download_and_has_no_cache_says_so(service, settings, cache):
    found = geo.boundaries_for(["009"], settings, path=cache, download=False)
    assert found.boundaries is None and found.problem.key == "geo.not_cached"
    assert service.requests == [] and not cache.exists()


def test_a_cache_lacking_a_municipality_does_not_serve_when_downloads_are_off(
        service, settings, cache):
    geo.boundaries_for(["009"], settings, path=cache)
    found = geo.boundaries_for(["009", "069"], settings, path=cache, download=False)
    assert found.boundaries is None and found.problem.key == "geo.not_cached"
    assert len(service.requests) == 1


def test_a_corrupt_cache_is_replaced_by_a_fresh_download(service, settings, cache):
    cache.parent.mkdir(parents=True)
    cache.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    assert geo.read_cache(cache) is None
    found = geo.boundaries_for(["009"], settings, path=cache)
    assert found.origin == "download"
    assert geo.read_cache(cache).codes == {"009"}


def test_the_timeout_is_passed_on_to_the_download(service, settings, cache):
    service.mode = "slow"
    started = time.monotonic()
    found = geo.boundaries_for(["009"], settings, path=cache, timeout=0.3)
    assert found.problem.key == "geo.timeout" and not cache.exists()
    assert time.monotonic() - started < SLOW_SECONDS - 1


# --- a boundaries file (ROLLOUT_BOUNDARIES) ------------------------------------------------

@pytest.fixture
def boundaries_file(tmp_path):
    """A file in the National Land Survey's property scheme with Alavieska and Oulu."""
    features = [{"type": "Feature",
                 "properties": {"NATCODE": code, "NAMEFIN": KNOWN[code][1],
                                "NAMESWE": KNOWN[code][2]},
                 "geometry": {"type": "Polygon", "coordinates": [square(*KNOWN[code][0])]}}
                for code in ("009", "564")]
    path = tmp_path / "boundaries.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


def file_settings(path, service):
    return load_settings({"ROLLOUT_BOUNDARIES": str(path), "ROLLOUT_BOUNDARIES_URL": service.url})


def test_a_boundaries_file_is_used_before_cache_and_download(service, cache, boundaries_file):
    found = geo.boundaries_for(["564"], file_settings(boundaries_file, service), path=cache)
    assert (found.origin, found.problem) == ("file", None)
    assert properties(found.boundaries) == [
        {"code": "564", "name_fi": "Oulu", "name_sv": "Uleåborg"}]
    assert found.boundaries.source == str(boundaries_file)
    assert service.requests == [] and not cache.exists()


def test_a_boundaries_file_lacking_a_municipality_is_partial(service, cache, boundaries_file):
    found = geo.boundaries_for(["009", "069", "564"], file_settings(boundaries_file, service),
                               path=cache, download=True)
    assert found.boundaries is None and found.problem.key == "geo.file_partial"
    assert found.problem.params == {"path": str(boundaries_file), "missing": 1}
    assert service.requests == [] and not cache.exists()  # the file decides; no download


@pytest.mark.parametrize("where", ["missing", "directory"])
def test_an_unreadable_boundaries_file_is_reported(service, cache, tmp_path, where):
    path = tmp_path / "nowhere.geojson" if where == "missing" else tmp_path
    found = geo.boundaries_for(["009"], file_settings(path, service), path=cache)
    assert found.boundaries is None
    assert (found.problem.key, found.problem.params) == ("geo.file_unreadable",
                                                         {"path": str(path)})
    assert service.requests == []


def test_a_boundaries_file_that_is_not_json_is_reported(service, cache, tmp_path):
    path = tmp_path / "boundaries.geojson"
    path.write_text("kunta;nimi\n009;Alavieska\n", encoding="utf-8")
    found = geo.boundaries_for(["009"], file_settings(path, service), path=cache)
    assert found.boundaries is None and found.problem.key == "geo.bad_json"


def test_the_cache_file_can_serve_as_a_boundaries_file(service, settings, cache):
    geo.boundaries_for(["009", "564"], settings, path=cache)
    found = geo.boundaries_for(["009", "564"], file_settings(cache, service), path=cache)
    assert found.problem is None and found.origin == "file"
    assert found.boundaries.codes == {"009", "564"}
