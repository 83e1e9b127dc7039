"""A small network with clients, members and flags, written through the storage layer as imports would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from storage.db import save
from storage.models import Client, Member
from storage.registry import add_contact, put_flag

SINCE = datetime(2025, 3, 1, tzinfo=UTC)
LATER = datetime(2026, 1, 15, tzinfo=UTC)


@dataclass
class Network:
    """Ids of what was seeded, for assertions."""

    members: dict[str, Member]
    clients: dict[str, Client]


PEOPLE = [("dana", "Dana Partner", "partner"), ("sam", "Sam Partner", "partner"), ("bo", "Bo Business", "bd"),
          ("di", "Di Director", "director"), ("ada", "Ada Admin", "admin")]


def seed(db, accounts: list[dict] | None = None) -> Network:
    """Five members (one per role, two partners), four clients, and ClientCorp's flags.

    `accounts` gives the five people Teams identities (id, name, aadObjectId, email) in PEOPLE's order; an account
    whose id is None is a member imported from the CRM whom Teams has not told Accord about yet.
    """
    with db.transaction() as session:
        members = {}
        for n, (key, name, role) in enumerate(PEOPLE, start=1):
            account = accounts[n - 1] if accounts else {
                "id": f"29:user-{n}", "name": name, "aadObjectId": f"00000000-0000-0000-0000-00000000000{n}",
                "email": f"{key}@network.example"}
            member = Member(teams_id=account["id"], name=account["name"], role=role, email=account["email"],
                            aad_object_id=account["aadObjectId"])
            session.add(member)
            members[key] = member
        clients = {}
        for key, fields in {
            "clientcorp": dict(name="ClientCorp Pty Ltd", external_id="C-001", domains=["clientcorp.com.au"],
                               aliases=["CCorp"], country="AU"),
            "delta_air": dict(name="Delta Air Lines", external_id="C-002", domains=["delta.com"], country="US"),
            "delta_el": dict(name="Delta Electronics", external_id="C-003", domains=["deltaww.com"], country="TW"),
            "acme": dict(name="Acme Holdings", external_id="C-004", domains=["acme.example"], country="AU"),
        }.items():
            row = Client(name=fields["name"])
            save(session, row, **fields)
            clients[key] = row
        session.flush()
        cc = clients["clientcorp"].id
        john = add_contact(session, cc, "John Doe", "john@clientcorp.com.au")
        mia = add_contact(session, cc, "Mia Chen", "mia@clientcorp.com.au")
        for holder, basis, contact, since in [("dana", "past project", None, SINCE),
                                              ("dana", "do-not-approach", john, LATER),
                                              ("sam", "declared relationship", mia, LATER)]:
            put_flag(session, None, by=None, via="seed", client_id=cc, holder_id=members[holder].id, basis=basis,
                     contact_id=contact.id if contact else None, since=since)
    return Network(members, clients)
