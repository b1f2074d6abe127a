"""A local stand-in for Statistics Finland's WFS, for the tests of the map's boundaries: it
answers the municipalities a request's CQL filter asks for, as small squares near their real
places, and can be told to fail in each way the real one might."""
import json
import re
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

from rollout.geo import municipality_positions
from tests.fake_service import FakeService, running

# Squares of 0.2° near the real municipalities: (south-west corner, Finnish and Swedish name).
KNOWN = {"009": ((24.3, 64.1), "Alavieska", "Alavieska"),
         "069": ((25.3, 63.7), "Haapajärvi", "Haapajärvi"),
         "071": ((25.3, 64.1), "Haapavesi", "Haapavesi"),
         "564": ((25.9, 65.1), "Oulu", "Uleåborg")}
SLOW_SECONDS = 3.0


def square(lon, lat, size=0.2):
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size],
            [lon, lat]]


def place(code):
    """A municipality's square corner and names: from KNOWN, else a 0.1° square at its centre
    (municipality_positions) named after its code; None for a code Finland does not have."""
    if code in KNOWN:
        (lon, lat), name_fi, name_sv = KNOWN[code]
        return square(lon, lat), name_fi, name_sv
    centres = municipality_positions().set_index("code")
    if code not in centres.index:
        return None
    lon, lat = centres.at[code, "lon"], centres.at[code, "lat"]
    return square(lon - 0.05, lat - 0.05, size=0.1), f"Kunta {code}", f"Kommun {code}"


def wfs_answer(codes, latitude_first=False):
    """What the WFS answers: kunta/nimi/namn properties, rings counter-clockwise."""
    features = []
    for code in codes:
        ring, name_fi, name_sv = place(code)
        if latitude_first:
            ring = [[y, x] for x, y in ring]
        features.append({"type": "Feature", "id": f"kunta4500k.{code}",
                         "properties": {"kunta": code, "nimi": name_fi, "namn": name_sv,
                                        "vuosi": 2025},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return {"type": "FeatureCollection", "features": features,
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}}


class WfsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        fake = self.server.fake
        query = dict(parse_qsl(urlsplit(self.path).query))
        fake.requests.append(query)
        asked = [code for code in re.findall(r"'(\d{3})'", query.get("CQL_FILTER", ""))
                 if place(code) is not None]
        mode = fake.mode
        if mode == "error":
            self.send_error(fake.status)
            return
        if mode == "slow":
            fake.stopping.wait(SLOW_SECONDS)
        if mode == "cut":  # a chunked answer that stops in the middle of a chunk
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"400\r\n" + json.dumps(wfs_answer(asked)).encode()[:100])
            self.close_connection = True
            return
        body = {"partial": lambda: json.dumps(wfs_answer(asked[:-1])).encode(),
                "everything": lambda: json.dumps(wfs_answer(sorted(KNOWN))).encode(),
                "latitude_first": lambda: json.dumps(wfs_answer(asked, True)).encode(),
                "raw": lambda: fake.body}.get(mode, lambda: json.dumps(wfs_answer(asked))
                                              .encode())()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class FakeWfs(FakeService):
    """The stand-in service: `mode` says how it answers, `requests` what it was asked."""

    def __init__(self, server):
        super().__init__(server, "/geoserver/tilastointialueet/wfs")
        self.mode, self.status, self.body = "ok", 500, b""


def running_wfs():
    """The stand-in service on a free local port, stopped afterwards."""
    return running(WfsHandler, FakeWfs)
