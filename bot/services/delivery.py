"""Messages to members through the outbox, with the truth about when they will arrive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.rules.reach import Reach, ReachFacts, reach
from bot.settings import Settings
from bot.turn import Reply
from cards.base import plain
from storage import outbox, teams as rosters
from storage.batches import chunks
from storage.conversations import with_personal_chat
from storage.members import display_name, member_by_id, members_with_role
from storage.models import Member


@dataclass(frozen=True)
class Delivery:
    """A message queued for a member: who, and whether it goes now or waits for them to be reachable."""

    name: str
    reach: Reach

    @property
    def waiting(self) -> bool:
        """True when the message waits for the member to become reachable."""
        return not self.reach.reachable

    def promise(self, what: str = "this") -> str:
        """What to tell whoever caused the message, in plain (escaped) text."""
        who = plain(self.name)
        if self.reach.reachable:
            return f"{who} will get {what} in Teams."
        return f"{who} will get {what} as soon as they are reachable in Teams ({self.reach.reason})."


def to_member(session: Session, settings: Settings, key: str, payload: dict[str, Any], member_id: int, *,
              caused_by: int | None = None, replaces: str | None = None) -> Delivery:
    """Queue a 1:1 message; it waits (up to the kind's limit) while the member cannot be reached."""
    found = status(session, settings, member_id)
    outbox.enqueue(session, key, payload, member_id=member_id, deadline=settings.delivery_deadline,
                   replaces=replaces, wait=settings.wait_for(key.split(":")[0]), caused_by=caused_by,
                   waiting=None if found.reach.reachable or replaces else found.reach.reason)
    return found


def status(session: Session, settings: Settings, member_id: int) -> Delivery:
    """Whether a message to this member would go now or wait, without sending anything."""
    member = member_by_id(session, member_id)
    if member is None:
        raise ValueError(f"no member {member_id}")
    return Delivery(display_name(member), reach_of(session, settings, [member])[member.id])


def reach_of(session: Session, settings: Settings, members: list[Member]) -> dict[int, Reach]:
    """Whether Accord can message each member now, and if not, why."""
    ids = [m.id for m in members]
    chats: set[int] = set()
    listed: set[int] = set()
    for chunk in chunks(ids):
        chats |= with_personal_chat(session, chunk)
        listed |= rosters.in_teams(session, chunk)
    install = settings.can_install
    return {m.id: reach(ReachFacts(personal_chat=m.id in chats, teams_id=bool(m.teams_id), in_team=m.id in listed,
                                   left_teams=m.left_teams_at is not None, has_email=bool(m.email),
                                   link_problem=m.link_problem,
                                   can_install=install and bool(m.aad_object_id or m.email)))
            for m in members}


def to_admins(session: Session, settings: Settings, key: str, payload: dict[str, Any]) -> list[Delivery]:
    """The same message to every admin, each once per key."""
    return [to_member(session, settings, f"{key}:{admin.id}", payload, admin.id)
            for admin in members_with_role(session, "admin")]


def promises(deliveries: list[Delivery], what: str = "this") -> str:
    """One sentence per delivery that waits, or one for all when every one goes now."""
    waiting = [d.promise(what) for d in deliveries if d.waiting]
    if waiting:
        return " ".join(waiting)
    names = ", ".join(plain(d.name) for d in deliveries)
    return f"{names} will get {what} in Teams." if deliveries else ""


def expire_waiting(session: Session, settings: Settings, now: datetime) -> int:
    """Fail the messages that waited their whole limit; tell the admins and whoever caused each. How many."""
    expired = outbox.expire(session, now)
    for row in expired:
        if row.kind in ("undelivered", "unreachable", "identity"):
            continue  # a notice about delivery that could not be delivered is not reported again
        member = member_by_id(session, row.member_id)
        text = (f"A message from Accord ({row.kind.replace('-', ' ')}) for {plain(display_name(member))} could not be "
                f"delivered: {row.last_error}. It was not sent; `accord outbox --failed` lists it and "
                f"`accord outbox retry {row.id}` sends it again once they are reachable.")
        payload = Reply(text=text).payload()
        told = {a.id for a in members_with_role(session, "admin")}
        to_admins(session, settings, f"undelivered:{row.id}", payload)
        if row.caused_by and row.caused_by not in told and row.caused_by != row.member_id:
            to_member(session, settings, f"undelivered:{row.id}:{row.caused_by}", payload, row.caused_by)
    return len(expired)
