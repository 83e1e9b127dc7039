"""The `accord` command-line tool for operators."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot import imports, relationship_import
from bot.clients import ClientIndex
from bot.logs import configure_logging
from bot.rules.access import Viewer
from bot.services import delivery, digest, feedback
from bot.services.enquiries import views_of
from bot.services.members import merge
from bot.services.who_owns import ownership_for
from bot.settings import Settings, SettingsError, load_settings
from bot.turn import Reply
from storage import outbox
from storage.conversations import conversation
from storage.db import Database, shown_url
from storage.enquiries import enquiries_since
from storage.feedback import APPROVED, DISMISSED, OPEN, feedback_list
from storage.history import Event, client_history, member_history
from storage.members import add_member, display_name, footprint, list_members, member_by_email, remove_member, set_role
from storage.migrate import head_revision, upgrade
from storage.models import Role
from storage.network import partner_channel
from storage.registry import client_with_flags, members_by_id
from storage.schema import current_revision, pending
from storage.types import utcnow


@contextmanager
def _transaction(settings: Settings) -> Iterator[Session]:
    """One transaction on the configured database, which is closed afterwards."""
    db = Database(settings.database_url)
    try:
        with db.transaction() as session:
            yield session
    finally:
        db.dispose()


def _db_upgrade(settings: Settings, _args: argparse.Namespace) -> int:
    url = settings.database_url
    before = current_revision(url)
    upgrade(url)
    if before is None:
        print(f"database created: {shown_url(url)}")
    elif before != head_revision(url):
        print(f"database upgraded: {shown_url(url)} is up to date")
    else:
        print(f"database is up to date: {shown_url(url)}")
    return 0


def _set_role(settings: Settings, args: argparse.Namespace) -> int:
    role = None if args.role == "none" else args.role
    email = _email_argument(args.email, settings)
    if email is None:
        return 2
    with _transaction(settings) as session:
        member = member_by_email(session, email)
        if member is None and not args.create:
            # A mistyped address would otherwise become a new member with a role, silently.
            print(f"accord: no member has the email {email}: check it with 'accord members list', or add --create "
                  "to make a new member (linked to Teams when they first talk to Accord)", file=sys.stderr)
            return 1
        created = member is None
        if created:
            # An admin may assign roles before someone first talks to Accord; Teams links them by email.
            member = add_member(session, email, email.split("@")[0])
        set_role(session, member, role)
    note = " (a new member, not seen in Teams yet: linked when they first talk to Accord)" if created else ""
    print(f"{email}: role {role or 'none'}{note}")
    return 0


def _remove_member(settings: Settings, args: argparse.Namespace) -> int:
    email = _email_argument(args.email, settings)
    if email is None:
        return 2
    with _transaction(settings) as session:
        member = member_by_email(session, email)
        if member is None:
            print(f"accord: no member has the email {email}", file=sys.stderr)
            return 1
        held = footprint(session, member)
        if not held:
            remove_member(session, member)
    if held:
        # Their flags, quotes, fees and every change they made are the network's evidence: never deleted.
        named = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in sorted(held.items()))
        print(f"accord: {email} is named in the network's records ({named}), so nothing was removed. Take their "
              f"role away with 'accord members set-role {email} none' (their history stays), or fold them into "
              f"another member with 'accord members merge {email} OTHER_EMAIL'.", file=sys.stderr)
        return 1
    print(f"{email}: removed")
    return 0


def _email_argument(raw: str, settings: Settings) -> str | None:
    """The address given on the command line, lower case; None (having said why) when it is not one."""
    email = _email(raw, settings)
    if email is None:
        print(f"accord: not an email address: {raw!r}", file=sys.stderr)
    return email


def _email(raw: str, settings: Settings) -> str | None:
    """The address in lower case, as the import reads it; None when it is not one."""
    try:
        return imports.email(raw.strip(), settings.zone)
    except imports.Invalid:
        return None


def _merge_members(settings: Settings, args: argparse.Namespace) -> int:
    old, new = _email(args.old, settings), _email(args.new, settings)
    if old is None or new is None:
        print(f"accord: not an email address: {args.old if old is None else args.new!r}", file=sys.stderr)
        return 2
    with _transaction(settings) as session:
        member, said = merge(session, old, new)
    print(said if member else f"accord: {said}", file=sys.stdout if member else sys.stderr)
    return 0 if member else 1


def _list_members(settings: Settings, _args: argparse.Namespace) -> int:
    with _transaction(settings) as session:
        members = list_members(session)
        verdicts = delivery.reach_of(session, settings, members)
    print(f"{'EMAIL':36} {'NAME':26} {'ROLE':9} {'LINKED':10} REACHABLE")
    for m in members:
        verdict = verdicts[m.id]
        linked = "linked" if m.teams_id or m.aad_object_id else "not linked"
        reachable = f"yes ({verdict.reason})" if verdict.reachable else f"no: {verdict.reason}"
        print(f"{m.email or '-':36} {m.name[:26]:26} {m.role or '-':9} {linked:10} {reachable}")
    unreachable = [verdicts[m.id] for m in members if m.role and not verdicts[m.id].reachable]
    for remedy in sorted({v.remedy for v in unreachable}):
        print(f"to reach the members marked no: {remedy}")
    return 0


def _outbox(settings: Settings, args: argparse.Namespace) -> int:
    if args.action == "retry":
        with _transaction(settings) as session:
            requeued = outbox.requeue(session, args.id, settings.delivery_deadline)
        print(f"message {args.id} queued again" if requeued else f"message {args.id} is not a failed message")
        return 0 if requeued else 1
    states = ("waiting",) if args.waiting else ("failed",) if args.failed else None
    with _transaction(settings) as session:
        rows = outbox.unfinished(session, states=states)
        names = _recipients(session, rows)
    if not rows:
        print({None: "outbox is empty: everything has been delivered", ("waiting",): "no message is waiting",
               ("failed",): "no message has failed"}[states])
    for row in rows:
        when = (row.wait_until if row.state == "waiting" else row.next_attempt_at).astimezone(settings.zone)
        label = "waits until" if row.state == "waiting" else "next"
        print(f"{row.id:>6} {row.state:9} {row.kind or '-':18} attempts={row.attempts:<3} "
              f"{label}={when:%Y-%m-%d %H:%M} to={names[row.id]}")
        if row.last_error:
            print(f"       {'why' if row.state == 'waiting' else 'last error'}: {row.last_error}")
    return 0


def _recipients(session: Session, rows: list) -> dict[int, str]:
    """Each message's recipient by name: the member and their email, or the conversation's name."""
    people = members_by_id(session, [r.member_id for r in rows if r.member_id is not None])
    named = {}
    for row in rows:
        if row.member_id is not None:
            member = people.get(row.member_id)
            who = f"{display_name(member)} <{member.email}>" if member and member.email else display_name(member)
            named[row.id] = who + (" (email)" if row.channel == "email" else "")
        else:
            chat = conversation(session, row.conversation_id.split(";messageid=")[0])
            named[row.id] = (f"{chat.name or chat.team_name or chat.kind} ({row.conversation_id})" if chat
                             else row.conversation_id)
    return named


def _send(settings: Settings, args: argparse.Namespace) -> int:
    payload = Reply(text=args.text).payload()
    key = f"announcement:{uuid.uuid4()}"
    with _transaction(settings) as session:
        if args.channel:
            channel = partner_channel(session)
            if channel is None:
                print("accord: no partner channel yet: an admin types '@Accord set partner channel' there",
                      file=sys.stderr)
                return 1
            outbox.enqueue(session, key, payload, conversation_id=channel.conversation_id,
                           deadline=settings.delivery_deadline)
            where = f"the partner channel ({channel.name or channel.conversation_id})"
        else:
            member = member_by_email(session, args.to)
            if member is None:
                print(f"accord: no member with email {args.to}", file=sys.stderr)
                return 1
            sent = delivery.to_member(session, settings, key, payload, member.id)
            if sent.waiting:
                print(f"queued for {member.name or member.email} (1:1), who cannot be reached in Teams yet "
                      f"({sent.reach.reason}): it goes out as soon as they can, within {settings.delivery_wait_days} "
                      "days")
                return 0
            where = f"{member.name or member.email} (1:1)"
    print(f"queued for {where}: the running bot delivers it")
    return 0


def _candidate(c) -> dict:
    return {"external_id": c.external_id, "name": c.name, "score": round(c.score, 3), "why": c.why}


def _match(settings: Settings, args: argparse.Namespace) -> int:
    try:
        stream = sys.stdin if args.file in (None, "-") else open(args.file, encoding="utf-8-sig")
    except OSError as exc:
        print(f"accord: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with _transaction(settings) as session, stream:
        matcher = ClientIndex().snapshot(session)
        for line in stream:
            query = line.strip()
            if not query:
                continue
            found = matcher.match(query)
            candidates = [_candidate(c) for c in found.candidates]
            if args.json:
                print(json.dumps({"query": query, "match": _candidate(found.match) if found.match else None,
                                  "candidates": candidates}, ensure_ascii=False))
            elif found.match:
                m = found.match
                print(f"{query}\t{m.name} ({m.external_id or '-'})\t{m.score:.2f}\t{m.why}")
            else:
                hint = f"did you mean: {'; '.join(c['name'] for c in candidates)}" if candidates else ""
                print(f"{query}\tno match\t\t{hint}")
    return 0


def _who_owns(settings: Settings, args: argparse.Namespace) -> int:
    with _transaction(settings) as session:
        member = member_by_email(session, args.as_email)
        if member is None:
            print(f"accord: no member with email {args.as_email}", file=sys.stderr)
            return 1
        found = ClientIndex().match(session, args.query)
        if found.match is None:
            result = {"query": args.query, "match": None, "candidates": [_candidate(c) for c in found.candidates]}
        else:
            viewer = Viewer(member.id, member.role)
            row, flags = client_with_flags(session, found.match.client_id, utcnow())
            summary, view = ownership_for(session, settings, row, flags, viewer)
            result = {"query": args.query, "match": _candidate(found.match), "person": found.person,
                      "holders": [{"name": h.name, "bases": list(h.bases), "since": h.since.isoformat()}
                                  for h in view.holders],
                      "contacts": [{"name": c.name, "email": c.email, "holder": c.holder_name, "basis": c.basis}
                                   for c in view.contacts]}
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else _ownership_text(result, settings))
    return 0


def _history(settings: Settings, args: argparse.Namespace) -> int:
    with _transaction(settings) as session:
        if args.member:
            member = member_by_email(session, args.member.strip().lower())
            if member is None:
                print(f"accord: no member with email {args.member}", file=sys.stderr)
                return 1
            events = member_history(session, member.id)
        else:
            found = ClientIndex().match(session, args.client)
            if found.match is None:  # an ambiguous or unknown name: say which, write nothing
                names = "; ".join(c.name for c in found.candidates)
                print(f"accord: no single client matches {args.client!r}" + (f"; did you mean: {names}?" if names
                                                                               else ""), file=sys.stderr)
                return 1
            events = client_history(session, found.match.client_id)
    for e in events:
        print(json.dumps(_event_json(e), ensure_ascii=False) if args.json else _event_line(e, settings))
    if not events and not args.json:
        print("nothing recorded")
    return 0


def _event_json(e: Event) -> dict:
    return {"at": e.at.isoformat(), "subject": e.subject, "id": e.subject_id, "action": e.action, "by": e.by,
            "via": e.via, "before": e.before, "after": e.after}


def _event_line(e: Event, settings: Settings) -> str:
    """One change on one line, in the network's time: when, what, who and through what, then what changed."""
    changed = {k: v for k, v in (e.after or {}).items() if (e.before or {}).get(k) != v}
    shown = ", ".join(f"{k}: {(e.before or {}).get(k)!r} -> {v!r}" for k, v in changed.items()) if e.before \
        else ", ".join(f"{k}: {v!r}" for k, v in changed.items())
    return (f"{e.at.astimezone(settings.zone):%Y-%m-%d %H:%M}  {e.subject} {e.subject_id}  {e.action}  "
            f"by {e.by or 'the system'}{f' via {e.via}' if e.via else ''}  {shown}").rstrip()


def _ownership_text(result: dict, settings: Settings) -> str:
    if result["match"] is None:
        names = "; ".join(c["name"] for c in result["candidates"])
        return f"No single client matches {result['query']!r}." + (f" Did you mean: {names}?" if names else "")
    lines = [f"{result['match']['name']} ({result['match']['external_id'] or 'no CRM id'})"]
    for h in result["holders"] or [{"name": "No holder on record", "bases": [], "since": None}]:
        since = datetime.fromisoformat(h["since"]).astimezone(settings.zone).strftime(" since %d %b %Y") \
            if h["since"] else ""
        lines.append(f"  {h['name']}: {', '.join(h['bases'])}{since}".rstrip(": "))
    for c in result["contacts"]:
        who = c["name"] or "a protected contact"
        lines.append(f"  contact {who}{' <' + c['email'] + '>' if c['email'] else ''}: {c['holder']}, {c['basis']}")
    return "\n".join(lines)


def _enquiries(settings: Settings, args: argparse.Namespace) -> int:
    try:
        since = datetime.fromisoformat(args.since)
    except ValueError:
        print(f"accord: --since: not a date: {args.since!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    since = since if since.tzinfo else since.replace(tzinfo=settings.zone)
    with _transaction(settings) as session:
        views = views_of(session, settings, enquiries_since(session, since))
    if args.by_score:  # the highest lead score first, those not qualified last; newest first within a score
        views.sort(key=lambda v: -v.lead.score if v.lead else 1)
    for v in views:
        record = {"id": v.id, "received_at": v.received_at.astimezone(settings.zone).isoformat(), "person": v.person,
                  "company": v.company, "source": v.source, "state": v.state, "client": v.client_name,
                  "holder": v.holder_name, "referred_by": v.referred_by,
                  "lead_score": v.lead.score if v.lead else None, "lead_budget": v.lead.budget if v.lead else None}
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{record['received_at'][:16]}  {v.person} ({v.company or '-'})  {v.source}  {v.state}"
                  f"  {'held by ' + record['holder'] if record['holder'] else 'no holder on record'}"
                  f"{f'  lead {v.lead.score}' if v.lead else ''}")
    return 0


def _scorecard(settings: Settings, args: argparse.Namespace) -> int:
    """Every scored member's allocation scorecard for a period, as a table or CSV (for directors)."""
    from bot.imports.cells import inert
    from bot.services.scorecard import period, scorecards

    try:
        start, end = _period_arg(args.period, settings) if args.period else period(utcnow(), settings.scorecard_days)
    except ValueError as problem:
        print(f"accord: --period: {problem}", file=sys.stderr)
        return 2
    with _transaction(settings) as session:
        scores = sorted(scorecards(session, settings, start, end), key=lambda s: (-s.card.score, s.name.lower()))
    parts = [p.name for p in scores[0].card.parts] if scores else []
    header = ["member", "role", "score", "word", "eligible", *parts, "value_won"]
    rows = [[s.name, s.role, str(s.card.score), s.card.word, "yes" if s.card.eligible else "no",
             *(f"{p.points:.1f}/{p.most:.0f}" for p in s.card.parts), f"{s.value_won_cents / 100:.2f}"] for s in scores]
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows([header, *([inert(cell) for cell in row] for row in rows)])
        return 0
    first, last = start.astimezone(settings.zone), (end - timedelta(seconds=1)).astimezone(settings.zone)
    print(f"Allocation scorecards, {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    for s in scores:
        print(f"  {s.card.score:>3}  {s.card.word:<12}  {s.name} ({s.role})  "
              + "; ".join(f"{p.name} {p.points:.0f}/{p.most:.0f}: {p.why}" for p in s.card.parts))
    return 0


def _period_arg(text: str, settings: Settings) -> tuple[datetime, datetime]:
    """"2026-01-01..2026-03-31" (both days included, network time zone) -> [start, end)."""
    first, dots, last = text.partition("..")
    if not dots:
        raise ValueError(f"expected FIRST..LAST (YYYY-MM-DD..YYYY-MM-DD), not {text!r}")
    try:
        start, stop = (datetime.fromisoformat(day.strip()).replace(tzinfo=settings.zone) for day in (first, last))
    except ValueError:
        raise ValueError(f"not two dates: {text!r} (use YYYY-MM-DD..YYYY-MM-DD)") from None
    if stop < start:
        raise ValueError(f"the last day is before the first: {text!r}")
    return start.astimezone(UTC), (stop + timedelta(days=1)).astimezone(UTC)


def _handoffs(settings: Settings, args: argparse.Namespace) -> int:
    from bot.services import handoff

    with _transaction(settings) as session:
        views = handoff.listing(session, settings, None, None, utcnow())
    for v in views:
        record = {"id": v.id, "client": v.client, "owner": v.owner, "won_at": v.won_at.astimezone(settings.zone)
                  .isoformat(), "state": v.state, "delivery_lead": v.lead, "director": v.director,
                  "welcome_by": v.welcome_by.astimezone(settings.zone).isoformat() if v.welcome_by else None,
                  "welcome_done": v.welcome_done_at is not None, "overdue": list(v.overdue)}
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            late = f"  overdue: {', '.join(v.overdue)}" if v.overdue else ""
            print(f"{record['won_at'][:10]}  {v.client}  owner {v.owner}  lead {v.lead or '-'}  {v.state}"
                  f"  welcome {'made' if record['welcome_done'] else 'by ' + (record['welcome_by'] or '-')[:10]}"
                  f" ({v.director or 'no director'}){late}")
    if not args.json:
        print(f"{len(views)} open, {sum(1 for v in views if v.overdue)} with something overdue")
    return 0


# --- demo ---
def _demo(settings: Settings, args: argparse.Namespace) -> int:
    from bot import demo  # the Playground's and the web app's imports: only for the commands that need them

    if not settings.anonymous:
        print("accord: the demo's Agents Playground sends no tokens: run it with MicrosoftAppId empty "
              "(not on a bot registered with Azure)", file=sys.stderr)
        return 2
    _db_upgrade(settings, args)
    try:
        with _transaction(settings) as session:
            lines = demo.load(session, settings, utcnow())
    except demo.DemoError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 1
    print("sample network: " + "; ".join(lines))
    if args.load_only:
        return 0
    configure_logging(settings)
    return demo.run(settings, args.playground_port)


def _playground(settings: Settings, args: argparse.Namespace) -> int:
    from bot import demo

    return demo.run_playground(settings, args.port)


def _demo_parsers(commands) -> None:
    shown = commands.add_parser("demo", help="load a small sample network, then serve the bot and the Agents "
                                             "Playground (its people are the sample's members)")
    shown.add_argument("--load-only", action="store_true", help="load the sample network (again: changes nothing) "
                                                                "and stop")
    shown.add_argument("--playground-port", type=int, metavar="PORT", help="default: 56150, or a free one")
    shown.set_defaults(run=_demo)
    alone = commands.add_parser("playground", help="the Agents Playground for a bot already running on $PORT")
    alone.add_argument("--port", type=int, help="default: 56150, or a free one")
    alone.set_defaults(run=_playground)


# --- digest ---
def _digest(settings: Settings, args: argparse.Namespace) -> int:
    now = utcnow()
    with _transaction(settings) as session:
        schedule = digest.schedule_of(settings)
        period = schedule.so_far(now) if args.so_far else schedule.latest(now)
        if period is None:
            print("accord: no digest time has passed yet (see DIGEST_CRON and DIGEST_ANCHOR_DATE)", file=sys.stderr)
            return 1
        if args.dry_run:
            cards = digest.build(session, settings, period, Viewer(None, None, public=True), so_far=args.so_far)
            print(json.dumps(cards, ensure_ascii=False, indent=2))
            return 0
        posting = digest.post_so_far(session, settings, now) if args.so_far else \
            digest.post_scheduled(session, settings, period, now)
    if posting.problem:
        print(f"accord: digest {period.key or 'so far'}: {posting.problem}", file=sys.stderr)
        return 1
    plural = "" if posting.cards == 1 else "s"
    print(f"digest {period.key or 'so far'}: {posting.cards} card{plural} queued for the partner channel")
    return 0


def _digest_parser(commands) -> None:
    command = commands.add_parser("digest", help="the transparency digest of the latest scheduled period")
    action = command.add_mutually_exclusive_group(required=True)
    action.add_argument("--dry-run", action="store_true", help="print the cards as JSON; post and claim nothing")
    action.add_argument("--send", action="store_true", help="post it to the partner channel, unless already posted")
    command.add_argument("--so-far", action="store_true",
                         help="the current period up to now instead (sending it does not claim the scheduled one)")
    command.set_defaults(run=_digest)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="accord", description="Operate Accord, the partner network's Teams bot.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="database schema").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="apply every pending migration").set_defaults(run=_db_upgrade)

    members = commands.add_parser("members", help="people and their roles").add_subparsers(
        dest="action", required=True
    )
    members.add_parser("list", help="list members and their roles").set_defaults(run=_list_members)
    role = members.add_parser("set-role", help="give a member a role (none removes it)")
    role.add_argument("email")
    role.add_argument("role", choices=[r.value for r in Role] + ["none"])
    role.add_argument("--create", action="store_true", help="make a new member when no member has this email")
    role.set_defaults(run=_set_role)
    removed = members.add_parser("remove", help="remove a member who is named in no record (a mistyped address)")
    removed.add_argument("email")
    removed.set_defaults(run=_remove_member)
    merged = members.add_parser("merge", help="one person under an old and a new email: keep one member, the new email")
    merged.add_argument("old", metavar="OLD_EMAIL")
    merged.add_argument("new", metavar="NEW_EMAIL")
    merged.set_defaults(run=_merge_members)

    box = commands.add_parser("outbox", help="messages on their way, waiting for their member, and failed ones")
    box.set_defaults(run=_outbox, action="list")
    shown = box.add_mutually_exclusive_group()
    shown.add_argument("--waiting", action="store_true", help="only messages waiting for a member to be reachable")
    shown.add_argument("--failed", action="store_true", help="only messages that failed")
    box_actions = box.add_subparsers(dest="action", metavar="ACTION")
    retry = box_actions.add_parser("retry", help="queue a failed message again")
    retry.add_argument("id", type=int)

    send = commands.add_parser("send", help="queue an announcement from Accord")
    target = send.add_mutually_exclusive_group(required=True)
    target.add_argument("--channel", choices=["partner"], help="post in the partner channel")
    target.add_argument("--to", metavar="EMAIL", help="send to one member in their 1:1 chat")
    send.add_argument("text")
    send.set_defaults(run=_send)
    imports.register(commands)
    relationship_import.register(commands)  # `accord import relationships`, in its own module

    match = commands.add_parser("match", help="match client names, domains or emails, one query per line")
    match.add_argument("file", nargs="?", metavar="FILE", help="queries, one per line (default or -: stdin)")
    match.add_argument("--json", action="store_true", help="one JSON object per line")
    match.set_defaults(run=_match)

    _feedback_parser(commands)

    who = commands.add_parser("who-owns", help="who holds a client, as a given member may see it")
    who.add_argument("query", help="a client name, domain, email, or 'Person at Client'")
    who.add_argument("--as", dest="as_email", required=True, metavar="EMAIL", help="the member asking")
    who.add_argument("--json", action="store_true")
    who.set_defaults(run=_who_owns)

    told = commands.add_parser("history", help="every change to a client's flags, quotes, approaches, fees, referrals "
                               "and disputes, or every change a member made")
    about = told.add_mutually_exclusive_group(required=True)
    about.add_argument("client", nargs="?", help="a client name, domain or CRM id")
    about.add_argument("--member", metavar="EMAIL", help="a member's changes and their flags")
    told.add_argument("--json", action="store_true", help="one JSON object per line")
    told.set_defaults(run=_history)

    listed = commands.add_parser("enquiries", help="inbound enquiries since a date, with where they went")
    listed.add_argument("--since", required=True, metavar="DATE", help="YYYY-MM-DD (network time zone)")
    listed.add_argument("--json", action="store_true", help="one JSON object per line")
    listed.add_argument("--by-score", action="store_true", help="the highest lead score (BANT) first")
    listed.set_defaults(run=_enquiries)
    handed = commands.add_parser("handoffs", help="open handoffs of won clients and what is overdue")
    handed.add_argument("--json", action="store_true", help="one JSON object per line")
    handed.set_defaults(run=_handoffs)
    scored = commands.add_parser("scorecard", help="every member's allocation scorecard for a period (for directors)")
    scored.add_argument("--period", metavar="FIRST..LAST", help="YYYY-MM-DD..YYYY-MM-DD, both days included "
                        "(network time zone); default: the last SCORECARD_DAYS")
    scored.add_argument("--csv", action="store_true", help="CSV, cells safe to open in a spreadsheet")
    scored.set_defaults(run=_scorecard)
    _digest_parser(commands)
    _demo_parsers(commands)
    return parser


def _feedback_parser(commands) -> None:
    noted = commands.add_parser("match-feedback", help="what members said about matches: not this client, or an "
                                "alias to add; keep, approve or dismiss it")
    noted.add_argument("--all", action="store_true", help="also feedback already approved or dismissed")
    noted.set_defaults(run=_match_feedback)
    actions = noted.add_subparsers(dest="action", metavar="ACTION")
    for action, meaning in (("approve", "keep a 'not this client' / add the proposed alias"),
                            ("dismiss", "drop a 'not this client' (the match answers again) / reject an alias")):
        decided = actions.add_parser(action, help=meaning)
        decided.add_argument("id", type=int)


def _match_feedback(settings: Settings, args: argparse.Namespace) -> int:
    with _transaction(settings) as session:
        if args.action in ("approve", "dismiss"):
            outcome = feedback.decide(session, args.id, args.action == "approve", utcnow())
            print(outcome)
            return 0 if outcome.startswith(f"feedback {args.id}:") else 1
        rows = feedback_list(session, (OPEN, APPROVED, DISMISSED) if args.all else (OPEN,))
        for row, client, member in rows:
            print(f"{row.id}\t{row.state}\t{row.kind}\t{json.dumps(row.text, ensure_ascii=False)}\t{client.name} "
                  f"(client {client.id})\t{display_name(member)}\t{row.created_at:%Y-%m-%d}")
    if not rows:
        print("no match feedback" if args.all else "no open match feedback")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; exit 2 on a bad setting."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 2
    try:
        if args.run not in (_db_upgrade, _demo, _playground) and pending(settings.database_url):
            print("accord: the database schema is not up to date: run 'accord db upgrade'", file=sys.stderr)
            return 2
        return args.run(settings, args)
    except SQLAlchemyError as exc:
        print(f"accord: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
