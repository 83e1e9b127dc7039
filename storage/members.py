"""Members: who people are and which role the network gave them."""

from functools import cache
from typing import NamedTuple

from sqlalchemy import Select, bindparam, delete, func, or_, update
from sqlmodel import Session, SQLModel, select

from storage.db import get, like_escaped, save
from storage.models import Conversation, Member, TeamMember
from storage.outbox import waits_for
from storage.types import utcnow


class Identities(NamedTuple):
    """The members a Teams identity may be, found by each of its keys, and those with messages waiting."""

    by_teams_id: Member | None
    by_object_id: Member | None
    by_email: Member | None
    waiting: frozenset[int]

    def covers(self, member_id: int) -> bool:
        """Whether this read found the member, so that `waiting` speaks for them."""
        return any(m is not None and m.id == member_id for m in (self.by_teams_id, self.by_object_id, self.by_email))


def display_name(member: Member | None) -> str:
    """How cards and messages name a member: their name, else their email, else "a member"."""
    return (member.name or member.email or "a member") if member else "a member"


def find_member(
    session: Session, *, teams_id: str | None = None, aad_object_id: str | None = None, email: str | None = None
) -> Member | None:
    """The member with this Teams id, else this Entra object id, else this email."""
    for column, value in (
        (Member.teams_id, teams_id),
        (Member.aad_object_id, aad_object_id),
        (Member.email, email.lower() if email else None),
    ):
        if value:
            member = session.exec(select(Member).where(column == value)).first()
            if member:
                return member
    return None


def members_by_identity(session: Session, teams_id: str | None, aad_object_id: str | None,
                        email: str | None) -> Identities:
    """The members with this Teams id, this Entra object id and this email (any case), and which of them have
    messages waiting, in one read: most turns start here, and a second read for the waiting check cost a round trip."""
    email = email.strip().lower() if email else None
    given = {key: value for key, value in (("teams_id", teams_id), ("aad_object_id", aad_object_id), ("email", email))
             if value}
    rows = list(session.execute(_by_identity(tuple(given)), given)) if given else []

    def first(column: str, value: str | None) -> Member | None:
        return next((m for m, _ in rows if value and getattr(m, column) == value), None)
    return Identities(first("teams_id", teams_id), first("aad_object_id", aad_object_id), first("email", email),
                      frozenset(m.id for m, waits in rows if waits))


@cache
def _by_identity(keys: tuple[str, ...]) -> Select:
    # Built once for each set of keys a Teams identity comes with: most turns start here, and building the
    # statement and its cache key anew cost more than running it.
    wanted = [getattr(Member, key) == bindparam(key) for key in keys]
    return select(Member, waits_for(Member.id)).where(or_(*wanted)).order_by(Member.id)


def link_identity(session: Session, member_id: int, *, teams_id: str, aad_object_id: str | None,
                  tenant_id: str | None) -> bool:
    """Bind a Teams identity to a member no identity is bound to yet; False if someone bound one first."""
    result = session.execute(
        update(Member)
        .where(Member.id == member_id, Member.teams_id.is_(None), Member.aad_object_id.is_(None))
        .values(teams_id=teams_id, aad_object_id=aad_object_id, tenant_id=tenant_id, link_problem=None,
                updated_at=utcnow())
    )
    return result.rowcount == 1


def taken(session: Session, column, value: str | None) -> bool:
    """True when some member already has this Teams id, object id or email."""
    return bool(value) and session.exec(select(Member.id).where(column == value)).first() is not None


def member_by_email(session: Session, email: str) -> Member | None:
    """The member with this email (case-insensitive)."""
    return session.exec(select(Member).where(Member.email == email.strip().lower())).first()


def set_role(session: Session, member: Member, role: str | None) -> None:
    """Give a member a role (or take it away with None)."""
    save(session, member, role=role)


def member_columns(session: Session) -> list:
    """Every member as the columns an import plans with (id, email, object id, name, role, firm), not row objects."""
    return list(session.execute(select(Member.id, Member.email, Member.aad_object_id, Member.name, Member.role,
                                       Member.firm)))


def list_members(session: Session) -> list[Member]:
    """Every member, by name."""
    return list(session.exec(select(Member).order_by(Member.name, Member.id)))


def members_like(session: Session, text: str, limit: int) -> list[tuple[int, str]]:
    """(id, name) of members with a role whose name or email holds `text` (any case), by name: a picker's search."""
    pattern = "%" + like_escaped(text) + "%"
    query = (select(Member.id, Member.name, Member.email)
             .where(Member.role.is_not(None), (func.lower(Member.name).like(pattern, escape="\\"))
                    | (func.lower(Member.email).like(pattern, escape="\\")))
             .order_by(func.lower(Member.name), Member.id).limit(limit))
    return [(i, name or email or f"member {i}") for i, name, email in session.execute(query)]


def member_by_id(session: Session, member_id: int | None) -> Member | None:
    """One member by id; None for an id no row can have."""
    return get(session, Member, member_id)


def add_member(session: Session, email: str, name: str) -> Member:
    """A member known so far only by email (linked to Teams when they first talk to Accord)."""
    member = Member(email=email.strip().lower(), name=name)
    session.add(member)
    session.flush()
    return member


def member_named(session: Session, name: str) -> Member | None:
    """The one member with exactly this name (any case); None when nobody or several have it."""
    found = list(session.exec(select(Member).where(func.lower(Member.name) == name.strip().lower()).limit(2)))
    return found[0] if len(found) == 1 else None


def typed_member(session: Session, text: str) -> Member | None:
    """The member with this email or this exact name; None for nobody, several, or text no name can be."""
    text = text.strip().strip("<>")
    if not text or "\x00" in text:  # PostgreSQL text cannot hold NUL, and no name or email has one
        return None
    return member_by_email(session, text) if "@" in text else member_named(session, text)


def members_with_role(session: Session, role: str) -> list[Member]:
    """Every member with this role."""
    return list(session.exec(select(Member).where(Member.role == role).order_by(Member.id)))


# Where a member is named only to reach them (a team's roster, their 1:1 chat): removing them lets go of these.
REACH_TABLES = frozenset({"team_member", "conversation"})


def footprint(session: Session, member: Member) -> dict[str, int]:
    """How many rows of each table name this member, beyond how to reach them: their history in the network."""
    found = {}
    for table, column in _member_columns():
        if table.name not in REACH_TABLES:
            count = session.execute(select(func.count()).select_from(table).where(column == member.id)).scalar_one()
            if count:
                found[table.name] = found.get(table.name, 0) + count
    return found


def remove_member(session: Session, member: Member) -> None:
    """Delete a member with no footprint, letting go of their roster entries and 1:1 chat."""
    session.execute(delete(TeamMember).where(TeamMember.member_id == member.id))
    session.execute(update(Conversation).where(Conversation.member_id == member.id).values(member_id=None))
    session.delete(member)
    session.flush()


def _member_columns():
    """Every (table, column) that refers to a member."""
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "member" for fk in column.foreign_keys):
                yield table, column


def fold_into(session: Session, keep: Member, drop: Member) -> int:
    """Point everything that names `drop` at `keep`, then delete `drop`; how many rows changed hands."""
    moved = 0
    # A team lists each member once: where both are listed, `keep`'s entry stands.
    both = select(TeamMember.team_id).where(TeamMember.member_id == keep.id)
    session.execute(delete(TeamMember).where(TeamMember.member_id == drop.id, TeamMember.team_id.in_(both)))
    for table, column in _member_columns():
        moved += session.execute(update(table).where(column == drop.id).values({column.name: keep.id})).rowcount
    session.delete(drop)
    session.flush()
    return moved
