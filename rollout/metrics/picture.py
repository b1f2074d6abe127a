"""The region-wide picture of a programme on a day, computed from its read models: what the
Progress and Map pages show and the steering-group report prints, from the same functions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from rollout.domain import StepStatus
from rollout.metrics.adoption import Adoption, adoption, first_live, upper_bounds
from rollout.metrics.coverage import unit_progress
from rollout.public_record import FirstLive
from rollout.metrics.map_status import municipality_statuses
from rollout.metrics.readiness import harmonisation, readiness
from rollout.metrics.schedule import gantt_rows, late_units
from rollout.metrics.scores import scores
from rollout.tracking import with_flags


@dataclass(frozen=True)
class ProgrammeFrames:
    """A programme's read models (see rollout.queries): units, step templates, every unit ×
    step as it stands, the replayed status transitions, every unit × readiness item, and each
    unit's last recorded change."""
    units: pd.DataFrame
    steps: pd.DataFrame
    step_rows: pd.DataFrame
    transitions: pd.DataFrame
    item_states: pd.DataFrame
    last_changes: pd.DataFrame
    started_on: date | None = None
    start_record: str = ""  # a release saying when the rollout started (rollout.public_record)

    @property
    def go_live_position(self) -> int:
        return int(self.steps.loc[self.steps["marks_go_live"], "position"].iloc[0])


@dataclass(frozen=True)
class Picture:
    frames: ProgrammeFrames
    today: date

    def progress(self) -> pd.DataFrame:
        """Per unit as it stands: current (furthest) step, steps done, live."""
        rows = self.frames.step_rows
        started = rows.loc[rows["status"] != StepStatus.NOT_STARTED.value,
                           ["unit_id", "position", "status"]]
        return unit_progress(self.frames.units, started, self.frames.go_live_position)

    def adoption(self, baseline: pd.DataFrame | None = None) -> Adoption:
        """The adoption curves; `baseline` as from queries.baseline_plan."""
        rows = self.frames.step_rows
        go_live = rows[rows["position"] == self.frames.go_live_position]
        frozen = None
        if baseline is not None:
            frozen = go_live[["progress_id", "unit_id"]].merge(baseline, on="progress_id")\
                .rename(columns={"baseline_end": "planned_end"})
        return adoption(self.frames.units, self.frames.transitions,
                        go_live[["unit_id", "planned_end"]], self.frames.go_live_position,
                        self.today, self.frames.started_on, frozen, upper_bounds(go_live))

    def first_live(self) -> FirstLive:
        """When the service first went live, as recorded or as the public record has it."""
        rows = self.frames.step_rows
        return first_live(rows[rows["position"] == self.frames.go_live_position],
                          self.frames.start_record)

    def schedule(self) -> pd.DataFrame:
        """Every unit × step as Gantt bars with overdue flags (metrics.gantt_rows)."""
        return gantt_rows(with_flags(self.frames.step_rows, self.today), self.today)

    def late(self) -> pd.DataFrame:
        """Units with overdue steps, most late first, with their names."""
        return late_units(self.schedule()).merge(self.frames.units, on="unit_id")

    def scores(self) -> pd.DataFrame:
        """Implementation scores per unit (metrics.scores)."""
        per_step = readiness(self.frames.item_states, ["unit_id", "position"])
        return scores(self.progress(), self.frames.step_rows, per_step,
                      self.frames.last_changes, self.today)

    def open_items(self, by: str = "area") -> pd.DataFrame:
        """Per area and step: required readiness items still open where the step started."""
        table = harmonisation(self.frames.item_states, by)
        return table.assign(open=table["required_applicable"] - table["required_done"])

    def map_statuses(self, as_of: date) -> pd.DataFrame:
        """Each municipality's status for the map on `as_of`."""
        return municipality_statuses(self.frames.units, self.frames.transitions,
                                     self.frames.go_live_position, as_of)
