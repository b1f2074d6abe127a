"""The menu each role gets (the services still refuse what a role may not do)."""
import pytest

from rollout.domain import Role
from rollout.permissions import Actor
from rollout.ui.navigation import menu_entries


EVERYONE = ["overview", "steps", "readiness", "harmonisation", "history"]


@pytest.mark.parametrize("role, expected", [
    (Role.ADMIN, [*EVERYONE, "users"]),
    (Role.PLANNER, EVERYONE),
    (Role.LEAD, ["readiness", "overview", "steps", "harmonisation", "history"]),
    (Role.MANAGER, EVERYONE),
    (None, []),
])
def test_each_role_sees_only_its_pages_and_a_lead_starts_on_readiness(role, expected):
    actor = Actor(name="someone", user_id=1, role=role)
    assert [entry.url_path for entry in menu_entries(actor)] == expected
