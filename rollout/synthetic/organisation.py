"""The organisation synthetic programmes run in: Finland's real counties and municipalities
(facts from data/finland_municipalities.csv) and invented family-centre areas and centres,
flagged synthetic."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.config import DATA_DIR
from rollout.models import FamilyCentre, FamilyCentreArea, Municipality, Region
from rollout.seed import read_csv

# Åland is not part of the wellbeing services reform: no county launches the model there.
OUTSIDE_THE_REFORM = {"AHV"}
MUNICIPALITIES_PER_AREA = 9
NATIONAL_CENTRES = 200
POPULATION_SOURCE = "Tilastokeskus 2020 (data/finland_municipalities.csv)"


@dataclass(frozen=True)
class Pair:
    """A family centre and a municipality it serves: a rollout unit to be."""
    centre_id: int
    municipality_code: str


def counties(data_dir=DATA_DIR) -> dict[str, list[dict[str, str]]]:
    """The municipalities of each wellbeing services county (and Helsinki), by county id."""
    by_county: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(data_dir / "finland_municipalities.csv"):
        if row["county_id"] not in OUTSIDE_THE_REFORM:
            by_county[row["county_id"]].append(row)
    return dict(by_county)


def ensure_counties(session: Session, by_county: dict[str, list[dict[str, str]]]
                    ) -> dict[str, Region]:
    """Every county as a region and every municipality in it; existing rows stay as they are."""
    regions = {region.code: region for region in session.scalars(select(Region))
               if region.code}
    for code, rows in by_county.items():
        if code not in regions:
            regions[code] = Region(code=code, name=rows[0]["county_fi"],
                                   name_sv=rows[0]["county_sv"])
            session.add(regions[code])
    session.flush()
    known = set(session.scalars(select(Municipality.code)))
    session.add_all(Municipality(code=row["code"], name_fi=row["name_fi"],
                                 name_sv=row["name_sv"], region_id=regions[code].id,
                                 population=int(row["population"]),
                                 population_year=int(row["population_year"]),
                                 population_source=POPULATION_SOURCE)
                    for code, rows in by_county.items() for row in rows
                    if row["code"] not in known)
    session.flush()
    return regions


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
        centre = FamilyCentre(area_id=area.id, is_synthetic=True,
                              code=f"synt-{region.code.lower()}-{number}-{index + 1}",
                              name=f"{largest['name_fi']} – perhekeskus {index + 1}")
        session.add(centre)
        session.flush()
        pairs += [Pair(centre.id, row["code"]) for row in members]
    return pairs
