"""Shared fixtures: a migrated, seeded database per test (SQLite file, or PostgreSQL when
ROLLOUT_TEST_DATABASE_URL is set), and its session factory."""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rollout.db import make_engine, make_session_factory, migrate
from rollout.seed import seed_defaults

POSTGRES_URL = os.environ.get("ROLLOUT_TEST_DATABASE_URL")


@pytest.fixture
def database_url(tmp_path):
    """An empty database for one test: a fresh SQLite file, or a fresh PostgreSQL schema-less
    database created beside the one CI hands over."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    """Session factory over a migrated database holding the default seed."""
    factory = make_session_factory(engine)
    with factory() as session:
        seed_defaults(session)
    return factory


@pytest.fixture
def session(sessions):
    with sessions() as session:
        yield session


def pytest_collection_modifyitems(items):
    """Every test that touches a database is a `db` test, run again on PostgreSQL in CI."""
    for item in items:
        if "engine" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
