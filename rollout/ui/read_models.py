"""Read models cached per programme and data stamp.

Every save moves the data stamp as it commits (rollout.data_stamp; one query on a primary key
per rerun), so the stamp tells whether a cached read still holds: one user's save moves the
stamp and everyone's next rerun reads afresh, in every app process on the same database.
Reads that do not depend on the stamp (a page of history, one unit's checklist) are not
cached here.

The cached frames are shared by every session of the process, not copied: callers treat
them as read-only (pandas' assign, merge and copy give them new frames to work on)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
import streamlit as st

from rollout import geo, i18n, metrics, queries, tracking
from rollout.metrics import service_figures
from rollout.metrics.adoption import Adoption
from rollout.metrics.picture import Picture, ProgrammeFrames
from rollout.models import Programme
from rollout.services.figures import programme_first_month
from rollout.ui.context import session_factory

CACHED = {"max_entries": 8, "show_spinner": False}


@dataclass(frozen=True)
class Reads:
    """The read models of one programme as of this rerun's data stamp."""
    programme_id: int
    stamp: int

    def units(self) -> pd.DataFrame:
        return _units(self.programme_id, self.stamp)

    def named_units(self, lang: str) -> pd.DataFrame:
        """The units with municipality, centre and county names in `lang`."""
        return _named_units(self.programme_id, self.stamp, lang)

    def steps(self) -> pd.DataFrame:
        return _steps(self.programme_id, self.stamp)

    def step_names(self, lang: str) -> dict[int, str]:
        """Each step's name in `lang`, by position."""
        return _step_names(self.programme_id, self.stamp, lang)

    def unit_count(self) -> int:
        return len(self.units())

    def step_rows(self) -> pd.DataFrame:
        return _step_rows(self.programme_id, self.stamp)

    def grid_rows(self, today: date, lang: str) -> pd.DataFrame:
        """Step rows with their schedule flag on `today` and names in `lang`."""
        return _grid_rows(self.programme_id, self.stamp, today, lang)

    def transitions(self) -> pd.DataFrame:
        """Every status change of every unit × step with the day it took effect."""
        return _transitions(self.programme_id, self.stamp)

    def last_change(self) -> datetime | None:
        return _last_change(self.programme_id, self.stamp)

    def item_states(self) -> pd.DataFrame:
        """Every unit × readiness item with its area, the step's status and the item's."""
        return _item_states(self.programme_id, self.stamp)

    def items(self) -> pd.DataFrame:
        return _items(self.programme_id, self.stamp)

    def frames(self) -> ProgrammeFrames:
        """Everything the region-wide picture is computed from."""
        return _frames(self.programme_id, self.stamp)

    def picture(self, today: date) -> Picture:
        return Picture(self.frames(), today)

    def scores(self, today: date) -> pd.DataFrame:
        """Implementation scores per unit on `today` (metrics.scores)."""
        return _scores(self.programme_id, self.stamp, today)

    def adoption(self, today: date, baseline_id: int | None) -> Adoption:
        """The adoption curves, with a baseline's plan when one is chosen."""
        return _adoption(self.programme_id, self.stamp, today, baseline_id)

    def map_statuses(self, as_of: date) -> pd.DataFrame:
        """Each municipality's status for the map on `as_of`."""
        return _map_statuses(self.programme_id, self.stamp, as_of)

    def figures(self) -> pd.DataFrame:
        """Every area's monthly service figures."""
        return _figures(self.programme_id, self.stamp)

    def first_figure_month(self, today: date) -> date:
        """The first month the programme's figures can be for (services.figures)."""
        return _first_figure_month(self.programme_id, self.stamp, today)

    def area_municipalities(self) -> pd.DataFrame:
        return _area_municipalities(self.programme_id, self.stamp)

    def area_centres(self) -> dict[int, list[int]]:
        return _area_centres(self.programme_id, self.stamp)

    def observations(self) -> pd.DataFrame:
        return _observations(self.programme_id, self.stamp)

    def themes(self) -> pd.DataFrame:
        return _themes(self.stamp)

    def subject_names(self, lang: str) -> dict[tuple[str, str], str]:
        """Areas, family centres and municipalities by (entity, id) in `lang`, retired and
        renamed ones too: what the history names as the subject of an event."""
        return _subject_names(self.stamp, lang)

    def baseline_names(self) -> dict[int, str]:
        """The programme's frozen plans by id, to compare the curve against."""
        return _baseline_names(self.programme_id, self.stamp)

    def places(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The programme's municipality codes and their residents (geo.programme_places)."""
        return _places(self.programme_id, self.stamp)

    def area_go_live(self) -> pd.DataFrame:
        """The day each area's first municipality went live, from the history."""
        return _area_go_live(self.programme_id, self.stamp)


def reads(programme_id: int) -> Reads:
    """The read models of a programme, checked against the database's data stamp."""
    with session_factory()() as session:
        return Reads(programme_id, queries.data_stamp(session))


@st.cache_resource(**CACHED)
def _first_figure_month(programme_id: int, stamp: int, today: date) -> date:
    with session_factory()() as session:
        return programme_first_month(session, programme_id, today)


def _read(query, programme_id: int):
    with session_factory()() as session:
        return query(session, programme_id)


@st.cache_resource(**CACHED)
def _units(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.units_frame, programme_id)


@st.cache_resource(**CACHED)
def _named_units(programme_id: int, stamp: int, lang: str) -> pd.DataFrame:
    return i18n.with_names(_units(programme_id, stamp), lang)


@st.cache_resource(**CACHED)
def _steps(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.steps_frame, programme_id)


@st.cache_resource(**CACHED)
def _step_names(programme_id: int, stamp: int, lang: str) -> dict[int, str]:
    return {row.position: i18n.localized(row._asdict(), "name", lang)
            for row in _steps(programme_id, stamp).itertuples()}


@st.cache_resource(**CACHED)
def _step_rows(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.step_rows, programme_id)


@st.cache_resource(**CACHED)
def _grid_rows(programme_id: int, stamp: int, today: date, lang: str) -> pd.DataFrame:
    return i18n.with_names(tracking.with_flags(_step_rows(programme_id, stamp), today), lang)


@st.cache_resource(**CACHED)
def _transitions(programme_id: int, stamp: int) -> pd.DataFrame:
    return metrics.status_transitions(_read(queries.status_events, programme_id))


@st.cache_resource(**CACHED)
def _last_change(programme_id: int, stamp: int) -> datetime | None:
    return _read(queries.last_change_at, programme_id)


@st.cache_resource(**CACHED)
def _item_states(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.item_states, programme_id)


@st.cache_resource(**CACHED)
def _items(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.items_frame, programme_id)


@st.cache_resource(**CACHED)
def _last_changes(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.unit_last_changes, programme_id)


@st.cache_resource(**CACHED)
def _frames(programme_id: int, stamp: int) -> ProgrammeFrames:
    with session_factory()() as session:
        programme = session.get(Programme, programme_id)
        started_on, start_record = programme.started_on, programme.start_record
    return ProgrammeFrames(
        _units(programme_id, stamp), _steps(programme_id, stamp),
        _step_rows(programme_id, stamp), _transitions(programme_id, stamp),
        _item_states(programme_id, stamp), _last_changes(programme_id, stamp), started_on,
        start_record)


@st.cache_resource(**CACHED)
def _scores(programme_id: int, stamp: int, today: date) -> pd.DataFrame:
    return Picture(_frames(programme_id, stamp), today).scores()


@st.cache_resource(**CACHED)
def _adoption(programme_id: int, stamp: int, today: date, baseline_id: int | None) -> Adoption:
    baseline = None
    if baseline_id is not None:
        with session_factory()() as session:
            baseline = queries.baseline_plan(session, baseline_id)
    return Picture(_frames(programme_id, stamp), today).adoption(baseline)


@st.cache_resource(max_entries=64, show_spinner=False)
def _map_statuses(programme_id: int, stamp: int, as_of: date) -> pd.DataFrame:
    return Picture(_frames(programme_id, stamp), as_of).map_statuses(as_of)


@st.cache_resource(**CACHED)
def _figures(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.figures_frame, programme_id)


@st.cache_resource(**CACHED)
def _area_municipalities(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.area_municipalities, programme_id)


@st.cache_resource(**CACHED)
def _area_centres(programme_id: int, stamp: int) -> dict[int, list[int]]:
    return _read(queries.area_centres, programme_id)


@st.cache_resource(**CACHED)
def _observations(programme_id: int, stamp: int) -> pd.DataFrame:
    return _read(queries.observations_frame, programme_id)


@st.cache_resource(**CACHED)
def _themes(stamp: int) -> pd.DataFrame:
    with session_factory()() as session:
        return queries.themes_frame(session)


@st.cache_resource(**CACHED)
def _subject_names(stamp: int, lang: str) -> dict[tuple[str, str], str]:
    with session_factory()() as session:
        return queries.organisation_names(session, lang)


@st.cache_resource(**CACHED)
def _baseline_names(programme_id: int, stamp: int) -> dict[int, str]:
    baselines = _read(queries.baselines_frame, programme_id)
    return dict(zip(baselines["baseline_id"], baselines["name"]))


@st.cache_resource(**CACHED)
def _places(programme_id: int, stamp: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return geo.programme_places(_units(programme_id, stamp))


@st.cache_resource(**CACHED)
def _area_go_live(programme_id: int, stamp: int) -> pd.DataFrame:
    frames = _frames(programme_id, stamp)
    changes = metrics.live_changes(frames.transitions, frames.units, frames.go_live_position)
    return service_figures.area_go_live(changes, _area_municipalities(programme_id, stamp))
