"""User administration: accounts, their roles and centres, passwords and who may be an
admin. Signing in itself is in rollout.sign_in."""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from rollout import sign_in
from rollout.domain import DomainError, Entity, Role
from rollout.history import record_event
from rollout.models import FamilyCentre, LeadCentre, Programme, RoleAssignment, User, utcnow
from rollout.permissions import COMMAND_LINE, Actor, require
from rollout.services.conflicts import EditConflict, committing, last_event, saved_by
from rollout.text_rules import checked_text

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,79}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MINIMUM_PASSWORD_LENGTH = 10


def user_for_email(session: Session, email: str | None) -> User | None:
    """The active user whose e-mail matches (case-insensitive) a single sign-on identity."""
    if not email:
        return None
    return session.scalar(select(User).where(func.lower(User.email) == email.strip().lower(),
                                             User.is_active.is_(True)))


def actor_for(session: Session, user: User, programme_id: int) -> Actor:
    """The user as an actor in a programme: role and the family centres they lead. A
    disabled account acts with no role, so every service refuses its writes."""
    role = session.scalar(select(RoleAssignment.role).filter_by(
        user_id=user.id, programme_id=programme_id)) if user.is_active else None
    centres = session.scalars(select(LeadCentre.family_centre_id).filter_by(user_id=user.id))
    return Actor(name=user.display_name or user.username, user_id=user.id, role=role,
                 centre_ids=frozenset(centres))


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def add_user(session: Session, actor: Actor, *, username: str, role: Role, programme_id: int,
             centre_codes: list[str] = (), display_name: str = "", email: str | None = None,
             password: str | None = None) -> str:
    """Create an account with its role; returns the password (generated when not given)."""
    require(actor.is_admin)
    username = username.strip().lower()
    if not USERNAME_PATTERN.match(username):
        raise DomainError("users.bad_username", username=username)
    if session.scalar(select(User).filter_by(username=username)) is not None:
        raise DomainError("users.exists", username=username)
    display_name = checked_text(display_name, "display_name", User.display_name)
    email = checked_text(email, "email", User.email).lower() or None
    if email and not EMAIL_PATTERN.match(email):
        raise DomainError("users.bad_email", email=email)
    if email and session.scalar(select(User).where(func.lower(User.email) == email)):
        raise DomainError("users.email_exists", email=email)
    password = password or generate_password()
    _check_password(password)
    user = User(username=username, display_name=display_name, email=email,
                password_hash=sign_in.PASSWORD_HASHER.hash(password))
    # Two admins adding the same name (or e-mail) at once: the second meets the unique key.
    with committing(session, lambda: _duplicate(session, username, email)):
        session.add(user)
        session.flush()
        _record_user_change(session, actor, user, "created", None, username)
        _assign(session, actor, user, programme_id, role, centre_codes)
    return password


def _duplicate(session: Session, username: str, email: str | None) -> DomainError:
    """Which unique key a simultaneous add met: the name, or the e-mail."""
    if email and session.scalar(select(User).where(func.lower(User.email) == email)):
        return DomainError("users.email_exists", email=email)
    return DomainError("users.exists", username=username)


@dataclass(frozen=True)
class UserValues:
    """What the user editor changes of an account in a programme (its version guards them)."""
    role: Role | None
    centre_codes: tuple[str, ...]


def user_values(session: Session, username: str, programme_id: int) -> tuple[int, UserValues]:
    """An account's version and its role (None: no role) and lead centres in a programme.

    The values come from several reads, so they are read between two reads of the version
    and read again if it moved: never values of one version under the number of another."""
    user = _user(session, username)
    version_now = select(User.version).where(User.id == user.id)
    for _ in range(10):
        version = session.scalar(version_now)
        role = session.scalar(select(RoleAssignment.role).filter_by(user_id=user.id,
                                                                     programme_id=programme_id))
        values = UserValues(role, tuple(_lead_centre_codes(session, user)))
        if session.scalar(version_now) == version:
            return version, values
    raise DomainError("error.not_saved")


def set_role(session: Session, actor: Actor, *, username: str, programme_id: int,
             role: Role | None, centre_codes: list[str] = (),
             expected_version: int | None = None) -> int:
    """Give a user their one role in a programme (leads: with their family centres), or take
    it away (None).

    With `expected_version` (the version the admin's editor showed) the change is refused as
    a conflict when someone changed the account in between; saving what the account already
    holds changes nothing, not even the version. Returns the account's version."""
    require(actor.is_admin)
    _one_admin_change_at_a_time(session)
    user = _user(session, username)
    version, current = user_values(session, username, programme_id)
    if expected_version is not None and version != expected_version:
        raise _user_conflict(session, username, programme_id)
    codes = tuple(sorted(set(centre_codes))) if role == Role.LEAD else ()
    if current == UserValues(role, codes):
        return version
    if current.role == Role.ADMIN and role != Role.ADMIN:
        _keep_an_admin(session, user, programme_id)
    with committing(session, lambda: _user_conflict(session, username, programme_id,
                                                    expected_version)):
        _claim(session, user, version, programme_id)
        _assign(session, actor, user, programme_id, role, list(codes))
    return user.version


def set_password(session: Session, actor: Actor, *, username: str,
                 password: str | None = None) -> str:
    """Reset a password (admins) and unlock the account; returns the new password."""
    require(actor.is_admin)
    user = _user(session, username)
    password = password or generate_password()
    _check_password(password)
    user.password_hash = sign_in.PASSWORD_HASHER.hash(password)
    user.failed_attempts, user.locked_until = 0, None
    sign_in.end_sessions_of(session, user)  # whoever knew the old password is signed out
    _record_user_change(session, actor, user, "password", None, None)
    session.commit()
    return password


def set_active(session: Session, actor: Actor, *, username: str, active: bool) -> None:
    """Disable (or enable again) an account; a disabled account cannot sign in."""
    require(actor.is_admin)
    _one_admin_change_at_a_time(session)
    user = _user(session, username)
    if user.id == actor.user_id and not active:
        raise DomainError("users.cannot_disable_self")
    if not active:
        _keep_an_admin(session, user)
        sign_in.end_sessions_of(session, user)
    if user.is_active != active:
        _record_user_change(session, actor, user, "is_active", user.is_active, active)
        user.is_active = active
    session.commit()


def _one_admin_change_at_a_time(session: Session) -> None:
    """Take the write lock before reading who the admins are, so that two admins demoting
    or disabling each other at once cannot both pass the last-admin check: a no-op UPDATE of
    every programme (a row lock on PostgreSQL; SQLite's database write lock)."""
    session.execute(update(Programme).values(id=Programme.id)
                    .execution_options(synchronize_session=False))


def _keep_an_admin(session: Session, user: User, programme_id: int | None = None) -> None:
    """Refuse to disable or demote the last active admin (of a programme, or of any
    programme the user administers): nobody could then manage users."""
    administered = session.scalars(select(RoleAssignment.programme_id).filter_by(
        user_id=user.id, role=Role.ADMIN)).all()
    for programme in [programme_id] if programme_id is not None else administered:
        if programme not in administered:
            continue
        others = session.scalar(select(func.count()).select_from(RoleAssignment).join(
            User, User.id == RoleAssignment.user_id).where(
            RoleAssignment.programme_id == programme, RoleAssignment.role == Role.ADMIN,
            User.is_active.is_(True), User.id != user.id))
        if not others:
            raise DomainError("users.last_admin", username=user.username)


def _claim(session: Session, user: User, version: int, programme_id: int) -> None:
    """Move the account from `version` to the next, atomically; if someone moved it first,
    refuse as a conflict (the row stays locked until commit on PostgreSQL)."""
    claimed = session.execute(update(User).where(User.id == user.id, User.version == version)
                              .values(version=User.version + 1)
                              .execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        raise _user_conflict(session, user.username, programme_id)
    session.refresh(user, ["version"])


def _user_conflict(session: Session, username: str, programme_id: int,
                   expected_version: int | None = None) -> DomainError:
    """Who changed the account since the editor showed it; a refusal that is not about a
    newer version says only that nothing was saved."""
    version, theirs = user_values(session, username, programme_id)
    if expected_version is not None and version == expected_version:
        return DomainError("error.not_saved")
    by, at = saved_by(last_event(session, Entity.USER, username.strip().lower()))
    return EditConflict("users.conflict", by=by, at=at, version=version, theirs=theirs,
                        username=username)


def ensure_first_admin(session: Session, programme_id: int) -> tuple[str, str] | None:
    """When no user exists, create `admin` with a random password and return both, once."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = add_user(session, COMMAND_LINE, username="admin", role=Role.ADMIN,
                        programme_id=programme_id, display_name="Pääkäyttäjä")
    return "admin", password


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).filter_by(username=username.strip().lower()))
    if user is None:
        raise DomainError("users.unknown", username=username)
    return user


def _check_password(password: str) -> None:
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise DomainError("users.short_password", length=MINIMUM_PASSWORD_LENGTH)


def _assign(session: Session, actor: Actor, user: User, programme_id: int, role: Role | None,
            centre_codes: list[str]) -> None:
    centres = _centres(session, sorted(set(centre_codes)))
    if role == Role.LEAD and not centres:
        raise DomainError("users.lead_needs_centre")
    assignment = session.scalar(select(RoleAssignment).filter_by(user_id=user.id,
                                                                 programme_id=programme_id))
    old_role = assignment.role if assignment else None
    if role is None and assignment is not None:
        session.delete(assignment)
        sign_in.end_sessions_of(session, user)  # no role: nothing left to be signed in for
    elif assignment is None:
        session.add(RoleAssignment(user_id=user.id, programme_id=programme_id, role=role))
    else:
        assignment.role = role
    if old_role != role:
        _record_user_change(session, actor, user, "role", old_role, role, programme_id)
    old_codes = _lead_centre_codes(session, user)
    new_codes = sorted(centre.code for centre in centres) if role == Role.LEAD else []
    if old_codes != new_codes:
        session.execute(delete(LeadCentre).where(LeadCentre.user_id == user.id))
        session.add_all(LeadCentre(user_id=user.id, family_centre_id=centre.id)
                        for centre in centres if role == Role.LEAD)
        _record_user_change(session, actor, user, "centres", ", ".join(old_codes) or None,
                            ", ".join(new_codes) or None, programme_id)


def _lead_centre_codes(session: Session, user: User) -> list[str]:
    return sorted(session.scalars(select(FamilyCentre.code).join(
        LeadCentre, LeadCentre.family_centre_id == FamilyCentre.id).where(
        LeadCentre.user_id == user.id)))


def _centres(session: Session, codes: list[str]) -> list[FamilyCentre]:
    centres = []
    for code in codes:
        centre = session.scalar(select(FamilyCentre).filter_by(code=code))
        if centre is None:
            raise DomainError("users.unknown_centre", code=code)
        centres.append(centre)
    return centres


def _record_user_change(session: Session, actor: Actor, user: User, field: str, old: object,
                        new: object, programme_id: int | None = None) -> None:
    record_event(session, actor=actor, entity=Entity.USER, entity_id=user.username, field=field,
                 old=old, new=new, effective_on=utcnow().date(), programme_id=programme_id)
