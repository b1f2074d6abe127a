"""Finland's wellbeing services counties and their municipalities, from the bundled data
file (data/finland_municipalities.csv: Statistics Finland, 2021 division, populations at the
end of 2020), and their Region and Municipality rows, added where missing."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout.config import DATA_DIR
from rollout.models import Municipality, Region
from rollout.population_source import PopulationSource
from rollout.seed import read_csv

# Åland is not part of the wellbeing services reform: no county launches the model there.
OUTSIDE_THE_REFORM = {"AHV"}


def counties(data_dir=DATA_DIR) -> dict[str, list[dict[str, str]]]:
    """The municipalities of each wellbeing services county (and Helsinki), by county id."""
    by_county: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(data_dir / "finland_municipalities.csv"):
        if row["county_id"] not in OUTSIDE_THE_REFORM:
            by_county[row["county_id"]].append(row)
    return dict(by_county)


def ensure_counties(session: Session, by_county: dict[str, list[dict[str, str]]]
                    ) -> dict[str, Region]:
    """Every county as a region and every municipality in it (population with its year and
    the data file's source); existing rows stay as they are."""
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
                                 population_source_kind=PopulationSource.STATFIN_YEAR_END,
                                 population_reference_day=date(
                                     int(row["population_year"]), 12, 31))
                    for code, rows in by_county.items() for row in rows
                    if row["code"] not in known)
    session.flush()
    return regions
