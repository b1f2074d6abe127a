"""What the database still refuses is told apart: a unique violation is a race (the
service's conflict or its own check), anything else is logged with its cause and refused
naming the rule, never "someone saved in between"."""
import logging

import pytest
from sqlalchemy import select, text

from rollout.domain import DomainError
from rollout.i18n import error_message
from rollout.models import RolloutUnit, StepProgress
from rollout.services.conflicts import DatabaseRefusal, committing


def someone_saved() -> DomainError:
    return DomainError("error.not_saved")


def test_a_broken_check_is_logged_and_named_not_taken_for_a_race(sessions, caplog):
    with sessions() as session, caplog.at_level(logging.ERROR, "rollout.database"), \
            pytest.raises(DatabaseRefusal) as refused:
        with committing(session, someone_saved):
            session.execute(text("UPDATE step_progress SET status = 'paused' WHERE id = "
                                 "(SELECT min(id) FROM step_progress)"))
    assert refused.value.params["field"] == "status"  # the rule guards the status
    assert "tila" in error_message(refused.value, "fi")
    assert "step_status" in caplog.text or "CHECK" in caplog.text
    with sessions() as session:
        assert "paused" not in session.scalars(select(StepProgress.status)).all()


def test_a_missing_reference_is_named(sessions):
    with sessions() as session, pytest.raises(DatabaseRefusal) as refused:
        with committing(session, someone_saved):
            unit = session.scalars(select(RolloutUnit)).first()
            session.add(RolloutUnit(programme_id=unit.programme_id,
                                    family_centre_id=unit.family_centre_id,
                                    municipality_code="999"))
    assert refused.value.key == "error.database_rule" and refused.value.params["field"]


def test_a_unique_violation_is_the_service_s_conflict(sessions):
    with sessions() as session, pytest.raises(DomainError) as refused:
        with committing(session, someone_saved):
            unit = session.scalars(select(RolloutUnit)).first()
            session.add(RolloutUnit(programme_id=unit.programme_id,
                                    family_centre_id=unit.family_centre_id,
                                    municipality_code=unit.municipality_code))
    assert refused.value.key == "error.not_saved"
