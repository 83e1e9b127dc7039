"""Who may run what, and where; and who is looking."""

from collections.abc import Iterable
from dataclasses import dataclass

from bot.rules.words import Role

SCOPES = frozenset({"personal", "groupChat", "channel"})

# The role groups every rule names; a member's role comes from data, never from what they type.
MEMBERS = frozenset(Role)  # anyone the network has given a role
INSIDERS = frozenset({Role.bd, Role.director, Role.admin})  # the network's own: see what partners keep from each other
OVERSEERS = frozenset({Role.director, Role.admin})  # see disputes and partner quotes in full; may make any fee move
DIRECTORS = frozenset({Role.director})  # the policy gives sanctions to the directors
ADMINS = frozenset({Role.admin})
PARTNERS = frozenset({Role.partner})
BD = frozenset({Role.bd})  # who answers a partner's request to approach on their behalf


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
