"""A person's own settings (Omat asetukset): the reminder digest's language and rhythm, and
for a manager the steering-group report attached once a month. Only the person changes
them (the e-mail address is the admin's); `settings_version` guards a save made in a second
window from being lost. Each changed setting is a history event of the account."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rollout.config import LANGUAGES
from rollout.domain import Role, DomainError, Entity, PermissionDenied
from rollout.history import record_event
from rollout.models import ChangeEvent, User, utcnow
from rollout.permissions import Actor, require
from rollout.services.conflicts import EditConflict, committing, saved_by

FREQUENCIES = ("weekly", "daily", "never")  # the digest's rhythm: on a weekday, every day, none
WEEKDAYS = range(7)  # 0 = Monday … 6 = Sunday
# MySettings' fields as the account's columns (and the history's field names).
COLUMNS = {"language": "language", "frequency": "digest_frequency",
           "weekday": "digest_weekday", "report": "digest_report"}


@dataclass(frozen=True)
class MySettings:
    """A person's settings as stored at `version`, with the e-mail address the admin set
    (None: no address, so no digest is sent)."""
    email: str | None
    language: str
    frequency: str
    weekday: int
    report: bool
    version: int


def my_settings(session: Session, user_id: int) -> MySettings:
    """The person's settings and e-mail address as the database holds them now."""
    user = session.get(User, user_id, populate_existing=True)
    if user is None:
        raise DomainError("my_settings.no_account")
    return _settings(user)


def save_my_settings(session: Session, actor: Actor, expected_version: int,
                     wanted: MySettings, *, user_id: int | None = None) -> User:
    """Save the actor's own digest settings (`wanted`'s language, frequency, weekday and
    report; its email and version are not read), if no other save moved them on since the
    person saw `expected_version`; unchanged values change nothing, not even the version.

    `user_id` (the actor's own when not given) is whose settings these are: anyone else's
    are refused, as are a tool's (an actor without an account) and a disabled account's.
    Choosing the monthly report takes a manager (the actor's role in the programme at
    hand); a report already chosen may stay while other settings change."""
    user_id = actor.user_id if user_id is None else user_id
    require(actor.user_id is not None and actor.role is not None and user_id == actor.user_id)
    values = _checked(wanted)
    conflict = _conflict(session, user_id, expected_version)
    with committing(session, conflict):
        user = session.get(User, user_id, populate_existing=True)
        if user is None:
            raise DomainError("my_settings.no_account")
        if user.settings_version != expected_version:
            raise conflict()
        if values["digest_report"] and not user.digest_report and actor.role != Role.MANAGER:
            raise PermissionDenied("my_settings.report_managers_only")
        changed = {column: value for column, value in values.items()
                   if getattr(user, column) != value}
        if changed:
            _claim(session, user, expected_version, changed, conflict)
            for column, value in changed.items():
                record_event(session, actor=actor, entity=Entity.USER,
                             entity_id=user.username, field=column,
                             old=getattr(user, column), new=value,
                             effective_on=utcnow().date(), programme_id=None)
            session.refresh(user)
    return user


def _settings(user: User) -> MySettings:
    return MySettings(user.email, user.language, user.digest_frequency, user.digest_weekday,
                      bool(user.digest_report), user.settings_version)


def _checked(wanted: MySettings) -> dict[str, object]:
    """The wanted settings by column, or the rule a value breaks."""
    if wanted.language not in LANGUAGES:
        raise DomainError("my_settings.bad_language", value=str(wanted.language),
                          field="language")
    if wanted.frequency not in FREQUENCIES:
        raise DomainError("my_settings.bad_frequency", value=str(wanted.frequency),
                          field="digest_frequency")
    weekday = wanted.weekday
    if not isinstance(weekday, int) or isinstance(weekday, bool) or weekday not in WEEKDAYS:
        raise DomainError("my_settings.bad_weekday", value=str(weekday),
                          field="digest_weekday")
    if not isinstance(wanted.report, bool):
        raise DomainError("my_settings.bad_report", value=str(wanted.report),
                          field="digest_report")
    return {"language": wanted.language, "digest_frequency": wanted.frequency,
            "digest_weekday": weekday, "digest_report": wanted.report}


def _claim(session: Session, user: User, expected_version: int, changed: dict[str, object],
           conflict: Callable[[], DomainError]) -> None:
    """Store the changed settings and the next version in one statement, only while the
    version is still `expected_version` (a concurrent save of the same version finds it
    moved: the row stays locked until commit on PostgreSQL, SQLite holds its write lock)."""
    claimed = session.execute(update(User).where(User.id == user.id,
                                                 User.settings_version == expected_version)
                              .values(**changed, settings_version=expected_version + 1)
                              .execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        raise conflict()


def _last_settings_event(session: Session, username: str) -> ChangeEvent | None:
    """The newest change of the person's settings (not an admin's change of the account)."""
    return session.scalar(select(ChangeEvent).where(
        ChangeEvent.entity == Entity.USER.value, ChangeEvent.entity_id == username,
        ChangeEvent.field.in_(list(COLUMNS.values())))
        .order_by(ChangeEvent.id.desc()).limit(1))


def _conflict(session: Session, user_id: int, expected_version: int
              ) -> Callable[[], DomainError]:
    def conflict() -> DomainError:
        user = session.get(User, user_id, populate_existing=True)
        if user is None or user.settings_version == expected_version:
            return DomainError("error.not_saved")
        by, at = saved_by(_last_settings_event(session, user.username))
        return EditConflict("my_settings.conflict", by=by, at=at,
                            version=user.settings_version, theirs=_settings(user))
    return conflict
