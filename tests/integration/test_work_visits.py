"""A manager's "since your last visit": a reload or a new tab within SAME_VISIT is the same
visit; a later one moves it on; the visits of two programmes are their own."""
from datetime import datetime, timedelta

import pytest

from rollout import queries, services
from rollout.domain import PermissionDenied
from rollout.permissions import COMMAND_LINE
from rollout.services.visits import SAME_VISIT

MONDAY = datetime(2026, 12, 7, 9, 0)


def test_the_last_visit_holds_while_the_person_keeps_coming_back(session, actors):
    manager, programme_id = actors["maija.manager"], queries.default_programme(session).id
    assert services.record_work_visit(session, manager, programme_id, MONDAY) is None
    reload = MONDAY + SAME_VISIT - timedelta(minutes=1)
    assert services.record_work_visit(session, manager, programme_id, reload) is None
    tuesday = MONDAY + timedelta(days=1)
    assert services.record_work_visit(session, manager, programme_id, tuesday) == reload
    new_tab = tuesday + timedelta(minutes=5)
    assert services.record_work_visit(session, manager, programme_id, new_tab) == reload


def test_a_tool_has_no_visits(session):
    with pytest.raises(PermissionDenied):
        services.record_work_visit(session, COMMAND_LINE, queries.default_programme(session).id)
