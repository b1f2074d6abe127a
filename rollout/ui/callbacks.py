"""What every button's action runs in: the signed-in actor confirmed as of now, and whatever
goes wrong told beside the button (a broken rule, a database error) instead of a traceback."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from rollout.db import database_error_key
from rollout.domain import DomainError
from rollout.ui.auth import confirm_actor
from rollout.ui.context import notify, notify_error, t

LOG = logging.getLogger("rollout.database")


@contextmanager
def acting(place: str) -> Iterator[None]:
    """Run a button's action for `place`: refused when the page's session or role no longer
    holds; a DomainError or a database error becomes the place's message and ends the
    action (so put the success handling inside the block too)."""
    try:
        confirm_actor()
        yield
    except DomainError as error:
        notify_error(place, error)
    except SQLAlchemyError as error:
        LOG.exception("database error in an action")
        notify(place, "error", t(database_error_key(error)))
