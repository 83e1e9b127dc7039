"""Digest benchmark: building a fortnight's digest with 10,000 rows in the period.

Seeds approaches, enquiries, open quotes (BD and partner), referral fees with their change log, and disputes, all in
one fortnight, then times the channel digest's build (queries, rules, cards and their split) over several runs, and
reports median and p95, the number of cards, the largest message as Teams counts it (UTF-16), and the build's
peak Python memory. Run with `make bench` or `python -m benchmarks.digest [--db URL] [--rows 10000] [--runs 7]`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from benchmarks.scratch import scratch_database
from bot.handlers.digest import build, schedule_of
from bot.rules.access import Viewer
from bot.settings import Settings
from bot.turn import Reply
from cards.digest import size
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Approach, Change, Client, Dispute, Enquiry, Fee, Member, Quote

MEMBERS, CLIENTS = 200, 3000
FIRE = datetime(2026, 1, 18, 22, tzinfo=UTC)  # Monday 19 January 2026, 09:00 in Sydney: a digest time
SHARE = {"approaches": 0.2, "enquiries": 0.3, "quotes": 0.2, "fees": 0.2, "disputes": 0.1}
NAMES = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Morgan", "O'Neil",
         "Zoë", "Łukasz", "Nguyễn"]


def _role(n: int) -> str:
    return "bd" if n % 10 == 0 else "director" if n % 50 == 1 else "partner"


def seed(database_url: str, rows: int, start: datetime) -> dict[str, int]:
    """Members, clients and `rows` digest rows spread over the fortnight before FIRE; counts by kind."""
    rng = random.Random(7)
    moment = lambda: start + timedelta(seconds=rng.uniform(0, (FIRE - start).total_seconds()))  # noqa: E731
    person = lambda: f"{rng.choice(NAMES)} {rng.choice(NAMES)}son"  # noqa: E731
    member, client = (lambda: rng.randint(1, MEMBERS)), (lambda: rng.randint(1, CLIENTS))
    counts = {kind: int(rows * share) for kind, share in SHARE.items()}
    tables: list[tuple[Any, list[dict]]] = [
        (Member.__table__, [dict(id=n, name=f"{person()} {n}", role=_role(n), created_at=start, updated_at=start)
                            for n in range(1, MEMBERS + 1)]),
        (Client.__table__, [dict(id=n, name=f"Client {n} “{rng.choice(NAMES)}” Pty Ltd", aliases=[], domains=[],
                                 created_at=start, updated_at=start) for n in range(1, CLIENTS + 1)]),
        (Approach.__table__, [dict(client_id=client(), member_id=rng.randrange(10, MEMBERS + 1, 10),
                                   state=rng.choice(["planned", "active", "won", "dropped"]),
                                   on_behalf_of=member() if rng.random() < 0.3 else None, created_at=moment(),
                                   updated_at=start) for _ in range(counts["approaches"])]),
        (Enquiry.__table__, [dict(source_key=f"web:{n}", source=rng.choice(["web", "email", "phone"]),
                                  received_at=moment(), person_name=person(), company=f"Company {n} <Ltd>",
                                  state=rng.choice(["new", "with holder", "bd responding", "closed"]),
                                  holder_id=member() if rng.random() < 0.4 else None, created_at=start,
                                  updated_at=start) for n in range(counts["enquiries"])]),
        (Quote.__table__, [dict(client_id=client(), owner_id=(owner := member()),
                                partner_quote=_role(owner) == "partner",
                                status=rng.choice(["draft", "open", "submitted"]),
                                value_cents=rng.randint(1_000_00, 500_000_00), currency="AUD",
                                tender=rng.random() < 0.3, source="platform", opened_at=moment(), created_at=start,
                                updated_at=start) for _ in range(counts["quotes"])]),
        (Fee.__table__, [dict(client_id=client(), payer_id=member(), payee_id=member(),
                              percent=rng.choice([5, 7.5, 10, 15]), state=rng.choice(["proposed", "agreed", "paid"]),
                              created_at=moment(), updated_at=moment()) for _ in range(counts["fees"])]),
        (Dispute.__table__, [dict(client_id=client(), raised_by=member(), against_id=member(), what="x " * 200,
                                  state="resolved", outcome="settled", summary=f"Settled on values, {person()}. " * 4,
                                  created_at=moment(), resolved_at=moment(), published_at=FIRE - timedelta(hours=1),
                                  updated_at=start) for _ in range(counts["disputes"])]),
    ]
    db = Database(database_url)
    with db.engine.begin() as connection:
        for table, values in tables:
            connection.execute(insert(table), values)
        # Half the fees were agreed or paid through chat, so the change log tells when.
        connection.execute(insert(Change.__table__), [
            dict(subject="fee", subject_id=n, action=rng.choice(["agreed", "paid"]), changed_at=moment())
            for n in range(1, counts["fees"] + 1, 2)])
        if connection.dialect.name == "postgresql":
            connection.execute(text("ANALYZE"))
    db.dispose()
    return counts


def run(database_url: str, rows: int, runs: int) -> dict[str, Any]:
    """Seed, then time the channel digest's build `runs` times."""
    settings = Settings(_env_file=None, database_url=database_url, digest_anchor_date=date(2026, 1, 5))
    upgrade(database_url)
    period = schedule_of(settings).scheduled(FIRE)
    counts = seed(database_url, rows, period.start)
    db = Database(database_url)
    public = Viewer(None, None, public=True)
    seconds = []
    for n in range(runs + 1):
        with db.transaction() as session:
            started = time.perf_counter()
            cards = build(session, settings, period, public)
            if n:  # the first build warms the connection pool and SQLAlchemy's statement cache
                seconds.append(time.perf_counter() - started)
    with db.transaction() as session:
        tracemalloc.start()
        build(session, settings, period, public)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    db.dispose()
    ordered = sorted(seconds)
    kinds = ", ".join(f"{v} {k}" for k, v in counts.items())
    return {"rows": f"{sum(counts.values())} ({kinds})",
            "runs": runs, "median_s": round(statistics.median(seconds), 3),
            "p95_s": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 3),
            "cards": len(cards), "largest_kb": round(max(size(Reply(card=c).payload()) for c in cards) / 1024, 1),
            "peak_python_mb": round(peak / 1e6, 1)}


def main() -> None:
    """Parse the options and run once on the given database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, scratch_database(args.db or f"sqlite:///{folder}/bench.db") as url:
        result = run(url, args.rows, args.runs)
    print(f"digest build, database {url.split(':')[0]} (timed with tracemalloc off; peak from one traced build;"
          " largest_kb: the largest message as Teams counts it, UTF-16)")
    for key, value in result.items():
        print(f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
