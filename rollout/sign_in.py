"""Signing in with a local account: passwords checked against Argon2 hashes, a lock-out that
parallel guessing cannot outrun, and server-side sessions that end on sign-out, on an admin's
reset or removal of the role, on disabling, and after the idle timeout."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from rollout.config import Settings
from rollout.domain import DomainError
from rollout.models import SignInSession, User, utcnow

PASSWORD_HASHER = PasswordHasher()


class SignInFailed(DomainError):
    """Wrong name, wrong password, disabled or locked: deliberately one message for all."""

    def __init__(self) -> None:
        super().__init__("signin.failed")


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    return PASSWORD_HASHER.hash(secrets.token_urlsafe(16))


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return PASSWORD_HASHER.verify(password_hash, password)
    except VerificationError:
        return False


def authenticate(session: Session, username: str, password: str, settings: Settings,
                 now: datetime | None = None) -> User:
    """The active user with this name and password; SignInFailed otherwise.

    Every attempt costs one password check, whether the account exists, is disabled, locked
    or not, so neither the answer nor its time tells which. An attempt is counted before its
    password is checked, in one UPDATE, so simultaneous guesses all count: after
    `settings.lockout_attempts` failures in a row the account is locked for
    `settings.lockout_minutes`, during which even the right password fails."""
    now = now or utcnow()
    user = session.scalar(select(User).filter_by(username=username.strip().lower()))
    usable = user is not None and user.is_active and bool(user.password_hash)
    if not usable or not _attempt_counted(session, user, settings, now):
        _password_matches(_decoy_hash(), password)
        raise SignInFailed()
    if not _password_matches(user.password_hash, password):
        _fail(session, user, settings, now)
        raise SignInFailed()
    user.failed_attempts, user.locked_until = 0, None
    if PASSWORD_HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = PASSWORD_HASHER.hash(password)
    session.commit()
    return user


def _attempt_counted(session: Session, user: User, settings: Settings,
                     now: datetime) -> bool:
    """Count an attempt before it is checked, in the same statement that sees whether the
    account is locked; False when it is, or when the attempts allowed before the lock are
    already taken (by simultaneous guesses, say)."""
    count = session.execute(
        update(User).where(User.id == user.id,
                           or_(User.locked_until.is_(None), User.locked_until <= now))
        .values(failed_attempts=User.failed_attempts + 1)
        .returning(User.failed_attempts)).scalar_one_or_none()
    session.commit()
    return count is not None and count <= settings.lockout_attempts


def _fail(session: Session, user: User, settings: Settings, now: datetime) -> None:
    """A wrong password: it stays counted; the attempt that uses up the allowance locks."""
    session.refresh(user, ["failed_attempts"])
    if user.failed_attempts >= settings.lockout_attempts:
        session.execute(update(User).where(User.id == user.id).values(
            locked_until=now + timedelta(minutes=settings.lockout_minutes), failed_attempts=0))
    session.commit()


def start_session(session: Session, user: User) -> str:
    """Open a sign-in session; returns the token for the browser (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    session.add(SignInSession(token_hash=_token_hash(token), user_id=user.id))
    session.commit()
    return token


def resume_session(session: Session, token: str | None, settings: Settings,
                   now: datetime | None = None) -> User | None:
    """The user of a live sign-in session, marking it active now; None when the token is
    unknown, the session ended (signed out, the password reset, the role removed, the
    account disabled) or was idle longer than the timeout (it then ends)."""
    if not token:
        return None
    now = now or utcnow()
    sign_in = session.get(SignInSession, _token_hash(token))
    if sign_in is None or sign_in.ended_at is not None:
        return None
    user = session.get(User, sign_in.user_id)
    if now - sign_in.last_seen_at > timedelta(minutes=settings.idle_timeout_minutes) or \
            not user.is_active:
        sign_in.ended_at = now
        session.commit()
        return None
    sign_in.last_seen_at = now  # every request: the timeout counts from the last one exactly
    session.commit()
    return user


def end_session(session: Session, token: str | None) -> None:
    """Sign out: the token no longer opens anything."""
    sign_in = session.get(SignInSession, _token_hash(token)) if token else None
    if sign_in is not None and sign_in.ended_at is None:
        sign_in.ended_at = utcnow()
        session.commit()


def end_sessions_of(session: Session, user: User) -> None:
    """End every open session of a user (within the caller's transaction)."""
    session.execute(update(SignInSession).where(SignInSession.user_id == user.id,
                                                SignInSession.ended_at.is_(None))
                    .values(ended_at=utcnow()))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
