"""Simultaneous presses and redelivery, on SQLite and PostgreSQL: every change is a guarded update, once."""

from __future__ import annotations

from sqlmodel import select

from cards import verbs
from storage.history import changes
from storage.models import Approach, ApproachConsent, DigestRun, OutboxMessage, Sanction
from tests.conftest import set_partner_channel
from tests.support.builders import ADA, BO, DANA, DI, SAM, activity
from tests.support.turns import actions, at_once, card_of, card_text, pressed, run, say


def all_rows(db, model) -> list:
    with db.transaction() as session:
        return list(session.exec(select(model).order_by(model.id)))


async def active_approach(accord, db) -> Approach:
    card = await say(accord, "approach Acme Holdings: intro", BO)
    (row,) = all_rows(db, Approach)
    moves = {a["title"]: a["data"] for a in actions(card)}
    await run(accord, activity(value=moves["Mark active"], sender=BO))
    return all_rows(db, Approach)[0]


async def test_mark_won_and_drop_pressed_at_once_apply_only_the_first(accord, network, db):
    row = await active_approach(accord, db)
    won = pressed(BO, verbs.APPROACH_STATE, approach_id=row.id, state="won", list="one")
    dropped = pressed(DI, verbs.APPROACH_STATE, approach_id=row.id, state="dropped", list="one")
    first, second = at_once(accord, db, won, dropped)
    assert "is now won" in card_text(first[0].card)
    assert second[0].text in ("This approach changed at the same moment: it is now won.",
                              "This approach is won, which is final.")
    assert all_rows(db, Approach)[0].state == "won"
    with db.transaction() as session:
        assert [c.after["state"] for c in changes(session, "approach", row.id)] == ["planned", "active", "won"]


async def test_two_holders_agreeing_at_once_record_the_approach_exactly_once(accord, network, db):
    card = await say(accord, "approach John Doe at ClientCorp: renewal", BO)
    await run(accord, activity(value=actions(card)[1]["data"], sender=BO))
    dana, sam = all_rows(db, ApproachConsent)
    first, second = at_once(accord, db, pressed(DANA, verbs.APPROACH_AGREE, consent_id=dana.id),
                            pressed(SAM, verbs.APPROACH_AGREE, consent_id=sam.id))
    said = card_text(first[0].card) + card_text(second[0].card)
    assert said.count("Every holder agreed") == 1
    (made,) = all_rows(db, Approach)
    assert made.on_behalf_of == network.members["dana"].id
    assert {c.approach_id for c in all_rows(db, ApproachConsent)} == {made.id}


async def test_a_sanction_delivered_twice_by_teams_is_recorded_once(accord, network, db):
    body = activity(text="sanction sam@network.example until 2099-06-30 No BD-won work", sender=DI)
    first, _ = await run(accord, body)
    again, _ = await run(accord, dict(body))
    assert "Recorded on Sam Partner" in card_text(card_of(first[0])) and card_of(again[0]) == card_of(first[0])
    assert len(all_rows(db, Sanction)) == 1


async def test_digest_now_delivered_twice_by_teams_posts_once(accord, network, db):
    set_partner_channel(db)
    body = activity(text="digest now", sender=ADA)
    first, _ = await run(accord, body)
    queued = len(all_rows(db, OutboxMessage))
    again, _ = await run(accord, dict(body))
    assert card_of(again[0]) == card_of(first[0]) and "Posted the digest so far" in card_text(card_of(first[0]))
    assert len(all_rows(db, OutboxMessage)) == queued and all_rows(db, DigestRun) == []


async def test_a_new_message_with_the_same_words_acts_again(accord, network, db):
    await run(accord, activity(text="sanction sam@network.example until 2099-06-30 First", sender=DI))
    await run(accord, activity(text="sanction sam@network.example until 2099-06-30 First", sender=DI))
    assert len(all_rows(db, Sanction)) == 2  # two messages, two sanctions: only a redelivery is ignored
