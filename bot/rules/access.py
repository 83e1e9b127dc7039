"""Who may run what, and where; and who is looking."""

from collections.abc import Iterable
from dataclasses import dataclass

SCOPES = frozenset({"personal", "groupChat", "channel"})

# The role groups every rule names; a member's role comes from data, never from what they type.
MEMBERS = frozenset({"partner", "bd", "director", "admin"})  # anyone the network has given a role
INSIDERS = frozenset({"bd", "director", "admin"})  # the network's own people: see what partners keep from each other
OVERSEERS = frozenset({"director", "admin"})  # see disputes and partner quotes in full; may make any legal fee move
DIRECTORS = frozenset({"director"})  # the policy gives sanctions to the directors
ADMINS = frozenset({"admin"})
PARTNERS = frozenset({"partner"})


@dataclass(frozen=True)
class Viewer:
    """Who an answer is for; `public` is everyone in a channel or group chat, whoever asked."""

    member_id: int | None
    role: str | None
    public: bool = False

    @property
    def privileged(self) -> bool:
        """BD, directors and admins see every detail, except in a public answer."""
        return not self.public and self.role in INSIDERS


def may_use(allowed_roles: frozenset[str] | None, role: str | None) -> bool:
    """True if a member with this role may run a command limited to these roles (None: everyone)."""
    return allowed_roles is None or role in allowed_roles


def usable_here(scopes: Iterable[str], kind: str) -> bool:
    """True if a command works in this kind of conversation."""
    return kind in scopes
