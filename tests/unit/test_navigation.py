"""The menu each role gets (the services still refuse what a role may not do)."""
import pytest

from rollout.domain import Role
from rollout.permissions import Actor
from rollout.ui.navigation import menu_entries


EVERYONE = ["my-work", "overview", "progress", "map", "steps", "readiness", "harmonisation",
            "service-figures", "observations", "history", "workbook"]


@pytest.mark.parametrize("role, expected", [
    (Role.ADMIN, [*EVERYONE, "users", "organisation", "templates", "programmes", "settings"]),
    (Role.PLANNER, [*EVERYONE, "settings"]),
    (Role.LEAD, [*EVERYONE, "settings"]),
    (Role.MANAGER, [*EVERYONE, "settings"]),
    (None, []),
])
def test_each_role_sees_its_pages_and_starts_on_its_own_work(role, expected):
    actor = Actor(name="someone", user_id=1, role=role)
    assert [entry.url_path for entry in menu_entries(actor)] == expected
