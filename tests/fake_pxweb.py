"""A local stand-in for Statistics Finland's PxWeb API, table 11ra, for the tests of the
year-end populations: a GET answers the table's metadata, a POST the population of the
municipalities it asks for in json-stat2, both in the shape the real service answers (as
recorded in public clients after the renaming of 8 June 2026; `naming` gives the earlier one).
It can be told to fail in each way the real one might, and keeps what it was asked."""
import csv
import json
from http.server import BaseHTTPRequestHandler

from rollout.config import DATA_DIR
from tests.fake_service import FakeService, running

PATH = "/PxWeb/api/v1/fi/StatFin/vaerak/11ra.px"
# Every municipality of the bundled list (2021 division), as the table has them.
KNOWN = {row["code"]: row["name_fi"] for row in csv.DictReader(
    (DATA_DIR / "finland_municipalities.csv").open(encoding="utf-8"))}
YEARS = range(2020, 2025)
SLOW_SECONDS = 3.0
# The variable codes since 8 June 2026, and before (area, contents, population, year).
NAMINGS = {"2026": ("alue_23_20260101", "contentscode", "vaerak-vaesto", "timeperiod_y"),
           "before_2026": ("Alue", "Tiedot", "vaesto", "Vuosi")}


def population(code, year):
    """The fake's residents of a municipality at the end of a year: made up, but each
    municipality and year its own."""
    return 1000 + int(code) * 37 + (year - 2020) * 11


def metadata(naming="2026"):
    """What a GET of the table answers."""
    area, contents, value, year = NAMINGS[naming]
    return {"title": "Tunnuslukuja väestöstä alueittain muuttujina Alue, Vuosi ja Tiedot",
            "variables": [
                {"code": area, "text": "Alue", "values": ["SSS", "MK17", *(
                    f"KU{code}" for code in KNOWN)],
                 "valueTexts": ["KOKO MAA", "Pohjois-Pohjanmaa", *KNOWN.values()],
                 "elimination": True, "map": "Alue 2026"},
                {"code": year, "text": "Vuosi", "values": [str(y) for y in YEARS],
                 "valueTexts": [str(y) for y in YEARS], "time": True},
                {"code": contents, "text": "Tiedot",
                 "values": [value, "vaesto_usk_evlut_p"],
                 "valueTexts": ["Väestö 31.12.", "Evankelis-luterilaiseen kirkkoon kuuluvat, %"]}]}


def json_stat(areas, year, naming="2026", values=None):
    """What a POST answers: a json-stat2 dataset of `areas` (KU codes) in `year`."""
    area, contents, value, year_code = NAMINGS[naming]
    codes = [code for code in areas if code.startswith("KU")]
    return {
        "version": "2.0", "class": "dataset",
        "label": "Tunnuslukuja väestöstä alueittain muuttujina Alue, Vuosi ja Tiedot",
        "source": "Tilastokeskus, väestörakenne", "updated": "2025-04-01T05:00:00Z",
        "note": ["<A HREF='https://stat.fi/tilasto/dokumentaatio/vaerak' TARGET=_blank>"
                 "Tilaston dokumentaatio</A>"],
        "role": {"time": [year_code], "geo": [area], "metric": [contents]},
        "id": [area, year_code, contents], "size": [len(codes), 1, 1],
        "dimension": {
            area: {"label": "Alue", "note": ["Tilastossa käytetään 1.1.2026 aluejakoa koko "
                                             "aikasarjassa."],
                   "category": {"index": {code: i for i, code in enumerate(codes)},
                                "label": {code: KNOWN[code[2:]] for code in codes}},
                   "extension": {"elimination": True, "show": "value"}},
            year_code: {"label": "Vuosi", "category": {"index": {str(year): 0},
                                                       "label": {str(year): str(year)}},
                        "extension": {"elimination": False, "show": "value"}},
            contents: {"label": "Tiedot", "category": {
                "index": {value: 0}, "label": {value: "Väestö 31.12."},
                "unit": {value: {"base": "lukumäärä", "decimals": 0}}},
                "extension": {"elimination": False, "show": "value"}}},
        "extension": {"px": {"tableid": "11ra", "decimals": 0, "official-statistics": True,
                             "language": "fi", "matrix": "11ra", "subject-code": "vaerak",
                             "subject-area": "Väestörakenne"}},
        "value": values if values is not None else [
            population(code[2:], year) for code in codes]}


class PxWebHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        fake = self.server.fake
        fake.requests.append({"method": "GET", "path": self.path, "body": None})
        self.answer(fake.metadata_mode, lambda: metadata(fake.naming))

    def do_POST(self):
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        fake.requests.append({"method": "POST", "path": self.path, "body": json.loads(raw),
                              "content_type": self.headers.get("Content-Type")})
        asked = self.selections(json.loads(raw))
        if asked is None:  # what the real one says to a query naming what the table lacks
            self.send_error(400, "Bad Request")
            return
        areas, year = asked
        answers = {"partial": lambda: json_stat(areas[:-1], year, fake.naming),
                   "null_value": lambda: json_stat(areas, year, fake.naming, values=[
                       *(population(code[2:], year) for code in areas[:-1]), None])}
        self.answer(fake.mode, answers.get(fake.mode, lambda: json_stat(areas, year,
                                                                        fake.naming)))

    def selections(self, query):
        """The areas and year a query asks for, or None when it names a variable or value the
        table does not have (the real service answers 400)."""
        variables = {variable["code"]: variable["values"]
                     for variable in metadata(self.server.fake.naming)["variables"]}
        chosen = {part["code"]: part["selection"]["values"] for part in query["query"]}
        if query.get("response", {}).get("format") != "json-stat2" or any(
                name not in variables or not set(values) <= set(variables[name])
                for name, values in chosen.items()):
            return None
        area, _contents, _value, year = NAMINGS[self.server.fake.naming]
        return chosen.get(area, variables[area]), int(chosen[year][0])

    def answer(self, mode, answer):
        fake = self.server.fake
        if mode == "error":
            self.send_error(fake.status)
            return
        if mode == "slow":
            fake.stopping.wait(SLOW_SECONDS)
        body = {"not_json": lambda: b"<html><body>Service Unavailable</body></html>",
                "raw": lambda: fake.body}.get(mode, lambda: json.dumps(answer()).encode())()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class FakePxWeb(FakeService):
    """The stand-in service: `mode` says how a POST is answered and `metadata_mode` a GET
    ("ok", "error" with `status`, "slow", "not_json", "raw" with `body`; a POST also
    "partial", the last asked municipality left out, and "null_value", its figure null);
    `naming` which variable codes the table has; `requests` what it was asked."""

    def __init__(self, server):
        super().__init__(server, PATH)
        self.mode, self.metadata_mode = "ok", "ok"
        self.status, self.body, self.naming = 500, b"", "2026"

    def posted(self):
        """The bodies of the POSTs, in order."""
        return [asked["body"] for asked in self.requests if asked["method"] == "POST"]


def running_pxweb():
    """The stand-in service on a free local port, stopped afterwards."""
    return running(PxWebHandler, FakePxWeb)
