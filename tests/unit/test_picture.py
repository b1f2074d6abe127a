"""The region-wide picture's figures against hand-computed values: the adoption curve, the plan
and the projected completion; implementation scores and the stalled rule; the Gantt's late
days; the map's statuses by month."""
from datetime import date

import pandas as pd
import pytest

from rollout import metrics

UNITS = pd.DataFrame({
    "unit_id": [1, 2, 3, 4],
    "area": ["A", "A", "B", "B"],
    "municipality_code": ["001", "002", "003", "003"],
    "population": [1000, 3000, 6000, 6000],
})
GO_LIVE = 5


def transitions(*rows):
    """(unit_id, position, status, effective_on) in the order they were recorded."""
    frame = pd.DataFrame(rows, columns=["unit_id", "position", "status", "effective_on"])
    return frame.assign(order=range(len(frame)),
                        effective_on=pd.to_datetime(frame["effective_on"]))


LOG = transitions((1, GO_LIVE, "done", date(2025, 1, 10)),
                  (3, GO_LIVE, "done", date(2025, 3, 5)),
                  (4, GO_LIVE, "done", date(2025, 4, 1)),   # same municipality as unit 3
                  (3, GO_LIVE, "in_progress", date(2025, 5, 1)),  # reopened; 4 still live
                  (2, GO_LIVE, "done", date(2025, 6, 1)),
                  (2, GO_LIVE, "in_progress", date(2025, 7, 1)))


def test_the_curve_counts_a_municipality_once_and_while_any_of_its_units_is_live():
    changes = metrics.live_changes(LOG, UNITS, GO_LIVE)
    daily = metrics.curve(changes, date(2025, 1, 1), date(2025, 8, 1)).set_index("day")
    on = lambda day: tuple(daily.loc[pd.Timestamp(day)])  # noqa: E731
    assert on(date(2025, 1, 9)) == (0, 0)
    assert on(date(2025, 1, 10)) == (1, 1000)
    assert on(date(2025, 4, 15)) == (2, 7000)    # 003 counted once, for both its units
    assert on(date(2025, 5, 2)) == (2, 7000)     # unit 3 reopened, unit 4 keeps 003 live
    assert on(date(2025, 6, 1)) == (3, 10000)
    assert on(date(2025, 7, 1)) == (2, 7000)     # 002's go-live reopened


def test_the_plan_counts_each_municipality_from_its_first_planned_go_live():
    planned = pd.DataFrame({"unit_id": [1, 3, 4, 2],
                            "planned_end": pd.to_datetime(["2025-02-01", "2025-05-01",
                                                           "2025-03-01", None])})
    changes = metrics.planned_changes(planned, UNITS).sort_values("day")
    assert list(changes["municipality_code"]) == ["001", "003"]
    assert list(changes["day"]) == [pd.Timestamp("2025-02-01"), pd.Timestamp("2025-03-01")]
    assert list(changes["population"]) == [1000, 6000]


def live_by_day(*counts):
    """An actual curve from (day, municipalities live)."""
    return pd.DataFrame({"day": pd.to_datetime([day for day, _ in counts]),
                         "municipalities": [count for _, count in counts]})


def test_the_projection_uses_the_pace_of_the_last_180_days():
    today = date(2025, 12, 31)
    actual = live_by_day((date(2025, 1, 1), 10), (date(2025, 7, 4), 10),  # 180 days before
                         (date(2025, 12, 31), 16))
    outlook = metrics.outlook(actual, total=28, today=today)
    assert outlook.kind == "projected"
    assert outlook.per_month == pytest.approx(6 / 180 * 30.44, abs=0.05)
    assert outlook.day == date(2026, 12, 26)  # 12 more at 6 per 180 days: 360 days


def test_a_complete_rollout_says_when_it_completed_and_a_stopped_one_projects_nothing():
    complete = live_by_day((date(2025, 1, 1), 1), (date(2025, 3, 3), 2), (date(2025, 9, 1), 2))
    assert metrics.outlook(complete, total=2, today=date(2025, 9, 1)) == \
        metrics.Outlook("complete", date(2025, 3, 3))
    stopped = live_by_day((date(2024, 1, 1), 3), (date(2025, 9, 1), 3))
    assert metrics.outlook(stopped, total=5, today=date(2025, 9, 1)).kind == "no_pace"
    assert metrics.outlook(live_by_day(), total=5, today=date(2025, 9, 1)).kind == "no_pace"


def test_adoption_puts_actual_plan_and_baseline_on_one_time_line():
    planned = pd.DataFrame({"unit_id": [1, 2], "planned_end": pd.to_datetime(
        ["2025-01-31", "2025-09-30"])})
    baseline = pd.DataFrame({"unit_id": [1], "planned_end": pd.to_datetime(["2024-12-31"])})
    adoption = metrics.adoption(UNITS, LOG, planned, GO_LIVE, date(2025, 8, 1),
                                baseline=baseline)
    assert (adoption.municipalities, adoption.residents) == (3, 10000)
    live = adoption.actual[adoption.actual["municipalities"] > 0]
    assert live["day"].iloc[0] == pd.Timestamp("2025-01-10")
    assert adoption.actual["day"].max() == pd.Timestamp("2025-08-01")
    assert adoption.plan["day"].max() >= pd.Timestamp("2025-09-30")  # to its last planned day
    assert int(adoption.plan["municipalities"].iloc[-1]) == 2
    assert int(adoption.baseline["municipalities"].iloc[-1]) == 1
    assert adoption.actual["day"].min() <= pd.Timestamp("2024-12-31")


def step_rows(*rows):
    """(unit_id, position, status, actual_start, actual_end) → step rows."""
    frame = pd.DataFrame(rows, columns=["unit_id", "position", "status", "actual_start",
                                        "actual_end"])
    return frame.assign(actual_start=pd.to_datetime(frame["actual_start"]).dt.date,
                        actual_end=pd.to_datetime(frame["actual_end"]).dt.date)


def test_days_in_a_step_run_to_its_end_or_to_today_and_are_unknown_without_a_start():
    rows = step_rows((1, 1, "done", "2025-01-01", "2025-01-31"),
                     (1, 2, "in_progress", "2025-02-01", None),
                     (1, 3, "done", None, "2025-03-01"),
                     (1, 4, "not_started", None, None))
    days = metrics.days_in_steps(rows, date(2025, 2, 11))
    assert days["days"].tolist()[:2] == [30, 10]
    assert days["days"].isna().tolist()[2:] == [True, True]


def progress_of(*current_steps):
    return pd.DataFrame({"unit_id": range(1, len(current_steps) + 1),
                         "current_step": list(current_steps)})


def test_a_unit_idle_far_longer_than_its_peers_on_the_same_step_is_stalled():
    today = date(2025, 12, 31)
    # five units on step 2: idle 10, 20, 20, 30 and 200 days; the median is 20
    idle = [10, 20, 20, 30, 200]
    progress = progress_of(2, 2, 2, 2, 2)
    rows = step_rows(*[(unit, 2, "in_progress", "2025-01-01", None) for unit in range(1, 6)])
    last = pd.DataFrame({"unit_id": range(1, 6),
                         "day": [pd.Timestamp(today) - pd.Timedelta(days=d) for d in idle]})
    readiness = pd.DataFrame(columns=["unit_id", "position", "done", "applicable"])
    scored = metrics.scores(progress, rows, readiness, last, today).set_index("unit_id")
    assert scored["idle_days"].tolist() == idle
    assert scored["peer_median"].tolist() == [20] * 5
    assert scored["stalled"].tolist() == [False, False, False, False, True]


def test_stalled_needs_at_least_sixty_days_and_never_flags_finished_or_unstarted_units():
    table = pd.DataFrame({"unit_id": [1, 2, 3, 4, 5, 6],
                          "current_step": [1, 1, 1, 0, 6, 6],
                          "finished": [False, False, False, False, True, False],
                          "idle_days": [5, 5, 50, 900, 900, 10]})
    flagged = metrics.flag_stalled(table)
    assert flagged["stalled"].tolist() == [False, False, False, False, False, False]
    assert flagged.loc[2, "idle_days"] > 3 * flagged.loc[2, "peer_median"]  # 10× yet < 60 days


def test_readiness_share_counts_only_steps_the_unit_started():
    progress = progress_of(1)
    rows = step_rows((1, 1, "in_progress", "2025-01-01", None),
                     (1, 2, "not_started", None, None))
    readiness = pd.DataFrame({"unit_id": [1, 1], "position": [1, 2], "done": [3, 0],
                              "applicable": [4, 5]})
    last = pd.DataFrame({"unit_id": [1], "day": [pd.Timestamp("2025-06-01")]})
    scored = metrics.scores(progress, rows, readiness, last, date(2025, 6, 2))
    assert scored["readiness"].tolist() == [0.75]


def test_median_days_by_area_compares_areas_step_by_step():
    rows = step_rows((1, 1, "done", "2025-01-01", "2025-01-11"),
                     (2, 1, "done", "2025-01-01", "2025-01-31"),
                     (3, 1, "done", "2025-01-01", "2025-03-02")).assign(
        area=["A", "A", "B"])
    table = metrics.median_days_by_area(rows, date(2025, 6, 1))
    assert table.to_dict("records") == [{"area": "A", "position": 1, "days": 20.0, "units": 2},
                                        {"area": "B", "position": 1, "days": 60.0, "units": 1}]


def flagged_rows(*rows):
    """(unit_id, position, status, planned_end, actual_start, actual_end, flag)."""
    frame = pd.DataFrame(rows, columns=["unit_id", "position", "status", "planned_end",
                                        "actual_start", "actual_end", "flag"])
    return frame.assign(planned_start=None)


def test_gantt_rows_run_actual_bars_to_today_and_count_overdue_days():
    today = date(2025, 6, 30)
    rows = metrics.gantt_rows(flagged_rows(
        (1, 1, "done", "2025-02-28", "2025-01-01", "2025-03-15", "ok"),
        (1, 2, "in_progress", "2025-05-31", "2025-03-16", None, "overdue"),
        (2, 1, "blocked", "2025-06-20", "2025-06-01", None, "overdue"),
        (2, 2, "not_started", "2025-08-01", None, None, "ok")), today)
    assert rows["actual_until"].tolist()[:3] == [pd.Timestamp("2025-03-15"),
                                                 pd.Timestamp(today), pd.Timestamp(today)]
    assert pd.isna(rows["actual_until"].iloc[3])
    assert rows["late_days"].tolist()[1:3] == [30, 10]
    late = metrics.late_units(rows)
    assert late.to_dict("records") == [
        {"unit_id": 1, "position": 2, "late_days": 30, "overdue_steps": 1},
        {"unit_id": 2, "position": 1, "late_days": 10, "overdue_steps": 1}]


def test_the_map_shows_live_the_furthest_step_or_not_started_on_any_day():
    log = pd.concat([LOG, transitions((1, 2, "in_progress", date(2024, 11, 1)),
                                      (2, 3, "in_progress", date(2025, 2, 1)))])
    log = log.assign(order=range(len(log)))
    on = lambda day: metrics.municipality_statuses(  # noqa: E731
        UNITS, log, GO_LIVE, day).set_index("municipality_code")
    before = on(date(2024, 12, 1))
    assert before["category"].to_dict() == {"001": "step_2", "002": "not_started",
                                            "003": "not_started"}
    later = on(date(2025, 4, 15))
    assert later["category"].to_dict() == {"001": "live", "002": "step_3", "003": "live"}
    assert later.loc["003", "live_since"] == pd.Timestamp("2025-03-05")
    assert later.loc["003", "population"] == 6000
    assert metrics.categories([1, 2]) == ["not_started", "step_1", "step_2", "live"]


def test_months_run_from_the_start_to_this_month_and_a_month_ends_today_at_the_latest():
    assert metrics.months(date(2025, 11, 20), date(2026, 2, 3)) == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert metrics.month_end(date(2024, 2, 1), date(2026, 1, 1)) == date(2024, 2, 29)
    assert metrics.month_end(date(2026, 2, 1), date(2026, 2, 3)) == date(2026, 2, 3)


def test_rows_as_of_replays_status_and_drops_actual_dates_after_that_day():
    rows = step_rows((1, 1, "done", "2025-01-01", "2025-03-31"),
                     (1, 2, "in_progress", "2025-04-01", None))
    log = transitions((1, 1, "in_progress", date(2025, 1, 1)),
                      (1, 1, "done", date(2025, 3, 31)),
                      (1, 2, "in_progress", date(2025, 4, 1)))
    then = metrics.rows_as_of(rows, log, date(2025, 2, 1))
    assert then["status"].tolist() == ["in_progress", "not_started"]
    assert then["actual_start"].tolist()[0] == date(2025, 1, 1)
    assert pd.isna(then["actual_end"].iloc[0]) and pd.isna(then["actual_start"].iloc[1])
