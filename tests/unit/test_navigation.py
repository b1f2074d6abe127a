"""The menu each role gets (the services still refuse what a role may not do)."""
import pytest

from rollout.domain import Role
from rollout.permissions import Actor
from rollout.ui.navigation import menu_entries


EVERYONE = ["overview", "progress", "map", "steps", "readiness", "harmonisation",
            "service-figures", "observations", "history", "workbook"]


@pytest.mark.parametrize("role, expected", [
    (Role.ADMIN, [*EVERYONE, "users", "organisation", "templates", "programmes"]),
    (Role.PLANNER, EVERYONE),
    (Role.LEAD, ["readiness", "overview", "progress", "map", "steps", "harmonisation",
                 "service-figures", "observations", "history", "workbook"]),
    (Role.MANAGER, ["progress", "overview", "map", "steps", "readiness", "harmonisation",
                    "service-figures", "observations", "history", "workbook"]),
    (None, []),
])
def test_each_role_sees_its_pages_leads_start_on_readiness_managers_on_progress(role, expected):
    actor = Actor(name="someone", user_id=1, role=role)
    assert [entry.url_path for entry in menu_entries(actor)] == expected
