"""Teams Accord is installed in, their rosters, and the claim on a roster read that only one replica holds."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, delete, or_, update
from sqlmodel import Session, select

from storage.batches import chunks
from storage.db import save
from storage.models import RosterEntry, Team, TeamMember


def record_team(session: Session, team_id: str, *, service_url: str, tenant_id: str | None, bot_id: str,
                name: str | None, installed: bool, now: datetime) -> Team:
    """Create or refresh a team; a new, renamed or changed team's roster is read again soon."""
    row = team(session, team_id) or Team(team_id=team_id, service_url=service_url, roster_due_at=now)
    fields = dict(service_url=service_url, tenant_id=tenant_id or row.tenant_id, bot_id=bot_id or row.bot_id,
                  name=name or row.name, installed=installed)
    save(session, row, **fields)
    return row


def roster_due(session: Session, team_id: str, now: datetime) -> None:
    """Ask for the team's roster to be read at the next chance (members added or removed, renamed, installed)."""
    session.execute(update(Team).where(Team.team_id == team_id).values(roster_due_at=now))


def team(session: Session, team_id: str) -> Team | None:
    """The team with this Teams id."""
    return session.exec(select(Team).where(Team.team_id == team_id)).first()


def claim_roster(session: Session, now: datetime, lease: timedelta) -> Team | None:
    """Lease one installed team whose roster read is due; no other replica reads it until the lease ends."""
    free = or_(Team.roster_lease_until.is_(None), Team.roster_lease_until < now)
    query = select(Team.id).where(Team.installed, Team.roster_due_at <= now, free).order_by(Team.roster_due_at)
    for team_row_id in list(session.exec(query.limit(5))):
        # Guarded on the lease being free as we read it: two replicas cannot both take it.
        taken = session.execute(update(Team).where(Team.id == team_row_id, free)
                                .values(roster_lease_until=now + lease))
        if taken.rowcount == 1:
            return session.get(Team, team_row_id)
    return None


def roster_page_read(session: Session, team_row_id: int, token: str | None, started_at: datetime,
                     lease_until: datetime) -> None:
    """Keep where a read got to, so a read that fails later resumes from this page's continuation."""
    session.execute(update(Team).where(Team.id == team_row_id)
                    .values(roster_token=token, roster_started_at=started_at, roster_lease_until=lease_until))


def roster_finished(session: Session, team_row_id: int, now: datetime, next_read: datetime) -> None:
    """A complete read: the next is due at `next_read`."""
    session.execute(update(Team).where(Team.id == team_row_id).values(
        roster_token=None, roster_started_at=None, roster_lease_until=None, roster_read_at=now,
        roster_due_at=next_read, roster_error=None))


def roster_failed(session: Session, team_row_id: int, error: str, retry_at: datetime | None) -> None:
    """A read that stopped; it resumes at `retry_at` from the kept continuation (None: never, the bot was removed)."""
    values: dict = dict(roster_lease_until=None, roster_error=error[:1000], roster_due_at=retry_at)
    if retry_at is None:
        values["installed"] = False
    session.execute(update(Team).where(Team.id == team_row_id).values(**values))


def seen_in_team(session: Session, team_row_id: int, member_id: int, now: datetime) -> bool:
    """Mark a member as listed by the team's roster; True if they were not listed there before."""
    row = session.exec(select(TeamMember).where(TeamMember.team_id == team_row_id,
                                                TeamMember.member_id == member_id)).first()
    if row is None:
        session.add(TeamMember(team_id=team_row_id, member_id=member_id, seen_at=now))
        session.flush()
        return True
    returned = row.left_at is not None
    row.seen_at, row.left_at = now, None
    session.add(row)
    session.flush()
    return returned


def mark_left(session: Session, team_row_id: int, read_started: datetime, now: datetime) -> list[int]:
    """Members a complete read did not list: they left the team. Their ids."""
    gone = and_(TeamMember.team_id == team_row_id, TeamMember.seen_at < read_started, TeamMember.left_at.is_(None))
    ids = list(session.exec(select(TeamMember.member_id).where(gone)))
    if ids:
        session.execute(update(TeamMember).where(gone).values(left_at=now))
    return ids


def in_teams(session: Session, member_ids: list[int] | None = None) -> set[int]:
    """Members a current roster of an installed team lists (of `member_ids`, or all)."""
    query = (select(TeamMember.member_id).join(Team, Team.id == TeamMember.team_id)
             .where(TeamMember.left_at.is_(None), Team.installed))
    if member_ids is None:
        return set(session.exec(query))
    return {m for batch in chunks(set(member_ids)) for m in session.exec(query.where(TeamMember.member_id.in_(batch)))}



def reaching_team(session: Session, member_id: int) -> Team | None:
    """An installed team whose current roster lists the member: Teams opens their 1:1 chat through it."""
    query = (select(Team).join(TeamMember, TeamMember.team_id == Team.id)
             .where(TeamMember.member_id == member_id, TeamMember.left_at.is_(None), Team.installed))
    return session.exec(query.order_by(TeamMember.seen_at.desc())).first()



def keep_entries(session: Session, team_row_id: int, entries: list[dict]) -> None:
    """Keep one roster page's people until the whole read is in."""
    session.add_all(RosterEntry(team_id=team_row_id, **entry) for entry in entries)
    session.flush()


def entries(session: Session, team_row_id: int) -> list[RosterEntry]:
    """The people a read has listed so far, in the order it listed them."""
    return list(session.exec(select(RosterEntry).where(RosterEntry.team_id == team_row_id).order_by(RosterEntry.id)))


def forget_entries(session: Session, team_row_id: int) -> None:
    """Drop a read's kept pages: applied, or abandoned by a read that starts over."""
    session.execute(delete(RosterEntry).where(RosterEntry.team_id == team_row_id))
