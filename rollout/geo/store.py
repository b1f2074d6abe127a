"""Where the map's boundaries come from, in order: a local file (ROLLOUT_BOUNDARIES), the cache
under data/cache/, a download from the WFS (ROLLOUT_BOUNDARIES_URL). The cache is only ever
replaced whole by a complete download, so a failed or partial one leaves it as it was."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from rollout.config import CACHE_DIR, Settings
from rollout.domain import DomainError
from rollout.geo import wfs
from rollout.geo.shapes import Boundaries, normalised

CACHE_FILE = CACHE_DIR / "boundaries.geojson"  # the default wherever a path is not given


@dataclass(frozen=True)
class Lookup:
    """The boundaries found for a programme (None: draw the tile map), where they came from
    ("file", "cache", "download"), and the problem met on the way, if any (a failed download
    while an older cache still serves, say)."""
    boundaries: Boundaries | None
    origin: str = ""
    problem: DomainError | None = None


def read_file(path: Path) -> Boundaries:
    """Boundaries from a GeoJSON file in either property scheme."""
    try:
        collection = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise DomainError("geo.file_unreadable", path=str(path)) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DomainError("geo.bad_json") from error
    return normalised(collection, source=str(path))


def read_cache(path: Path | None = None) -> Boundaries | None:
    """The cached boundaries, or None when there is no usable cache."""
    path = path or CACHE_FILE
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(collection, dict) or not isinstance(collection.get("features"), list):
        return None
    return Boundaries(tuple(collection["features"]), collection.get("source", str(path)))


def write_cache(boundaries: Boundaries, path: Path | None = None) -> Boundaries:
    """Add `boundaries` to the cache (replacing those municipalities' older shapes) in one
    atomic replace: a reader sees the old file or the new one, never half of one."""
    path = path or CACHE_FILE
    old = read_cache(path)
    kept = old.only(old.codes - boundaries.codes).features if old else ()
    merged = Boundaries(tuple(sorted(kept + boundaries.features,
                                     key=lambda feature: feature["properties"]["code"])),
                        boundaries.source)
    path.parent.mkdir(parents=True, exist_ok=True)
    contents = merged.geojson() | {"source": merged.source,
                                   "fetched_at": datetime.now(timezone.utc).isoformat()}
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".boundaries-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(contents, file, separators=(",", ":"))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return merged


def fetch(codes: list[str], settings: Settings, path: Path | None = None,
          timeout: float = wfs.TIMEOUT_SECONDS) -> Boundaries:
    """Download the boundaries of `codes` and cache them; the cache is untouched on failure."""
    downloaded = wfs.download(settings.boundaries_url, codes, timeout)
    write_cache(downloaded, path)
    return downloaded


def boundaries_for(codes: list[str], settings: Settings, path: Path | None = None,
                   download: bool = True, timeout: float = wfs.TIMEOUT_SECONDS) -> Lookup:
    """The boundaries of every municipality in `codes`, from the first source that has them
    all; Lookup(None, problem=…) when none has."""
    wanted = set(codes)
    if settings.boundaries_file:
        try:
            found = read_file(Path(settings.boundaries_file)).only(wanted)
        except DomainError as error:
            return Lookup(None, problem=error)
        missing = wanted - found.codes
        if missing:
            return Lookup(None, problem=DomainError(
                "geo.file_partial", path=settings.boundaries_file, missing=len(missing)))
        return Lookup(found, "file")
    cached = read_cache(path)
    if cached is not None and wanted <= cached.codes:
        return Lookup(cached.only(wanted), "cache")
    if not download:
        return Lookup(None, problem=DomainError("geo.not_cached"))
    try:
        return Lookup(fetch(sorted(wanted), settings, path, timeout), "download")
    except DomainError as error:
        return Lookup(None, problem=error)
