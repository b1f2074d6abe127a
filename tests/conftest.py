"""Shared fixtures: a migrated, seeded database per test (SQLite file, or PostgreSQL when
ROLLOUT_TEST_DATABASE_URL is set), and its session factory."""
from __future__ import annotations

import os
import shutil
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rollout.db import make_engine, make_session_factory, migrate
from rollout.seed import seed_defaults

POSTGRES_URL = os.environ.get("ROLLOUT_TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Argon2 with light parameters: the same code path, a fraction of the time."""
    from argon2 import PasswordHasher
    from rollout import sign_in
    monkeypatch.setattr(sign_in, "PASSWORD_HASHER",
                        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def offline_boundaries(monkeypatch, tmp_path_factory):
    """No test reaches Statistics Finland or the working copy's boundary cache: the map's
    download goes to a closed local port (refused at once) and the cache to a fresh folder.
    Tests of the download set their own server."""
    from rollout.geo import store
    monkeypatch.setenv("ROLLOUT_BOUNDARIES_URL", "http://127.0.0.1:9/wfs")
    monkeypatch.delenv("ROLLOUT_BOUNDARIES", raising=False)
    monkeypatch.setattr(store, "CACHE_FILE",
                        tmp_path_factory.mktemp("cache") / "boundaries.geojson")


@pytest.fixture
def database_url(tmp_path):
    """An empty database for one test: a fresh SQLite file, or a fresh PostgreSQL schema-less
    database created beside the one CI hands over."""
    yield from fresh_database(tmp_path / "test.db")


@pytest.fixture
def other_database_url(tmp_path):
    """A second empty database of the same kind (what a restore moves the data into)."""
    yield from fresh_database(tmp_path / "other.db")


def fresh_database(sqlite_file):
    """An empty database's URL while the test runs; a PostgreSQL one is dropped after it."""
    if not POSTGRES_URL:
        yield f"sqlite:///{sqlite_file}"
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    drop_database(admin, name)
    admin.dispose()


def drop_database(admin, name: str) -> None:
    """Drop a test database; an autovacuum worker that has just started on it (a superuser
    process the test role may not end) finishes within moments, so try again."""
    from sqlalchemy.exc import DBAPIError
    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 19:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory):
    """A SQLite database migrated once per test process, for tests to start from a copy of:
    running the migrations took half a second a test."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    template = make_engine(f"sqlite:///{path}")
    migrate(template)
    with template.connect() as connection:  # everything in the main file, no WAL beside it
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    template.dispose()
    return path


@pytest.fixture
def engine(database_url, request):
    """The test's database, migrated to the newest revision: on SQLite a copy of a database
    migrated once (the same schema, a fraction of the time), on PostgreSQL migrated here."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        shutil.copyfile(request.getfixturevalue("migrated_sqlite_file"), url.database)
    engine = make_engine(database_url)
    migrate(engine)  # nothing to do on a copy; it checks that the copy is at the newest
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


PASSWORD = "correct horse battery"
PEOPLE = {  # user name: (role, centres)
    "aino.admin": ("admin", []),
    "pekka.planner": ("planner", []),
    "paavo.planner": ("planner", []),
    "liisa.lead": ("lead", ["lakeus"]),
    "maija.manager": ("manager", []),
}


@pytest.fixture
def people(sessions):
    """One user of each role (password PASSWORD); Liisa leads the Lakeus family centre."""
    from rollout import accounts, queries
    from rollout.domain import Role
    from rollout.permissions import COMMAND_LINE
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        for username, (role, centres) in PEOPLE.items():
            accounts.add_user(session, COMMAND_LINE, username=username, role=Role(role),
                              programme_id=programme_id, centre_codes=centres,
                              password=PASSWORD, email=f"{username}@pohde.example")
    return PEOPLE


@pytest.fixture
def actors(sessions, people):
    """The people as actors in the default programme, by user name."""
    from rollout import accounts, queries
    from rollout.models import User
    from sqlalchemy import select
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        return {user.username: accounts.actor_for(session, user, programme_id)
                for user in session.scalars(select(User))}



@pytest.fixture
def fake_wfs(monkeypatch):
    """The local stand-in for Statistics Finland's WFS (tests/fake_wfs.py), with
    ROLLOUT_BOUNDARIES_URL pointing at it."""
    from tests.fake_wfs import running_wfs
    with running_wfs() as wfs:
        monkeypatch.setenv("ROLLOUT_BOUNDARIES_URL", wfs.url)
        yield wfs
