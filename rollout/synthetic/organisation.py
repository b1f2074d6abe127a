"""The organisation synthetic programmes run in: Finland's real counties and municipalities
(facts from data/finland_municipalities.csv) and invented family-centre areas and centres,
flagged synthetic."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from rollout.counties import counties, ensure_counties  # noqa: F401 (synthetic uses them)
from rollout.models import FamilyCentre, FamilyCentreArea, Region

MUNICIPALITIES_PER_AREA = 9
NATIONAL_CENTRES = 200


@dataclass(frozen=True)
class Pair:
    """A family centre and a municipality it serves: a rollout unit to be."""
    centre_id: int
    municipality_code: str


def synthetic_centres(session: Session, by_county: dict[str, list[dict[str, str]]],
                      regions: dict[str, Region]) -> dict[str, list[Pair]]:
    """Invent areas (about nine neighbouring municipalities each, in bands from south to
    north) and family centres (about 200 in all, more where more people live); every centre
    of an area serves each of its municipalities. Returns each county's centre ×
    municipality pairs."""
    national = sum(int(row["population"]) for rows in by_county.values() for row in rows)
    pairs: dict[str, list[Pair]] = {}
    for code, rows in by_county.items():
        rows = sorted(rows, key=lambda row: (float(row["lat"]), float(row["lon"])))
        count = max(1, round(len(rows) / MUNICIPALITIES_PER_AREA))
        bands = [rows[index * len(rows) // count:(index + 1) * len(rows) // count]
                 for index in range(count)]
        pairs[code] = [pair for number, band in enumerate(bands, start=1)
                       for pair in _area(session, regions[code], number, band, national)]
    return pairs


def _area(session: Session, region: Region, number: int, members: list[dict[str, str]],
          national: int) -> list[Pair]:
    largest = max(members, key=lambda row: int(row["population"]))
    area = FamilyCentreArea(region_id=region.id, is_synthetic=True,
                            name=f"Alue {number} ({largest['name_fi']})")
    session.add(area)
    session.flush()
    population = sum(int(row["population"]) for row in members)
    centres = max(1, round(NATIONAL_CENTRES * population / national))
    pairs = []
    for index in range(centres):
        centre = FamilyCentre(area_id=area.id, region_id=area.region_id, is_synthetic=True,
                              code=f"synt-{region.code.lower()}-{number}-{index + 1}",
                              name=f"{largest['name_fi']} – perhekeskus {index + 1}")
        session.add(centre)
        session.flush()
        pairs += [Pair(centre.id, row["code"]) for row in members]
    return pairs
