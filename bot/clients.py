"""The in-memory client index the matcher searches, kept in step with the registry by its own worker thread."""

from __future__ import annotations

import gc
import logging
import re
import sys
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.feedback import adopted, demoted, feedback_key
from bot.rules.matching import Candidate, ClientEntry, Match, Matcher, clean, domain_of, merged, outright
from bot.rules.public_suffixes import registrable
from storage.feedback import adopted_clients, refused_clients
from storage.registry import (
    Cursor,
    change_cursor,
    changes_since,
    client_entries,
    clients_after,
    clients_by_id,
    clients_known_as,
    newer_than,
    registry_version,
)
from storage.types import utcnow

log = logging.getLogger(__name__)
# Transactions commit out of order: a change stamped before the cursor may become visible after the cursor passed it.
# Changes this close to the cursor are checked again, and only while such a late commit is still possible.
SETTLE = timedelta(minutes=5)
SETTLE_EVERY = 10.0  # seconds between those checks
Opened = Callable[[], AbstractContextManager[Session]]


def entry(row) -> ClientEntry:
    """What the matcher needs of a client (a row object or a row of its columns)."""
    # A country is one of a few codes: one shared string each, not a copy per client (megabytes at 100,000).
    return ClientEntry(id=row.id, name=row.name, external_id=row.external_id, aliases=tuple(row.aliases or ()),
                       domains=tuple(row.domains or ()), country=sys.intern(row.country) if row.country else None,
                       registration=row.registration)


class ClientIndex:
    """One Matcher per process, refreshed by a change cursor in bounded chunks; a question never waits for one."""

    def __init__(self, chunk: int = 500, poll: float = 2.0, wait: float = 10.0,
                 slow_chunk: Callable[[], None] | None = None) -> None:
        self.chunk, self.poll, self.wait = chunk, poll, wait
        self._slow_chunk = slow_chunk or (lambda: None)  # called before each chunk is applied: tests hold it there
        self._matcher: Matcher | None = None
        self._cursor: Cursor | None = None  # every change up to here is in the matcher
        self._top = 0  # the highest client id seen: a lower one means the registry was emptied
        self._recent: dict[int, datetime] = {}  # changes applied within SETTLE of the cursor, for the late-commit check
        self._settled = 0.0
        self._lock = threading.Lock()  # a chunk's writes and a question's reads of the matcher exclude each other
        self._refreshing = threading.Lock()  # one refresh at a time
        self._ready, self._wake, self._stopping = threading.Event(), threading.Event(), threading.Event()
        self._worker: threading.Thread | None = None

    # ---- questions ---------------------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """"ready" once the index has been built, "building" until then."""
        return "ready" if self._ready.is_set() else "building"

    @property
    def cursor(self) -> Cursor | None:
        """The last change the index holds."""
        return self._published()[1]

    def wait_ready(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the index to be built; True once it is."""
        return self._ready.wait(timeout)

    def match(self, session: Session, query: str, patient: bool = True) -> Match:
        """The client a query names: the index, plus a database lookup of what changed after it."""
        matcher, cursor = self._current(session)
        if matcher is None:
            found = self._direct(session, query)  # the index is being built: exact names, aliases and domains
            if found.match or not patient or not self._ready.wait(self.wait):
                return _heeded(session, found)
            matcher, cursor = self._published()
        with self._lock:
            found = matcher.match(query)
        return _heeded(session, self._with_fresh(session, cursor, query, found))

    def lookup(self, session: Session, answers: dict[str, Match] | None = None) -> Callable[[str], Match]:
        """A matcher for the many readings of one message, keeping its `answers` (understanding may try one reading
        more than once, and the handler wants the one it chose): none of them waits for an index being built. Each
        reading answers only as a whole: understanding finds the names inside a message itself."""
        answers = {} if answers is None else answers

        def match(query: str) -> Match:
            if query not in answers:
                answers[query] = outright(self.match(session, query, patient=False))
            return answers[query]
        return match

    def search(self, session: Session, text: str, limit: int) -> list[Candidate]:
        """Clients for a compose-box search, best first: the index's, and those changed after it."""
        matcher, cursor = self._current(session)
        found = []
        if matcher is not None:
            with self._lock:
                found = matcher.search(text, limit=limit)
        rows = _changed(session, cursor if matcher is not None else None, text, [c.client_id for c in found])
        if not rows:
            return found
        replaced = {row.id for row in rows}
        fresh = Matcher(entry(row) for row in rows).search(text, limit=limit)
        ranked = sorted([c for c in found if c.client_id not in replaced] + fresh, key=lambda c: (-c.score, c.name))
        return ranked[:limit]

    def snapshot(self, session: Session) -> Matcher:
        """The matcher brought up to date in this session, for a single-threaded caller (the CLI)."""
        self.refresh(session)
        return self._matcher

    def _current(self, session: Session) -> tuple[Matcher | None, Cursor | None]:
        # With a worker, what changed since its last look is found by the database lookups: no need to wake it.
        if self._worker is None:
            self.refresh(session)  # no worker (the CLI, a core without the web app): refresh in the caller
        return self._published()

    def _published(self) -> tuple[Matcher | None, Cursor | None]:
        with self._lock:
            return self._matcher, self._cursor

    def _direct(self, session: Session, query: str) -> Match:
        return Matcher(entry(row) for row in _known_as(session, None, query)).match(query)

    def _with_fresh(self, session: Session, cursor: Cursor | None, query: str, found: Match) -> Match:
        """The index's answer, corrected by the clients changed after its cursor that the query may name."""
        rows = _changed(session, cursor, query, [c.client_id for c in found.candidates])
        if not rows:
            return found
        fresh = Matcher(entry(row) for row in rows).match(query)
        return merged(found, fresh, {row.id for row in rows})

    # ---- the worker --------------------------------------------------------------------------------------------

    def start(self, transaction: Opened) -> None:
        """Build and then refresh the index in a thread of its own, each step in a transaction of `transaction()`."""
        self._worker = threading.Thread(target=self._run, args=(transaction,), name="client-index", daemon=True)
        self._worker.start()

    def stop(self, timeout: float = 10.0) -> None:
        """End the worker after the step it is in."""
        self._stopping.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join(timeout)

    def _run(self, transaction: Opened) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self._catch_up(transaction)
            except Exception:  # noqa: BLE001  (a database hiccup must not end the refreshes for good)
                log.exception("client index: the refresh failed; trying again shortly")
            self._wake.wait(self.poll)

    # ---- refreshing --------------------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        """Bring the index up to date in this session."""
        self._catch_up(lambda: nullcontext(session))

    def _catch_up(self, opened: Opened) -> None:
        with self._refreshing:
            with opened() as session:
                top = registry_version(session)[0]
            if self._matcher is None or top < self._top:
                self._build(opened)
            self._apply_changes(opened)
            self._settle(opened)
            self._ready.set()

    def _build(self, opened: Opened) -> None:
        """The whole index from a stream of the registry; questions meanwhile use the one before, or the database."""
        self._slow_chunk()
        with opened() as session:
            cursor, top = change_cursor(session), registry_version(session)[0]
            recent: dict[int, datetime] = {}
            since = cursor[0] - SETTLE if cursor else None
            matcher = Matcher(_noted(client_entries(session), since, recent))
        with self._lock:
            first, self._matcher, self._cursor, self._recent, self._top = \
                self._matcher is None, matcher, cursor, recent, top
        if first:
            # The index is millions of long-lived objects: without this, every full collection walks them all and
            # stalls the turn it lands in for a few hundred milliseconds. Once: a rebuild's old index is garbage that
            # a freeze would keep, so garbage is collected first and only the first build freezes.
            gc.collect()
            gc.freeze()

    def _apply_changes(self, opened: Opened) -> None:
        while not self._stopping.is_set():
            with opened() as session:
                rows = clients_after(session, self._cursor, self.chunk)
            if not rows:
                return
            self._slow_chunk()
            self._apply(rows, advance=True)
            if len(rows) < self.chunk:
                return

    def _apply(self, rows: list, advance: bool) -> None:
        """One bounded chunk under the lock: questions wait for a chunk at most, never for a whole refresh."""
        with self._lock:
            for row in rows:
                self._matcher.upsert(entry(row))
                self._recent[row.id] = row.updated_at
                self._top = max(self._top, row.id)
            if advance:
                self._cursor = (rows[-1].updated_at, rows[-1].id)
        self._forget_settled()

    def _forget_settled(self) -> None:
        if self._cursor is not None:
            since = self._cursor[0] - SETTLE
            self._recent = {i: at for i, at in self._recent.items() if at >= since}

    def _settle(self, opened: Opened) -> None:
        """Apply changes stamped before the cursor that became visible after it passed them (late commits)."""
        cursor = self._cursor
        if cursor is None or time.monotonic() - self._settled < SETTLE_EVERY or utcnow() - cursor[0] > 2 * SETTLE:
            return
        self._settled = time.monotonic()
        with opened() as session:
            missed = [i for i, at in changes_since(session, cursor[0] - SETTLE)
                      if (at, i) <= cursor and self._recent.get(i) != at]
        for start in range(0, len(missed), self.chunk):
            with opened() as session:
                rows = clients_by_id(session, missed[start:start + self.chunk])
            self._apply(rows, advance=False)


def _noted(rows, since: datetime | None, recent: dict[int, datetime]):
    """The rows as matcher entries, remembering those changed since `since` for the late-commit check."""
    for row in rows:
        if since is not None and row.updated_at >= since:
            recent[row.id] = row.updated_at
        yield entry(row)


def _changed(session: Session, cursor: Cursor | None, query: str, answered: list[int]) -> list:
    """Clients changed after the cursor that the query names, and the answered ones as they now stand."""
    if cursor is not None and (change_cursor(session) or cursor) <= cursor:
        return []  # one index seek settles the usual case: nothing changed since the index's last chunk
    rows = _known_as(session, cursor, query)
    stale = newer_than(session, cursor, answered) - {row.id for row in rows}
    return rows + clients_by_id(session, stale)


def _known_as(session: Session, cursor: Cursor | None, query: str) -> list:
    """Clients changed after the cursor whose name, alias or domain is exactly what the query says."""
    text = clean(query)
    host = domain_of(text.rsplit("@", 1)[-1]) if "@" in text or "." in text else None
    # As typed and as cleaned (quotes and a trailing full stop dropped): a name may end in "Inc." or not.
    return clients_known_as(session, cursor, [query, text, *_org_of(text)], _domains_above(host) if host else [])


def _org_of(text: str) -> list[str]:
    """The organisation of "Person at Organisation", if the text reads so."""
    parts = re.split(r"\s+(?:at|from|@)\s+", text, maxsplit=1, flags=re.IGNORECASE)
    return parts[1:]


def _domains_above(host: str) -> list[str]:
    """The host and each domain above it up to the one its owner registered: a client may hold any of them."""
    top, domains = registrable(host), [host]
    while top and host != top and "." in host:
        host = host.split(".", 1)[1]
        domains.append(host)
    return domains


def _heeded(session: Session, found: Match) -> Match:
    """The match, asked about again if members said this text is not that client; a question answered if admins
    approved the text as one candidate's name."""
    key = feedback_key(found.query)
    if found.match is None and found.candidates:
        found = adopted(found, adopted_clients(session, key))
    # A member's "not this client" outweighs an approved pick as much as the matcher's own answer.
    return demoted(found, refused_clients(session, key)) if found.match is not None else found
