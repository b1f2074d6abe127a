"""Downloading municipality boundaries from Statistics Finland's open WFS (CC BY 4.0): only
the municipalities asked for, in WGS84, as GeoJSON. Every way it can fail is a DomainError
that says what happened, so the caller can keep what it had and tell the user."""
from __future__ import annotations

import http.client
import json
import math
import socket
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rollout.domain import DomainError
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
    body = _fetched(address, timeout)
    if len(body) > MAX_BYTES:
        raise DomainError("geo.too_large")
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


def _fetched(address: str, timeout: float) -> bytes:
    """The answer's body (at most MAX_BYTES + 1 bytes); every way of not getting it is a
    DomainError: no answer in time, an error status, no connection, an answer cut off, an
    address that is not one (a mistyped ROLLOUT_BOUNDARIES_URL)."""
    seconds = math.ceil(timeout)
    try:
        with urllib.request.urlopen(address, timeout=timeout) as response:
            return response.read(MAX_BYTES + 1)
    except (TimeoutError, socket.timeout) as error:
        raise DomainError("geo.timeout", seconds=seconds) from error
    except urllib.error.HTTPError as error:
        raise DomainError("geo.http_error", status=error.code) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise DomainError("geo.timeout", seconds=seconds) from error
        raise DomainError("geo.unreachable", reason=str(reason)) from error
    except (http.client.HTTPException, ValueError) as error:
        raise DomainError("geo.unreachable",
                          reason=str(error) or type(error).__name__) from error
