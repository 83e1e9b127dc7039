"""The history rule, table by table: which changes each viewer sees, and what of them (domain notes' visibility)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.rules.access import Viewer
from bot.rules.disputes import DisputeFacts
from bot.rules.history import PROTECTED, Event, as_seen

AT = datetime(2026, 11, 20, 3, 30, tzinfo=UTC)
OWNER, OTHER, PARTY_A, PARTY_B, INTRODUCER, RECIPIENT = 1, 2, 3, 4, 5, 6
BD, DIRECTOR, ADMIN, COORDINATOR = 10, 11, 12, 13

OWNER_P, OTHER_P = Viewer(OWNER, "partner"), Viewer(OTHER, "partner")
BD_V, DIRECTOR_V, ADMIN_V = Viewer(BD, "bd"), Viewer(DIRECTOR, "director"), Viewer(ADMIN, "admin")
NO_ROLE = Viewer(99, None)


def public(viewer: Viewer) -> Viewer:
    return Viewer(viewer.member_id, viewer.role, public=True)


def event(subject: str, action: str = "created", before: dict | None = None, after: dict | None = None,
          via: str | None = None, **record) -> Event:
    return Event(1, AT, subject, 7, action, "Someone", via, before, after, **record)


QUOTE = event("quote", after={"owner_id": OWNER, "status": "open", "value_cents": 4_500_000, "splits": []},
              via="recorded in chat", owner_id=OWNER, partner_quote=True)
NETWORK_QUOTE = event("quote", after={"owner_id": BD, "value_cents": 100}, owner_id=BD, partner_quote=False)
QUOTE_FLAG = event("flag", after={"holder_id": OWNER, "basis": "active quote", "source": "quote:7"}, via="quote:7",
                   owner_id=OWNER, partner_quote=True)
NETWORK_QUOTE_FLAG = event("flag", after={"holder_id": BD, "basis": "active quote", "source": "quote:8"},
                           via="quote:8", owner_id=BD, partner_quote=False)
DNA_FLAG = event("flag", after={"holder_id": OWNER, "basis": "do-not-approach", "contact": "John Doe",
                                "contact_email": "john@acme.example"}, via="chat", owner_id=OWNER)
RELATIONSHIP_FLAG = event("flag", after={"holder_id": OWNER, "basis": "declared relationship", "contact": "Jane Roe",
                                         "contact_email": "jane@acme.example"}, via="import", owner_id=OWNER)
FEE = event("fee", "declined", before={"state": "proposed"}, after={"state": "declined", "percent": 10},
            via="not owed")
APPROACH = event("approach", "recorded", after={"member_id": BD, "note": "panel renewal", "state": "planned"})
REFERRAL = event("referral", "introduced", after={"introducer_id": INTRODUCER, "recipient_id": RECIPIENT,
                                                  "contact_name": "Jane Roe", "contact_email": "jane@acme.example",
                                                  "note": "she asked", "state": "introduced"},
                 parties=frozenset({INTRODUCER, RECIPIENT}))


def dispute(action: str, published: bool, after: dict) -> Event:
    facts = DisputeFacts(7, PARTY_A, PARTY_B, COORDINATOR, "resolved", published)
    return event("dispute", action, after=after, dispute=facts)


RAISED = {"raised_by": PARTY_A, "against_id": PARTY_B, "what": "took my client", "state": "open"}
RESOLVED = {"state": "resolved", "outcome": "upheld", "summary": "Fee of 10% agreed", "resolved_at": "2026-11-20"}


def seen(e: Event, viewer: Viewer, bd_sees_quotes: bool = True) -> Event | None:
    found = as_seen([e], viewer, partner_quotes_visible_to_bd=bd_sees_quotes)
    return found[0] if found else None


# A partner quote: value, status and splits (and that it exists) for its owner, BD by setting, directors and admins.
@pytest.mark.parametrize(("viewer", "bd_sees_quotes", "visible"), [
    (OWNER_P, True, True),
    (OTHER_P, True, False),
    (BD_V, True, True),
    (BD_V, False, False),
    (DIRECTOR_V, False, True),
    (ADMIN_V, False, True),
    (NO_ROLE, True, False),
    (public(OWNER_P), True, False),  # a card in a channel: what everyone there may see
    (public(DIRECTOR_V), True, False),
])
def test_a_partner_quote_is_seen_only_by_those_who_may_see_it(viewer, bd_sees_quotes, visible):
    assert (seen(QUOTE, viewer, bd_sees_quotes) == QUOTE) is visible
    assert (seen(QUOTE, viewer, bd_sees_quotes) is None) is not visible


@pytest.mark.parametrize("viewer", [OTHER_P, NO_ROLE, public(OTHER_P), BD_V])
def test_a_network_quote_is_open_to_everyone(viewer):
    assert seen(NETWORK_QUOTE, viewer, bd_sees_quotes=False) == NETWORK_QUOTE


# A partner quote's flag: the holder is public, the basis reads "current work" and its source is not named.
@pytest.mark.parametrize(("viewer", "bd_sees_quotes", "basis", "via"), [
    (OWNER_P, True, "active quote", "quote:7"),
    (OTHER_P, True, "current work", None),
    (BD_V, True, "active quote", "quote:7"),
    (BD_V, False, "current work", None),
    (DIRECTOR_V, False, "active quote", "quote:7"),
    (public(OWNER_P), True, "current work", None),
])
def test_a_partner_quotes_flag_reads_current_work_to_those_who_may_not_see_the_quote(viewer, bd_sees_quotes, basis,
                                                                                      via):
    shown = seen(QUOTE_FLAG, viewer, bd_sees_quotes)
    assert shown is not None and (shown.after["basis"], shown.via) == (basis, via)
    assert shown.after["holder_id"] == OWNER
    assert ("source" in shown.after) is (via is not None)
    assert seen(NETWORK_QUOTE_FLAG, public(OTHER_P)).after["basis"] == "active quote"


# Contact details of a flag: a do-not-approach contact is named only to its holder and insiders; any contact's
# email only to them.
@pytest.mark.parametrize(("viewer", "dna_contact", "email"), [
    (OWNER_P, "John Doe", True),
    (OTHER_P, PROTECTED, False),
    (BD_V, "John Doe", True),
    (DIRECTOR_V, "John Doe", True),
    (ADMIN_V, "John Doe", True),
    (NO_ROLE, PROTECTED, False),
    (public(OWNER_P), PROTECTED, False),
    (public(BD_V), PROTECTED, False),
])
def test_contact_details_go_to_the_holder_and_insiders(viewer, dna_contact, email):
    dna = seen(DNA_FLAG, viewer)
    assert dna is not None and dna.after["contact"] == dna_contact
    assert ("contact_email" in dna.after) is email
    relationship = seen(RELATIONSHIP_FLAG, viewer)
    assert relationship.after["contact"] == "Jane Roe"  # that a member covers someone is open
    assert ("contact_email" in relationship.after) is email


# Disputes: the parties, the coordinator, directors and admins see it all; others the published outcome only.
@pytest.mark.parametrize(("viewer", "published", "actions"), [
    (Viewer(PARTY_A, "partner"), False, ["raised", "resolved", "published"]),
    (Viewer(PARTY_B, "partner"), False, ["raised", "resolved", "published"]),
    (Viewer(COORDINATOR, "director"), False, ["raised", "resolved", "published"]),
    (DIRECTOR_V, False, ["raised", "resolved", "published"]),
    (ADMIN_V, False, ["raised", "resolved", "published"]),
    (OTHER_P, False, []),
    (BD_V, False, []),
    (OTHER_P, True, ["resolved", "published"]),
    (BD_V, True, ["resolved", "published"]),
    (public(Viewer(PARTY_A, "partner")), True, ["resolved", "published"]),
    (public(DIRECTOR_V), False, []),
])
def test_dispute_details_go_to_parties_and_overseers_and_others_see_the_published_outcome(viewer, published,
                                                                                           actions):
    events = [dispute("raised", published, RAISED), dispute("resolved", published, RESOLVED),
              dispute("published", published, {"published_at": "2026-11-21"})]
    shown = as_seen(events, viewer, partner_quotes_visible_to_bd=True)
    assert [e.action for e in shown] == actions
    if actions and actions[0] == "resolved":  # the outcome only: no claim, no coordinator's notes
        assert shown[0].after == {"state": "resolved", "outcome": "upheld", "summary": "Fee of 10% agreed"}
        assert shown[0].via is None


def test_a_dispute_without_its_record_is_shown_to_no_one():
    assert seen(event("dispute", "raised", after=RAISED), DIRECTOR_V) is None


def test_a_sanction_in_a_disputes_timeline_stays_with_insiders():
    sanction = dispute("sanction", False, {"member_id": PARTY_B})
    assert seen(sanction, Viewer(PARTY_A, "partner")) is None and seen(sanction, DIRECTOR_V) == sanction


# Fees and approaches are open to everyone; a referral's contact and note to its parties and insiders.
@pytest.mark.parametrize("viewer", [OWNER_P, OTHER_P, BD_V, DIRECTOR_V, NO_ROLE, public(OTHER_P)])
def test_fee_history_and_approaches_are_open_to_everyone(viewer):
    assert seen(FEE, viewer) == FEE
    assert seen(APPROACH, viewer) == APPROACH


@pytest.mark.parametrize(("viewer", "details"), [
    (Viewer(INTRODUCER, "partner"), True),
    (Viewer(RECIPIENT, "partner"), True),
    (OTHER_P, False),
    (BD_V, True),
    (DIRECTOR_V, True),
    (public(Viewer(INTRODUCER, "partner")), False),
])
def test_a_referrals_contact_and_note_go_to_its_parties_and_insiders(viewer, details):
    shown = seen(REFERRAL, viewer)
    assert shown is not None and shown.after["state"] == "introduced"
    assert ({"contact_name", "contact_email", "note"} <= set(shown.after)) is details
    assert not details or shown == REFERRAL


def test_the_order_given_is_kept_and_nothing_is_changed_in_place():
    events = [QUOTE, FEE, DNA_FLAG]
    assert [e.subject for e in as_seen(events, OTHER_P, partner_quotes_visible_to_bd=True)] == ["fee", "flag"]
    assert DNA_FLAG.after["contact"] == "John Doe"
