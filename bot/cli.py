"""The `accord` command-line tool for operators."""

from __future__ import annotations

import argparse
import sys
import uuid

from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings, SettingsError, load_settings
from bot.turn import Reply
from storage import outbox
from storage.db import Database
from storage.members import list_members, member_by_email, set_role
from storage.migrate import pending, upgrade
from storage.models import Member, Role
from storage.network import partner_channel


def _db_upgrade(settings: Settings, _args: argparse.Namespace) -> int:
    upgrade(settings.database_url)
    print("database is up to date")
    return 0


def _set_role(settings: Settings, args: argparse.Namespace) -> int:
    role = None if args.role == "none" else args.role
    db = Database(settings.database_url)
    with db.transaction() as session:
        member = member_by_email(session, args.email)
        created = member is None
        if created:
            # An admin may assign roles before someone first talks to Accord; Teams links them by email.
            member = Member(email=args.email.strip().lower(), name=args.email.split("@")[0])
            session.add(member)
        set_role(session, member, role)
    note = " (not seen in Teams yet: linked when they first talk to Accord)" if created else ""
    print(f"{args.email}: role {role or 'none'}{note}")
    return 0


def _list_members(settings: Settings, _args: argparse.Namespace) -> int:
    db = Database(settings.database_url)
    with db.transaction() as session:
        for m in list_members(session):
            print(f"{m.email or '-':40} {m.name:30} {m.role or '-':9} {'in Teams' if m.teams_id else 'not seen yet'}")
    return 0


def _outbox(settings: Settings, args: argparse.Namespace) -> int:
    db = Database(settings.database_url)
    if args.action == "retry":
        with db.transaction() as session:
            requeued = outbox.requeue(session, args.id, settings.delivery_deadline)
        print(f"message {args.id} queued again" if requeued else f"message {args.id} is not a failed message")
        return 0 if requeued else 1
    with db.transaction() as session:
        rows = outbox.unfinished(session)
    if not rows:
        print("outbox is empty: everything has been delivered")
    for row in rows:
        target = row.conversation_id or f"member {row.member_id}"
        when = row.next_attempt_at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{row.id:>6} {row.state:9} attempts={row.attempts:<3} next={when} to={target}")
        if row.last_error:
            print(f"       last error: {row.last_error}")
    return 0


def _send(settings: Settings, args: argparse.Namespace) -> int:
    db = Database(settings.database_url)
    payload = Reply(text=args.text).payload()
    key = f"announcement:{uuid.uuid4()}"
    with db.transaction() as session:
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
            outbox.enqueue(session, key, payload, member_id=member.id, deadline=settings.delivery_deadline)
            where = f"{member.name or member.email} (1:1)"
    print(f"queued for {where}: the running bot delivers it")
    return 0


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
    role.set_defaults(run=_set_role)

    box = commands.add_parser("outbox", help="messages waiting to be delivered, and failed ones")
    box.set_defaults(run=_outbox, action="list")
    box_actions = box.add_subparsers(dest="action", metavar="ACTION")
    retry = box_actions.add_parser("retry", help="queue a failed message again")
    retry.add_argument("id", type=int)

    send = commands.add_parser("send", help="queue an announcement from Accord")
    target = send.add_mutually_exclusive_group(required=True)
    target.add_argument("--channel", choices=["partner"], help="post in the partner channel")
    target.add_argument("--to", metavar="EMAIL", help="send to one member in their 1:1 chat")
    send.add_argument("text")
    send.set_defaults(run=_send)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; exit 2 on a bad setting."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 2
    try:
        if args.run is not _db_upgrade and pending(settings.database_url):
            print("accord: the database schema is not up to date: run 'accord db upgrade'", file=sys.stderr)
            return 2
        return args.run(settings, args)
    except SQLAlchemyError as exc:
        print(f"accord: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
