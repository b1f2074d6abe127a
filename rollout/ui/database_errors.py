"""The one place a database error that no rule foresaw becomes a message: the database down
("try again in a moment", and the next rerun reconnects by itself), or anything else the
database refused ("nothing was changed"); the details go to the log, never to the page."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from rollout.db import database_error_key
from rollout.ui.context import t

LOG = logging.getLogger("rollout.database")


@contextmanager
def database_errors_as_messages() -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as error:
        LOG.exception("database error")
        st.error(t(database_error_key(error)), icon=":material/cloud_off:")
