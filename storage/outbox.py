"""The durable outbox: rows written with the change that causes them, claimed by one sender each."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Exists, and_, exists, func, or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage.batches import chunks
from storage.db import get
from storage.models import OutboxMessage
from storage.types import utcnow

OPEN = ("pending", "sending", "waiting")  # a waiting message holds back the later ones in its lane
DEFAULT_WAIT = timedelta(days=14)


def enqueue(
    session: Session,
    key: str,
    payload: dict[str, Any],
    *,
    deadline: timedelta,
    conversation_id: str | None = None,
    member_id: int | None = None,
    replaces: str | None = None,
    channel: str = "teams",
    wait: timedelta = DEFAULT_WAIT,
    waiting: str | None = None,
    caused_by: int | None = None,
) -> bool:
    """Queue a message for a conversation or a member's 1:1 chat; False if the key was already queued.

    With `replaces`, the message updates the one queued under that key (same target), once that one is delivered.
    With channel="email" the payload is a Graph sendMail body for the member. With `waiting` (the reason), the
    member cannot be reached yet: the message waits, up to `wait`, until they can.
    """
    if (conversation_id is None) == (member_id is None):
        raise ValueError("a message goes to exactly one of a conversation or a member")
    if channel == "email" and (member_id is None or replaces):
        raise ValueError("an email goes to a member and cannot replace a message")
    if channel == "email":
        # Mail has its own lane: it never waits behind the member's Teams messages, nor they behind it.
        lane = f"mail:{member_id}"
    else:
        lane = f"member:{member_id}" if member_id is not None else f"conversation:{conversation_id}"
    now = utcnow()
    values = dict(
        idempotency_key=key,
        lane=lane,
        conversation_id=conversation_id,
        member_id=member_id,
        payload=json.dumps(payload),
        state="waiting" if waiting else "pending",
        last_error=waiting,
        kind=key.split(":")[0][:40],
        wait_until=now + wait,
        caused_by=caused_by,
        attempts=0,
        next_attempt_at=now,
        deadline_at=now + deadline,
        created_at=now,
        replaces=replaces,
        channel=channel,
    )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(OutboxMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(OutboxMessage.id)
    )
    return session.execute(statement).first() is not None


def claim(session: Session, owner_lease: timedelta, now: datetime, limit: int) -> list[OutboxMessage]:
    """Lease the first due message of up to `limit` lanes; a lane with an earlier open message waits for it."""
    earlier = aliased(OutboxMessage)
    blocked = exists().where(
        earlier.lane == OutboxMessage.lane, earlier.id < OutboxMessage.id, earlier.state.in_(OPEN)
    )
    # Waiting messages are not due: they go back to pending when their member becomes reachable.
    due = or_(
        and_(OutboxMessage.state == "pending", OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.state == "sending", OutboxMessage.lease_until < now),  # its sender died
    )
    query = select(OutboxMessage).where(due, ~blocked).order_by(OutboxMessage.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        # Replicas skip what another is claiming; the `blocked` test still sees those rows as open.
        query = query.with_for_update(skip_locked=True, of=OutboxMessage)
    rows = list(session.exec(query))
    for row in rows:
        row.state, row.lease_until = "sending", now + owner_lease
    session.flush()
    return rows


def delivered(session: Session, message_id: int, conversation_id: str | None, activity_id: str | None,
              now: datetime) -> None:
    """Record a successful send (and the conversation it went to, for a message addressed to a member)."""
    _set(session, message_id, state="delivered", activity_id=activity_id, delivered_at=now, last_attempt_at=now,
         conversation_id=conversation_id, lease_until=None, last_error=None, attempts=OutboxMessage.attempts + 1)


def retry_later(session: Session, message_id: int, conversation_id: str | None, error: str, at: datetime,
                now: datetime) -> None:
    """Record a failed attempt that may succeed later."""
    _set(session, message_id, state="pending", next_attempt_at=at, last_error=error[:1000], last_attempt_at=now,
         lease_until=None, attempts=OutboxMessage.attempts + 1,
         **({"conversation_id": conversation_id} if conversation_id else {}))


def recent_sends(session: Session, conversation_id: str, since: datetime) -> list[datetime]:
    """When messages last went to a conversation since `since`, by any sender, oldest first."""
    query = (
        select(OutboxMessage.last_attempt_at)
        .where(OutboxMessage.conversation_id == conversation_id, OutboxMessage.last_attempt_at >= since)
        .order_by(OutboxMessage.last_attempt_at)
    )
    return list(session.exec(query))


def postpone(session: Session, message_id: int, at: datetime) -> None:
    """Hand a claimed message back untried, to be picked up at `at` (pacing, shutdown)."""
    _set(session, message_id, state="pending", next_attempt_at=at, lease_until=None)


def failed(session: Session, message_id: int, error: str, now: datetime, attempted: bool = True) -> None:
    """Give up on a message, keeping the reason."""
    _set(session, message_id, state="failed", last_error=error[:1000], lease_until=None,
         **({"last_attempt_at": now, "attempts": OutboxMessage.attempts + 1} if attempted else {}))


def requeue(session: Session, message_id: int, deadline: timedelta) -> bool:
    """Send a failed message again from now, with a fresh deadline; False if it is not failed."""
    now = utcnow()
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.state == "failed")
        .values(state="pending", next_attempt_at=now, deadline_at=now + deadline, attempts=0, last_error=None)
    )
    return result.rowcount == 1


def wait(session: Session, message_id: int, reason: str) -> None:
    """Hold a claimed message until its member can be reached (it fails at its wait_until)."""
    _set(session, message_id, state="waiting", last_error=reason[:1000], lease_until=None)


def release(session: Session, member_ids: list[int], now: datetime, deadline: timedelta) -> int:
    """Send the waiting messages of members who became reachable, in their order, each with a fresh deadline."""
    released = 0
    for batch in chunks(member_ids):
        result = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.state == "waiting", OutboxMessage.member_id.in_(batch))
            .values(state="pending", next_attempt_at=now, deadline_at=now + deadline)
        )
        released += result.rowcount
    return released


def has_waiting(session: Session, member_id: int) -> bool:
    """True when some message waits for this member."""
    return bool(session.execute(select(waits_for(member_id))).scalar())


def waits_for(member_id: Any) -> Exists:
    """Whether some message waits for this member (an id or a column), as an expression to select."""
    return exists().where(OutboxMessage.state == "waiting", OutboxMessage.member_id == member_id)


def expire(session: Session, now: datetime) -> list[OutboxMessage]:
    """Fail the messages that waited their whole limit for a member who never became reachable; those messages."""
    rows = list(session.exec(select(OutboxMessage).where(OutboxMessage.state == "waiting",
                                                         OutboxMessage.wait_until <= now)
                             .order_by(OutboxMessage.id).with_for_update()))
    for row in rows:
        waited = (now - row.created_at).days
        row.state, row.last_error = "failed", f"waited {waited} days: {row.last_error or 'not reachable'}"[:1000]
        session.add(row)
    session.flush()
    return rows


def waiting_for(session: Session, keys: list[str]) -> dict[str, str]:
    """Of these keys, the messages still waiting for their member: key -> why."""
    found: dict[str, str] = {}
    for batch in chunks(keys):
        query = select(OutboxMessage.idempotency_key, OutboxMessage.last_error).where(
            OutboxMessage.idempotency_key.in_(batch), OutboxMessage.state == "waiting")
        found.update((key, reason or "") for key, reason in session.execute(query))
    return found


def unfinished(session: Session, limit: int = 200, states: tuple[str, ...] | None = None) -> list[OutboxMessage]:
    """Messages not yet delivered (or only those in `states`), oldest first."""
    query = select(OutboxMessage).where(OutboxMessage.state.in_(states) if states
                                        else OutboxMessage.state != "delivered")
    return list(session.exec(query.order_by(OutboxMessage.id).limit(limit)))


def backlog(session: Session) -> dict[str, tuple[int, datetime | None]]:
    """Per state that is not delivered: how many messages, and when the oldest of them was queued."""
    query = (select(OutboxMessage.state, func.count(OutboxMessage.id), func.min(OutboxMessage.created_at))
             .where(OutboxMessage.state != "delivered").group_by(OutboxMessage.state))
    return {state: (count, oldest) for state, count, oldest in session.execute(query)}


def by_key(session: Session, key: str) -> OutboxMessage | None:
    """The message queued under an idempotency key."""
    return session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key == key)).first()


def message(session: Session, message_id: int | None) -> OutboxMessage | None:
    """One outbox message by id; None for an id no row can have."""
    return get(session, OutboxMessage, message_id)


def _set(session: Session, message_id: int, **values: Any) -> None:
    session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id).values(**values))
