"""Alembic environment: runs against the engine handed over by rollout.db.migrate.

SQLite changes a table by copying it (batch mode), which foreign keys would forbid while
other tables point at it; so they are off during the migration and checked after it."""
from alembic import context
from sqlalchemy import text

from rollout.models import Base

config = context.config
engine = config.attributes["engine"]
is_sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if is_sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside any transaction
        connection.commit()
    with connection.begin():
        context.configure(connection=connection, target_metadata=Base.metadata,
                          render_as_batch=is_sqlite, compare_type=True)
        context.run_migrations()
        if is_sqlite:
            broken = connection.execute(text("PRAGMA foreign_key_check")).all()
            if broken:
                raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
    if is_sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
