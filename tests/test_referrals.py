"""Referrals: `refer ...` with a mention or an email, the recipient's answers, the introducer's updates, reminders."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.rules.referrals import ReferralAsk, check_move, parse_refer, reminder_due
from cards import verbs
from cards.base import plain
from storage.history import changes
from storage.models import Fee, Referral
from storage.referrals import add_referral, move_referral, referral
from tests.support.builders import BO, BOT_ID, DANA, DI, SAM, activity, mention_bot, user
from tests.support.turns import at_once, card_of, card_text, press_text, pressed, run, sent_to

SYDNEY = ZoneInfo("Australia/Sydney")
FRIDAY = datetime(2026, 11, 20, 10, 0, tzinfo=SYDNEY)
ONLY_RECIPIENT = "Only the member the introduction was made to, or a director or admin, can update it."


# --- pure rules ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, ask", [
    ("refer John Doe at ClientCorp to @mention0",
     ReferralAsk("John Doe", None, "ClientCorp", mention=0)),
    ("refer John Doe <john@clientcorp.com.au> at ClientCorp to @mention0 met at the conference: keen on coaching",
     ReferralAsk("John Doe", "john@clientcorp.com.au", "ClientCorp", mention=0,
                 note="met at the conference: keen on coaching")),
    ("refer John Doe john@ClientCorp.com.au from Back to Basics Ltd to sam@network.example - urgent",
     ReferralAsk("John Doe", "john@clientcorp.com.au", "Back to Basics Ltd", recipient_email="sam@network.example",
                 note="urgent")),
    ("Refer <ana@uni.edu> at University at Buffalo to <Sam@Network.example>",
     ReferralAsk("", "ana@uni.edu", "University at Buffalo", recipient_email="sam@network.example")),
])
def test_refer_is_read_into_its_parts(text, ask):
    assert parse_refer(text) == (ask, None)


@pytest.mark.parametrize("text, problem", [
    ("refer John Doe at ClientCorp", "Write it as"),
    ("refer John Doe at ClientCorp to Sam", "Write it as"),
    ("refer at ClientCorp to @mention0", "Write it as"),
    ("refer @mention0 at ClientCorp to @mention1", "Mention only the member you refer to"),
    (f"refer {'J' * 201} at ClientCorp to @mention0", "Too long: name."),
    (f"refer John at ClientCorp to @mention0 {'n' * 1001}", "Too long: note."),
    ("refer John\x00 at ClientCorp to @mention0", "Remove the NUL characters"),
])
def test_a_malformed_referral_says_what_is_wrong(text, problem):
    ask, message = parse_refer(text)
    assert ask is None and problem in message


@pytest.mark.parametrize("state, to, recipient, role, error", [
    ("introduced", "acknowledged", True, "partner", None),
    ("introduced", "won", True, "partner", None),
    ("introduced", "acknowledged", False, "partner", ONLY_RECIPIENT),
    ("introduced", "acknowledged", False, "bd", ONLY_RECIPIENT),
    ("introduced", "in progress", False, "director", None),
    ("acknowledged", "acknowledged", True, "partner", "This introduction is already acknowledged."),
    ("in progress", "acknowledged", True, "partner",
     "An introduction that is in progress can next be won or lost, not acknowledged."),
    ("won", "lost", True, "partner", "This introduction is won; it cannot change any more."),
    ("lost", "in progress", True, "partner", "This introduction is lost; it cannot change any more."),
])
def test_the_referral_state_machine(state, to, recipient, role, error):
    assert check_move(state, to, recipient=recipient, role=role) == error


@pytest.mark.parametrize("now, due", [
    (datetime(2026, 11, 23, 10, 0, tzinfo=SYDNEY), False),  # Monday: one business day
    (datetime(2026, 11, 24, 9, 59, tzinfo=SYDNEY), False),
    (datetime(2026, 11, 24, 10, 0, tzinfo=SYDNEY), True),  # Tuesday: two business days after Friday
])
def test_a_reminder_is_due_after_two_business_days(now, due):
    assert reminder_due(FRIDAY, now, 2, SYDNEY) is due


# --- through the bot ----------------------------------------------------------------------------------------------

def mention(account: dict, text: str | None = None) -> dict:
    return {"type": "mention", "text": text or f"<at>{account['name']}</at>",
            "mentioned": {"id": account["id"], "name": account["name"]}}


async def say(accord, text, sender=DANA, kind="personal", entities=()) -> str:
    if kind != "personal":
        text = mention_bot(text)
        entities = [{"type": "mention", "text": "<at>Accord</at>", "mentioned": {"id": BOT_ID, "name": "Accord"}},
                    *entities]
    sent, _ = await run(accord, activity(kind, text=text, sender=sender, entities=list(entities)))
    return sent[0].text or card_text(card_of(sent[0]))


def referrals(db) -> list[Referral]:
    with db.transaction() as session:
        return list(session.exec(select(Referral).order_by(Referral.id)))


@pytest.mark.parametrize("kind, text, entities", [
    ("personal", "refer John Doe <john@clientcorp.com.au> at ClientCorp to <at>Sam Partner</at> keen on a pilot",
     [mention(SAM)]),
    ("channel", "refer John Doe <john@clientcorp.com.au> at ClientCorp to <at>Sam Partner</at> keen on a pilot",
     [mention(SAM)]),
    ("groupChat", "refer John Doe <john@clientcorp.com.au> at CCorp to <at>Sam</at> <at>Partner</at> keen on a pilot",
     [mention(SAM, "<at>Sam</at>"), mention(SAM, "<at>Partner</at>")]),
    ("personal", "refer John Doe <john@clientcorp.com.au> at ClientCorp to sam@network.example keen on a pilot", []),
])
async def test_refer_records_the_introduction_and_the_recipient_gets_a_card(accord, db, network, kind, text,
                                                                             entities):
    m = network.members
    answer = await say(accord, text, kind=kind, entities=entities)
    assert answer.startswith("Introduction recorded\nRecorded: you introduced John Doe at ClientCorp Pty Ltd to Sam "
                             "Partner")
    (row,) = referrals(db)
    assert (row.client_id, row.contact_name, row.contact_email, row.introducer_id, row.recipient_id, row.note,
            row.state) == (network.clients["clientcorp"].id, "John Doe", "john@clientcorp.com.au", m["dana"].id,
                           m["sam"].id, "keen on a pilot", "introduced")
    with db.transaction() as session:
        assert [(c.action, c.changed_by) for c in changes(session, "referral", row.id)] == [("introduced",
                                                                                           m["dana"].id)]
    (card,) = sent_to(db, m["sam"].id, f"referral:{row.id}")
    content = card["attachments"][0]["content"]
    assert content["body"][0]["text"] == "An introduction from Dana Partner"
    assert f"John Doe ({plain('john@clientcorp.com.au')})" in card_text(content)
    assert [a["title"] for a in content["actions"]] == ["Acknowledge", "In progress", "Won", "Lost", "Add update"]


@pytest.mark.parametrize("text, entities, says", [
    ("refer John Doe at ClientCorp to nobody@network.example", [], "No member has the email nobody"),
    ("refer John Doe at ClientCorp to <at>Dana Partner</at>", [mention(DANA)], "cannot refer a client to yourself"),
    ("refer John Doe at Nowhere Unknown to <at>Sam Partner</at>", [mention(SAM)], "No single client matches"),
    ("refer John Doe at ClientCorp to <at>Stranger</at>", [mention(user(9, "Stranger"))], "not known to Accord yet"),
    ("refer John Doe at ClientCorp to", [], "Write it as"),
])
async def test_a_referral_that_cannot_be_recorded_says_why_and_records_nothing(accord, db, network, text, entities,
                                                                               says):
    assert says in await say(accord, text, entities=entities)
    assert referrals(db) == []


async def test_someone_without_a_role_cannot_refer(accord, db, network):
    stranger = user(8, "Stranger")
    assert "Sorry, only" in await say(accord, "refer John at ClientCorp to sam@network.example", sender=stranger)
    assert referrals(db) == [] and sent_to(db, network.members["sam"].id) == []


async def test_the_recipient_acknowledges_and_updates_and_the_introducer_hears_each_time(accord, db, network):
    m = network.members
    await say(accord, "refer John Doe at ClientCorp to sam@network.example")
    (row,) = referrals(db)
    assert "Only the member the introduction was made to" in await press_text(accord, verbs.REFERRAL_ACK, DANA,
                                                                              referral_id=row.id)
    answer = await press_text(accord, verbs.REFERRAL_ACK, SAM, referral_id=row.id)
    assert "State\nacknowledged" in answer
    assert referral_state(db, row.id)[:2] == ("acknowledged", True)
    assert "already acknowledged" in await press_text(accord, verbs.REFERRAL_ACK, SAM, referral_id=row.id)
    await press_text(accord, verbs.REFERRAL_STATE, SAM, referral_id=row.id, to="in progress")
    notes = [n["text"] for n in sent_to(db, m["dana"].id, f"referral:{row.id}")]
    assert notes == [f"Sam Partner acknowledged your introduction of John Doe at ClientCorp Pty Ltd "
                     f"(referral {row.id}).",
                     f"Sam Partner marked as in progress your introduction of John Doe at ClientCorp Pty Ltd "
                     f"(referral {row.id})."]
    assert "Choose acknowledged" in await press_text(accord, verbs.REFERRAL_STATE, SAM, referral_id=row.id, to="maybe")
    await press_text(accord, verbs.REFERRAL_STATE, SAM, referral_id=row.id, to="lost")
    assert "cannot change any more" in await press_text(accord, verbs.REFERRAL_STATE, SAM, referral_id=row.id,
                                                        to="won")
    with db.transaction() as session:
        assert [(c.action, c.changed_by) for c in changes(session, "referral", row.id)] == [
            ("introduced", m["dana"].id), ("acknowledged", m["sam"].id), ("in progress", m["sam"].id),
            ("lost", m["sam"].id)]
    assert len(sent_to(db, m["dana"].id, f"referral:{row.id}")) == 3
    assert sent_to(db, m["sam"].id, "fee-prompt") == []


def referral_state(db, referral_id: int) -> tuple[str, bool, bool]:
    with db.transaction() as session:
        row = referral(session, referral_id)
        return row.state, row.acknowledged_at is not None, row.reminded_at is not None


async def test_a_won_referral_prompts_the_recipient_to_propose_a_fee_to_the_introducer(accord, db, network):
    m = network.members
    await say(accord, "refer Kim Lee at Acme Holdings to bo@network.example", sender=SAM)
    (row,) = referrals(db)
    assert "Accord has sent you a card about a referral fee" in (await run(accord, activity(
        value={"verb": verbs.REFERRAL_STATE, "referral_id": row.id, "to": "won"}, sender=BO)))[0][1].text
    assert referral_state(db, row.id)[:2] == ("won", True)  # winning counts as acknowledging
    (prompt,) = sent_to(db, m["bo"].id, "fee-prompt")
    assert prompt["key"] == f"fee-prompt:referral:{row.id}"
    text = card_text(prompt["attachments"][0]["content"])
    assert "The introduction to Acme Holdings you received was won." in text
    assert "**Sam Partner** · referral · suggested 5% (an introduction)" in text
    assert (sent_to(db, m["sam"].id, f"referral:{row.id}:won")[0]["text"] ==
            f"Bo Business marked as won your introduction of Kim Lee at Acme Holdings (referral {row.id}).")

    sam = m["sam"].id
    assert "Only the deal owner" in await press_text(accord, verbs.FEE_PROPOSE, SAM, referral_id=row.id, payee_id=sam,
                                                     **{f"percent_{sam}": 50})
    assert "Fee of 8%: proposed" in await press_text(accord, verbs.FEE_PROPOSE, BO, referral_id=row.id, payee_id=sam,
                                                     **{f"percent_{sam}": 8})
    with db.transaction() as session:
        (fee,) = session.exec(select(Fee)).all()
    assert (fee.quote_id, fee.payer_id, fee.payee_id, fee.basis, fee.percent) == (None, m["bo"].id, sam, "referral", 8)
    assert len(sent_to(db, sam, f"fee:{fee.id}:proposed")) == 1


async def test_a_fee_button_for_an_introduction_not_won_is_refused(accord, db, network):
    await say(accord, "refer Kim Lee at Acme Holdings to bo@network.example", sender=SAM)
    (row,) = referrals(db)
    sam = network.members["sam"].id
    assert "no longer on record" in await press_text(accord, verbs.FEE_PROPOSE, BO, referral_id=row.id, payee_id=sam,
                                                     **{f"percent_{sam}": 5})


@pytest.mark.parametrize("data", [{"referral_id": 2**40}, {"referral_id": None}, {}])
async def test_a_garbled_or_out_of_range_referral_id_is_refused_plainly(accord, db, network, data):
    assert await press_text(accord, verbs.REFERRAL_ACK, SAM, **data) == "That introduction is no longer on record."


def test_recipients_are_reminded_once_after_two_business_days(accord, db, network):
    m, cc = network.members, network.clients["clientcorp"].id
    with db.transaction() as session:
        waiting = add_referral(session, client_id=cc, contact_name="John Doe", introducer_id=m["dana"].id,
                               recipient_id=m["sam"].id, state="introduced", created_at=FRIDAY)
        answered = add_referral(session, client_id=cc, contact_name="Mia Chen", introducer_id=m["dana"].id,
                                recipient_id=m["bo"].id, state="introduced", created_at=FRIDAY)
    with db.transaction() as session:
        move_referral(session, referral(session, answered.id), "acknowledged", by=m["bo"].id)

    assert accord.remind_referrals(datetime(2026, 11, 23, 10, 0, tzinfo=SYDNEY)) == 0  # Monday
    assert accord.remind_referrals(datetime(2026, 11, 24, 9, 59, tzinfo=SYDNEY)) == 0
    assert accord.remind_referrals(datetime(2026, 11, 24, 10, 0, tzinfo=SYDNEY)) == 1  # Tuesday
    assert accord.remind_referrals(datetime(2026, 11, 25, 10, 0, tzinfo=SYDNEY)) == 0  # not twice
    (reminder,) = sent_to(db, m["sam"].id, f"referral:{waiting.id}:reminder")
    content = reminder["attachments"][0]["content"]
    assert content["body"][0]["text"] == "Reminder: please acknowledge this introduction"
    assert content["actions"][0]["title"] == "Acknowledge"
    assert referral_state(db, waiting.id) == ("introduced", False, True)
    assert sent_to(db, m["bo"].id, f"referral:{answered.id}:reminder") == []


async def test_referrals_lists_made_and_received_and_hides_contacts_in_a_shared_chat(accord, db, network):
    await say(accord, "refer John Doe <john@clientcorp.com.au> at ClientCorp to sam@network.example")
    await say(accord, "refer Kim Lee at Acme Holdings to dana@network.example", sender=SAM)
    private = await say(accord, "referrals")
    assert "· John Doe at ClientCorp Pty Ltd · to Sam Partner · **introduced**" in private
    assert "· Kim Lee at Acme Holdings · from Sam Partner · **introduced**" in private
    public = await say(accord, "my referrals", kind="channel")
    assert "ClientCorp Pty Ltd · to Sam Partner" in public and "John Doe" not in public and "Kim Lee" not in public
    assert "None." in await say(accord, "referrals", sender=BO)


def test_won_and_lost_pressed_at_the_same_moment_only_the_first_counts(accord, db, network):
    m, cc = network.members, network.clients["acme"].id
    with db.transaction() as session:
        row = add_referral(session, client_id=cc, contact_name="Kim Lee", introducer_id=m["sam"].id,
                           recipient_id=m["bo"].id, state="introduced")
    first, second = at_once(accord, db, pressed(BO, verbs.REFERRAL_STATE, referral_id=row.id, to="won"),
                            pressed(DI, verbs.REFERRAL_STATE, referral_id=row.id, to="lost"))
    assert first[-1].text.startswith("Marked won. Sam Partner will get the news in Teams.")
    assert [r.text for r in second] == ["This introduction changed at the same moment: it is now won."]
    assert referral_state(db, row.id)[:2] == ("won", True)
    with db.transaction() as session:
        assert [(c.action, c.changed_by) for c in changes(session, "referral", row.id)] == [
            ("introduced", m["sam"].id), ("won", m["bo"].id)]
    assert [n["key"] for n in sent_to(db, m["sam"].id, f"referral:{row.id}")] == [f"referral:{row.id}:won:introducer"]
    assert len(sent_to(db, m["bo"].id, "fee-prompt")) == 1
