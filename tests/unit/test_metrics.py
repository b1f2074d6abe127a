"""Coverage and progress figures against hand-computed values."""
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollout import metrics

UNITS = pd.DataFrame({
    "unit_id": [1, 2, 3, 4],
    "area": ["A", "A", "B", "B"],
    "centre_code": ["a", "a", "b", "b2"],
    "centre": ["A", "A", "B", "B2"],
    "municipality_code": ["001", "002", "003", "003"],
    "name_fi": ["Yksi", "Kaksi", "Kolme", "Kolme"],
    "name_sv": ["Ett", "Två", "Tre", "Tre"],
    "population": [1000, 3000, 6000, 6000],
})


def statuses(*rows):
    return pd.DataFrame(rows, columns=["unit_id", "position", "status"])


def test_unit_with_go_live_step_done_is_live_and_its_residents_are_covered():
    progress = metrics.unit_progress(UNITS, statuses((2, 5, "done")), go_live_position=5)
    covered = metrics.coverage(progress)
    assert (covered.live_municipalities, covered.municipalities) == (1, 3)
    assert covered.residents_covered == 3000
    assert covered.residents == 10000  # municipality 003 counted once, not per unit
    assert covered.share == pytest.approx(0.3)


def test_municipality_is_live_when_any_of_its_units_is_live():
    progress = metrics.unit_progress(UNITS, statuses((4, 5, "done")), go_live_position=5)
    assert metrics.coverage(progress).residents_covered == 6000


def test_a_step_in_progress_does_not_make_a_unit_live():
    progress = metrics.unit_progress(UNITS, statuses((1, 5, "in_progress")), go_live_position=5)
    assert metrics.coverage(progress).live_municipalities == 0


def test_current_step_is_the_furthest_step_started_and_zero_when_none():
    progress = metrics.unit_progress(
        UNITS, statuses((1, 1, "done"), (1, 3, "in_progress"), (2, 2, "blocked")), 5)
    assert progress.set_index("unit_id")["current_step"].to_dict() == {1: 3, 2: 2, 3: 0, 4: 0}
    assert progress.set_index("unit_id")["steps_done"].to_dict() == {1: 1, 2: 0, 3: 0, 4: 0}


def test_units_per_step_lists_every_step_including_empty_ones():
    progress = metrics.unit_progress(UNITS, statuses((1, 2, "done"), (2, 2, "in_progress")), 5)
    counts = metrics.units_per_step(progress, [1, 2, 3])
    assert counts.to_dict() == {0: 2, 1: 0, 2: 2, 3: 0}


def test_area_progress_adds_up_residents_and_steps_per_area():
    progress = metrics.unit_progress(
        UNITS, statuses((1, 5, "done"), (1, 1, "done"), (3, 5, "done")), go_live_position=5)
    table = metrics.area_progress(progress, step_count=6).set_index("area")
    assert table.loc["A", "live"] == 1 and table.loc["A", "municipalities"] == 2
    assert table.loc["A", "coverage_share"] == pytest.approx(1000 / 4000)
    assert table.loc["A", "steps_done_share"] == pytest.approx(2 / 12)
    assert table.loc["B", "residents"] == 6000
    assert table.loc["B", "coverage_share"] == pytest.approx(1.0)


def events(*rows):
    return pd.DataFrame(rows, columns=["unit_id", "position", "field", "new_value",
                                       "effective_on"])


@pytest.mark.parametrize("as_of, expected", [
    (date(2025, 2, 27), []),
    (date(2025, 3, 10), [(1, 5, "done")]),  # the corrected, earlier go-live counts
    (date(2026, 6, 2), [(1, 5, "in_progress")]),  # reopened
])
def test_statuses_replay_corrections_and_reopenings_by_their_real_world_day(as_of, expected):
    log = events((1, 5, "status", "done", date(2025, 3, 31)),
                 (1, 5, "actual_end", "2025-03-31", date(2025, 3, 31)),
                 (1, 5, "actual_end", "2025-02-28", date(2026, 1, 5)),
                 (1, 5, "status", "in_progress", date(2026, 6, 1)),
                 (1, 5, "actual_end", None, date(2026, 6, 1)))
    replayed = metrics.statuses_on(metrics.status_transitions(log), as_of)
    assert list(replayed.itertuples(index=False, name=None)) == expected


def test_a_later_corrected_actual_end_delays_the_go_live():
    log = events((1, 5, "status", "done", date(2025, 3, 31)),
                 (1, 5, "actual_end", "2025-04-30", date(2026, 1, 5)))
    assert metrics.statuses_on(metrics.status_transitions(log), date(2025, 4, 10)).empty


def replayed_one_event_at_a_time(log: pd.DataFrame, as_of: date) -> list[tuple]:
    """The replay as the rule reads, one unit × step and one event at a time: the reference
    the vectorised replay must agree with."""
    rows = []
    for (unit_id, position), group in log.groupby(["unit_id", "position"], sort=True):
        transitions = []  # [effective day, status], in recorded order
        for field, value, effective_on in group[["field", "new_value", "effective_on"]]\
                .itertuples(index=False):
            if field == "status":
                transitions.append([effective_on, value])
            elif isinstance(value, str) and transitions and transitions[-1][1] == "done":
                transitions[-1][0] = date.fromisoformat(value)
        in_effect = [t for t in transitions if t[0] <= as_of]
        if in_effect:
            status = max(enumerate(in_effect), key=lambda item: (item[1][0], item[0]))[1][1]
            if status != "not_started":
                rows.append((unit_id, position, status))
    return rows


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 3, 1))
EVENT = st.one_of(
    st.tuples(st.integers(1, 3), st.integers(1, 2), st.just("status"),
              st.sampled_from(["not_started", "in_progress", "done", "blocked"]), DAYS),
    st.tuples(st.integers(1, 3), st.integers(1, 2), st.just("actual_end"),
              st.one_of(st.none(), DAYS.map(date.isoformat)), DAYS))


@given(log=st.lists(EVENT, max_size=25), as_of=DAYS)
@settings(max_examples=300, deadline=None)
def test_the_vectorised_replay_agrees_with_replaying_one_event_at_a_time(log, as_of):
    frame = events(*log)
    replayed = metrics.statuses_on(metrics.status_transitions(frame), as_of)
    assert sorted(replayed.itertuples(index=False, name=None)) == \
        replayed_one_event_at_a_time(frame, as_of)


def item_states(*rows):
    """(unit, area, position, step status, item, required, status)."""
    return pd.DataFrame(rows, columns=["unit_id", "area", "position", "step_status", "item_id",
                                       "required", "status"])


STATES = item_states(
    (1, "A", 1, "done", 11, True, "done"), (1, "A", 1, "done", 12, True, "not_applicable"),
    (1, "A", 1, "done", 13, False, "open"),
    (2, "A", 1, "in_progress", 11, True, "open"), (2, "A", 1, "in_progress", 12, True, "done"),
    (2, "A", 1, "in_progress", 13, False, "done"),
    (3, "B", 1, "not_started", 11, True, "open"), (3, "B", 1, "not_started", 12, True, "open"),
    (3, "B", 1, "not_started", 13, False, "open"),
)


def test_readiness_counts_what_applies_and_leaves_not_applicable_out():
    counts = metrics.readiness(STATES, ["unit_id"]).set_index("unit_id")
    assert counts.loc[1].tolist() == [1, 2, 1, 1]  # done, applicable, required done/applicable
    assert counts.loc[2].tolist() == [2, 3, 1, 2]


def test_harmonisation_compares_areas_among_units_that_started_the_step():
    table = metrics.harmonisation(STATES).set_index("area")
    assert table.loc["A", ["required_done", "required_applicable"]].tolist() == [2, 3]
    assert table.loc["A", "share"] == pytest.approx(2 / 3)
    assert "B" not in table.index  # nobody in B has started: no share, not a zero


def test_unsettled_items_name_the_areas_where_they_are_open_or_not_applicable():
    unsettled = metrics.unsettled_items(STATES).set_index("item_id")
    assert unsettled.loc[11, ["open", "not_applicable", "areas", "area_names"]].tolist() == [
        1, 0, 1, "A"]
    assert unsettled.loc[12, ["open", "not_applicable"]].tolist() == [0, 1]
    assert 13 in unsettled.index and len(unsettled) == 3
