"""Relationships through the bot: declaring, your relationships, coverage on the who-owns card as each person may
see it, warm introductions that become referrals, and the re-confirmation job."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import select

from bot.services.board import PUBLIC
from bot.services.relationships import coverage_for, coverage_of, keep_fresh
from cards import verbs
from storage.history import changes
from storage.models import Contact, IntroductionRequest, Referral, Relationship
from storage.types import utcnow
from tests.support.builders import BO, DANA, DI, SAM, user
from tests.support.turns import (
    actions,
    at_once,
    card_text,
    press,
    press_text,
    pressed,
    readable,
    said,
    say,
    say_text,
    sent_to,
)

SARAH = "I know Sarah Smith <sarah@clientcorp.com.au> at ClientCorp, decision maker, worked together"


def rows(db) -> list[Relationship]:
    with db.transaction() as session:
        return list(session.exec(select(Relationship).order_by(Relationship.id)))


def requests(db) -> list[IntroductionRequest]:
    with db.transaction() as session:
        return list(session.exec(select(IntroductionRequest).order_by(IntroductionRequest.id)))


def referrals(db) -> list[Referral]:
    with db.transaction() as session:
        return list(session.exec(select(Referral).order_by(Referral.id)))


def buttons(card: dict) -> list[dict]:
    """Every button on a card, those behind a "show card" button too."""
    found = []
    for a in actions(card):
        if a["type"] == "Action.ShowCard":
            found += [b for block in a["card"]["body"] for b in block.get("actions", [])]
        else:
            found.append(a)
    return found


async def test_a_member_declares_a_relationship_in_chat_and_declaring_again_confirms_it(accord, db, network):
    card = await say(accord, SARAH, DANA)
    text = card_text(card)
    assert "Relationship declared" in text and "Sarah Smith" in text and "decision maker" in text
    assert "worked together" in text and "medium" in text and "declared today" in text
    (row,) = rows(db)
    assert (row.member_id, row.client_id, row.contact_role, row.how_known, row.source) == (
        network.members["dana"].id, network.clients["clientcorp"].id, "decision maker", "worked together", "chat")
    with db.transaction() as session:
        contact = session.get(Contact, row.contact_id)
        assert (contact.name, contact.email) == ("Sarah Smith", "sarah@clientcorp.com.au")
        assert [c.action for c in changes(session, "relationship", row.id)] == ["declared"]
    again = card_text(await say(accord, "i know Sarah Smith at CCorp", DANA))
    assert "Relationship confirmed again" in again
    assert len(rows(db)) == 1
    with db.transaction() as session:
        assert [c.action for c in changes(session, "relationship", row.id)] == ["declared", "confirmed"]


async def test_declaring_is_for_members_in_their_personal_chat(accord, db, network):
    assert "Sorry, only" in await say_text(accord, SARAH, user(8, "Stranger"))
    assert "personal chat" in await say_text(accord, SARAH, DANA, kind="channel")
    assert rows(db) == []


async def test_a_declaration_that_cannot_be_read_or_matched_says_why(accord, db, network):
    assert "Write it as: I know" in await say_text(accord, "declare relationship: ClientCorp", DANA)
    assert "No single client matches" in await say_text(accord, "I know Sarah Smith at Nowhere Unknown Pty", DANA)
    assert rows(db) == []


async def test_the_form_declares_many_or_nothing(accord, db, network):
    form = await say(accord, "relationships form", DANA)
    assert any(a["verb"] == verbs.RELATIONSHIP_DECLARE_MANY for a in buttons(form))
    bad = await press(accord, verbs.RELATIONSHIP_DECLARE_MANY, DANA,
                      relationships="Sarah Smith <sarah@clientcorp.com.au> at ClientCorp\nnonsense line")
    assert "Nothing was declared" in card_text(bad) and "Line 2" in card_text(bad)
    assert rows(db) == []
    done = await press(accord, verbs.RELATIONSHIP_DECLARE_MANY, DANA,
                       relationships="Sarah Smith <sarah@clientcorp.com.au> at ClientCorp, procurement\n"
                                     "Kim Lee at Acme Holdings (influencer, former colleague)")
    assert "2 declared" in card_text(done)
    assert [(r.contact_role, r.how_known, r.source) for r in rows(db)] == [
        ("procurement", None, "form"), ("influencer", "former colleague", "form")]


async def test_my_relationships_lists_them_and_only_their_owner_may_confirm_or_end_them(accord, db, network):
    await say(accord, SARAH, DANA)
    (row,) = rows(db)
    listed = await say(accord, "my relationships", DANA)
    assert "sarah@" in readable(card_text(listed))
    assert "not one of yours" in await press_text(accord, verbs.RELATIONSHIP_CONFIRM, SAM, relationship_id=row.id)
    assert "Confirmed" in await press_text(accord, verbs.RELATIONSHIP_CONFIRM, DANA, relationship_id=row.id)
    assert "Ended" in await press_text(accord, verbs.RELATIONSHIP_END, DANA, relationship_id=row.id)
    assert rows(db)[0].lapsed_at is not None
    assert "None declared yet" in card_text(await say(accord, "my relationships", DANA))


async def test_the_who_owns_card_shows_coverage_and_who_is_best_placed_as_each_may_see_it(accord, db, network):
    await say(accord, SARAH, DANA)
    for asker, sees_email in ((DANA, True), (SAM, False), (BO, True), (DI, True)):
        text = readable(card_text(await say(accord, "who owns ClientCorp", asker)))
        assert "Best placed to help:" in text and "Coverage:" in text
        assert "decision maker: Sarah Smith" in text
        assert ("sarah@clientcorp" in text) is sees_email, asker["name"]
        assert "No one covers influencer, procurement or user." in text
    # Sam's declared relationship (a CRM flag) covers Mia Chen: Dana sees her name, not her email.
    dana = readable(card_text(await say(accord, "who owns ClientCorp", DANA)))
    assert "Mia Chen" in dana and "mia@clientcorp" not in dana.split("Coverage:")[1]
    # In a channel, everyone sees only the public view: no contact's email, whoever asks.
    public = readable(card_text(await say(accord, "who owns ClientCorp", BO, kind="channel")))
    assert "Sarah Smith" in public and "sarah@clientcorp" not in public


async def test_an_accepted_introduction_becomes_a_referral_and_a_win_prompts_the_fee(accord, db, network):
    m = network.members
    await say(accord, SARAH, DANA)
    card = await say(accord, "who can introduce me to ClientCorp", BO)
    text = card_text(card)
    assert "Who can introduce you to ClientCorp Pty Ltd" in text
    assert text.index("Dana Partner") < text.index("Sam Partner")  # Dana: past project, DNA, declared
    ask = next(b for b in buttons(card) if b["title"] == "Ask Dana")
    answer = await press_text(accord, ask["verb"], BO, **{k: v for k, v in ask["data"].items() if k != "verb"})
    assert "Introduction requested" in answer
    (request,) = requests(db)
    assert (request.asker_id, request.introducer_id, request.state) == (m["bo"].id, m["dana"].id, "asked")
    (sent,) = sent_to(db, m["dana"].id, f"introduction:{request.id}:request")
    request_card = sent["attachments"][0]["content"]
    assert [a["title"] for a in request_card["actions"]] == ["Accept", "Not now", "I don't know them well"]
    assert "Only the member asked" in await press_text(accord, verbs.INTRODUCTION_ANSWER, SAM,
                                                       request_id=request.id, answer="accepted")
    accepted = await press_text(accord, verbs.INTRODUCTION_ANSWER, DANA, request_id=request.id, answer="accepted")
    assert "Answered: accepted" in accepted
    assert "answered this request already" in await press_text(accord, verbs.INTRODUCTION_ANSWER, DANA,
                                                               request_id=request.id, answer="not now")
    (referral,) = referrals(db)
    assert (referral.introducer_id, referral.recipient_id, referral.client_id, referral.state) == (
        m["dana"].id, m["bo"].id, network.clients["clientcorp"].id, "introduced")
    assert requests(db)[0].referral_id == referral.id
    (recipient_card,) = sent_to(db, m["bo"].id, f"referral:{referral.id}:recipient")
    assert "An introduction from Dana Partner" in card_text(recipient_card["attachments"][0]["content"])
    # From here it is the referral flow: the recipient wins it, the introducer hears, the fee prompt follows.
    await press_text(accord, verbs.REFERRAL_STATE, BO, referral_id=referral.id, to="won")
    assert sent_to(db, m["dana"].id, f"referral:{referral.id}:won")
    (prompt,) = sent_to(db, m["bo"].id, "fee-prompt")
    assert "Dana Partner" in card_text(prompt["attachments"][0]["content"])


async def test_not_now_tells_the_asker_and_records_no_referral(accord, db, network):
    m = network.members
    card = await say(accord, "who can introduce me to Mia Chen at ClientCorp", BO)
    text = card_text(card)
    assert "Who can introduce you to Mia Chen at ClientCorp Pty Ltd" in text
    ask = next(b for b in buttons(card) if b["title"] == "Ask Sam")  # Sam covers Mia
    await press_text(accord, ask["verb"], BO, **{k: v for k, v in ask["data"].items() if k != "verb"})
    (request,) = requests(db)
    assert request.contact_id is not None
    answered = await press_text(accord, verbs.INTRODUCTION_ANSWER, SAM, request_id=request.id, answer="not now")
    assert "Bo Business will get your answer" in answered  # who hears, and when: not a bare "told"
    (told,) = sent_to(db, m["bo"].id, f"introduction:{request.id}")
    assert "cannot introduce you to ClientCorp Pty Ltd (not now)" in told["text"]
    assert referrals(db) == []


async def test_i_dont_know_them_well_halves_that_members_strength_until_they_declare_again(accord, db, network):
    def sams_line(text: str) -> str:  # the strength line under Sam's name
        lines = readable(text).splitlines()
        return lines[lines.index("Sam Partner") + 1]

    card = await say(accord, "who can introduce me to ClientCorp", BO)
    before = sams_line(card_text(card))
    ask = next(b for b in buttons(card) if b["title"] == "Ask Sam")
    await press_text(accord, ask["verb"], BO, **{k: v for k, v in ask["data"].items() if k != "verb"})
    (request,) = requests(db)
    await press_text(accord, verbs.INTRODUCTION_ANSWER, SAM, request_id=request.id, answer="not well known")
    after = sams_line(card_text(await say(accord, "who can introduce me to ClientCorp", BO)))
    assert "do not know them well" in after and "do not know them well" not in before
    assert _score(after) < _score(before)
    assert referrals(db) == []


def _score(line: str) -> int:
    return int(re.search(r"(\d{1,3}) ·", line).group(1))


async def test_asking_someone_with_no_relationship_is_refused(accord, db, network):
    answer = await press_text(accord, verbs.INTRODUCTION_ASK, BO, client_id=network.clients["acme"].id,
                              introducer_id=network.members["sam"].id)
    assert "no relationship with this client on record" in answer
    assert requests(db) == []


async def test_in_a_channel_the_introducers_are_listed_without_ask_buttons(accord, db, network):
    card = await say(accord, "who can introduce me to ClientCorp", SAM, kind="channel")
    assert "Dana Partner" in card_text(card) and buttons(card) == []


def age(db, days: int) -> None:
    """Make every declaration `days` older, as if it had been confirmed that long ago."""
    with db.transaction() as session:
        then = utcnow() - timedelta(days=days)
        session.execute(update(Relationship).values(declared_at=then, confirmed_at=then))


async def test_a_stale_declaration_is_reminded_once_then_lapses(accord, db, network, settings):
    await say(accord, SARAH, DANA)
    dana = network.members["dana"].id
    now = utcnow()
    assert accord.keep_relationships_fresh(now) == 0
    age(db, settings.relationship_confirm_days + 1)
    assert accord.keep_relationships_fresh(now) == 1
    assert accord.keep_relationships_fresh(now) == 0  # once: the reminder is claimed by a guarded update
    (reminder,) = sent_to(db, dana, "relationship:")
    assert "Are you still in touch?" in card_text(reminder["attachments"][0]["content"])
    assert accord.keep_relationships_fresh(now + timedelta(days=10)) == 0  # still in its grace
    assert accord.keep_relationships_fresh(now + timedelta(days=31)) == 1
    assert accord.keep_relationships_fresh(now + timedelta(days=40)) == 0
    (row,) = rows(db)
    assert row.lapsed_at is not None
    assert len(sent_to(db, dana, "relationship:")) == 1
    with db.transaction() as session:
        assert [c.action for c in changes(session, "relationship", row.id)] == ["declared", "lapsed"]
    # A lapsed declaration no longer counts: the who-owns card no longer shows Sarah as covered.
    assert "Sarah Smith" not in card_text(await say(accord, "who owns ClientCorp", BO))


async def test_confirming_after_the_reminder_keeps_it_and_a_later_reminder_comes_again(accord, db, network, settings):
    await say(accord, SARAH, DANA)
    age(db, settings.relationship_confirm_days + 1)
    now = utcnow()
    assert accord.keep_relationships_fresh(now) == 1
    (row,) = rows(db)
    await press_text(accord, verbs.RELATIONSHIP_CONFIRM, DANA, relationship_id=row.id)
    assert accord.keep_relationships_fresh(now + timedelta(days=31)) == 0
    assert rows(db)[0].lapsed_at is None
    assert accord.keep_relationships_fresh(now + timedelta(days=settings.relationship_confirm_days + 1)) == 1


async def test_two_accepts_at_the_same_moment_make_one_referral(accord, db, network):
    await say(accord, SARAH, DANA)
    card = await say(accord, "who can introduce me to ClientCorp", BO)
    ask = next(b for b in buttons(card) if b["title"] == "Ask Dana")
    await press_text(accord, ask["verb"], BO, **{k: v for k, v in ask["data"].items() if k != "verb"})
    (request,) = requests(db)
    first, second = at_once(accord, db, pressed(DANA, verbs.INTRODUCTION_ANSWER, request_id=request.id,
                                                answer="accepted"),
                            pressed(DANA, verbs.INTRODUCTION_ANSWER, request_id=request.id, answer="accepted"))
    assert len(referrals(db)) == 1
    assert "answered this request already" in " ".join(r.text or "" for r in second)


def test_two_runs_of_the_job_at_the_same_moment_send_one_reminder(accord, db, network, settings):
    """As two replicas would: the second run waits on the first's guarded update, then finds nothing to claim."""
    with db.transaction() as session:
        contact = Contact(client_id=network.clients["clientcorp"].id, name="Sarah Smith")
        session.add(contact)
        session.flush()
        then = utcnow() - timedelta(days=settings.relationship_confirm_days + 1)
        session.add(Relationship(member_id=network.members["dana"].id, client_id=contact.client_id,
                                 contact_id=contact.id, declared_at=then, confirmed_at=then))
    now, counts = utcnow(), []
    with db.transaction() as session:
        counts.append(keep_fresh(session, settings, now))
        racer = threading.Thread(target=lambda: counts.append(accord.keep_relationships_fresh(now)))
        racer.start()
        racer.join(timeout=1)
    racer.join(timeout=30)
    assert not racer.is_alive() and counts == [1, 0]
    assert len(sent_to(db, network.members["dana"].id, "relationship:")) == 1


async def test_a_declared_contact_on_a_do_not_approach_list_stays_protected_from_other_partners(accord, db, network):
    await say(accord, "I know John Doe <john@clientcorp.com.au> at ClientCorp, decision maker", DANA)  # her DNA entry
    partner = readable(card_text(await say(accord, "who owns ClientCorp", SAM)))
    assert "decision maker: a protected contact" in partner and "John Doe" not in partner
    bd = readable(card_text(await say(accord, "who owns ClientCorp", BO)))
    assert "decision maker: John Doe (john@clientcorp.com.au)" in bd
    # Asking for an introduction to him does not tell another partner who covers him: the client's coverers answer.
    to_him = card_text(await say(accord, "who can introduce me to John Doe at ClientCorp", SAM)).split("\n")[1:]
    to_client = card_text(await say(accord, "who can introduce me to ClientCorp", SAM)).split("\n")[1:]
    assert to_him == to_client and "Dana Partner" in to_him


async def test_coverage_of_many_clients_at_once_is_each_clients_own(accord, db, network, settings):
    # Evidence of every kind on two clients: a declaration, CRM flags, a doubt; the board reads them in one go.
    await say(accord, SARAH, DANA)
    await say(accord, "I know Lee Wong <lee@acme.example> at Acme Holdings, champion", SAM)
    card = await say(accord, "who can introduce me to ClientCorp", BO)
    ask = next(b for b in buttons(card) if b["title"] == "Ask Sam")
    await press_text(accord, ask["verb"], BO, **{k: v for k, v in ask["data"].items() if k != "verb"})
    (request,) = requests(db)
    await press_text(accord, verbs.INTRODUCTION_ANSWER, SAM, request_id=request.id, answer="not well known")
    ids = sorted(c.id for c in network.clients.values())
    now = utcnow()
    with db.transaction() as session:
        together = coverage_of(session, settings, ids, PUBLIC, now)
        alone = {n: coverage_for(session, settings, n, PUBLIC, now) for n in ids}
    assert together == alone
    assert sum(bool(c.best) for c in together.values()) >= 2  # more than one client has someone placed to help


async def test_two_asks_for_the_same_introduction_at_once_make_one_request(accord, db, network):
    card = await say(accord, "who can introduce me to ClientCorp", BO)
    ask = next(b for b in buttons(card) if b["title"] == "Ask Sam")
    data = {k: v for k, v in ask["data"].items() if k != "verb"}
    at_once(accord, db, pressed(BO, ask["verb"], **data), pressed(BO, ask["verb"], **data))
    (request,) = requests(db)
    assert len(sent_to(db, network.members["sam"].id, f"introduction:{request.id}")) == 1


async def test_two_declarations_of_one_contact_at_once_make_one_relationship(accord, db, network):
    """Two messages sent together (or a chat declaration beside an import) re-confirm one row, not two."""
    await say(accord, "help", DANA)
    first, second = at_once(accord, db, said(DANA, SARAH, "m-1"), said(DANA, SARAH.replace("worked", "studied"), "m-2"))
    assert len(rows(db)) == 1
    with db.transaction() as session:
        assert len(session.exec(select(Contact).where(Contact.name == "Sarah Smith")).all()) == 1
    # The second turn waited for the first and says the truth: it re-confirmed what the first declared.
    assert [r.card["body"][0]["text"] for r in first + second] == ["Relationship declared",
                                                                   "Relationship confirmed again"]
