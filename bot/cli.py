"""The `accord` command-line tool for operators."""

from __future__ import annotations

import argparse
import sys

from bot.settings import Settings, SettingsError, load_settings
from storage.db import Database
from storage.members import list_members, member_by_email, set_role
from storage.migrate import upgrade
from storage.models import Member, Role


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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; exit 2 on a bad setting."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 2
    return args.run(settings, args)


if __name__ == "__main__":
    sys.exit(main())
