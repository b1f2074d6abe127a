"""The menu each role gets (the services still refuse what a role may not do)."""
import pytest

from rollout.domain import Role
from rollout.permissions import Actor
from rollout.ui.navigation import PAGES


@pytest.mark.parametrize("role, expected", [
    (Role.ADMIN, ["overview", "steps", "history", "users"]),
    (Role.PLANNER, ["overview", "steps", "history"]),
    (Role.LEAD, ["overview", "steps", "history"]),
    (Role.MANAGER, ["overview", "steps", "history"]),
    (None, []),
])
def test_each_role_sees_only_its_pages(role, expected):
    actor = Actor(name="someone", user_id=1, role=role)
    assert [entry.url_path for entry in PAGES if entry.shown_to(actor)] == expected
