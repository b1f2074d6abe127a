"""Who may do what: the acting user and the pure rules of each role. No I/O here."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rollout.domain import PermissionDenied, Role


@dataclass(frozen=True)
class Actor:
    """The person (or tool) making a change, with their role in the programme at hand."""
    name: str
    user_id: int | None = None
    role: Role | None = None
    centre_ids: frozenset[int] = field(default_factory=frozenset)
    source: str = "user"  # what the history calls the origin of this actor's changes

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def can_edit_steps(self) -> bool:
        return self.role in (Role.ADMIN, Role.PLANNER)

    def can_review_centre(self, centre_id: int) -> bool:
        """Tick checklists and sign steps off: admins anywhere, leads in their own centres."""
        return self.is_admin or (self.role == Role.LEAD and centre_id in self.centre_ids)

    def can_record_area(self, area_centre_ids: Iterable[int]) -> bool:
        """Record an area's service figures and observations: admins and planners anywhere,
        leads in the areas of their own centres."""
        return self.can_edit_steps() or (self.role == Role.LEAD
                                         and not self.centre_ids.isdisjoint(area_centre_ids))

    def can_import_workbook(self) -> bool:
        """Import an edited workbook: planners and admins (steps and figures), leads (their
        own areas' service figures; each row they may not change is a problem)."""
        return self.can_edit_steps() or self.role == Role.LEAD

    def can_edit_themes(self) -> bool:
        return self.can_edit_steps()

    def can_read(self) -> bool:
        return self.role is not None


def require(allowed: bool) -> None:
    """Raise PermissionDenied unless `allowed`; services call this before changing anything."""
    if not allowed:
        raise PermissionDenied("error.permission")


PUBLIC_RECORD = Actor(name="julkinen lähde", source="public_record")
COMMAND_LINE = Actor(name="komentorivi", role=Role.ADMIN)
