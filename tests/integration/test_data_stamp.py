"""The data stamp moves in commit order: a read model cached at one stamp is never kept past
a save, even when a save with a lower event id commits after one with a higher."""
from datetime import date

import pytest
from sqlalchemy import select

from rollout import queries
from rollout.history import record_event
from rollout.models import ChangeEvent, User
from rollout.permissions import COMMAND_LINE


def a_change(session, value: str) -> int:
    event = record_event(session, actor=COMMAND_LINE, entity="programme", entity_id=1,
                         field="name", old=None, new=value, effective_on=date(2026, 12, 6))
    session.flush()
    return event.id


def test_a_save_with_the_lower_id_committed_last_still_moves_the_stamp(sessions, engine):
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite lets one writer at a time insert: ids follow commit order there")
    with sessions() as first, sessions() as second, sessions() as reader:
        lower = a_change(first, "first")
        higher = a_change(second, "second")
        assert lower < higher
        second.commit()
        seen = queries.data_stamp(reader)
        reader.rollback()  # a rerun ends: the next one reads afresh
        first.commit()  # the lower id commits last
        now = queries.data_stamp(reader)
        assert now > seen
        assert reader.scalars(select(ChangeEvent.new_value).where(
            ChangeEvent.id.in_([lower, higher]))).all() != []
        assert set(reader.scalars(select(ChangeEvent.new_value).where(
            ChangeEvent.id.in_([lower, higher])))) == {"first", "second"}


def test_each_commit_of_changes_moves_the_stamp_once_and_nothing_else_moves_it(sessions):
    with sessions() as session:
        start = queries.data_stamp(session)
        a_change(session, "one")
        a_change(session, "two")
        session.commit()
        assert queries.data_stamp(session) == start + 1
        a_change(session, "rolled back")
        session.rollback()
        user = session.scalars(select(User)).first()
        if user is not None:
            user.failed_attempts = 0  # a write that records no change: a sign-in, say
        session.commit()
        assert queries.data_stamp(session) == start + 1
