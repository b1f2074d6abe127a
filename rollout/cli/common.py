"""What every command shares: the database, the acting user, and finding a unit's step."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from rollout.cli.arguments import whole
from rollout import accounts, queries
from rollout.config import Settings
from rollout.db import make_engine, make_session_factory
from rollout.domain import DomainError
from rollout.models import Programme, User
from rollout.permissions import COMMAND_LINE, Actor

USER_HELP = "act as this user (their role is checked); default: the command line, as admin"
PROGRAMME_HELP = "the programme's slug (see `programme list`); default: the one init seeded"


@dataclass
class Context:
    settings: Settings
    _opened: list = field(default_factory=list)

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.settings.database_url)
        self._opened.append(engine)
        return engine

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_session_factory(self.engine)

    def close(self) -> None:
        for engine in self._opened:
            engine.dispose()


def add_programme_argument(parser) -> None:
    parser.add_argument("--programme", metavar="SLUG", help=PROGRAMME_HELP)


def add_unit_arguments(parser) -> None:
    add_programme_argument(parser)
    parser.add_argument("--unit", required=True, metavar="MUNICIPALITY_CODE")
    parser.add_argument("--step", required=True, type=whole(1, 99), metavar="N")
    parser.add_argument("--centre", metavar="CODE",
                        help="family centre, when the municipality has several")
    parser.add_argument("--user", metavar="NAME", help=USER_HELP)


def programme(session: Session, slug: str | None = None) -> Programme:
    """The programme a command works in: the one `--programme` names, else the default."""
    if slug is not None:
        found = queries.programme_by_slug(session, slug.strip())
        if found is None:
            raise DomainError("programmes.unknown", slug=slug, known=", ".join(
                session.scalars(select(Programme.slug).order_by(Programme.slug))))
        return found
    found = queries.default_programme(session)
    if found is None:
        raise DomainError("app.no_programme")
    return found


def acting_user(session: Session, username: str | None, programme_id: int) -> Actor:
    """The user a command acts as (their role in the programme), or the command line."""
    if username is None:
        return COMMAND_LINE
    user = session.scalar(select(User).filter_by(username=username.strip().lower()))
    if user is None:
        raise DomainError("users.unknown", username=username)
    if not user.is_active:
        raise DomainError("users.is_disabled", username=user.username)
    return accounts.actor_for(session, user, programme_id)
