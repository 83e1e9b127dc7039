"""Client index benchmark (issue 15): the first correct who-owns after a restart, and who-owns while an import lands.

A registry of --clients generated clients (members and clients only: the index is about clients). Restart: from
`python app.py` starting until the first correct answer to "who owns <a client's exact name>" and to a misspelt one,
beside when /readyz first says the index is built. Import: --import clients written in one transaction (as an
import commits them) while --askers members ask who-owns about clients already there, 5 signed enquiry webhooks a
second arrive and /healthz is polled; p50/p99, webhooks not accepted,
wrong answers, non-200s, and how long until an imported client is answered. Run with `make bench` or
`python -m benchmarks.index [--db URL] [--clients 100000] [--import 20000] [--flags 100000]`; then the same with
--flags flags on the registry's clients imported by `accord import flags`, as an operator runs it. The same askers
first ask for --before seconds without an import: the floor on the same machine in the same run.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import random
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from benchmarks.matching_data import clients
from benchmarks.scratch import scratch_database
from benchmarks.who_owns import MEMBERS, _insert, client_rows, load, member_rows, percentile, progress
from bot.rules.matching import ClientEntry
from bot.rules.words import Basis
from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import Client
from storage.types import utcnow
from tests.support.botprocess import ACCORD, BotProcess, clean_environment, post_signed
from tests.support.builders import TENANT, activity
from tests.support.fakecloud import FakeCloud

BASES = tuple(b.value for b in (Basis.active_project, Basis.past_project, Basis.introduction,
                                  Basis.declared_relationship))
WEBHOOK_SECRET = "bench-webhook-secret"
QUIET = 50  # members from this id on never ask (the askers are the first few)
APP_ID, PASSWORD = "b3c4d5e6-0000-4000-8000-0000000000b5", "bench-secret"


class Asker:
    """A member's personal chat with the bot, safe beside other askers: its reply is found by its conversation."""

    def __init__(self, cloud: FakeCloud, bot: BotProcess, member: dict) -> None:
        self.cloud = cloud
        self.sender = {"id": member["teams_id"], "name": member["name"], "aadObjectId": member["aad_object_id"]}
        self.conversation = f"a:personal-{self.sender['id']}"
        self.connection = http.client.HTTPConnection("127.0.0.1", bot.port, timeout=120)

    def say(self, text_: str) -> tuple[float, dict]:
        """Post one message and wait for the bot's 200: (ms until the reply reached the connector, the reply)."""
        body = json.dumps(activity("personal", text=text_, sender=self.sender,
                                   service_url=self.cloud.connector_url)).encode()
        headers = {"Authorization": self.cloud.auth_header(), "Content-Type": "application/json"}
        posted = time.monotonic()
        self.connection.request("POST", "/api/messages", body, headers)
        response = self.connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{text_!r}: HTTP {response.status}")
        sends = [r for r in list(self.cloud.requests) if r.method == "POST" and "/activities" in r.path
                 and r.received_at >= posted and r.conversation == self.conversation]
        if len(sends) != 1 or sends[0].status != 201:
            raise RuntimeError(f"{text_!r}: expected one delivered reply, got {[r.status for r in sends]}")
        return (sends[0].received_at - posted) * 1000, sends[0].body

    def close(self) -> None:
        """Close the keep-alive connection."""
        self.connection.close()


def answered(chat: Asker, question: str, client: ClientEntry) -> tuple[float, bool]:
    """Ask once: (ms until the reply reached the connector, whether it named this client's CRM id)."""
    ms, said = verdict(chat, question, client)
    return ms, said == RIGHT


RIGHT, ASKED, WRONG = "right", "asked which", "wrong"


def verdict(chat: Asker, question: str, client: ClientEntry) -> tuple[float, str]:
    """Ask once: (ms until the reply reached the connector, right / asked which (the client among the choices) /
    wrong). The matcher asks which when a name also fits another client well (benchmarks.who_owns counts it too)."""
    ms, reply = chat.say(f"who owns {question}")
    card = json.dumps(reply.get("attachments", [{}])[0].get("content"), ensure_ascii=False)
    if f"CRM {client.external_id}" in card:
        return ms, RIGHT
    return ms, ASKED if f'"client_id": {client.id},' in card else WRONG


def status(url: str) -> int:
    """The HTTP status of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:  # refused or timed out: no answer is a figure too
        return 0


def until_correct(chat: Asker, question: str, client: ClientEntry, started: float, limit: float = 600) -> float:
    """Seconds from `started` until asking `question` first names the client (asked again until it does)."""
    while time.monotonic() - started < limit:
        if answered(chat, question, client)[1]:
            return time.monotonic() - started
    return float("nan")


def until_ready(bot: BotProcess, started: float) -> float:
    """Seconds from `started` until /readyz answers 200."""
    while status(f"{bot.url}/readyz") != 200:
        time.sleep(0.2)
    return time.monotonic() - started


def misspelt(name: str) -> str:
    """The name with two letters of its longest word swapped: a typo the matcher forgives, a lookup does not."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[longest]
    words[longest] = w[:2] + w[3] + w[2] + w[4:] if len(w) >= 6 else w
    return " ".join(words)


def restart(cloud: FakeCloud, env: dict[str, str], workdir: Path, asker: dict, registry: list[ClientEntry],
            first_only: bool = False) -> dict[str, float]:
    """Start the bot and time the first correct answers, exact and misspelt, and the index's readiness."""
    exact, typo = registry[len(registry) // 3], registry[len(registry) // 2]
    started = time.monotonic()
    bot = BotProcess(workdir, **env).start(timeout=120)
    try:
        listening = time.monotonic() - started
        chat = Asker(cloud, bot, asker)
        first_exact = until_correct(chat, exact.name, exact, started)
        if first_only:
            return {"listening_s": listening, "first_exact_s": first_exact}
        first_typo = until_correct(chat, misspelt(typo.name), typo, started)
        ready = until_ready(bot, started)
        chat.close()
    finally:
        bot.stop()
    return {"listening_s": listening, "first_exact_s": first_exact, "first_misspelt_s": first_typo, "ready_s": ready}


class Askers:
    """Members asking who-owns about existing clients, one question at a time each, until told to stop."""

    def __init__(self, cloud: FakeCloud, bot: BotProcess, members: list[dict], registry: list[ClientEntry]) -> None:
        self.chats = [Asker(cloud, bot, m) for m in members]
        self.registry, self.ms, self.wrong, self.asked, self.errors = registry, [], 0, 0, 0
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._ask, args=(chat, n)) for n, chat in enumerate(self.chats)]

    def _ask(self, chat: Asker, seed: int) -> None:
        rng = random.Random(seed)
        while not self.stopping.is_set():
            client = rng.choice(self.registry)
            try:
                ms, said = verdict(chat, client.name, client)
            except Exception:  # noqa: BLE001  (a failed exchange is a figure, not the end of the run)
                self.errors += 1
                continue
            self.ms.append(ms)
            self.wrong += said == WRONG
            self.asked += said == ASKED

    def __enter__(self) -> Askers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join()
        for chat in self.chats:
            chat.close()


def webhooks(bot: BotProcess, stopping: threading.Event, registry: list[ClientEntry], seen: list[int],
             per_second: float = 5.0) -> None:
    """Enquiries from the website form, `per_second` of them, signed; every status kept."""
    rng, n = random.Random(9), 0
    while not stopping.wait(1 / per_second):
        n += 1
        client = rng.choice(registry)
        body = {"id": f"bench-{bot.port}-{n}", "person": {"name": f"Enquirer {n}", "email": f"e{n}@example.org"},
                "company": client.name, "message": "Could we talk about next year?"}
        try:
            seen.append(post_signed(f"{bot.url}/api/enquiries", json.dumps(body).encode(), WEBHOOK_SECRET))
        except OSError:  # refused or timed out: no answer is a figure too
            seen.append(0)


def health_poll(bot: BotProcess, stopping: threading.Event, seen: list[int]) -> None:
    """/healthz twice a second, every status kept."""
    while not stopping.wait(0.5):
        seen.append(status(f"{bot.url}/healthz"))


def bulk_import(database_url: str, rows: list[ClientEntry]) -> float:
    """Write the clients in one transaction, each stamped as it is written (an import's commit); seconds."""
    started, engine = time.perf_counter(), make_engine(database_url)
    try:
        with engine.begin() as connection:
            _insert(connection, Client.__table__, (r | {"updated_at": utcnow()} for r in client_rows(rows, utcnow())))
    finally:
        engine.dispose()
    return time.perf_counter() - started


def flag_import(database_url: str, registry: list[ClientEntry], count: int, folder: Path) -> float:
    """`accord import flags` of `count` new flags on clients already there, as an operator runs it; seconds."""
    rng, path = random.Random(5), folder / "flags.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["client", "holder_email", "basis", "since"])
        # Held by members who are not asking: an enquiry for a held client goes to its holder's chat, not theirs.
        for n in range(count):  # never the same client, holder and basis twice: the import refuses a repeat
            holder = QUIET + (n // len(registry)) % (MEMBERS - QUIET + 1)
            writer.writerow([registry[n % len(registry)].external_id, f"bench-{holder}@network.example",
                             rng.choice(BASES), "2025-01-01"])
    started = time.perf_counter()
    done = subprocess.run([ACCORD, "import", "flags", str(path)], capture_output=True, text=True, timeout=1800,
                          env=clean_environment(DATABASE_URL=database_url))
    if done.returncode != 0:
        raise RuntimeError(f"accord import flags failed: {done.stderr[:2000]}")
    return time.perf_counter() - started


def during_import(cloud: FakeCloud, env: dict[str, str], workdir: Path, members: list[dict],
                  registry: list[ClientEntry], imported: list[ClientEntry], args: argparse.Namespace,
                  database_url: str, flags: int = 0) -> dict[str, Any]:
    """Ask while the import is written and the index takes it in; then how long until an imported client is found.
    With `flags`, the import is that many flags on the registry's clients instead (nothing new to find)."""
    bot = BotProcess(workdir, **env).start(timeout=120)
    try:
        until_ready(bot, time.monotonic())
        stopping, health, posted = threading.Event(), [], []
        poller = threading.Thread(target=health_poll, args=(bot, stopping, health))
        poster = threading.Thread(target=webhooks, args=(bot, stopping, registry, posted))
        poller.start()
        try:
            with Askers(cloud, bot, members[1:args.askers + 1], registry) as askers:
                time.sleep(args.before)  # the same askers on the same machine without an import: the floor
                poster.start()  # webhooks arrive from the import on
                quiet, wrong_before, asked_before = list(askers.ms), askers.wrong, askers.asked
                if flags:
                    import_s, found_s = flag_import(database_url, registry, flags, workdir), None
                else:
                    import_s = bulk_import(database_url, imported)
                    committed = time.monotonic()
                    chat = Asker(cloud, bot, members[0])
                    found_s = until_correct(chat, imported[-1].name, imported[-1], committed)
                    chat.close()
                time.sleep(args.after)  # the index takes the import in meanwhile
        finally:
            stopping.set()
            poller.join()
            if poster.is_alive():
                poster.join()
    finally:
        bot.stop()
    during = askers.ms[len(quiet):]
    return {"import_s": import_s, "imported_found_s": found_s, "asked": len(during),
            "wrong": askers.wrong - wrong_before, "asked_which": askers.asked - asked_before, "errors": askers.errors,
            "p50_ms": percentile(during, 50),
            "p99_ms": percentile(during, 99), "max_ms": max(during), "quiet_p50_ms": percentile(quiet, 50),
            "quiet_p99_ms": percentile(quiet, 99), "healthz": len(health),
            "healthz_not_200": sum(s != 200 for s in health), "webhooks": len(posted),
            "webhooks_not_202": sum(s != 202 for s in posted)}


def run(database_url: str, workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Load the registry, restart the bot on it, then ask during an import."""
    everyone = clients(args.clients + args.imported)
    registry, imported = everyone[:args.clients], everyone[args.clients:]
    upgrade(database_url)
    progress(f"loading {args.clients:,} clients")
    loaded = load_clients(database_url, registry)
    with FakeCloud(app_id=APP_ID, app_password=PASSWORD, tenant_id=TENANT).run_in_thread() as cloud:
        env = {**cloud.env(), "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING",
               "ENQUIRY_WEBHOOK_SECRET": WEBHOOK_SECRET}
        members = member_rows(utcnow())
        progress("restart: the first correct answers")
        restarted = restart(cloud, env, workdir, members[0], registry, args.first_only)
        if args.restart_only or args.first_only:
            return {"database": make_url(database_url).get_backend_name(), "clients": args.clients,
                    "load_s": loaded, "restart": restarted}
        progress(f"asking while {args.imported:,} clients are imported")
        importing = during_import(cloud, env, workdir, members, registry, imported, args, database_url)
        flagging = None
        if args.flags:
            progress(f"asking while {args.flags:,} flags are imported")
            flagging = during_import(cloud, env, workdir, members, registry, [], args, database_url, args.flags)
    return {"database": make_url(database_url).get_backend_name(), "clients": args.clients, "load_s": loaded,
            "restart": restarted, "import": importing, "imported": args.imported, "askers": args.askers,
            "flag_import": flagging, "flags": args.flags}


def load_clients(database_url: str, registry: list[ClientEntry]) -> float:
    """Members and clients only (who-owns about a client nobody holds still names it); seconds."""
    started = time.perf_counter()
    load(database_url, registry, contacts=False)
    return time.perf_counter() - started


def report(r: dict[str, Any]) -> None:
    """The figures, as the README quotes them."""
    s, i = r["restart"], r.get("import")
    print(f"\n== client index on {r['database']}, {r['clients']:,} clients ==")
    print(f"restart: listening {s['listening_s']:.1f} s; first correct exact who-owns {s['first_exact_s']:.1f} s")
    if "ready_s" not in s:
        return
    print(f"first correct misspelt {s['first_misspelt_s']:.1f} s; /readyz 200 after {s['ready_s']:.1f} s")
    if i is None:
        return
    _during(f"import of {r['imported']:,} clients", i, r["askers"])
    if r.get("flag_import"):
        _during(f"import of {r['flags']:,} flags", r["flag_import"], r["askers"])


def _during(what: str, i: dict[str, Any], askers: int) -> None:
    found = i["imported_found_s"]
    print(f"{what} in {i['import_s']:.1f} s with {askers} askers: "
          f"{i['asked']} answers, p50 {i['p50_ms']:.0f} ms, p99 {i['p99_ms']:.0f} ms, max {i['max_ms']:.0f} ms, "
          f"{i['wrong']} wrong, {i['asked_which']} asked which, {i['errors']} failed; "
          f"/healthz {i['healthz_not_200']} of {i['healthz']} not 200; "
          f"webhooks {i['webhooks_not_202']} of {i['webhooks']} not 202; "
          + (f"an imported client answered {found:.1f} s after the commit; " if found is not None else "")
          + f"without an import: p50 {i['quiet_p50_ms']:.0f} ms, p99 {i['quiet_p99_ms']:.0f} ms")


def main() -> None:
    """Parse the options and run once on the given database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--import", dest="imported", type=int, default=20_000)
    parser.add_argument("--flags", type=int, default=100_000, help="then flags imported the same way (0: none)")
    parser.add_argument("--askers", type=int, default=10, help=f"members asking at once (at most {QUIET - 2})")
    parser.add_argument("--before", type=float, default=15.0, help="seconds asked before the import begins")
    parser.add_argument("--after", type=float, default=20.0, help="seconds asked after the import's commit")
    parser.add_argument("--restart-only", action="store_true", help="measure the restart, not the import")
    parser.add_argument("--first-only", action="store_true", help="the restart's first exact answer alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, scratch_database(args.db or f"sqlite:///{folder}/bench.db") as url:
        report(run(url, Path(folder), args))


if __name__ == "__main__":
    main()
