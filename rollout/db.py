"""Engine and session factory, made once at configuration time, and the migration runner."""
from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SETUP_LOCK_KEY = 0x61736B6C  # "askl": the advisory lock of set-up on PostgreSQL


def make_engine(database_url: str) -> Engine:
    """An engine for the URL; SQLite gets its folder created, foreign keys enforced, and the
    write-ahead log, so that people reading never block someone saving (and the reverse)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _configure_sqlite)
    return engine


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that move the data stamp when they commit recorded changes."""
    from rollout import data_stamp  # the stamp's model imports nothing of this module
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    data_stamp.watch(factory)
    return factory


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration."""
    command.upgrade(alembic_config(engine), "head")


@contextmanager
def setting_up(engine: Engine) -> Iterator[None]:
    """One set-up (migrate and seed) at a time per database: a second `init` started at the
    same moment waits for the first and then finds everything in place. PostgreSQL: an
    advisory lock; SQLite: a lock file beside the database."""
    url = engine.url
    if url.get_backend_name() == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": SETUP_LOCK_KEY})
        return
    if not url.database or url.database == ":memory:":
        yield
        return
    with open(f"{url.database}.setup-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def database_error_key(error: SQLAlchemyError) -> str:
    """The message for a database error no rule foresaw: the database could not be reached
    (down, restarting, the network cut), or it refused what was asked."""
    unreachable = isinstance(error, (OperationalError, InterfaceError)) or (
        isinstance(error, DBAPIError) and error.connection_invalidated)
    return "error.database_unavailable" if unreachable else "error.database"
