"""Who may run what, and where."""

from collections.abc import Iterable

SCOPES = frozenset({"personal", "groupChat", "channel"})


def may_use(allowed_roles: frozenset[str] | None, role: str | None) -> bool:
    """True if a member with this role may run a command limited to these roles (None: everyone)."""
    return allowed_roles is None or role in allowed_roles


def usable_here(scopes: Iterable[str], kind: str) -> bool:
    """True if a command works in this kind of conversation."""
    return kind in scopes
