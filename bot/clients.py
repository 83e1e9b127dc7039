"""The in-memory client index the matcher searches, kept in step with the registry in the database."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlmodel import Session

from bot.rules.feedback import demoted, feedback_key
from bot.rules.matching import Candidate, ClientEntry, Match, Matcher
from storage.feedback import refused_clients
from storage.models import Client
from storage.registry import client_entries, clients_changed_since, registry_version

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SETTLE = timedelta(minutes=5)


def entry(row: Client) -> ClientEntry:
    """What the matcher needs of a client (a row object or a row of its columns)."""
    return ClientEntry(id=row.id, name=row.name, external_id=row.external_id, aliases=tuple(row.aliases or ()),
                       domains=tuple(row.domains or ()), country=row.country, registration=row.registration)


class ClientIndex:
    """One Matcher per process, refreshed from the database when another turn, process or import changed clients."""

    def __init__(self) -> None:
        self._matcher: Matcher | None = None
        self._version: tuple[int, datetime | None] = (-1, None)
        # Turns run in worker threads; the matcher's indexes must not change while one of them reads.
        self._lock = threading.Lock()

    def match(self, session: Session, query: str) -> Match:
        """The client a query names, as the registry stands in this session."""
        version = registry_version(session)
        with self._lock:
            found = self._refreshed(session, version).match(query)
        return _heeded(session, found)

    def lookup(self, session: Session) -> Callable[[str], Match]:
        """A matcher for the many questions of one turn: the registry is checked once, not once per question."""
        version = registry_version(session)
        with self._lock:
            self._refreshed(session, version)

        def match(query: str) -> Match:
            with self._lock:
                found = self._matcher.match(query)
            return _heeded(session, found)
        return match

    def search(self, session: Session, text: str, limit: int) -> list[Candidate]:
        """Clients for a compose-box search, best first."""
        version = registry_version(session)
        with self._lock:
            return self._refreshed(session, version).search(text, limit=limit)

    def warm(self, session: Session) -> None:
        """Build the index now, so the first question after start-up does not wait for it."""
        self.snapshot(session)

    def snapshot(self, session: Session) -> Matcher:
        """The refreshed matcher, for a single-threaded caller asking many questions at once (the CLI)."""
        version = registry_version(session)
        with self._lock:
            return self._refreshed(session, version)

    def _refreshed(self, session: Session, version: tuple[int, datetime | None]) -> Matcher:
        if self._matcher is None or version[0] < self._version[0]:
            self._matcher = Matcher(entry(row) for row in client_entries(session))
        elif version != self._version:
            # Re-read from a while before the last change we saw: transactions can commit out of order.
            for row in clients_changed_since(session, (self._version[1] or EPOCH) - SETTLE):
                self._matcher.upsert(entry(row))
        self._version = version
        return self._matcher


def _heeded(session: Session, found: Match) -> Match:
    """The match, asked about again if members said this text is not that client."""
    if found.match is None:
        return found
    return demoted(found, refused_clients(session, feedback_key(found.query)))
