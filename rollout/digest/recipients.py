"""Who may get a digest in a programme, and what was sent to them: the reads the digest job
makes besides a person's list (rollout.queries.my_work)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout import accounts, queries
from rollout.domain import DomainError, Role
from rollout.models import DigestSent, Programme, RoleAssignment, User, WorkVisit
from rollout.permissions import Actor


@dataclass(frozen=True)
class Recipient:
    """A person with an e-mail address and a role in the programme, and their settings."""
    user_id: int
    name: str
    email: str
    language: str
    frequency: str
    weekday: int
    wants_report: bool
    actor: Actor  # the role and the family centres they lead

    @property
    def is_manager(self) -> bool:
        return self.actor.role == Role.MANAGER


@dataclass(frozen=True)
class ProgrammeRef:
    id: int
    slug: str
    name: str


def chosen_programmes(session: Session, slug: str | None) -> list[ProgrammeRef]:
    """The programme `slug` names, or every programme when it is None."""
    if slug is None:
        found = list(session.scalars(select(Programme).order_by(Programme.slug)))
    else:
        programme = queries.programme_by_slug(session, slug.strip())
        if programme is None:
            raise DomainError("programmes.unknown", slug=slug, known=", ".join(
                session.scalars(select(Programme.slug).order_by(Programme.slug))))
        found = [programme]
    return [ProgrammeRef(programme.id, programme.slug, programme.name) for programme in found]


def recipients(session: Session, programme_id: int) -> list[Recipient]:
    """Every active account with an e-mail address and a role in the programme."""
    users = session.scalars(
        select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.programme_id == programme_id, User.is_active,
               User.email.is_not(None), User.email != "")
        .order_by(User.id))
    return [Recipient(user.id, user.display_name or user.username, user.email or "", user.language,
                      user.digest_frequency, user.digest_weekday, bool(user.digest_report),
                      accounts.actor_for(session, user, programme_id))
            for user in users]


def sent_periods(session: Session, user_id: int, programme_id: int) -> set[str]:
    """The periods the person's digests of the programme were sent (or are being sent) for."""
    return set(session.scalars(select(DigestSent.period).filter_by(
        user_id=user_id, programme_id=programme_id)))


def last_visit(session: Session, user_id: int, programme_id: int) -> datetime | None:
    """Where a manager's news start: the later of their last look at My work in the
    programme and their last digest of it (news already mailed are not mailed again)."""
    visit = session.get(WorkVisit, (user_id, programme_id))
    mailed = session.scalar(select(func.max(DigestSent.sent_at)).where(
        DigestSent.user_id == user_id, DigestSent.programme_id == programme_id,
        DigestSent.period.not_like("%-report")))
    seen = [moment for moment in (visit.latest_at if visit else None, mailed) if moment]
    return max(seen) if seen else None
