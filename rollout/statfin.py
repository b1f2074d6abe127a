"""Year-end populations by municipality from Statistics Finland's open PxWeb API (StatFin),
table 11ra, "Tunnuslukuja väestöstä alueittain" (key figures on population by region). The
figures are licensed CC BY 4.0; whoever shows them names the source ("Lähde: Tilastokeskus",
"Source: Statistics Finland"). docs/populations.md describes the request and the answer.

One GET reads the table's metadata (its variables and years), one POST asks for the population
on 31 December of one year of exactly the municipalities wanted, answered in json-stat2. Every
way that can fail is a DomainError that says what happened, as in geo/wfs.py.

Statistics Finland renamed its tables and variables on 8 June 2026: the table is now 11ra.px
(it was statfin_vaerak_pxt_11ra.px), the variables have codes (alue_23_20260101, contentscode,
timeperiod_y; they were Alue, Tiedot, Vuosi) and the population is "vaerak-vaesto" (it was
"vaesto"). The area variable's code names its regional division and will change with the next
one, so the codes are read from the metadata every time, and either naming is understood.
Not confirmed against the live service (out of reach while this was written): the codes and
shapes come from Statistics Finland's notice of the change and from public clients' recorded
answers of 11ra and 11re after it. A byte order mark before the JSON, as PxWeb sends
elsewhere, is allowed: whether this service sends one is not known."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from rollout.config import DEFAULT_POPULATION_URL
from rollout.domain import DomainError
from rollout.http_fetch import fetched

TABLE_ID = "11ra"
TIMEOUT_SECONDS = 20
MAX_BYTES = 5_000_000  # the metadata is about 20 kB; every municipality's figure less than that
POPULATION_CODES = ("vaerak-vaesto", "vaesto")  # since 8 June 2026, and before
YEAR_CODES = ("timeperiod_y", "Vuosi")


@dataclass(frozen=True)
class Variables:
    """The codes a query names: the area variable, the contents variable and its population
    value, and the year variable."""
    area: str
    contents: str
    population: str
    year: str


VARIABLES_2026 = Variables("alue_23_20260101", "contentscode", "vaerak-vaesto", "timeperiod_y")


@dataclass(frozen=True)
class YearEndPopulations:
    """Residents of each municipality (3-digit code) on 31 December of `year`, from `table`;
    `updated` is when Statistics Finland last updated it, as the answer says."""
    year: int
    reference_day: date
    table: str
    populations: dict[str, int]
    updated: str | None


@dataclass(frozen=True)
class _Table:
    variables: Variables
    years: tuple[int, ...]
    areas: frozenset[str]


def request_body(codes: list[str], year: int,
                 variables: Variables = VARIABLES_2026) -> dict:
    """The POST query for the population of `codes` (3-digit) on 31 December of `year`."""
    def item(code: str, values: list[str]) -> dict:
        return {"code": code, "selection": {"filter": "item", "values": values}}
    return {"query": [item(variables.area, [f"KU{code}" for code in sorted(set(codes))]),
                      item(variables.contents, [variables.population]),
                      item(variables.year, [str(year)])],
            "response": {"format": "json-stat2"}}


def latest_year(base_url: str = DEFAULT_POPULATION_URL,
                timeout: float = TIMEOUT_SECONDS) -> int:
    """The last year the table has a year-end population for."""
    return max(_table(base_url, timeout).years)


def fetch_year_end_populations(codes: list[str], year: int | None = None,
                               base_url: str = DEFAULT_POPULATION_URL,
                               timeout: float = TIMEOUT_SECONDS) -> YearEndPopulations:
    """The year-end population of exactly `codes` in `year` (the latest when None); an answer
    lacking any of them is refused ("statfin.partial") rather than half-used. `timeout` holds
    for each of the two requests."""
    table = _table(base_url, timeout)
    year = max(table.years) if year is None else year
    if year not in table.years:
        raise DomainError("statfin.no_year", year=year, latest=max(table.years))
    wanted = sorted(set(codes))
    known = [code for code in wanted if f"KU{code}" in table.areas]
    populations, updated = _populations(base_url, known, year, table.variables,
                                        timeout) if known else ({}, None)
    populations = {code: populations[code] for code in wanted if code in populations}
    missing = [code for code in wanted if code not in populations]
    if missing:
        raise DomainError("statfin.partial", got=len(populations), wanted=len(wanted),
                          missing=", ".join(missing[:10]))
    return YearEndPopulations(year=year, reference_day=date(year, 12, 31), table=TABLE_ID,
                              populations=populations, updated=updated)


def _table(base_url: str, timeout: float) -> _Table:
    """The table's variable codes, years and areas, from its metadata (a GET)."""
    metadata = _json(fetched(base_url, timeout, key="statfin", max_bytes=MAX_BYTES))
    try:
        listed = {variable["code"]: variable for variable in metadata["variables"]}
        area = next(code for code, variable in listed.items()
                    if any(str(value).startswith("KU") for value in variable["values"]))
        year = next(code for code, variable in listed.items()
                    if variable.get("time") is True or code in YEAR_CODES)
        contents, population = next((code, value) for code, variable in listed.items()
                                    for value in POPULATION_CODES if value in variable["values"])
        years = tuple(sorted(int(value) for value in listed[year]["values"]))
        max(years)  # a table without years is not the table
    except (TypeError, KeyError, AttributeError, StopIteration, ValueError) as error:
        raise DomainError("statfin.bad_answer") from error
    return _Table(Variables(area, contents, population, year), years,
                  frozenset(str(value) for value in listed[area]["values"]))


def _populations(base_url: str, codes: list[str], year: int, variables: Variables,
                 timeout: float) -> tuple[dict[str, int], str | None]:
    """The POST and what its json-stat2 answer gives: {code: residents} and when updated."""
    answer = fetched(base_url, timeout, key="statfin", max_bytes=MAX_BYTES,
                     query=request_body(codes, year, variables))
    return _read_json_stat(_json(answer), year, variables)


def _read_json_stat(answer: dict, year: int,
                    variables: Variables) -> tuple[dict[str, int], str | None]:
    """A json-stat2 dataset of the population on 31 December of `year` by municipality, as
    {3-digit code: residents} (a figure given as null is left out) and its `updated`; any
    other shape is "statfin.bad_answer"."""
    try:
        sizes = dict(zip(answer["id"], answer["size"], strict=True))
        values, dimensions = answer["value"], answer["dimension"]
        positions = _positions(dimensions[variables.area])
        fits = (answer["class"] == "dataset" and isinstance(values, list)
                and sizes.pop(variables.area) == len(positions) == len(values)
                and set(sizes.values()) <= {1}
                and list(_positions(dimensions[variables.year])) == [str(year)]
                and list(_positions(dimensions[variables.contents])) == [variables.population])
        populations = {code[2:]: _count(values[i]) for code, i in positions.items()
                       if code.startswith("KU") and values[i] is not None}
    except (TypeError, KeyError, AttributeError, IndexError, ValueError) as error:
        raise DomainError("statfin.bad_answer") from error
    if not fits:
        raise DomainError("statfin.bad_answer")
    updated = answer.get("updated")
    return populations, updated if isinstance(updated, str) else None


def _positions(dimension: dict) -> dict[str, int]:
    """A dimension's categories and their places; json-stat2 allows a list or an object."""
    index = dimension["category"]["index"]
    return index if isinstance(index, dict) else {code: place for place, code in
                                                  enumerate(index)}


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 \
            or value != int(value):
        raise ValueError(f"not a number of residents: {value!r}")
    return int(value)


def _json(body: bytes) -> dict:
    try:
        answer = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DomainError("statfin.bad_answer") from error
    if not isinstance(answer, dict):
        raise DomainError("statfin.bad_answer")
    return answer
