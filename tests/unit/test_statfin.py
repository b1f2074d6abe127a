"""The year-end populations from a local stand-in for Statistics Finland's PxWeb API
(tests/fake_pxweb.py): the query it is sent, what is read from the answer, and every way the
fetch fails, each with its text in three languages."""
import ast
import json
import re
import string
import time
from datetime import date
from pathlib import Path

import pytest

from rollout import http_fetch, statfin
from rollout.catalog.statfin import TEXTS
from rollout.domain import DomainError
from tests.fake_pxweb import SLOW_SECONDS, json_stat, metadata, population, running_pxweb

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def service(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with running_pxweb() as fake:
        yield fake


def refusal(service, codes=("009",), **kwargs):
    with pytest.raises(DomainError) as raised:
        statfin.fetch_year_end_populations(list(codes), base_url=service.url,
                                           **{"timeout": 5} | kwargs)
    return raised.value


# --- the query ----------------------------------------------------------------------------

def test_the_query_asks_for_exactly_the_codes_their_population_and_the_year_in_json_stat2():
    assert statfin.request_body(["564", "009", "564"], 2024) == {
        "query": [
            {"code": "alue_23_20260101",
             "selection": {"filter": "item", "values": ["KU009", "KU564"]}},
            {"code": "contentscode",
             "selection": {"filter": "item", "values": ["vaerak-vaesto"]}},
            {"code": "timeperiod_y", "selection": {"filter": "item", "values": ["2024"]}}],
        "response": {"format": "json-stat2"}}


def test_the_default_address_is_the_table_11ra_in_statfin():
    assert statfin.DEFAULT_POPULATION_URL == (
        "https://pxdata.stat.fi/PxWeb/api/v1/fi/StatFin/vaerak/11ra.px")
    assert statfin.TABLE_ID == "11ra"


# --- fetching -----------------------------------------------------------------------------

def test_the_latest_year_is_the_last_the_table_has(service):
    assert statfin.latest_year(service.url, timeout=5) == 2024
    assert [asked["method"] for asked in service.requests] == ["GET"]


def test_without_a_year_the_latest_years_populations_are_fetched(service):
    found = statfin.fetch_year_end_populations(["564", "009"], base_url=service.url,
                                               timeout=5)
    assert found == statfin.YearEndPopulations(
        year=2024, reference_day=date(2024, 12, 31), table="11ra",
        populations={"009": population("009", 2024), "564": population("564", 2024)},
        updated="2025-04-01T05:00:00Z")
    assert [asked["method"] for asked in service.requests] == ["GET", "POST"]
    assert service.posted() == [statfin.request_body(["009", "564"], 2024)]
    assert service.requests[1]["content_type"] == "application/json"


def test_a_given_year_is_fetched(service):
    found = statfin.fetch_year_end_populations(["069"], year=2021, base_url=service.url,
                                               timeout=5)
    assert (found.year, found.reference_day) == (2021, date(2021, 12, 31))
    assert found.populations == {"069": population("069", 2021)}
    (body,) = service.posted()
    assert body["query"][2] == {"code": "timeperiod_y",
                                "selection": {"filter": "item", "values": ["2021"]}}


def test_a_year_the_table_does_not_have_is_refused_without_asking_for_it(service):
    error = refusal(service, year=2019)
    assert (error.key, error.params) == ("statfin.no_year", {"year": 2019, "latest": 2024})
    assert service.posted() == []


def test_the_table_named_as_before_june_2026_is_read_too(service):
    service.naming = "before_2026"
    found = statfin.fetch_year_end_populations(["091"], base_url=service.url, timeout=5)
    assert found.populations == {"091": population("091", 2024)}
    assert service.posted() == [{
        "query": [{"code": "Alue", "selection": {"filter": "item", "values": ["KU091"]}},
                  {"code": "Tiedot", "selection": {"filter": "item", "values": ["vaesto"]}},
                  {"code": "Vuosi", "selection": {"filter": "item", "values": ["2024"]}}],
        "response": {"format": "json-stat2"}}]


def test_an_answer_starting_with_a_byte_order_mark_is_read(service):
    service.mode = "raw"
    service.body = BOM + json.dumps(json_stat(["KU009"], 2024)).encode()
    found = statfin.fetch_year_end_populations(["009"], base_url=service.url, timeout=5)
    assert found.populations == {"009": population("009", 2024)}


# --- partial answers ----------------------------------------------------------------------

def test_an_answer_lacking_an_asked_code_is_refused_as_partial(service):
    service.mode = "partial"
    error = refusal(service, ["564", "009", "069"])
    assert (error.key, error.params) == ("statfin.partial",
                                         {"got": 2, "wanted": 3, "missing": "564"})


def test_a_figure_given_as_null_is_missing(service):
    service.mode = "null_value"
    error = refusal(service, ["009", "069"])
    assert (error.key, error.params) == ("statfin.partial",
                                         {"got": 1, "wanted": 2, "missing": "069"})


def test_codes_the_table_does_not_have_are_not_asked_for_and_make_it_partial(service):
    error = refusal(service, ["009", "998", "999"])
    assert (error.key, error.params) == ("statfin.partial",
                                         {"got": 1, "wanted": 3, "missing": "998, 999"})
    (body,) = service.posted()
    assert body["query"][0]["selection"]["values"] == ["KU009"]


def test_when_the_table_has_none_of_the_codes_nothing_is_posted(service):
    error = refusal(service, ["998"])
    assert error.params == {"got": 0, "wanted": 1, "missing": "998"}
    assert service.posted() == []


# --- failures -----------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["metadata_mode", "mode"])
def test_a_service_slower_than_the_timeout_is_a_timeout(service, which):
    setattr(service, which, "slow")
    started = time.monotonic()
    error = refusal(service, timeout=0.5)
    assert (error.key, error.params) == ("statfin.timeout", {"seconds": 1})
    assert time.monotonic() - started < SLOW_SECONDS - 1  # it gave up; it did not wait


@pytest.mark.parametrize("which", ["metadata_mode", "mode"])
@pytest.mark.parametrize("status", [500, 503, 429])
def test_an_http_error_is_reported_with_its_status(service, which, status):
    setattr(service, which, "error")
    service.status = status
    error = refusal(service)
    assert (error.key, error.params) == ("statfin.http_error", {"status": status})


@pytest.mark.parametrize("which", ["metadata_mode", "mode"])
def test_an_answer_that_is_not_json_is_a_bad_answer(service, which):
    setattr(service, which, "not_json")
    assert refusal(service).key == "statfin.bad_answer"


@pytest.mark.parametrize("body", [
    b'{"title": "Tunnuslukuja", "variables": [{"code": ',
    b"\xff\xfe\x00broken", b"", b"[]", b'{"error": "Not found"}',
    json.dumps({"title": "x", "variables": [v for v in metadata()["variables"]
                                            if v["code"] != "timeperiod_y"]}).encode(),
    json.dumps({"title": "x", "variables": [v for v in metadata()["variables"]
                                            if v["code"] != "contentscode"]}).encode(),
], ids=["cut-json", "not-utf8", "empty", "a-list", "an-error", "no-year", "no-population"])
def test_metadata_that_is_not_the_tables_is_a_bad_answer(service, body):
    service.metadata_mode, service.body = "raw", body
    assert refusal(service).key == "statfin.bad_answer"
    assert service.posted() == []


def altered(**changes):
    answer = json_stat(["KU009"], 2024) | changes
    return json.dumps({name: value for name, value in answer.items()
                       if value is not None}).encode()


@pytest.mark.parametrize("body", [
    b'{"version": "2.0", "class": "dataset", "value": [',
    altered(**{"class": "collection"}),
    altered(value=None),
    altered(value=[2410, 6492]),
    altered(value=["2410"]),
    altered(value=[-1]),
    altered(value=[2410.5]),
    altered(size=[1, 2, 1]),
    altered(id=["alue_23_20260101", "timeperiod_y"]),
    json.dumps(json_stat(["KU009"], 2023)).encode(),
    json.dumps(json_stat(["KU009"], 2024, naming="before_2026")).encode(),
], ids=["cut-json", "not-a-dataset", "no-values", "more-values-than-areas", "a-text-figure",
        "a-negative-figure", "a-fraction", "a-second-category", "sizes-for-other-ids",
        "another-year", "other-variable-codes"])
def test_data_that_is_not_json_stat2_of_the_population_asked_is_a_bad_answer(service, body):
    service.mode, service.body = "raw", body
    assert refusal(service).key == "statfin.bad_answer"


def test_an_answer_larger_than_the_cap_is_refused(service, monkeypatch):
    monkeypatch.setattr(statfin, "MAX_BYTES", 200)
    assert refusal(service).key == "statfin.too_large"


def test_a_closed_port_is_unreachable(service):
    service.stop()
    error = refusal(service)
    assert error.key == "statfin.unreachable"
    assert "refused" in error.params["reason"].lower()


def test_a_mistyped_service_address_is_unreachable():
    with pytest.raises(DomainError) as refused:
        statfin.fetch_year_end_populations(["009"], base_url="pxdata.stat.fi/PxWeb/api",
                                           timeout=1)
    assert refused.value.key == "statfin.unreachable"


# --- texts --------------------------------------------------------------------------------

def raised_keys_and_parameters():
    """Each DomainError the module raises, and those rollout.http_fetch raises under its
    "statfin" prefix: the key and the names of its parameters."""
    found = {}
    for module, prefix in ((statfin, ""), (http_fetch, "statfin")):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "DomainError":
                key = node.args[0]
                name = (key.value if isinstance(key, ast.Constant)
                        else prefix + key.values[-1].value)  # f"{key}.timeout"
                found[name] = {keyword.arg for keyword in node.keywords}
    return found


def test_every_refusal_has_a_text_in_finnish_swedish_and_english_with_its_parameters():
    raised = raised_keys_and_parameters()
    assert set(raised) == set(TEXTS) == {
        "statfin.timeout", "statfin.http_error", "statfin.unreachable", "statfin.too_large",
        "statfin.bad_answer", "statfin.no_year", "statfin.partial"}
    for key, parameters in raised.items():
        assert set(TEXTS[key]) == {"fi", "sv", "en"}, key
        for text in TEXTS[key].values():
            assert {name for _, name, _, _ in string.Formatter().parse(text) if name} \
                == parameters, (key, text)


def test_the_texts_name_statistics_finland_in_each_language():
    for key, texts in TEXTS.items():
        assert re.search("Tilastokesku", texts["fi"]), key
        assert "Statistikcentralen" in texts["sv"], key
        assert "Statistics Finland" in texts["en"], key
