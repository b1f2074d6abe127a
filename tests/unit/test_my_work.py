"""Who must do what next, from the read models: the rules of each role's list."""
from datetime import date, datetime, timedelta

import pandas as pd

from rollout.domain import Role
from rollout.tracking import with_flags
from rollout.my_work import WorkFrames, admin_work, lead_work, my_work, owned_steps

TODAY = date(2026, 12, 7)


def rows(*steps):
    """(unit_id, position, status, planned_start, planned_end, owner, owner_user_id, centre)"""
    frame = pd.DataFrame(steps, columns=["unit_id", "position", "status", "planned_start",
                                         "planned_end", "owner", "owner_user_id", "centre_id"])
    return frame.assign(municipality_code=frame["unit_id"].map(lambda unit: f"{unit:03d}"),
                        municipality=frame["unit_id"].map(lambda unit: f"Kunta {unit}"),
                        centre="Keskus", owner_user_id=frame["owner_user_id"].astype("Int64"))


def states(*items):
    """(unit_id, position, required, status)"""
    return pd.DataFrame(items, columns=["unit_id", "position", "required", "status"])


def test_a_planners_list_is_their_late_soon_and_blocked_steps_most_urgent_first():
    steps = rows((1, 1, "in_progress", None, TODAY + timedelta(days=14), "P", 7, 1),
                 (2, 1, "in_progress", None, TODAY + timedelta(days=15), "P", 7, 1),
                 (3, 1, "not_started", None, TODAY - timedelta(days=1), "P", 7, 1),
                 (4, 2, "blocked", None, None, "P", 7, 1),
                 (5, 1, "done", None, TODAY - timedelta(days=9), "P", 7, 1),
                 (6, 1, "in_progress", None, TODAY, "Q", 8, 1))
    steps = with_flags(steps, TODAY)  # as the read models carry them
    assert [(item.kind, item.municipality_code) for item in owned_steps(steps, 7, TODAY)] == [
        ("overdue", "003"), ("due_soon", "001"), ("blocked", "004")]


def test_a_leads_list_is_their_centres_open_items_and_steps_ready_to_sign():
    steps = rows((1, 1, "in_progress", None, None, "", None, 1),
                 (2, 1, "not_started", TODAY + timedelta(days=30), None, "", None, 1),
                 (3, 1, "not_started", TODAY + timedelta(days=31), None, "", None, 1),
                 (4, 1, "in_progress", None, None, "", None, 2),  # another lead's centre
                 (5, 1, "in_progress", None, None, "", None, 1))
    items = states((1, 1, True, "open"), (1, 1, False, "done"), (2, 1, False, "open"),
                   (3, 1, True, "open"), (4, 1, True, "open"),
                   (5, 1, True, "done"), (5, 1, True, "not_applicable"), (5, 1, False, "open"))
    signed = pd.DataFrame({"unit_id": [], "position": []})
    found = [(item.kind, item.municipality_code, item.detail)
             for item in lead_work(steps, items, signed, frozenset({1}), TODAY)]
    assert found == [("open_items", "001", "1"), ("open_items", "002", "1"),
                     ("open_items", "005", "1"), ("ready_to_sign", "005", "")]
    signed = pd.DataFrame({"unit_id": [5], "position": [1]})
    assert "ready_to_sign" not in [item.kind for item in lead_work(
        steps, items, signed, frozenset({1}), TODAY)]


def test_an_admins_list_names_locked_and_disabled_accounts_and_ownerless_units():
    now = datetime(2026, 12, 7, 12)
    accounts = pd.DataFrame({"username": ["a", "b", "c"], "active": [True, True, False],
                             "locked_until": [now + timedelta(minutes=5),
                                              now - timedelta(minutes=5), None]})
    steps = rows((1, 1, "done", None, None, "", None, 1), (1, 2, "in_progress", None, None,
                                                           "", None, 1),
                 (2, 1, "in_progress", None, None, "Joku", None, 1))
    found = [(item.kind, item.detail or item.municipality_code)
             for item in admin_work(steps, accounts, now)]
    assert found == [("locked_account", "a"), ("disabled_account", "c"), ("no_owner", "001"),
                     ("owner_without_account", "Joku")]


def test_only_a_manager_has_a_since():
    empty = rows()
    frames = WorkFrames(empty.assign(flag=""), states(),
                        pd.DataFrame({"unit_id": [], "position": []}),
                        pd.DataFrame(), pd.DataFrame(), pd.DataFrame(
                            {"username": [], "active": [], "locked_until": []}),
                        since=datetime(2026, 12, 1))
    assert my_work(Role.PLANNER, 7, frozenset(), frames, TODAY, datetime.now()).since is None


def test_a_step_that_fell_overdue_on_the_day_of_the_last_visit_is_news():
    from rollout.my_work import manager_news
    events = pd.DataFrame(columns=["entity", "source", "recorded_at", "field", "old_value",
                                   "new_value", "reason", "municipality_code", "municipality",
                                   "centre", "position"])
    steps = rows((1, 1, "in_progress", None, date(2026, 12, 7), "", None, 1),
                 (2, 1, "in_progress", None, date(2026, 12, 6), "", None, 1)).assign(
        flag="overdue")
    scores = pd.DataFrame({"stalled": pd.Series(dtype=bool)})
    news = manager_news(events, steps, scores, datetime(2026, 12, 7, 10), date(2026, 12, 9))
    assert [(item.kind, item.municipality_code) for item in news] == [("newly_overdue", "001")]
