"""Board benchmark: the transparency board's data for a network of 2,000 members and 100,000 clients with a year of
activity.

Seeds a year of approaches, enquiries, quotes, referral fees and disputes, and 150,000 flags, then times every
section of the board (the query, the visibility rules, the chart and the JSON the page receives) for a director (who
sees the most) and a partner, over several runs, with the default period (the whole year) and with a member filter.
Reports p50 and p95 per section and for the whole board (every section one after another, as one process answers
them). Run with `make bench` or `python -m benchmarks.board [--db URL] [--runs 20]`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from benchmarks.scratch import scratch_database
from benchmarks.tables import table
from bot.rules.access import Viewer
from bot.services import board
from bot.services.fees import FeeLineCache
from bot.settings import Settings
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Approach, Client, Dispute, Enquiry, Fee, Flag, Member, Quote

MEMBERS, CLIENTS, FLAGS = 2_000, 100_000, 150_000
BASES = ("active project", "past project", "introduction", "declared relationship", "active quote")
# A year of activity in a network this size (a busy one: about 250 new rows a working day).
YEAR = {"approaches": 12_000, "enquiries": 24_000, "quotes": 15_000, "fees": 10_000, "disputes": 600}
NOW = datetime(2026, 12, 1, tzinfo=UTC)
NAMES = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Morgan", "O'Neil",
         "Zoë", "Łukasz", "Nguyễn"]


def _role(n: int) -> str:
    return "bd" if n % 20 == 0 else "director" if n % 200 == 1 else "admin" if n == 2 else "partner"


def seed(database_url: str) -> None:
    """Members, clients and a year of board rows before NOW."""
    rng = random.Random(20)
    start = NOW - timedelta(days=365)
    moment = lambda: start + timedelta(seconds=rng.uniform(0, 365 * 86400))  # noqa: E731
    person = lambda: f"{rng.choice(NAMES)} {rng.choice(NAMES)}son"  # noqa: E731
    member, client = (lambda: rng.randint(1, MEMBERS)), (lambda: rng.randint(1, CLIENTS))
    bd = [n for n in range(1, MEMBERS + 1) if _role(n) == "bd"]

    def enquiry(n: int) -> dict[str, Any]:
        received = moment()
        acted = received + timedelta(hours=rng.expovariate(1 / 20)) if rng.random() < 0.8 else None
        return dict(source_key=f"web:{n}", source=rng.choice(["web", "email", "phone"]), received_at=received,
                    person_name=person(), company=f"Company {n} <Ltd>", acted_at=acted,
                    state=rng.choice(["new", "with holder", "bd responding", "closed"]),
                    holder_id=member() if rng.random() < 0.4 else None, created_at=received, updated_at=received)

    def flag() -> dict[str, Any]:
        # A fifth of the flags are on the 1% of clients that are key accounts: coverage shows the most-held ones.
        held = rng.randint(1, CLIENTS // 100) if rng.random() < 0.2 else client()
        since = start - timedelta(days=rng.uniform(0, 4 * 365))
        return dict(client_id=held, holder_id=member(), basis=rng.choice(BASES), since=since, source="bench",
                    created_at=since, updated_at=since)

    def resolved() -> dict[str, Any]:
        opened = moment()
        done = opened + timedelta(days=rng.uniform(5, 60)) if rng.random() < 0.7 else None
        return dict(client_id=client(), raised_by=member(), against_id=member() if rng.random() < 0.7 else None,
                    what="x " * 200, state="resolved" if done else "open", outcome="settled" if done else None,
                    summary=f"Settled on values, {person()}." if done else None, created_at=opened,
                    resolved_at=done, published_at=done if done and rng.random() < 0.5 else None, updated_at=opened)

    tables: list[tuple[Any, list[dict]]] = [
        (Member.__table__, [dict(id=n, name=f"{person()} {n}", role=_role(n), created_at=start, updated_at=start)
                            for n in range(1, MEMBERS + 1)]),
        (Client.__table__, [dict(id=n, name=f"Client {n} “{rng.choice(NAMES)}” Pty Ltd", aliases=[], domains=[],
                                 created_at=start, updated_at=start) for n in range(1, CLIENTS + 1)]),
        (Approach.__table__, [dict(client_id=client(), member_id=rng.choice(bd),
                                   state=rng.choice(["planned", "active", "won", "dropped"]),
                                   on_behalf_of=member() if rng.random() < 0.3 else None, created_at=moment(),
                                   updated_at=start) for _ in range(YEAR["approaches"])]),
        (Enquiry.__table__, [enquiry(n) for n in range(YEAR["enquiries"])]),
        (Quote.__table__, [dict(client_id=client(), owner_id=(owner := member()),
                                partner_quote=_role(owner) == "partner",
                                status=rng.choice(["draft", "open", "submitted", "won", "lost", "withdrawn"]),
                                value_cents=rng.randint(1_000_00, 500_000_00), currency="AUD",
                                tender=rng.random() < 0.3, source="platform", opened_at=moment(), created_at=start,
                                updated_at=start) for _ in range(YEAR["quotes"])]),
        (Fee.__table__, [dict(client_id=client(), payer_id=member(), payee_id=member(),
                              percent=rng.choice([None, 2, 5, 7.5, 10, 15, 20]),
                              state=rng.choice(["proposed", "agreed", "invoiced", "paid", "declined", "no fee"]),
                              created_at=moment(), updated_at=moment()) for _ in range(YEAR["fees"])]),
        (Dispute.__table__, [resolved() for _ in range(YEAR["disputes"])]),
        (Flag.__table__, [flag() for _ in range(FLAGS)]),
    ]
    db = Database(database_url)
    with db.engine.begin() as connection:
        for table, values in tables:
            for at in range(0, len(values), 20_000):
                connection.execute(insert(table), values[at:at + 20_000])
        if connection.dialect.name == "postgresql":
            connection.execute(text("ANALYZE"))
    db.dispose()


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(database_url: str, runs: int) -> list[list[str]]:
    """Seed, then time each section for each viewer and query `runs` times; a table of p50 and p95 in ms."""
    settings = Settings(_env_file=None, database_url=database_url)
    upgrade(database_url)
    seed(database_url)
    db = Database(database_url)
    # As the bot process is once its client index is built (bot/clients.py): what start-up made is out of the
    # collector's way, so a full collection walks only what the page's requests make.
    gc.collect()
    gc.freeze()
    start, end = board.period(settings, None, None, NOW.astimezone(settings.zone).date())
    cases = [("director, a year", Viewer(201, "director"), board.Query(start, end)),
             ("partner, a year", Viewer(3, "partner"), board.Query(start, end)),
             ("partner, one member", Viewer(3, "partner"), board.Query(start, end, member_id=40))]
    rows = []
    for label, viewer, query in cases:
        # As the page gets them: fee honour and the scorecard read the fee lines through the app's cache (one read
        # per change); "after a change" is the same section when a fee has just moved (no cache).
        fresh = [f"{name}, after a change" for name in board.FEE_SECTIONS]
        times: dict[str, list[float]] = {name: [] for name in [*board.SECTIONS, "whole board",
                                                                "the page, sections at once", *sorted(fresh)]}
        cache = FeeLineCache()
        for n in range(runs + 1):
            whole = 0.0
            for name, build in [*board.SECTIONS.items(), *((f"{k}, after a change", board.SECTIONS[k])
                                                          for k in sorted(board.FEE_SECTIONS))]:
                cached = {"fees_read": cache.lines} if name in board.FEE_SECTIONS else {}
                started = time.perf_counter()
                with db.transaction() as session:
                    body = json.dumps(build(session, settings, viewer, query, **cached).json())
                took = time.perf_counter() - started
                whole += took if name in board.SECTIONS else 0.0
                if n:  # the first run warms the pool and SQLAlchemy's statement cache
                    times[name].append(took)
            at_once = _at_once(db, settings, viewer, query, cache)
            if n:
                times["whole board"].append(whole)
                times["the page, sections at once"].append(at_once)
        assert body
        for name, seconds in times.items():
            rows.append([label, name, f"{statistics.median(seconds) * 1000:.0f}", f"{_p(seconds, 0.95) * 1000:.0f}"])
    db.dispose()
    return rows


def _at_once(db: Database, settings: Settings, viewer: Viewer, query: board.Query, cache: FeeLineCache) -> float:
    """Seconds until every section is built when all are asked at once, as the page asks and the app answers them:
    each in a worker thread of its own (asyncio's default pool: min(32, cores + 4) threads)."""
    def one(name: str) -> int:
        cached = {"fees_read": cache.lines} if name in board.FEE_SECTIONS else {}
        with db.transaction() as session:
            return len(json.dumps(board.SECTIONS[name](session, settings, viewer, query, **cached).json()))

    started = time.perf_counter()
    with ThreadPoolExecutor(min(32, (os.cpu_count() or 1) + 4)) as pool:
        assert all(pool.map(one, board.SECTIONS))
    return time.perf_counter() - started


def main() -> None:
    """Parse the options and run once on the given database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, scratch_database(args.db or f"sqlite:///{folder}/bench.db") as url:
        rows = run(url, args.runs)
        kind = url.split(":")[0]
    rows_seeded = ", ".join(f"{v:,} {k}" for k, v in YEAR.items())
    print(f"board data, database {kind}: {MEMBERS:,} members, {CLIENTS:,} clients, a year of {rows_seeded}; "
          f"{args.runs} runs (ms)")
    print(table(["viewer and query", "section", "p50 ms", "p95 ms"], [(row[0], row[1:]) for row in rows]))


if __name__ == "__main__":
    main()
