"""Who people are: Teams identities linked to members, team rosters applied, and whether each member is reachable."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.identity import Known, Link, Seen, decide, tenant_allowed
from bot.services import delivery
from bot.services.delivery import reach_of
from bot.settings import Settings
from bot.turn import Mention, Reply
from cards.base import plain
from storage import outbox, teams as rosters
from storage.db import save
from storage.history import record_change
from storage.members import (
    Identities,
    display_name,
    find_member,
    fold_into,
    link_identity,
    member_by_email,
    members_by_identity,
    members_with_role,
    taken,
    typed_member,
)
from storage.models import Member, Team

log = logging.getLogger(__name__)
REPORT_LIMIT = 40  # names listed in one message to the admins; the rest are counted


@dataclass(frozen=True)
class RosterRead:
    """What applying a complete roster read did."""

    listed: int
    linked: int
    left: int
    released: int
    reported: int


def identify(session: Session, settings: Settings, seen: Seen, name: str, *, service_url: str | None, source: str,
             email_shared: bool = False, create: bool = True, now: datetime | None = None) -> Member | None:
    """The member behind a Teams identity, linking an imported member by email once; with `now` (someone Teams just
    told us about: a message, an install) what waited for them goes out.

    On a conflict nobody is linked; with `create` the person still gets a member row of their own (so they can
    talk to Accord, with no role), else None.
    """
    found = members_by_identity(session, seen.teams_id, seen.aad_object_id, seen.email)
    member = _identified(session, settings, seen, name, found, service_url=service_url, source=source,
                         email_shared=email_shared, create=create)
    if member is not None and now is not None:
        # A row this read did not cover (new, or linked by a racing turn) is asked about on its own.
        waiting = member.id in found.waiting if found.covers(member.id) else outbox.has_waiting(session, member.id)
        _reached(session, settings, member, waiting, now)
    return member


def _identified(session: Session, settings: Settings, seen: Seen, name: str, found: Identities, *,
                service_url: str | None, source: str, email_shared: bool, create: bool) -> Member | None:
    decision = decide(seen, by_teams_id=_known(found.by_teams_id), by_object_id=_known(found.by_object_id),
                      by_email=_known(found.by_email), email_shared=email_shared,
                      tenant_allowed=tenant_allowed(seen.tenant_id, settings.tenants))
    if decision.action == "same":
        member = found.by_teams_id or found.by_object_id
        _refresh(session, member, seen, name, service_url, email_shared)
        return member
    if decision.action == "link":
        return _link(session, settings, found.by_email, seen, name, service_url, source)
    if decision.action == "conflict":
        _conflict(session, settings, found.by_email, seen, decision, source)
        if not create:
            return None
    # Someone the records do not know yet: a member without a role until an admin or an import gives them one.
    member = Member()
    email = seen.email if decision.action == "new" and not email_shared else None
    save(session, member, teams_id=seen.teams_id, name=name, tenant_id=seen.tenant_id, service_url=service_url,
         aad_object_id=None if taken(session, Member.aad_object_id, seen.aad_object_id) else seen.aad_object_id,
         email=None if taken(session, Member.email, email) else email)
    return member


def apply_roster(session: Session, settings: Settings, team: Team, started: datetime, now: datetime) -> RosterRead:
    """Link everyone a complete roster read listed, mark who left, release what waited for them, tell the admins."""
    entries = rosters.entries(session, team.id)
    emails = Counter(e.email for e in entries if e.email)
    seen_ids: list[int] = []
    linked = 0
    for entry in entries:
        seen = Seen(entry.teams_id, entry.aad_object_id, entry.email, entry.tenant_id)
        before = find_member(session, teams_id=entry.teams_id)
        member = identify(session, settings, seen, entry.name, service_url=team.service_url,
                          source=f"the roster of {team.name or 'a team'}", email_shared=emails[entry.email] > 1,
                          create=False)
        if member is None:
            continue
        linked += before is None
        rosters.seen_in_team(session, team.id, member.id, now)
        save(session, member, roster_seen_at=now, left_teams_at=None, service_url=team.service_url)
        seen_ids.append(member.id)
    left = rosters.mark_left(session, team.id, started, now)
    still_in = rosters.in_teams(session, left) if left else set()
    for member_id in set(left) - still_in:
        member = session.get(Member, member_id)
        save(session, member, left_teams_at=now)
    rosters.forget_entries(session, team.id)
    rosters.roster_finished(session, team.id, now, now + timedelta(hours=settings.roster_read_hours))
    released = outbox.release(session, seen_ids, now, settings.delivery_deadline)
    reported = report_unreachable(session, settings, now)
    return RosterRead(len(entries), linked, len(left), released, reported)


def _reached(session: Session, settings: Settings, member: Member, waiting: bool, now: datetime) -> None:
    """A member Teams just told us about: what waited for them (`waiting`, read with their identity) goes out now."""
    if member.unreachable_reported_at is not None:
        save(session, member, unreachable_reported_at=None)
    if waiting:
        outbox.release(session, [member.id], now, settings.delivery_deadline)


def report_unreachable(session: Session, settings: Settings, now: datetime) -> int:
    """List to the admins, once each, the members with a role whom Accord still cannot reach; how many."""
    members = [m for role in ("partner", "bd", "director", "admin") for m in members_with_role(session, role)]
    verdicts = reach_of(session, settings, members)
    for member in members:
        if verdicts[member.id].reachable and member.unreachable_reported_at is not None:
            save(session, member, unreachable_reported_at=None)  # reported again if they become unreachable again
    fresh = [m for m in members if not verdicts[m.id].reachable and m.unreachable_reported_at is None]
    if not fresh:
        return 0
    lines = [f"- {plain(display_name(m))} ({plain(m.email or 'no email')}): {verdicts[m.id].reason}"
             for m in fresh[:REPORT_LIMIT]]
    if len(fresh) > REPORT_LIMIT:
        lines.append(f"- and {len(fresh) - REPORT_LIMIT} more: see `accord members list`")
    remedies = sorted({verdicts[m.id].remedy for m in fresh})
    text = (f"Accord cannot reach {len(fresh)} member{'s' if len(fresh) != 1 else ''} in Teams yet; messages for "
            "them wait until it can.\n\n" + "\n".join(lines) + "\n\nWhat to do: " + "; ".join(remedies) + ".")
    delivery.to_admins(session, settings, f"unreachable:{now.isoformat()}", Reply(text=text).payload())
    for member in fresh:
        save(session, member, unreachable_reported_at=now)
    return len(fresh)


def merge(session: Session, old_email: str, new_email: str) -> tuple[Member | None, str]:
    """One person under two emails becomes one member with the new email: (the member, what was done or why not)."""
    old, new = member_by_email(session, old_email), member_by_email(session, new_email)
    missing = [e for e, m in ((old_email, old), (new_email, new)) if m is None]
    if missing:
        return None, f"no member has the email {missing[0]}"
    if old.id == new.id:
        return None, f"{old_email} and {new_email} are the same member already"
    linked = [m for m in (old, new) if m.teams_id or m.aad_object_id]
    if len(linked) == 2 and (old.aad_object_id, old.teams_id) != (new.aad_object_id, new.teams_id):
        return None, "both are linked to Teams accounts of their own: they are two people, so nothing was merged"
    keep = linked[0] if linked else old
    drop = new if keep is old else old
    before = {"kept": [keep.id, keep.email, keep.role], "dropped": [drop.id, drop.email, drop.role]}
    email, role, name = new.email, new.role or old.role, keep.name or drop.name
    moved = fold_into(session, keep, drop)
    save(session, keep, email=email, role=role, name=name, link_problem=None)
    record_change(session, "member", keep.id, "merged", by=None, before=before,
                  after={"email": email, "role": role}, note=f"accord members merge {old_email} {new_email}")
    return keep, (f"merged {old_email} and {new_email} into member {keep.id} ({email}, role {role or 'none'}); "
                  f"{moved} records moved to it")


def _known(member: Member | None) -> Known | None:
    return Known(member.id, member.teams_id, member.aad_object_id) if member else None


def _refresh(session: Session, member: Member, seen: Seen, name: str, service_url: str | None,
             email_shared: bool) -> None:
    """Keep what Teams says of a linked member; ids and an email only fill gaps nobody else holds."""
    fields: dict = {"name": name or member.name, "tenant_id": seen.tenant_id or member.tenant_id,
                    "service_url": service_url or member.service_url}
    if member.teams_id != seen.teams_id and not taken(session, Member.teams_id, seen.teams_id):
        fields["teams_id"] = seen.teams_id  # the same Entra identity under a re-registered app
    if not member.aad_object_id and not taken(session, Member.aad_object_id, seen.aad_object_id):
        fields["aad_object_id"] = seen.aad_object_id
    if not member.email and not email_shared and not taken(session, Member.email, seen.email):
        fields["email"] = seen.email
    save(session, member, **fields)


def _link(session: Session, settings: Settings, member: Member, seen: Seen, name: str, service_url: str | None,
          source: str) -> Member | None:
    if not link_identity(session, member.id, teams_id=seen.teams_id, aad_object_id=seen.aad_object_id,
                         tenant_id=seen.tenant_id):
        # Another turn or replica linked this row a moment ago: decide again on what it wrote.
        session.expire(member)
        return identify(session, settings, seen, name, service_url=service_url, source=source, create=False)
    session.refresh(member)
    save(session, member, name=name or member.name, service_url=service_url or member.service_url)
    record_change(session, "member", member.id, "linked", by=None, note=f"linked by email through {source}",
                  after={"teams_id": seen.teams_id, "aad_object_id": seen.aad_object_id, "tenant_id": seen.tenant_id})
    log.info("member %s linked to a Teams identity by email through %s", member.id, source)
    return member


def _conflict(session: Session, settings: Settings, member: Member, seen: Seen, decision: Link, source: str) -> None:
    """Link nobody; tell the admins once per identity and problem."""
    if not (member.teams_id or member.aad_object_id) and member.link_problem != decision.problem:
        save(session, member, link_problem=decision.problem)  # a linked member stays reachable as linked
    log.warning("member %s not linked to Teams user %s: %s", member.id, seen.teams_id, decision.problem)
    text = (f"Accord did not link a Teams account to {plain(display_name(member))} ({plain(member.email or '')}), "
            f"seen through {plain(source)}: {decision.problem}. Nothing was changed; messages for this member wait "
            "until it is sorted out (`accord members list` shows who is affected).")
    delivery.to_admins(session, settings, f"identity:{member.id}:{seen.teams_id}:{decision.problem}",
                       Reply(text=text).payload())


def member_meant(session: Session, typed: str | None, mentions: tuple[Mention, ...]) -> Member | None:
    """The member whose email or exact name was typed, else the one person @mentioned (Teams may split one person's
    mention into several, all with one id); None for nobody or several."""
    found = typed_member(session, typed or "")
    mentioned = {m.teams_id for m in mentions}
    if found is None and len(mentioned) == 1:
        return find_member(session, teams_id=mentioned.pop())
    return found
