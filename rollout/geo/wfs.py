"""Downloading municipality boundaries from Statistics Finland's open WFS (CC BY 4.0): only
the municipalities asked for, in WGS84, as GeoJSON. Every way it can fail is a DomainError
that says what happened, so the caller can keep what it had and tell the user."""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rollout.domain import DomainError
from rollout.http_fetch import fetched
from rollout.geo.shapes import Boundaries, normalised

LAYER = "tilastointialueet:kunta4500k"
TIMEOUT_SECONDS = 20
MAX_BYTES = 50_000_000  # the whole country at 1:1,000,000 is about 15 MB


def request_url(base_url: str, codes: list[str]) -> str:
    """The GetFeature address for `codes`; parameters already in `base_url` (another layer
    or year, say) are kept."""
    parts = urlsplit(base_url)
    given = dict(parse_qsl(parts.query))
    given_lower = {name.lower() for name in given}
    wanted = {"service": "WFS", "version": "2.0.0", "request": "GetFeature",
              "typeName": LAYER, "outputFormat": "json", "srsName": "EPSG:4326",
              "CQL_FILTER": "kunta IN (" + ",".join(f"'{code}'" for code in sorted(codes)) + ")"}
    query = given | {name: value for name, value in wanted.items()
                     if name.lower() not in given_lower}
    return urlunsplit(parts._replace(query=urlencode(query)))


def download(base_url: str, codes: list[str], timeout: float = TIMEOUT_SECONDS) -> Boundaries:
    """The boundaries of exactly `codes`; an answer lacking any of them is refused
    ("geo.partial") rather than half-used."""
    address = request_url(base_url, codes)
    body = fetched(address, timeout, key="geo", max_bytes=MAX_BYTES)
    try:
        collection = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DomainError("geo.bad_json") from error
    boundaries = normalised(collection, source=address).only(set(codes))
    missing = sorted(set(codes) - boundaries.codes)
    if missing:
        raise DomainError("geo.partial", got=len(boundaries.codes), wanted=len(codes),
                          missing=", ".join(missing[:10]))
    return boundaries
