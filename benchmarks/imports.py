"""Import benchmark: `accord import` of a million clients and a million flags, wall time and peak memory.

Each import runs as an operator runs it (the console script, in its own process), so its peak resident size is the
whole command's. Steps: members (200), clients (all new), the same clients file again (all unchanged), flags (all
new, a tenth naming a contact), the same flags file again. Goal: every import completes, under 300 MB.
Run with `make bench` (or `python -m benchmarks.imports [--db URL] [--clients N] [--flags N]`).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scratch import bench_database, parser
from storage.migrate import upgrade

ACCORD = str(Path(sys.executable).with_name("accord"))
MEMBERS = 200
BASES = ("active quote", "active project", "past project", "declared relationship", "introduction", "dna")
GOAL_MB = 300.0
WORDS = ("Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell",
         "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Wonka", "Gringotts", "Oceanic", "Monarch", "Aperture")
FORMS = ("Pty Ltd", "Limited", "Group", "University", "Agency", "Holdings", "Partners", "Council")


def write_files(folder: Path, clients: int, flags: int, seed: int = 7) -> dict[str, Path]:
    """The three CSV files, written a line at a time."""
    rng = random.Random(seed)
    paths = {kind: folder / f"{kind}.csv" for kind in ("members", "clients", "flags")}
    with paths["members"].open("w") as out:
        out.write("email,name,role,firm\n")
        for m in range(MEMBERS):
            out.write(f"member{m}@partner.example,Member {m},partner,Firm {m % 20}\n")
    with paths["clients"].open("w") as out:
        out.write("external_id,name,domains,aliases,country\n")
        for c in range(clients):
            name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {c} {rng.choice(FORMS)}"
            out.write(f"C-{c},{name},client{c}.example;mail.client{c}.example,{rng.choice(WORDS).upper()},"
                      "Australia\n")
    with paths["flags"].open("w") as out:
        out.write("client,holder_email,basis,contact_name,contact_email,since,until\n")
        for f in range(flags):
            client, holder, basis = f % clients, (f // clients) * 7 + f % MEMBERS, BASES[(f // MEMBERS) % 6]
            person = f"Person {f},person{f}@client{client}.example" if f % 10 == 0 else ","
            out.write(f"C-{client},member{holder % MEMBERS}@partner.example,{basis},{person},2025-01-01,\n")
    return paths


def run_import(url: str, kind: str, path: Path) -> dict:
    """One `accord import`: its wall time, peak memory (VmHWM of the process, from wait4) and summary line."""
    environment = {**os.environ, "DATABASE_URL": url, "TIMEZONE": "Australia/Sydney"}
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([ACCORD, "import", kind, str(path)], env=environment, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)  # this process's own rusage: its peak resident size
        elapsed = time.monotonic() - started
        out.seek(0), err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"accord import {kind} failed:\n{err.read()[-2000:]}")
        summary = out.read().strip().rsplit("/", 1)[-1]
    return {"kind": kind, "seconds": round(elapsed, 1), "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "summary": summary}


def main() -> None:
    arguments = parser(__doc__)
    arguments.add_argument("--clients", type=int, default=1_000_000)
    arguments.add_argument("--flags", type=int, default=1_000_000)
    args = arguments.parse_args()
    with bench_database(args.db) as (folder, url):
        upgrade(url)
        paths = write_files(folder, args.clients, args.flags)
        print(f"database: {url.split(':')[0]}; {args.clients:,} clients, {args.flags:,} flags", flush=True)
        worst = 0.0
        for kind, note in (("members", ""), ("clients", "new"), ("clients", "again"), ("flags", "new"),
                           ("flags", "again")):
            result = run_import(url, kind, paths[kind])
            worst = max(worst, result["peak_mb"]) if kind != "members" else worst
            print(f"{kind:>8} {note:>5}: {result['seconds']:>7.1f} s  peak {result['peak_mb']:>6.1f} MB  "
                  f"{result['summary']}", flush=True)
        print(f"peak memory {worst:.1f} MB (goal < {GOAL_MB:.0f} MB): {'met' if worst < GOAL_MB else 'NOT met'}")


if __name__ == "__main__":
    main()
