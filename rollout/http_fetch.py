"""Fetching an open service's answer over HTTP (the map's boundaries, Statistics Finland's
populations): every way of not getting it is a DomainError under the caller's key prefix
(`<key>.timeout`, `.http_error`, `.unreachable`, `.too_large`) that says what happened, so the
caller keeps what it had and tells the user."""
from __future__ import annotations

import http.client
import json
import math
import socket
import urllib.error
import urllib.request

from rollout.domain import DomainError


def fetched(address: str, timeout: float, *, key: str, max_bytes: int,
            query: dict | None = None) -> bytes:
    """The body answering a GET of `address`, or a POST of `query` as JSON: no answer in
    time, an error status, no connection, an answer cut off, an address that is not one (a
    mistyped setting) and an answer over `max_bytes` are each refused."""
    seconds = math.ceil(timeout)
    headers = {"Accept": "application/json"} | (
        {"Content-Type": "application/json"} if query is not None else {})
    try:
        request = urllib.request.Request(
            address, headers=headers,
            data=None if query is None else json.dumps(query).encode("utf-8"))
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
    except (TimeoutError, socket.timeout) as error:
        raise DomainError(f"{key}.timeout", seconds=seconds) from error
    except urllib.error.HTTPError as error:
        raise DomainError(f"{key}.http_error", status=error.code) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise DomainError(f"{key}.timeout", seconds=seconds) from error
        raise DomainError(f"{key}.unreachable", reason=str(reason)) from error
    except (http.client.HTTPException, ValueError) as error:
        raise DomainError(f"{key}.unreachable",
                          reason=str(error) or type(error).__name__) from error
    if len(body) > max_bytes:
        raise DomainError(f"{key}.too_large")
    return body
