"""The digest end to end: what the partner channel and each asker see, exactly once per period, and the CLI."""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.core import Accord
from bot.services.digest import schedule_of
from bot.turn import Reply
from storage.db import Database
from storage.models import Approach, Change, DigestRun, Dispute, Enquiry, Fee, FeePrompt, OutboxMessage, Quote
from storage.types import utcnow
from tests.conftest import make_settings, set_partner_channel
from tests.support.botprocess import accord as accord_cli
from tests.support.builders import ADA, BO, CHANNEL_ID, DANA, DI, SAM, activity, mention_bot
from tests.support.turns import card_of, card_text, run, teams_size

SYDNEY = ZoneInfo("Australia/Sydney")
FIRE = datetime(2026, 1, 19, 9, tzinfo=SYDNEY)  # a digest Monday: the period runs from 5 January 09:00
KEY = "2026-01-18T22:00:00+00:00"
IN = datetime(2026, 1, 12, 10, tzinfo=SYDNEY)
BEFORE = datetime(2025, 12, 1, tzinfo=SYDNEY)


def add(db, *rows) -> list:
    with db.transaction() as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def content(db, net, at: datetime) -> dict[str, int]:
    """One thing of every kind at `at`, and some that must not show; the ids by name."""
    m, c = {k: v.id for k, v in net.members.items()}, {k: v.id for k, v in net.clients.items()}
    ids = {}
    ids["approach"], ids["old_approach"], ids["won_long_ago"] = add(
        db, Approach(client_id=c["acme"], member_id=m["bo"], state="planned", on_behalf_of=m["sam"], created_at=at),
        Approach(client_id=c["delta_air"], member_id=m["bo"], state="active", created_at=BEFORE),
        Approach(client_id=c["delta_el"], member_id=m["bo"], state="won", created_at=BEFORE))
    (ids["enquiry"],) = add(db, Enquiry(source_key=f"web:{at.isoformat()}", source="web", received_at=at,
                                        person_name="Jane Enquirer", company="Acme Holdings", state="with holder",
                                        holder_id=m["dana"]))
    ids["bd_quote"], ids["dana_quote"], ids["sam_quote"] = add(
        db, Quote(client_id=c["acme"], owner_id=m["bo"], status="open", value_cents=5_000_000, tender=True,
                  partner_quote=False, opened_at=at),
        Quote(client_id=c["clientcorp"], owner_id=m["dana"], status="submitted", value_cents=1_234_500, opened_at=at),
        Quote(client_id=c["delta_air"], owner_id=m["sam"], status="draft", value_cents=777_700, opened_at=at))
    ids["fee"], ids["paid_fee"] = add(
        db, Fee(client_id=c["clientcorp"], quote_id=ids["dana_quote"], payer_id=m["dana"], payee_id=m["sam"],
                percent=7.5, state="proposed", created_at=at, updated_at=at),
        Fee(client_id=c["acme"], payer_id=m["bo"], payee_id=m["dana"], percent=12, state="paid", created_at=BEFORE,
            updated_at=at))
    add(db, Change(subject="fee", subject_id=ids["paid_fee"], action="paid", changed_by=m["bo"], changed_at=at,
                   after={"state": "paid"}))
    ids["dispute"], ids["published"] = add(
        db, Dispute(client_id=c["clientcorp"], raised_by=m["dana"], against_id=m["sam"], what="Sam took my client",
                    created_at=at),
        Dispute(client_id=c["acme"], raised_by=m["sam"], what="BD approached my client", state="resolved",
                outcome="upheld", summary="BD apologised and paid a 10% fee.", created_at=BEFORE, resolved_at=at,
                published_at=at))
    return ids


def outbox_rows(db, prefix: str = "digest:") -> list[OutboxMessage]:
    with db.transaction() as session:
        query = select(OutboxMessage).where(OutboxMessage.idempotency_key.startswith(prefix))
        return list(session.exec(query.order_by(OutboxMessage.id)))


def runs(db) -> list[DigestRun]:
    with db.transaction() as session:
        return list(session.exec(select(DigestRun).order_by(DigestRun.id)))


def posted_text(rows: list[OutboxMessage]) -> str:
    return "\n".join(card_text(json.loads(r.payload)["attachments"][0]["content"]) for r in rows)


async def say(accord, text, sender, kind="personal") -> list:
    sent, _ = await run(accord, activity(kind, text=mention_bot(text) if kind == "channel" else text, sender=sender))
    return sent


# ---- the channel digest --------------------------------------------------------------------------------------------


def test_the_channel_digest_shows_every_section_as_everyone_may_see_it(accord, network, db):
    set_partner_channel(db)
    content(db, network, IN)
    posting = accord.post_due_digest(FIRE + timedelta(minutes=1))
    assert (posting.cards, posting.problem, posting.period.key) == (1, None, KEY)
    (message,) = outbox_rows(db)
    assert (message.idempotency_key, message.conversation_id) == (f"digest:{KEY}:1", CHANNEL_ID)
    text = posted_text([message])
    assert "Mon 5 Jan 2026 09:00 AEDT to Mon 19 Jan 2026 09:00 AEDT" in text
    assert "**Acme Holdings** · Bo Business · planned · on behalf of Sam Partner" in text
    assert "**Delta Air Lines** · Bo Business · active" in text and "Delta Electronics" not in text
    assert "12 Jan · **Jane Enquirer** (Acme Holdings) · Website form · With the holder · held by Dana Partner" in text
    assert "**Acme Holdings** · Tender by Bo Business · open · AUD 50,000" in text
    assert "12,345" not in text and "7,777" not in text  # partner quotes stay private
    assert "Dana Partner → Sam Partner · **ClientCorp Pty Ltd** · 7.5% · proposed" in text
    assert "Paid (1)" in text and "Bo Business → Dana Partner · **Acme Holdings** · 12% · paid" in text
    assert "1 dispute opened, 1 resolved this fortnight." in text
    assert "**upheld**: BD apologised and paid a 10% fee." in text
    assert "took my client" not in text and "approached my client" not in text
    (run_row,) = runs(db)
    assert (run_row.period_key, run_row.cards) == (KEY, 1)
    assert run_row.period_start == datetime(2026, 1, 4, 22, tzinfo=UTC)


def test_the_fee_log_read_from_the_database_decides_when_a_fee_was_agreed_or_paid(accord, network, db):
    set_partner_channel(db)
    m, c = {k: v.id for k, v in network.members.items()}, {k: v.id for k, v in network.clients.items()}
    (fee_id,) = add(db, Fee(client_id=c["acme"], payer_id=m["bo"], payee_id=m["dana"], percent=10, state="paid",
                            created_at=BEFORE, updated_at=IN))
    add(db, Change(subject="fee", subject_id=fee_id, action="set state", changed_at=IN, after={"state": "agreed"}),
        Change(subject="fee", subject_id=fee_id, action="paid", changed_at=BEFORE, after=["not", "a", "dict"]))
    accord.post_due_digest(FIRE)
    text = posted_text(outbox_rows(db))
    # Agreed in the period by the logged state; paid before it, whatever its last update says.
    assert "Agreed (1)" in text and "Bo Business → Dana Partner · **Acme Holdings** · 10% · paid" in text
    assert "Paid (" not in text and "Recorded (" not in text


def test_the_digest_carries_fee_decisions_that_went_unanswered_in_the_fortnight(accord, network, db):
    set_partner_channel(db)
    m, c = {k: v.id for k, v in network.members.items()}, {k: v.id for k, v in network.clients.items()}
    (quote_id,) = add(db, Quote(client_id=c["clientcorp"], owner_id=m["dana"], value_cents=3_333_300))
    add(db, FeePrompt(quote_id=quote_id, client_id=c["clientcorp"], payer_id=m["dana"], payee_id=m["sam"],
                      state="unanswered", prompted_at=BEFORE, unanswered_at=IN),
        FeePrompt(quote_id=quote_id, client_id=c["clientcorp"], payer_id=m["dana"], payee_id=m["bo"],
                  state="awaiting", prompted_at=IN))
    accord.post_due_digest(FIRE)
    text = posted_text(outbox_rows(db))
    assert "Unanswered: no fee decision in time (1)" in text
    assert "Dana Partner → Sam Partner · **ClientCorp Pty Ltd** · unanswered" in text
    assert "Bo Business" not in text  # still awaiting: not an outcome yet
    assert "33,333" not in text and "33333" not in text  # Dana's is a partner quote: its value stays private


def test_an_empty_fortnight_says_so_in_every_section(accord, network, db):
    set_partner_channel(db)
    accord.post_due_digest(FIRE)
    text = posted_text(outbox_rows(db))
    for empty in ("No BD approaches this fortnight.", "No inbound enquiries this fortnight.",
                  "No open BD quotes or tenders.", "No referral fees recorded, agreed or paid this fortnight.",
                  "No disputes opened or resolved this fortnight."):
        assert empty in text


def test_two_thousand_enquiries_go_out_as_ordered_cards_under_80_kb(accord, network, db):
    set_partner_channel(db)
    add(db, *(Enquiry(source_key=f"web:{n}", source="web", received_at=IN + timedelta(seconds=n),
                      person_name=f"Person {n:04d} “Zoë” O'Brien", company="Company <b>" * 8) for n in range(2000)))
    posting = accord.post_due_digest(FIRE + timedelta(hours=1))
    rows = outbox_rows(db)
    assert len(rows) == posting.cards > 1 and [r.idempotency_key for r in rows] == \
        [f"digest:{KEY}:{n}" for n in range(1, len(rows) + 1)]
    assert all(teams_size(json.loads(r.payload)) < 80 * 1024 for r in rows)
    people = [int(line.split("Person ")[1][:4]) for line in posted_text(rows).splitlines() if "Person " in line]
    assert people == list(range(2000))
    assert runs(db)[0].cards == len(rows)


async def test_a_very_busy_period_so_far_is_cut_short_in_a_personal_chat_and_says_so(accord, network, db):
    at = utcnow() - timedelta(seconds=1)
    add(db, *(Enquiry(source_key=f"web:{n}", source="web", received_at=at, person_name=f"Person {n:04d} " * 10,
                      company="Company " * 30) for n in range(2000)))
    sent = await say(accord, "digest", SAM)
    assert [bool(m.attachments) for m in sent] == [True] * 5 + [False]
    assert card_of(sent[0])["body"][0]["text"].startswith("Transparency digest, 1 of ")
    assert "Shown: the first 5 of" in sent[-1].text


# ---- exactly once --------------------------------------------------------------------------------------------------


def test_a_period_is_posted_once_however_often_it_is_checked(accord, network, db):
    set_partner_channel(db)
    content(db, network, IN)
    first = accord.post_due_digest(FIRE)
    again = accord.post_due_digest(FIRE + timedelta(minutes=5))
    assert first.cards == 1 and (again.cards, again.problem) == (0, "already posted")
    assert len(outbox_rows(db)) == 1 and len(runs(db)) == 1
    assert accord.post_due_digest(FIRE + timedelta(days=7)).problem == "no digest is due"  # the odd week


def test_a_run_missed_while_down_posts_on_restart_within_a_day_and_only_once(settings, network, db):
    set_partner_channel(db)
    restarted = Accord(settings, Database(settings.database_url))  # nothing ran at 09:00: the bot was down
    assert restarted.post_due_digest(FIRE + timedelta(hours=3)).cards == 1
    again = Accord(settings, Database(settings.database_url))
    assert again.post_due_digest(FIRE + timedelta(hours=4)).problem == "already posted"
    next_fire = FIRE + timedelta(weeks=2)
    assert again.post_due_digest(next_fire + timedelta(hours=25)).problem == "no digest is due"
    assert [r.period_key for r in runs(db)] == [KEY]
    assert len(outbox_rows(db)) == 1


def test_without_a_partner_channel_the_period_stays_unclaimed_until_one_is_set(accord, network, db, caplog):
    assert "No partner channel" in accord.post_due_digest(FIRE + timedelta(minutes=1)).problem
    assert runs(db) == [] and outbox_rows(db) == []
    assert "no partner channel is set" in caplog.text
    set_partner_channel(db)
    assert accord.post_due_digest(FIRE + timedelta(hours=2)).cards == 1
    assert len(runs(db)) == 1


@pytest.mark.skipif(os.environ.get("ACCORD_TEST_DB") != "postgres", reason="replicas share PostgreSQL only")
def test_two_schedulers_on_postgresql_post_each_period_exactly_once(settings, network, db):
    set_partner_channel(db)
    content(db, network, IN)
    replicas = [Accord(settings, Database(settings.database_url)) for _ in range(2)]
    fires = [FIRE + timedelta(weeks=2 * n) for n in range(8)]
    start = threading.Barrier(len(replicas))
    results: list[tuple[int, str, int]] = []

    def scheduler(n: int, core: Accord) -> None:
        for fire in fires:
            for late in (timedelta(0), timedelta(seconds=1), timedelta(minutes=5)):
                start.wait(timeout=30)
                posting = core.post_due_digest(fire + late)
                results.append((n, posting.period.key, posting.cards))

    threads = [threading.Thread(target=scheduler, args=(n, core)) for n, core in enumerate(replicas)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    keys = [schedule_of(settings).scheduled(f).key for f in fires]
    assert [r.period_key for r in runs(db)] == keys
    posted = [(key, cards) for _, key, cards in results if cards]
    assert sorted(key for key, _ in posted) == sorted(keys)  # one poster per period, whichever replica won
    assert {n for n, _, cards in results if cards} <= {0, 1}
    messages = outbox_rows(db)
    assert sorted(m.idempotency_key for m in messages) == sorted(f"digest:{k}:{i}" for k, cards in posted
                                                                 for i in range(1, cards + 1))
    for core in replicas:
        core.db.dispose()


# ---- in chat -------------------------------------------------------------------------------------------------------


async def test_digest_in_a_personal_chat_shows_the_period_so_far_as_the_asker_may_see_it(accord, network, db):
    content(db, network, utcnow() - timedelta(seconds=1))

    async def seen(sender) -> str:
        sent = await say(accord, "digest", sender)
        assert all(m.attachments for m in sent)
        return "\n".join(card_text(card_of(m)) for m in sent)

    sam = await seen(SAM)
    assert "Shown as you may see it." in sam and "to now (" in sam
    assert "AUD 7,777" in sam and "12,345" not in sam  # his own quote, not Dana's
    assert "Sam took my client" in sam  # he is a party to it
    dana = await seen(DANA)
    assert "AUD 12,345" in dana and "7,777" not in dana and "Sam took my client" in dana
    bo = await seen(BO)
    assert "AUD 12,345" in bo and "AUD 7,777" in bo and "Sam took my client" not in bo
    di = await seen(DI)
    assert "AUD 12,345" in di and "Sam took my client" in di
    assert outbox_rows(db) == [] and runs(db) == []


async def test_bd_does_not_see_partner_quotes_when_the_setting_says_so(settings, network, db):
    content(db, network, utcnow() - timedelta(seconds=1))
    hidden = Accord(make_settings(database_url=settings.database_url, partner_quotes_visible_to_bd=False), db)
    text = "\n".join(card_text(card_of(m)) for m in await say(hidden, "digest", BO))
    assert "AUD 50,000" in text and "12,345" not in text and "7,777" not in text


async def test_digest_in_the_channel_points_to_the_personal_chat(accord, network, db):
    (sent,) = await say(accord, "digest", SAM, kind="channel")
    assert "works in a personal chat" in sent.text


async def test_digest_now_posts_the_period_so_far_without_claiming_the_scheduled_one(accord, network, db):
    set_partner_channel(db)
    content(db, network, utcnow() - timedelta(seconds=1))
    (reply,) = await say(accord, "digest now", ADA, kind="channel")
    said = card_text(card_of(reply))
    assert "Posted the digest so far (1 card)" in said and "still follows on" in said
    (message,) = outbox_rows(db, "digest:now:")
    assert message.conversation_id == CHANNEL_ID and message.idempotency_key.endswith(":1")
    text = posted_text([message])
    assert "to now (" in text and "AUD 50,000" in text and "12,345" not in text and "Sam took" not in text
    assert runs(db) == []


async def test_digest_now_is_for_admins(accord, network, db):
    set_partner_channel(db)
    (reply,) = await say(accord, "digest now", BO)
    assert "only admins" in reply.text
    assert outbox_rows(db) == []


async def test_digest_now_without_a_partner_channel_says_how_to_set_one(accord, network, db):
    (reply,) = await say(accord, "digest now", ADA)
    assert "set partner channel" in reply.text and outbox_rows(db) == []


# ---- the command line ----------------------------------------------------------------------------------------------


def test_cli_dry_run_prints_the_cards_and_send_posts_them_once(settings, network, db, tmp_path):
    period = schedule_of(settings).latest(utcnow())
    content(db, network, period.start + timedelta(hours=1))
    env = {"DATABASE_URL": settings.database_url}
    dry = accord_cli("digest", "--dry-run", env=env, cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    cards = json.loads(dry.stdout)
    assert cards[0]["type"] == "AdaptiveCard" and "Jane Enquirer" in card_text(cards[0])
    assert runs(db) == [] and outbox_rows(db) == []
    no_channel = accord_cli("digest", "--send", env=env, cwd=tmp_path)
    assert no_channel.returncode == 1 and "No partner channel" in no_channel.stderr
    set_partner_channel(db)
    sent = accord_cli("digest", "--send", env=env, cwd=tmp_path)
    assert sent.returncode == 0, sent.stderr
    assert f"digest {period.key}: 1 card queued" in sent.stdout
    assert [r.period_key for r in runs(db)] == [period.key]
    (message,) = outbox_rows(db)
    assert json.loads(message.payload) == Reply(card=cards[0]).payload()
    twice = accord_cli("digest", "--send", env=env, cwd=tmp_path)
    assert twice.returncode == 1 and "already posted" in twice.stderr
    assert len(outbox_rows(db)) == 1
