"""Which member a Teams identity is: linked by Teams id or Entra object id, by email only once and never re-linked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Why a Teams identity was not linked to the member its email names; admins read these in `members`.
SHARED_EMAIL = "two people in Teams share this email"
LINKED_ELSEWHERE = "this email belongs to a member already linked to another Teams identity"
OTHER_TENANT = "their Teams account is in a tenant the network does not allow"


@dataclass(frozen=True)
class Seen:
    """A Teams identity as a signed activity or a team roster shows it."""

    teams_id: str
    aad_object_id: str | None = None
    email: str | None = None  # email, else user principal name, lower case
    tenant_id: str | None = None


@dataclass(frozen=True)
class Known:
    """What a member row already holds of an identity."""

    id: int
    teams_id: str | None = None
    aad_object_id: str | None = None

    @property
    def linked(self) -> bool:
        """True once a Teams identity is bound to the row; after that an email never moves it."""
        return bool(self.teams_id or self.aad_object_id)


@dataclass(frozen=True)
class Link:
    """The decision: the member to refresh ('same'), to bind by email ('link'), a new one, or nobody ('conflict')."""

    action: Literal["same", "link", "new", "conflict"]
    member_id: int | None = None
    problem: str | None = None  # for 'conflict', and for 'new' when the email could not be used


def decide(seen: Seen, *, by_teams_id: Known | None, by_object_id: Known | None, by_email: Known | None,
           email_shared: bool, tenant_allowed: bool) -> Link:
    """Bind a Teams identity to a member: its own ids first; an email binds only an unlinked row, once."""
    if by_teams_id is not None:
        return Link("same", by_teams_id.id)
    if by_object_id is not None and tenant_allowed:
        return Link("same", by_object_id.id)
    if not seen.email or by_email is None:
        return Link("new")
    if not tenant_allowed:
        return Link("conflict", by_email.id, OTHER_TENANT)
    if email_shared:
        return Link("conflict", by_email.id, SHARED_EMAIL)
    if by_email.linked:
        return Link("conflict", by_email.id, LINKED_ELSEWHERE)
    return Link("link", by_email.id)


def tenant_allowed(tenant_id: str | None, allowed: frozenset[str]) -> bool:
    """An empty allow-list (anonymous development, multi-tenant bots) allows any tenant; else it must be listed."""
    return not allowed or (tenant_id or "").lower() in allowed
