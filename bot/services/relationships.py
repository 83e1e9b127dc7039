"""Relationships: the evidence Accord holds for each member and client, strengths, coverage, and keeping
declarations fresh (the re-confirmation job)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session

from bot.rules import relationships as rules
from bot.rules.access import Viewer
from bot.rules.ownership import same_contact
from bot.rules.referrals import next_moves
from bot.rules.relationships import Coverage, Evidence, KnownContact, Link
from bot.rules.words import Basis, ReferralState
from bot.services import delivery
from bot.services.referrals import view_of as referral_view
from bot.settings import Settings
from bot.turn import Reply
from cards.referrals import recipient_card
from cards.relationships import ReminderView, reminder_card
from storage import relationships as store
from storage.members import display_name
from storage.models import IntroductionRequest, Referral, Relationship
from storage.referrals import add_referral
from storage.registry import client, flags_by_client, members_by_id

# Flags Accord already holds, as evidence (an active quote's flag is counted from the quote itself).
FLAG_EVIDENCE = {Basis.active_project: rules.ACTIVE_PROJECT, Basis.past_project: rules.PAST_PROJECT,
                 Basis.introduction: rules.INTRODUCTION, Basis.declared_relationship: rules.DECLARED,
                 Basis.do_not_approach: rules.DECLARED}


@dataclass(frozen=True)
class ClientRelationships:
    """Every member's relationship with a client and with each known contact, with their strengths."""

    links: tuple[Link, ...]
    contacts: tuple[KnownContact, ...]


Found = dict[tuple[int, int | None], list[Evidence]]  # evidence by (member, contact or None for the client)


def evidence_on(session: Session, client_id: int, flags: list | None = None
                ) -> tuple[Found, dict[int, str], list[KnownContact]]:
    """Evidence by (member, contact or None for the client as a whole), members' names, and the known contacts
    (`flags`: the client's flags in force, if already read)."""
    return evidence_on_many(session, [client_id], {client_id: flags} if flags is not None else None)[client_id]


def evidence_on_many(session: Session, client_ids: list[int], flags: dict[int, list] | None = None
                     ) -> dict[int, tuple[Found, dict[int, str], list[KnownContact]]]:
    """`evidence_on` for a few clients at once, in a handful of reads rather than a handful per client."""
    if flags is None:
        flags = flags_by_client(session, client_ids)
    declared = _by_client(store.on_clients(session, client_ids), lambda row: row[0].client_id)
    done = _by_client(store.activity_on(session, client_ids), lambda row: row[0])
    every = {n: _evidence(declared.get(n, []), flags.get(n, []), done.get(n, [])) for n in client_ids}
    missing = {member_id for found, names, _ in every.values() for member_id, _ in found if member_id not in names}
    named = {i: display_name(m) for i, m in members_by_id(session, missing).items()}
    for found, names, _ in every.values():
        names |= {i: named[i] for i, _ in found if i not in names and i in named}
    return every


def _by_client(rows: list, client_of) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[client_of(row)].append(row)
    return grouped


def _evidence(declared: list, flags: list, done: list) -> tuple[Found, dict[int, str], list[KnownContact]]:
    """One client's evidence from its declarations, flags in force and members' activity, as read."""
    found: Found = defaultdict(list)
    names: dict[int, str] = {}
    contacts: dict[int, KnownContact] = {}

    def add(member_id: int, contact_id: int | None, item: Evidence) -> None:
        found[(member_id, None)].append(item)
        if contact_id is not None:
            found[(member_id, contact_id)].append(item)

    for row, member, contact in declared:
        names[member.id] = display_name(member)
        confirmed = row.confirmed_at > row.declared_at
        add(member.id, row.contact_id, Evidence(rules.DECLARED, row.confirmed_at, confirmed=confirmed))
        if contact is not None:
            known = contacts.get(contact.id)
            role = row.contact_role or (known.role if known else None)
            contacts[contact.id] = KnownContact(contact.id, contact.name or contact.email or "a contact",
                                                contact.email, role)
    for flag, member, contact in flags:
        kind = FLAG_EVIDENCE.get(flag.basis)
        if kind is None:
            continue
        names[member.id] = display_name(member)
        # A CRM flag on a contact is coverage of that contact too; a do-not-approach contact stays protected (its
        # name is its holder's and the insiders'), so it counts for the client only.
        covers = contact if contact is not None and flag.basis != Basis.do_not_approach else None
        add(member.id, covers.id if covers else None, Evidence(kind, flag.since, ongoing=kind == rules.ACTIVE_PROJECT))
        if covers is not None and covers.id not in contacts:
            contacts[covers.id] = KnownContact(covers.id, covers.name or covers.email or "a contact", covers.email,
                                               None)
    doubts = []
    for _, kind, member_id, contact_id, at in done:
        if kind == rules.DOUBTED:
            doubts.append((member_id, contact_id, at))
        else:
            add(member_id, None, Evidence(kind, at))
    for member_id, contact_id, at in doubts:
        for key in ((member_id, None), (member_id, contact_id)):
            if key in found:  # their own word lowers what they have; it adds no relationship
                found[key].append(Evidence(rules.DOUBTED, at))
    # A person on someone's do-not-approach list stays protected in coverage too (matched by email, else name).
    protected = [(flag.holder_id, c.name, c.email) for flag, _, c in flags
                 if flag.basis == Basis.do_not_approach and c is not None]
    for contact_id, known in list(contacts.items()):
        holders = frozenset(h for h, name, email in protected if same_contact(name, email, known.name, known.email))
        if holders:
            contacts[contact_id] = replace(known, protected_by=holders)
    return found, names, list(contacts.values())


def relationships_with(session: Session, settings: Settings, client_id: int, now: datetime,
                       flags: list | None = None) -> ClientRelationships:
    """Every member's relationship with the client, and with each contact there, as strengths at `now`."""
    return _strengths(settings, evidence_on(session, client_id, flags), now)


def _strengths(settings: Settings, evidence: tuple[Found, dict[int, str], list[KnownContact]],
               now: datetime) -> ClientRelationships:
    found, names, contacts = evidence
    links = tuple(Link(member_id, names.get(member_id, "a member"), contact_id,
                       rules.strength(items, now, settings.zone, settings.relationship_half_life_days))
                  for (member_id, contact_id), items in found.items())
    return ClientRelationships(links, tuple(contacts))


def coverage_for(session: Session, settings: Settings, client_id: int, viewer: Viewer, now: datetime,
                 flags: list | None = None) -> Coverage:
    """The who-owns card's coverage section and "best placed to help", as this viewer may see them."""
    known = relationships_with(session, settings, client_id, now, flags)
    return rules.coverage(known.contacts, known.links, viewer)


def coverage_of(session: Session, settings: Settings, client_ids: list[int], viewer: Viewer,
                now: datetime) -> dict[int, Coverage]:
    """`coverage_for` of a few clients at once (the board's most-held clients)."""
    return {client_id: rules.coverage(known.contacts, known.links, viewer)
            for client_id, evidence in evidence_on_many(session, client_ids).items()
            for known in [_strengths(settings, evidence, now)]}


def keep_fresh(session: Session, settings: Settings, now: datetime) -> int:
    """Remind owners, once, of declarations due for re-confirmation; lapse those still unconfirmed after the grace.
    Each reminder and lapse is claimed by a guarded update, so replicas running this at once act once."""
    acted = 0
    for row in store.in_force(session):
        state = rules.freshness(row.confirmed_at, row.reminded_at, now, settings.relationship_confirm_days)
        if state == rules.REMIND and store.claim_reminder(session, row, now):
            _remind(session, settings, row, now)
            acted += 1
        elif state == rules.LAPSE and store.claim_lapse(session, row, now):
            acted += 1
    return acted


def _remind(session: Session, settings: Settings, row: Relationship, now: datetime) -> None:
    contact = store.contact(session, row.contact_id)
    view = ReminderView(row.id, client(session, row.client_id).name, contact.name if contact else None,
                        contact.email if contact else None, row.confirmed_at,
                        now + rules.grace(settings.relationship_confirm_days))
    delivery.to_member(session, settings, f"relationship:{row.id}:reminder:{row.confirmed_at.date().isoformat()}",
                       Reply(card=reminder_card(view, settings.zone)).payload(), row.member_id)


def introduce(session: Session, settings: Settings,
              request: IntroductionRequest) -> tuple[Referral, delivery.Delivery]:
    """An accepted introduction becomes a referral from the introducer to the asker (the existing referral flow: the
    asker gets the card to acknowledge and update it, the introducer is credited and hears of each update, and a won
    referral prompts the fee); the referral, and when the asker gets its card."""
    contact = store.contact(session, request.contact_id)
    row = add_referral(session, state=ReferralState.introduced, client_id=request.client_id,
                       contact_name=contact.name if contact else None, contact_email=contact.email if contact else None,
                       introducer_id=request.introducer_id, recipient_id=request.asker_id,
                       note=f"A warm introduction the recipient asked for in Accord (request {request.id}).")
    request.referral_id = row.id
    session.flush()
    card = recipient_card(referral_view(session, row), next_moves(row.state), settings.zone)
    told = delivery.to_member(session, settings, f"referral:{row.id}:recipient", Reply(card=card).payload(),
                              request.asker_id, caused_by=request.introducer_id)
    return row, told
