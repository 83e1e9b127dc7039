"""BD approaches: the collision check, the holders' consent, the channel post, states and lists."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.rules.approaches import (
    ApproachFact,
    QuoteFact,
    collisions,
    consent_outcome,
    holders_to_ask,
    input_problem,
    may_change,
    move_problem,
    on_behalf_of,
    prefixes,
    protected,
    split_contact,
    split_note,
)
from bot.rules.ownership import FlagFact
from bot.turn import Reply
from cards import verbs
from storage.approaches import asked_together
from storage.history import changes
from storage.models import Approach, ApproachConsent, Contact, Member, OutboxMessage, Quote
from storage.registry import add_contact, put_flag
from tests.conftest import set_partner_channel
from tests.support.builders import ADA, BO, CHANNEL_ID, DANA, DI, SAM, activity, card_action, user
from tests.support.registry_seed import seed
from tests.support.turns import actions, card_of, card_text, press, run, say, teams_size, until

BEA = user(6, "Bea Bizdev")
T0 = datetime(2026, 1, 1, tzinfo=UTC)


# ---- the rules, table by table ---------------------------------------------------------------------------------

def flag(holder, basis, name=None, email=None):
    return FlagFact(holder, f"H{holder}", basis, T0, name, email)


@pytest.mark.parametrize("flags, quotes, others, contact, expected", [
    ([], [], [], (None, None), []),
    ([flag(2, "active project")], [], [], (None, None), [("flag", 2, "active project")]),
    ([flag(2, "declared relationship", "Mia Chen")], [], [], (None, None),
     [("flag", 2, "declared relationship (Mia Chen)")]),
    ([flag(2, "do-not-approach", "John Doe", "john@x.example")], [], [], ("Johnny", "JOHN@x.example"),
     [("dna-contact", 2, "do-not-approach entry for John Doe <john@x.example>, the contact to be approached")]),
    ([flag(2, "do-not-approach", "John  Doe", "john@x.example")], [], [], ("john doe", None),
     [("dna-contact", 2, "do-not-approach entry for John  Doe <john@x.example>, the contact to be approached")]),
    ([flag(2, "do-not-approach", "John Doe", "john@x.example")], [], [], ("John Doe", "other@x.example"),
     [("dna-client", 2, "do-not-approach entry for John Doe <john@x.example> at this client")]),
    ([flag(2, "do-not-approach", "John Doe", "john@x.example")], [], [], (None, None),
     [("dna-client", 2, "do-not-approach entry for John Doe <john@x.example> at this client")]),
    ([flag(2, "do-not-approach")], [], [], ("John Doe", None),
     [("dna-client", 2, "do-not-approach entry for the whole client")]),
    ([], [QuoteFact(2, "H2", "submitted")], [], (None, None), [("quote", 2, "open quote (submitted)")]),
    # The open quote stands for its own flag; an active-quote flag without an open quote still counts.
    ([flag(2, "active quote"), flag(4, "active quote")], [QuoteFact(2, "H2", "open")], [], (None, None),
     [("flag", 4, "active quote"), ("quote", 2, "open quote (open)")]),
    ([], [QuoteFact(2, "H2", "open", tender=True)], [], (None, None), [("quote", 2, "open tender (open)")]),
    ([], [QuoteFact(2, "H2", None, tender=True)], [], (None, None), [("quote", 2, "current work")]),
    # A quote the asker may not see folds its flag as well, which they read as current work.
    ([flag(2, "current work")], [QuoteFact(2, "H2", None)], [], (None, None), [("quote", 2, "current work")]),
    ([], [], [ApproachFact(6, "H6", "active", "Ann Lee")], (None, None),
     [("approach", 6, "active approach to Ann Lee")]),
    ([], [], [ApproachFact(6, "H6", "dropped")], (None, None), []),
    # The asker's own flags, quotes and approaches never collide with themselves.
    ([flag(3, "active project"), flag(3, "do-not-approach", "Ann")], [QuoteFact(3, "H3", "open")],
     [ApproachFact(3, "H3", "planned")], ("Ann", None), []),
    # Strongest claim first: the named contact, then flags by basis, open quotes as active quotes, DNA, approaches.
    ([flag(1, "past project"), flag(2, "do-not-approach", "Ann"), flag(4, "declared relationship"),
      flag(5, "do-not-approach", "Bob")], [QuoteFact(7, "H7", "draft")], [ApproachFact(6, "H6", "planned")],
     ("Ann", None), [("dna-contact", 2), ("quote", 7), ("flag", 4), ("flag", 1), ("dna-client", 5),
                     ("approach", 6)]),
])
def test_collisions(flags, quotes, others, contact, expected):
    found = collisions(3, flags, quotes, others, *contact)
    width = len(expected[0]) if expected else 3
    assert [(c.kind, c.holder_id, c.why)[:width] for c in found] == expected


@pytest.mark.parametrize("contact, hidden", [(("John Doe", None), True), ((None, "JOHN@x.example"), True),
                                             (("Mia Chen", "mia@x.example"), False), ((None, None), False)])
def test_a_do_not_approach_contact_stays_unnamed_in_public(contact, hidden):
    facts = [flag(2, "do-not-approach", "John Doe", "john@x.example"), flag(4, "declared relationship", "Mia Chen")]
    assert protected(*contact, facts) is hidden


def test_each_holder_is_asked_once_in_the_order_of_their_strongest_claim():
    found = collisions(3, [flag(1, "past project"), flag(2, "active project"), flag(1, "active quote")], [], [])
    assert holders_to_ask(found) == [(2, "H2"), (1, "H1")]


@pytest.mark.parametrize("answers, outcome", [
    ([], "waiting"), ([None, None], "waiting"), (["agree", None], "waiting"), (["agree", "agree"], "agreed"),
    (["agree", "lead"], "refused"), ([None, "decline"], "refused"), (["lead"], "refused"),
])
def test_consent_outcome(answers, outcome):
    assert consent_outcome(answers) == outcome


@pytest.mark.parametrize("asked, holder", [([(4, "agree"), (2, "agree")], 4), ([(4, None), (2, "agree")], 2),
                                          ([(4, "decline")], None)])
def test_on_behalf_of_the_first_agreeing_holder(asked, holder):
    assert on_behalf_of(asked) == holder


@pytest.mark.parametrize("state, to, problem", [
    ("planned", "active", None), ("planned", "dropped", None), ("active", "won", None), ("active", "dropped", None),
    ("planned", "won", "A planned approach can become active or dropped, not won."),
    ("active", "planned", "A active approach can become won or dropped, not planned."),
    ("won", "dropped", "This approach is won, which is final."),
    ("dropped", "active", "This approach is dropped, which is final."),
    ("active", "active", "This approach is already active."),
    ("planned", "lost", "“lost” is not a state an approach can be in (planned, active, won, dropped)."),
])
def test_state_moves(state, to, problem):
    assert move_problem(state, to) == problem


@pytest.mark.parametrize("member_id, role, allowed", [
    (3, "bd", True), (3, None, True), (6, "bd", False), (2, "partner", False), (4, "director", True),
    (5, "admin", True),
])
def test_the_bd_member_who_recorded_it_directors_and_admins_may_change_an_approach(member_id, role, allowed):
    assert may_change(member_id, role, 3) is allowed


@pytest.mark.parametrize("values, problem", [
    ({"client": "Acme", "contact_name": "", "contact_email": "", "note": ""}, None),
    ({"contact_email": "jo@acme.example", "note": "x" * 1000}, None),
    ({"note": "x" * 1001}, "Too long: note (at most 1000 characters)."),
    ({"client": "c" * 301, "contact_name": "n" * 201},
     "Too long: client (at most 300 characters), contact name (at most 200 characters)."),
    ({"contact_email": "jo at acme"}, "“jo at acme” is not an email address."),
    ({"contact_email": "jo@acme .example"}, "“jo@acme .example” is not an email address."),
    ({"client": "Acme", "note": "a\x00b"}, "Remove the NUL characters."),
])
def test_what_bd_types_is_checked_before_anything_else(values, problem):
    assert input_problem(values) == problem


@pytest.mark.parametrize("text, split", [
    ("ClientCorp", ("ClientCorp", None)),
    ("ClientCorp: renewal talk", ("ClientCorp", "renewal talk")),
    ("ClientCorp - renewal - soon", ("ClientCorp", "renewal - soon")),
    ("ClientCorp — renewal", ("ClientCorp", "renewal")),
    ("“Client Corp Pty” renewal talk", ("Client Corp Pty", "renewal talk")),
    ("'Acme' hello", ("Acme", "hello")),
    ('Acme Holdings "new CFO, call her"', ("Acme Holdings", "new CFO, call her")),
    ("O'Brien & Sons tender", ("O'Brien & Sons tender", None)),
    ("Made-Rite Foods", ("Made-Rite Foods", None)),
])
def test_the_note_is_set_apart_by_separators_or_quotes(text, split):
    assert split_note(text) == split


@pytest.mark.parametrize("text, parts", [
    ("John Doe <John@X.example> at ClientCorp renewal", ("John Doe", "john@x.example", "ClientCorp renewal")),
    ("john@x.example from ClientCorp", (None, "john@x.example", "ClientCorp")),
    ("John Doe at ClientCorp", (None, None, "John Doe at ClientCorp")),  # the matcher reads "Person at Company"
    ("ClientCorp", (None, None, "ClientCorp")),
])
def test_a_contact_is_read_when_it_comes_with_an_email(text, parts):
    assert split_contact(text) == parts


def test_prefixes_are_tried_longest_first():
    assert prefixes("Acme new CFO") == [("Acme new CFO", None), ("Acme new", "CFO"), ("Acme", "new CFO")]
    assert len(prefixes(" ".join(["w"] * 30))) == 12


# ---- through the bot ----------------------------------------------------------------------------------------------

@pytest.fixture
def network(db):
    """The seeded network with a second BD member, Bea, and the partner channel set."""
    return with_bea(db)


def with_bea(db):
    """Seed the network, add a second BD member, Bea, and set the partner channel."""
    net = seed(db)
    with db.transaction() as session:
        bea = Member(teams_id=BEA["id"], name=BEA["name"], role="bd", email="bea@network.example",
                     aad_object_id=BEA["aadObjectId"])
        session.add(bea)
        session.flush()
        net.members["bea"] = bea
    set_partner_channel(db)
    return net


def rows(db, model, *where):
    with db.transaction() as session:
        return list(session.exec(select(model).where(*where).order_by(model.id)))


def queued(db) -> list[tuple[OutboxMessage, dict]]:
    return [(r, json.loads(r.payload)) for r in rows(db, OutboxMessage)]


def content(payload: dict) -> dict:
    return payload["attachments"][0]["content"]


def add_to_acme(db, network, kind):
    """Put one kind of claim on Acme Holdings; the text Bo types to approach it."""
    acme = network.clients["acme"].id
    with db.transaction() as session:
        if kind == "flag":
            put_flag(session, None, by=None, via="test", client_id=acme, holder_id=network.members["sam"].id,
                     basis="active project")
        if kind.startswith("dna"):
            ann = add_contact(session, acme, "Ann Lee", "ann@acme.example")
            put_flag(session, None, by=None, via="test", client_id=acme, holder_id=network.members["dana"].id,
                     basis="do-not-approach", contact_id=ann.id)
        if kind == "quote":
            session.add(Quote(client_id=acme, owner_id=network.members["sam"].id, status="submitted"))
        if kind == "approach":
            session.add(Approach(client_id=acme, member_id=network.members["bea"].id, state="active"))
    if kind == "dna-contact":
        return "approach Ann Lee <ann@acme.example> at Acme Holdings: renewal"
    return "I plan to approach Acme Holdings: renewal"


@pytest.mark.parametrize("kind, holder, why", [
    ("flag", "Sam Partner", "active project"),
    ("dna-contact", "Dana Partner", "do-not-approach entry for Ann Lee \\<ann@\u2060acme.\u2060example\\>, the"),
    ("dna-client", "Dana Partner", "do-not-approach entry for Ann Lee \\<ann@\u2060acme.\u2060example\\> at this"),
    ("quote", "Sam Partner", "open quote \\(submitted\\)"),
    ("approach", "Bea Bizdev", "active approach"),
])
async def test_a_collision_warns_bd_and_records_nothing(accord, network, db, kind, holder, why):
    text = add_to_acme(db, network, kind)
    card = await say(accord, text, BO)
    shown = card_text(card)
    assert "Acme Holdings is held" in shown and "Nothing is recorded yet" in shown
    assert holder in shown and why in shown  # BD may see a do-not-approach entry's details
    assert [a["title"] for a in actions(card)] == ["Cancel", "Ask holder"]
    assert actions(card)[1]["data"]["client_id"] == network.clients["acme"].id
    assert actions(card)[1]["data"]["note"] == "renewal"
    assert rows(db, Approach, Approach.member_id == network.members["bo"].id) == []
    assert queued(db) == []
    cancelled = await press(accord, verbs.APPROACH_CANCEL, BO, **actions(card)[0]["data"])
    assert "Nothing was recorded about Acme Holdings" in card_text(cancelled)
    assert rows(db, ApproachConsent) == [] and queued(db) == []


async def test_no_collision_records_the_approach_and_announces_it(accord, network, db):
    add_to_acme(db, network, "none")
    with db.transaction() as session:  # Bo's own quote does not stand in Bo's way
        session.add(Quote(client_id=network.clients["acme"].id, owner_id=network.members["bo"].id))
    card = await say(accord, "approach Acme Holdings new CFO starts in March", BO)
    assert "Recorded and announced in the partner channel." in card_text(card)
    (row,) = rows(db, Approach)
    assert (row.client_id, row.member_id, row.state, row.note, row.on_behalf_of) == (
        network.clients["acme"].id, network.members["bo"].id, "planned", "new CFO starts in March", None)
    with db.transaction() as session:
        (change,) = changes(session, "approach", row.id)
    assert (change.action, change.changed_by, change.after["state"]) == ("recorded", network.members["bo"].id,
                                                                          "planned")
    ((post, payload),) = queued(db)
    assert (post.idempotency_key, post.conversation_id) == (f"approach:{row.id}:channel", CHANNEL_ID)
    text = card_text(content(payload))
    assert "BD approach: Acme Holdings" in text and "<at>Bo Business</at>" in text and "new CFO" in text
    assert content(payload)["msteams"]["entities"][0]["mentioned"]["id"] == BO["id"]
    again = await say(accord, "approach Acme Holdings", BO)
    assert "You already have this approach on record." in card_text(again) and len(rows(db, Approach)) == 1


@pytest.mark.parametrize("text, client, contact, note", [
    ("approach Acme", "acme", (None, None), None),
    ("plan to approach “Acme Holdings” second meeting", "acme", (None, None), "second meeting"),
    ("approach Acme tender", "acme", (None, None), "tender"),
    ("approach Jo Bloggs at Acme Holdings about the board", "acme", ("Jo Bloggs", None), "about the board"),
    ("approach Jo Bloggs <Jo@Acme.example> at Acme — intro", "acme", ("Jo Bloggs", "jo@acme.example"), "intro"),
    ("approach Delta Air Lines", "delta_air", (None, None), None),
])
async def test_chat_phrasings(accord, network, db, text, client, contact, note):
    card = await say(accord, text, BO)
    assert "Recorded" in card_text(card), card_text(card)
    (row,) = rows(db, Approach)
    assert (row.client_id, (row.contact_name, row.contact_email), row.note) == (
        network.clients[client].id, contact, note)
    assert len(rows(db, Contact)) == 2  # the approach names its contact; the registry's contacts are left alone


@pytest.mark.parametrize("text, says", [
    ("approach Delta: a chat", "No single client matches “Delta”. Did you mean: Delta Air Lines; Delta Electronics?"),
    ("approach Zebra Unicorn Labs", "No single client matches “Zebra Unicorn Labs”. Ask an admin"),
    ("approach Acme: " + "x" * 1001, "Too long: note \\(at most 1000 characters\\)."),
])
async def test_unclear_input_is_said_plainly_and_records_nothing(accord, network, db, text, says):
    assert says in await say(accord, text, BO)
    assert rows(db, Approach) == []


async def test_only_insiders_in_their_personal_chat(accord, network, db):
    assert (await say(accord, "approach Acme", SAM)).startswith("Sorry, only")
    assert "works in a personal chat" in await say(accord, "approach Acme", BO, kind="channel")
    data = {"client_id": network.clients["acme"].id}
    assert "Only BD, directors and admins" in await press(accord, verbs.APPROACH_ASK_HOLDER, SAM, **data)
    assert "Only BD, directors and admins" in await press(accord, verbs.APPROACH_RECORD, SAM, client="Acme")
    assert rows(db, Approach) == [] and rows(db, ApproachConsent) == []


async def test_the_form_keeps_what_was_typed_and_escapes_the_note_everywhere(accord, network, db):
    form = await say(accord, "approach", BO)
    assert [a["verb"] for a in actions(form)] == [verbs.APPROACH_RECORD]
    assert all(e.get("label") for e in form["body"] if e["type"].startswith("Input."))
    evil = "**bold** <at>x</at> http://evil.example"
    bad = await press(accord, verbs.APPROACH_RECORD, BO, client="Delta", note=evil)
    inputs = {e["id"]: e["value"] for e in bad["body"] if e["type"].startswith("Input.")}
    assert "Did you mean: Delta Air Lines; Delta Electronics" in card_text(bad) and inputs["note"] == evil
    done = await press(accord, verbs.APPROACH_RECORD, BO, client="Acme Holdings", contact_name="Jo <b>",
                       contact_email="jo@acme.example", note=evil)
    assert "Recorded and announced" in card_text(done)
    ((_, payload),) = queued(db)
    text = card_text(content(payload))
    assert "\\*\\*bold\\*\\* \\<at\\>x\\</at\\> http:\u2060//evil.\u2060example" in text
    assert "Jo \\<b\\>" in text and "jo@" not in text  # the contact's email is not for the channel
    assert [e["text"] for e in content(payload)["msteams"]["entities"]] == ["<at>Bo Business</at>"]


async def test_without_a_partner_channel_it_is_recorded_and_the_reply_says_so(accord, db, caplog):
    seed(db)
    card = await say(accord, "approach Acme Holdings", BO)
    assert "not announced: no partner channel is set" in card_text(card)
    assert len(rows(db, Approach)) == 1 and queued(db) == []
    assert "no partner channel is set" in caplog.text
    set_it = activity("channel", text="<at>Accord</at> set partner channel", sender=ADA)
    sent, _ = await run(accord, set_it)
    assert "1 open BD approach recorded without a partner channel follow" in card_text(card_of(sent[0]))
    ((message, payload),) = queued(db)
    assert message.idempotency_key.endswith(":channel") and "Acme Holdings" in card_text(content(payload))
    redelivered, _ = await run(accord, set_it)  # the same message again: the same answer, nothing queued twice
    assert card_of(redelivered[0]) == card_of(sent[0]) and len(queued(db)) == 1
    again, _ = await run(accord, activity("channel", text="<at>Accord</at> set partner channel", sender=ADA))
    assert "recorded without a partner channel" not in card_text(card_of(again[0])) and len(queued(db)) == 1


async def ask_about_clientcorp(accord, network, db):
    """Bo wants John Doe at ClientCorp and asks its holders: Dana (John is on her list) first, then Sam."""
    card = await say(accord, "approach John Doe at ClientCorp: renewal", BO)
    shown = card_text(card)
    assert "Dana Partner" in shown and "Sam Partner" in shown and "the contact to be approached" in shown
    asked = await press(accord, verbs.APPROACH_ASK_HOLDER, BO, **actions(card)[1]["data"])
    assert "Accord asked Dana Partner and Sam Partner" in card_text(asked)
    consents = rows(db, ApproachConsent)
    assert [c.holder_id for c in consents] == [network.members["dana"].id, network.members["sam"].id]
    assert {c.created_at for c in consents} == {consents[0].created_at}
    assert (consents[0].contact_name, consents[0].note) == ("John Doe", "renewal")
    return card, consents


async def test_every_holder_agrees_and_the_approach_is_made_on_the_first_holders_behalf(accord, network, db):
    card, (dana, sam) = await ask_about_clientcorp(accord, network, db)
    cards = {r.member_id: content(p) for r, p in queued(db)}
    assert set(cards) == {sam.holder_id, dana.holder_id}
    assert {r.idempotency_key for r, _ in queued(db)} == {f"approach-consent:{sam.id}", f"approach-consent:{dana.id}"}
    holder_card = cards[sam.holder_id]
    assert "BD would like to approach ClientCorp Pty Ltd" in card_text(holder_card)
    assert "Bo Business (BD) asks" in card_text(holder_card) and "declared relationship" in card_text(holder_card)
    assert "John Doe" in card_text(holder_card) and "renewal" in card_text(holder_card)
    assert [a["title"] for a in actions(holder_card)] == ["Agree", "I'd rather lead", "Decline"]
    again = await press(accord, verbs.APPROACH_ASK_HOLDER, BO, **actions(card)[1]["data"])
    assert "You asked Dana Partner and Sam Partner" in card_text(again) and len(rows(db, ApproachConsent)) == 2

    data = actions(holder_card)[0]["data"]
    for stranger in (BO, DI, DANA):
        assert "Only the holder who was asked" in await press(accord, verbs.APPROACH_AGREE, stranger, **data)
    answered = await press(accord, verbs.APPROACH_AGREE, SAM, **data)
    assert "You agreed." in card_text(answered) and "Still waiting for: Dana Partner." in card_text(answered)
    assert not actions(answered) and rows(db, Approach) == []
    assert "already answered" in await press(accord, verbs.APPROACH_DECLINE, SAM, **data)

    answered = await press(accord, verbs.APPROACH_AGREE, DANA, consent_id=dana.id)
    assert "Every holder agreed" in card_text(answered)
    (made,) = rows(db, Approach)
    # Dana's claim on John Doe is the strongest, so the approach is made on her behalf although Sam agreed first.
    assert (made.member_id, made.on_behalf_of, made.contact_name, made.state) == (
        network.members["bo"].id, network.members["dana"].id, "John Doe", "planned")
    assert {c.approach_id for c in rows(db, ApproachConsent)} == {made.id}
    notices = {r.idempotency_key: p for r, p in queued(db) if r.member_id == network.members["bo"].id}
    assert "Sam Partner agreed to your approach to ClientCorp Pty Ltd. Still waiting for: Dana Partner." in \
        notices[f"approach-consent:{sam.id}:answer"]["text"]
    assert "Every holder agreed: the approach is recorded on behalf of Dana Partner" in \
        notices[f"approach-consent:{dana.id}:answer"]["text"]
    (post,) = [p for r, p in queued(db) if r.conversation_id == CHANNEL_ID]
    assert "Dana Partner (work won from it is theirs)" in card_text(content(post))
    # John Doe is on Dana's do-not-approach list: the channel does not learn his name.
    assert "a protected contact" in card_text(content(post)) and "John" not in card_text(content(post))
    partner_list = card_text(await say(accord, "approaches", SAM))
    assert "a protected contact" in partner_list and "John" not in partner_list
    assert "John Doe" in card_text(await say(accord, "approaches", DI))
    with db.transaction() as session:
        assert [c.action for c in changes(session, "consent", sam.id)] == ["asked", "agree"]
        assert changes(session, "approach", made.id)[0].changed_by == network.members["dana"].id


async def test_holders_answering_at_the_same_moment_take_turns(accord, network, db, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("row locks are PostgreSQL's; SQLite runs one writer at a time anyway")
    _, (dana, sam) = await ask_about_clientcorp(accord, network, db)
    with db.transaction() as session:  # Sam's answer, still being written when Dana presses Agree
        row = session.get(ApproachConsent, sam.id)
        asked_together(session, row, lock=True)
        row.answer = "agree"
        session.flush()
        pressing = asyncio.ensure_future(press(accord, verbs.APPROACH_AGREE, DANA, consent_id=dana.id))
        await asyncio.sleep(0.5)
        assert not pressing.done()
    # Without the lock both would have seen the other unanswered, and nobody would have recorded the approach.
    assert "Every holder agreed" in card_text(await pressing)
    assert len(rows(db, Approach)) == 1


@pytest.mark.parametrize("answer, verb, said", [
    ("lead", verbs.APPROACH_LEAD, "would rather lead, themselves, with ClientCorp Pty Ltd"),
    ("decline", verbs.APPROACH_DECLINE, "declined your approach to ClientCorp Pty Ltd"),
])
async def test_a_holder_who_would_rather_lead_or_declines_stops_the_approach(accord, network, db, answer, verb, said):
    _, (dana, sam) = await ask_about_clientcorp(accord, network, db)
    answered = await press(accord, verb, DANA, consent_id=dana.id)
    assert "No approach is recorded" in card_text(answered)
    late = await press(accord, verbs.APPROACH_AGREE, SAM, consent_id=sam.id)
    assert "No approach is recorded" in card_text(late)
    assert rows(db, Approach) == []
    assert [c.answer for c in rows(db, ApproachConsent)] == [answer, "agree"]
    notices = [p["text"] for r, p in queued(db) if r.member_id == network.members["bo"].id]
    assert any(said in n and "No approach is recorded" in n for n in notices)
    # The request is settled, so BD may ask again.
    card = await say(accord, "approach ClientCorp", BO)
    asked = await press(accord, verbs.APPROACH_ASK_HOLDER, BO, **actions(card)[1]["data"])
    assert "Accord asked" in card_text(asked) and len(rows(db, ApproachConsent)) == 4


async def test_states_move_on_and_the_channel_post_changes_in_place(accord, network, db):
    card = await say(accord, "approach Acme Holdings: intro", BO)
    (row,) = rows(db, Approach)
    moves = {a["title"]: a["data"] for a in actions(card)}
    assert set(moves) == {"Mark active", "Drop"}
    won = {"approach_id": row.id, "state": "won", "list": "one"}
    assert await press(accord, verbs.APPROACH_STATE, BO, **won) == \
        "A planned approach can become active or dropped, not won."
    assert "Only the BD member" in await press(accord, verbs.APPROACH_STATE, SAM, **moves["Mark active"])
    assert "Only the BD member" in await press(accord, verbs.APPROACH_STATE, BEA, **moves["Mark active"])
    active = await press(accord, verbs.APPROACH_STATE, BO, **moves["Mark active"])
    assert "Acme Holdings is now active." in card_text(active)
    assert [a["title"] for a in actions(active)] == ["Mark won", "Drop"]
    finished = await press(accord, verbs.APPROACH_STATE, DI, **won)  # directors may too
    assert "is now won" in card_text(finished) and not actions(finished)
    assert await press(accord, verbs.APPROACH_STATE, BO, **{**won, "state": "dropped"}) == \
        "This approach is won, which is final."
    assert rows(db, Approach)[0].state == "won"
    posts = [(r.idempotency_key, r.replaces, content(p)) for r, p in queued(db) if r.conversation_id == CHANNEL_ID]
    original = f"approach:{row.id}:channel"
    assert [(k, r) for k, r, _ in posts] == [(original, None), (f"{original}:active", original),
                                             (f"{original}:won", original)]
    assert "Won" in card_text(posts[-1][2])
    with db.transaction() as session:
        log = changes(session, "approach", row.id)
    assert [(c.action, c.before and c.before["state"], c.after["state"]) for c in log] == [
        ("recorded", None, "planned"), ("state", "planned", "active"), ("state", "active", "won")]
    assert [c.changed_by for c in log][1:] == [network.members["bo"].id, network.members["di"].id]


async def test_winning_an_approach_made_on_a_holders_behalf_says_the_work_is_theirs(accord, network, db):
    with db.transaction() as session:
        row = Approach(client_id=network.clients["clientcorp"].id, member_id=network.members["bo"].id,
                       state="active", on_behalf_of=network.members["dana"].id)
        session.add(row)
    done = await press(accord, verbs.APPROACH_STATE, BO, approach_id=row.id, state="won", list="mine")
    assert "the work belongs to Dana Partner" in card_text(done) and "Your approaches" in card_text(done)
    (notice,) = [p for r, p in queued(db) if r.member_id == network.members["dana"].id]
    assert "the work belongs to you" in notice["text"]


async def test_my_approaches_and_everyones(accord, network, db):
    acme, cc = network.clients["acme"].id, network.clients["clientcorp"].id
    with db.transaction() as session:
        session.add(Approach(client_id=acme, member_id=network.members["bo"].id, state="active",
                             contact_name="Jo", contact_email="jo@acme.example", note="**hi**"))
        session.add(Approach(client_id=cc, member_id=network.members["bo"].id, state="dropped"))
        session.add(Approach(client_id=network.clients["delta_air"].id, member_id=network.members["bea"].id))
    mine = await say(accord, "my approaches", BO)
    text = card_text(mine)
    assert text.index("Acme Holdings") < text.index("ClientCorp") and "Delta" not in text
    buttons = [a["title"] for c in mine["body"] if c["type"] == "Container" for s in c["items"]
               if s["type"] == "ActionSet" for a in s["actions"]]
    assert buttons == ["Mark won", "Drop"]  # the dropped one is final
    everyone = await say(accord, "approaches", SAM, kind="channel")
    text = card_text(everyone)
    assert "Acme Holdings" in text and "Delta Air Lines" in text and "ClientCorp" not in text
    assert text.index("Delta Air Lines") < text.index("Acme Holdings")  # newest first
    assert "\\*\\*hi\\*\\*" in text and "jo@" not in text and "ActionSet" not in json.dumps(everyone)
    assert "approaches" in json.dumps(await say(accord, "help", SAM))
    partner_help = card_text(await say(accord, "help", SAM))
    assert "Every planned and active BD approach, newest first." in partner_help
    assert "Plan a BD approach" not in partner_help  # partners see approaches, BD makes them
    assert (await say(accord, "my approaches", SAM)).startswith("Sorry, only")


async def test_full_lists_show_a_page_of_short_rows_say_how_many_more_and_fit_in_a_teams_message(accord, network, db):
    from cards.approaches import LIST_ROWS
    from storage.db import save
    from storage.models import Client

    note = ("**Renewal** of the [leadership](https://x.example) programme, <at>Everyone</at>. " * 20)[:1000]
    bo, dana = network.members["bo"].id, network.members["dana"].id
    with db.transaction() as session:  # every field as long as its column allows
        big = Client(name="")
        save(session, big, name=("Commonwealth Scientific and Industrial Research Organisation " * 5)[:300])
        session.flush()
        for i in range(LIST_ROWS + 3):
            session.add(Approach(client_id=big.id, member_id=bo, state=["planned", "active"][i % 2], note=note,
                                 contact_name=("Maximilian-Alexander " * 10)[:200], on_behalf_of=dana))
    for text, sender in (("approaches", DI), ("my approaches", BO)):
        card = await say(accord, text, sender)
        blocks = [c for c in card["body"] if c["type"] == "Container"]
        assert len(blocks) == LIST_ROWS and all(c["items"][-1]["type"] == "ActionSet" for c in blocks)
        line, excerpt = blocks[0]["items"][0]["text"], blocks[0]["items"][1]["text"]
        assert line.startswith("**Commonwealth Scientific") and line.count("…") == 2  # client and contact cut
        assert excerpt.startswith("\\*\\*Renewal\\*\\* of the") and excerpt.endswith("…") and len(excerpt) < 300
        assert "…and 3 more, older. Each was announced in the partner channel when it was recorded." in card_text(card)
        assert teams_size(Reply(card=card).payload()) < 80 * 1024  # Teams' limit, as the card lint measures it


async def test_garbled_or_missing_button_data_is_answered_plainly_and_changes_nothing(accord, network, db):
    await say(accord, "approach Acme Holdings", BO)
    (row,) = rows(db, Approach)
    gone = "That approach is no longer on record."
    assert await press(accord, verbs.APPROACH_STATE, BO, state="active") == gone
    assert await press(accord, verbs.APPROACH_STATE, BO, approach_id="x", state="active") == gone
    assert "is not a state an approach can be in" in await press(accord, verbs.APPROACH_STATE, BO, approach_id=row.id)
    assert await press(accord, verbs.APPROACH_AGREE, DANA, consent_id=None) == \
        "That request is no longer on record."
    assert await press(accord, verbs.APPROACH_ASK_HOLDER, BO, client_id="abc") == \
        "That client is no longer in the registry."
    assert "Nothing was recorded about the client" in card_text(await press(accord, verbs.APPROACH_CANCEL, BO))
    assert "Give the client." in card_text(await press(accord, verbs.APPROACH_RECORD, BO))
    assert [(a.id, a.state) for a in rows(db, Approach)] == [(row.id, "planned")]
    assert rows(db, ApproachConsent) == [] and len(queued(db)) == 1  # only the first announcement


async def test_asking_after_the_claim_ended_records_straight_away(accord, network, db):
    add_to_acme(db, network, "quote")
    card = await say(accord, "approach Acme Holdings", BO)
    with db.transaction() as session:
        for quote in session.exec(select(Quote)):
            quote.status = "lost"
    done = await press(accord, verbs.APPROACH_ASK_HOLDER, BO, **actions(card)[1]["data"])
    assert "Recorded and announced" in card_text(done)
    assert rows(db, ApproachConsent) == [] and len(rows(db, Approach)) == 1


# ---- over HTTP: the outbox really delivers, and the channel post really changes in place --------------------------

@pytest.mark.usefixtures("channel_network")
async def test_over_http_holders_get_their_cards_and_the_channel_post_changes_in_place(accord, settings, db,
                                                                                        anonymous_cloud):
    anonymous_cloud.reset()
    here = {"service_url": anonymous_cloud.connector_url}
    async with TestClient(TestServer(create_app(settings))):  # its outbox sender delivers what the turns queue
        sent, _ = await run(accord, activity(text="approach ClientCorp: renewal", sender=BO, **here))
        ask = actions(card_of(sent[0]))[1]
        await run(accord, card_action(verb=ask["verb"], data=ask["data"], sender=BO, **here))
        await until(lambda: len(anonymous_cloud.delivered()) == 2)
        chats = {c.body["members"][0]["id"]: c.response["id"] for c in anonymous_cloud.requests
                 if c.operation == "create"}
        holder_cards = {member: anonymous_cloud.delivered(chat)[0] for member, chat in chats.items()}
        assert set(holder_cards) == {DANA["id"], SAM["id"]}
        for holder in (DANA, SAM):
            agree = actions(holder_cards[holder["id"]]["attachments"][0]["content"])[0]
            await run(accord, card_action(verb=agree["verb"], data=agree["data"], sender=holder, **here))
        await until(lambda: len(anonymous_cloud.delivered(CHANNEL_ID)) == 1)
        (post,) = anonymous_cloud.delivered(CHANNEL_ID)
        assert "On behalf of" in card_text(post["attachments"][0]["content"])
        (made,) = rows(db, Approach)
        await run(accord, card_action(verb=verbs.APPROACH_STATE, data={"approach_id": made.id, "state": "active"},
                                      sender=BO, **here))
        await until(lambda: any(r.operation == "update" for r in anonymous_cloud.requests))
    (update,) = [r for r in anonymous_cloud.requests if r.operation == "update"]
    original = next(r for r in rows(db, OutboxMessage) if r.idempotency_key == f"approach:{made.id}:channel")
    assert (update.conversation, update.activity_id) == (CHANNEL_ID, original.activity_id)
    assert "Active" in card_text(update.body["attachments"][0]["content"])
    assert len([r for r in rows(db, OutboxMessage) if r.member_id == made.member_id]) == 2  # Bo heard both answers
