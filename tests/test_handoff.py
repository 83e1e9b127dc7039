"""The won-client handoff: a won quote (platform or chat) starts it; the kickoff card, the introductions, the welcome
call with its day-5 reminder and day-8 escalation, onboarding updates, surveys, `handoffs` and `nps`; each job once
across restarts and replicas; a partner's quote value never in a handoff message."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.clients import ClientIndex
from bot.core import Accord
from bot.services.quotes import receive
from bot.webhooks import QuoteIn
from cards import verbs
from storage.history import changes
from storage.models import Handoff, HandoffUpdate, Member, NpsScore, OutboxMessage
from storage.registry import put_flag
from tests.conftest import make_settings
from tests.support.builders import BO, DANA, DI, SAM
from tests.support.turns import at_once, card_text, message_text, press, press_text, pressed, readable, say_text

SECRET = "quote-secret-for-tests"
WON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 8 pm in Sydney
DAY = timedelta(days=1)
VALUE = "45,000"


@pytest.fixture
def settings(database_url):
    return make_settings(database_url=database_url, quote_webhook_secret=SECRET)


@pytest.fixture
def clock(monkeypatch):
    """The handlers' clock, fixed a day after the win (never today's date): a quote recorded in chat too."""
    moment = {"now": WON + DAY}
    monkeypatch.setattr("bot.handlers.handoff.utcnow", lambda: moment["now"])
    monkeypatch.setattr("bot.handlers.quotes.utcnow", lambda: moment["now"])
    return moment


def event(**fields) -> dict:
    body = {"id": "Q-100", "event": "created", "at": "2026-02-02T09:00:00+00:00", "owner_email": "sam@network.example",
            "client": "ClientCorp", "value": 45000, "currency": "AUD", "tender": False,
            "splits": [{"member_email": "sam@network.example", "kind": "deal_owner", "percent": 100}]}
    return body | fields


def platform(db, settings, **fields):
    item = QuoteIn.model_validate(event(**fields)).platform_event()
    with db.transaction() as session:
        return receive(session, settings, ClientIndex(), item, item.at)


def win(db, settings, external_id: str = "Q-100", at: datetime = WON):
    platform(db, settings, id=external_id)
    return platform(db, settings, id=external_id, event="won", at=at.isoformat())


def handoffs(db) -> list[Handoff]:
    with db.transaction() as session:
        return list(session.exec(select(Handoff).order_by(Handoff.id)))


def outbox(db, prefix: str = "handoff:") -> dict[str, OutboxMessage]:
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    return {r.idempotency_key: r for r in rows if r.idempotency_key.startswith(prefix)}


def text_of(row: OutboxMessage) -> str:
    return readable(message_text(json.loads(row.payload)))


def kickoff_data(handoff_id: int, lead: Member, day: str = "2026-03-05", time: str = "10:00") -> dict:
    return {"handoff_id": handoff_id, "lead": str(lead.id), "kickoff_date": day, "kickoff_time": time}


def add_director(db) -> int:
    with db.transaction() as session:
        eve = Member(name="Eve Director", email="eve@network.example", role="director")
        session.add(eve)
        session.flush()
        return eve.id


# --- a win starts the handoff -----------------------------------------------------------------------------------

async def test_a_won_quote_sends_the_kickoff_card_and_the_welcome_call_once(db, settings, network):
    win(db, settings)
    platform(db, settings, event="won", at=WON.isoformat())  # the platform retries: nothing new
    (row,) = handoffs(db)
    sam, di = network.members["sam"], network.members["di"]
    assert (row.owner_id, row.director_id, row.state, row.won_at) == (sam.id, di.id, "kickoff", WON)
    sent = outbox(db)
    assert set(sent) == {f"handoff:{row.id}:kickoff", f"handoff:{row.id}:welcome"}
    kickoff = sent[f"handoff:{row.id}:kickoff"]
    assert kickoff.member_id == sam.id and "who leads delivery" in text_of(kickoff)
    card = json.loads(kickoff.payload)["attachments"][0]["content"]
    picker = next(b for b in card["body"] if b.get("id") == "lead")
    assert picker["type"] == "Input.ChoiceSet" and {c["title"] for c in picker["choices"]} >= {"Dana Partner"}
    # The deal owner and the client's holders first (Sam owns the quote, Dana holds ClientCorp), then by name.
    assert [c["title"] for c in picker["choices"]] == ["Sam Partner", "Dana Partner", "Ada Admin", "Bo Business",
                                                      "Di Director"]
    assert {b.get("type") for b in card["body"]} >= {"Input.Date", "Input.Time"}
    welcome = sent[f"handoff:{row.id}:welcome"]
    assert welcome.member_id == di.id and "Welcome call: ClientCorp Pty Ltd, by 9 Mar 2026" in text_of(welcome)
    assert all(VALUE not in text_of(m) and "45000" not in text_of(m) for m in sent.values())  # a partner's value
    with db.transaction() as session:
        assert [c.action for c in changes(session, "handoff", row.id)] == ["started"]


async def test_a_quote_not_won_starts_nothing_and_a_later_correction_does_not_start_a_second(db, settings, network):
    platform(db, settings)
    platform(db, settings, event="lost", at=WON.isoformat())
    assert handoffs(db) == []
    platform(db, settings, event="won", at=(WON + DAY).isoformat())
    platform(db, settings, event="lost", at=(WON + 2 * DAY).isoformat())
    platform(db, settings, event="won", at=(WON + 3 * DAY).isoformat())
    (row,) = handoffs(db)  # corrected to lost, the handoff closed; won again, it stays the one handoff
    with db.transaction() as session:
        assert [c.action for c in changes(session, "handoff", row.id)] == ["started", "closed"]


async def test_welcome_calls_go_round_the_directors_unless_one_holds_the_client(db, settings, network):
    eve_id = add_director(db)
    di = network.members["di"].id
    for n in range(3):
        platform(db, settings, id=f"Q-{n}", client="Acme Holdings")
        platform(db, settings, id=f"Q-{n}", client="Acme Holdings", event="won", at=WON.isoformat())
    assert [h.director_id for h in handoffs(db)] == [di, eve_id, di]
    with db.transaction() as session:  # Di holds ClientCorp: Di welcomes it, though Eve's turn is next
        put_flag(session, None, by=None, via="test", client_id=network.clients["clientcorp"].id, holder_id=di,
                 basis="declared relationship", since=WON - 90 * DAY)
    win(db, settings, "Q-cc")
    assert handoffs(db)[-1].director_id == di


async def test_without_a_director_the_admins_are_told(db, settings, network):
    with db.transaction() as session:
        session.get(Member, network.members["di"].id).role = "partner"
    win(db, settings)
    (row,) = handoffs(db)
    assert row.director_id is None
    assert outbox(db)[f"handoff:{row.id}:no-director:{network.members['ada'].id}"]


# --- the kickoff card ---------------------------------------------------------------------------------------------

async def test_the_deal_owner_names_the_lead_and_both_are_introduced(db, settings, network, accord, clock):
    win(db, settings)
    (row,) = handoffs(db)
    dana = network.members["dana"]
    answer = await press_text(accord, verbs.HANDOFF_KICKOFF, SAM, **kickoff_data(row.id, dana))
    assert "delivery lead named" in answer and "Dana Partner" in answer and "5 Mar 2026 10:00" in answer
    (row,) = handoffs(db)
    assert (row.state, row.delivery_lead_id) == ("onboarding", dana.id)
    assert row.kickoff_at == datetime(2026, 3, 4, 23, 0, tzinfo=UTC)  # 10:00 in Sydney
    sent = outbox(db, f"handoff:{row.id}:intro")
    assert {m.member_id for m in sent.values()} == {dana.id, network.members["sam"].id}
    for message in sent.values():
        assert "The sales lead and the delivery lead are both on the first call" in text_of(message)
    lead_card = json.loads(sent[f"handoff:{row.id}:intro:lead"].payload)["attachments"][0]["content"]
    assert [a["data"]["verb"] for a in lead_card["actions"]] == [verbs.HANDOFF_ONBOARDED]


async def test_a_double_press_on_the_kickoff_card_records_once(db, settings, network, accord, clock):
    win(db, settings)
    (row,) = handoffs(db)
    dana, bo = network.members["dana"], network.members["bo"]
    first, second = at_once(accord, db, pressed(SAM, verbs.HANDOFF_KICKOFF, **kickoff_data(row.id, dana)),
                            pressed(SAM, verbs.HANDOFF_KICKOFF, **kickoff_data(row.id, bo)))
    assert "Recorded" in card_text(first[0].card)
    assert "was named already" in card_text(second[0].card) and "Dana Partner" in card_text(second[0].card)
    again = await press_text(accord, verbs.HANDOFF_KICKOFF, SAM, **kickoff_data(row.id, bo))
    assert "Dana Partner was named already" in readable(again)
    (row,) = handoffs(db)
    assert row.delivery_lead_id == dana.id
    with db.transaction() as session:
        assert [c.action for c in changes(session, "handoff", row.id)] == ["started", "lead named"]
    assert len(outbox(db, f"handoff:{row.id}:intro")) == 2


@pytest.mark.parametrize("data, says", [
    ({"lead": ""}, "Choose the delivery lead from the list."),
    ({"lead": "999999"}, "Choose the delivery lead from the list."),
    ({"kickoff_date": "", "kickoff_time": "10:00"}, "Give the kickoff call's date too"),
    ({"kickoff_date": "next week"}, "from the card's pickers"),
])
async def test_a_kickoff_form_that_cannot_be_recorded_comes_back_with_the_reason(db, settings, network, accord,
                                                                                    clock, data, says):
    win(db, settings)
    (row,) = handoffs(db)
    answer = await press(accord, verbs.HANDOFF_KICKOFF, SAM, **(kickoff_data(row.id, network.members["dana"]) | data))
    assert says in readable(card_text(answer)) and any(b.get("id") == "lead" for b in answer["body"])
    assert handoffs(db)[0].state == "kickoff"


async def test_only_the_deal_owner_or_an_overseer_names_the_lead(db, settings, network, accord, clock):
    win(db, settings)
    (row,) = handoffs(db)
    answer = await press_text(accord, verbs.HANDOFF_KICKOFF, DANA, **kickoff_data(row.id, network.members["dana"]))
    assert "Only the deal owner" in answer and handoffs(db)[0].state == "kickoff"


# --- the jobs: exactly once ---------------------------------------------------------------------------------------

async def test_the_welcome_call_is_reminded_on_day_5_and_escalated_on_day_8_each_once(db, settings, network):
    win(db, settings)
    (row,) = handoffs(db)
    eve_id = add_director(db)
    first = Accord(settings, db)
    assert first.run_handoffs(WON + 5 * DAY - timedelta(seconds=1)) == 0
    assert first.run_handoffs(WON + 5 * DAY) == 1
    assert first.run_handoffs(WON + 6 * DAY) == 0
    restarted = Accord(settings, db)  # a process started again finds the reminder sent
    assert restarted.run_handoffs(WON + 7 * DAY) == 0
    reminder = outbox(db)[f"handoff:{row.id}:welcome-reminder"]
    assert reminder.member_id == network.members["di"].id and "Reminder: welcome call" in text_of(reminder)
    assert restarted.run_handoffs(WON + 8 * DAY) == 1
    assert restarted.run_handoffs(WON + 9 * DAY) == 0
    escalated = outbox(db, f"handoff:{row.id}:welcome-escalation")
    assert {m.member_id for m in escalated.values()} == {network.members["di"].id, eve_id}
    assert all("Overdue: nobody has made the welcome call" in text_of(m) for m in escalated.values())


async def test_two_replicas_running_the_job_at_once_send_one_reminder(db, settings, network, database_url):
    win(db, settings)
    replicas = [Accord(settings, db), Accord(make_settings(database_url=database_url), db)]
    results: list[int] = []
    start = threading.Barrier(2)

    def run(replica: Accord) -> None:
        start.wait()
        results.append(replica.run_handoffs(WON + 5 * DAY))

    threads = [threading.Thread(target=run, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == [0, 1]
    assert len(outbox(db, f"handoff:{handoffs(db)[0].id}:welcome-reminder")) == 1


async def test_a_welcome_call_made_in_time_stops_the_reminder_and_the_escalation(db, settings, network, accord,
                                                                                     clock):
    win(db, settings)
    (row,) = handoffs(db)
    clock["now"] = WON + 3 * DAY
    answer = await press_text(accord, verbs.HANDOFF_WELCOME_DONE, DI, handoff_id=row.id)
    assert "Welcome call made" in answer
    again = await press_text(accord, verbs.HANDOFF_WELCOME_DONE, DI, handoff_id=row.id)
    assert "marked made already" in again
    refused = await press_text(accord, verbs.HANDOFF_WELCOME_DONE, SAM, handoff_id=row.id)
    assert "Only a director" in refused
    assert accord.run_handoffs(WON + 9 * DAY) == 0
    assert set(outbox(db)) == {f"handoff:{row.id}:{k}" for k in ("kickoff", "welcome", "welcome-made")}


# --- onboarding, surveys, updates ---------------------------------------------------------------------------------

async def lead_named(db, settings, network, accord) -> Handoff:
    win(db, settings)
    (row,) = handoffs(db)
    await press(accord, verbs.HANDOFF_KICKOFF, SAM, **kickoff_data(row.id, network.members["dana"]))
    return handoffs(db)[0]


async def test_updates_go_to_the_deal_owner_and_the_clients_holders(db, settings, network, accord, clock):
    row = await lead_named(db, settings, network, accord)
    answer = await say_text(accord, "update ClientCorp: kickoff held, workshops booked for April", DANA)
    assert "Update recorded for ClientCorp Pty Ltd" in answer and "Sam Partner will get the update" in answer
    sent = outbox(db, f"handoff:{row.id}:update")
    assert {m.member_id for m in sent.values()} == {network.members["sam"].id}  # Dana wrote it; Sam owns and holds
    assert "kickoff held, workshops booked for April" in text_of(next(iter(sent.values())))
    refused = await say_text(accord, "update ClientCorp: I am not on this", BO)
    assert "No open handoff for ClientCorp Pty Ltd that you lead" in readable(refused)
    with db.transaction() as session:
        assert len(session.exec(select(HandoffUpdate)).all()) == 1


async def test_onboarding_done_brings_the_satisfaction_check_and_its_score_is_recorded_once(db, settings, network,
                                                                                           accord, clock):
    row = await lead_named(db, settings, network, accord)
    answer = await press_text(accord, verbs.HANDOFF_ONBOARDED, DANA, handoff_id=row.id)
    assert "Onboarding done" in answer
    assert "already" in await press_text(accord, verbs.HANDOFF_ONBOARDED, DANA, handoff_id=row.id)
    survey = outbox(db)[f"handoff:{row.id}:satisfaction"]
    assert survey.member_id == network.members["dana"].id and "Satisfaction check" in text_of(survey)
    data = {k: v for k, v in json.loads(survey.payload)["attachments"][0]["content"]["actions"][0]["data"].items()
            if k != "verb"}
    first, second = at_once(accord, db, pressed(DANA, verbs.HANDOFF_SCORE, **data, score="9", comment="Smooth"),
                            pressed(DANA, verbs.HANDOFF_SCORE, **data, score="3", comment="second press"))
    assert "9 (promoter)" in card_text(first[0].card)
    assert "recorded already" in card_text(second[0].card)
    results = outbox(db, f"handoff:{row.id}:score")
    assert {m.member_id for m in results.values()} == {network.members["sam"].id, network.members["di"].id}
    with db.transaction() as session:
        (score,) = session.exec(select(NpsScore)).all()
    assert (score.score, score.round, score.comment) == (9, "onboarding", "Smooth")


async def test_an_nps_survey_every_6_months_while_the_project_is_active(db, settings, network, accord, clock):
    row = await lead_named(db, settings, network, accord)
    await press(accord, verbs.HANDOFF_WELCOME_DONE, DI, handoff_id=row.id)
    clock["now"] = WON + 30 * DAY
    await press(accord, verbs.HANDOFF_ONBOARDED, DANA, handoff_id=row.id)
    onboarded = WON + 30 * DAY
    due = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)  # 1 Apr + 6 months
    assert handoffs(db)[0].onboarded_at == onboarded
    assert accord.run_handoffs(due - timedelta(seconds=1)) == 0
    assert accord.run_handoffs(due) == 1
    assert Accord(settings, db).run_handoffs(due + DAY) == 0  # once, after a restart too
    survey = outbox(db)[f"handoff:{row.id}:nps:20261001"]
    assert "NPS survey due" in text_of(survey) and survey.member_id == network.members["dana"].id
    clock["now"] = due + 2 * DAY
    answer = await say_text(accord, "nps ClientCorp 8 good progress, wants more coaching", DANA)
    assert "8 (passive)" in answer
    assert handoffs(db)[0].last_nps_at == due + 2 * DAY
    assert accord.run_handoffs(due + 100 * DAY) == 0  # the next is 6 months after that score: 3 Apr 2027
    # The project's active time (365 days) is over first: the handoff closes and no survey follows.
    assert accord.run_handoffs(WON + 365 * DAY) == 0
    assert handoffs(db)[0].state == "closed"
    assert accord.run_handoffs(datetime(2027, 4, 3, 9, 0, tzinfo=UTC)) == 0
    assert list(outbox(db, f"handoff:{row.id}:nps")) == [f"handoff:{row.id}:nps:20261001"]


async def test_nps_lists_results_by_client_for_those_who_may_see_them(db, settings, network, accord, clock):
    row = await lead_named(db, settings, network, accord)
    await press(accord, verbs.HANDOFF_ONBOARDED, DANA, handoff_id=row.id)
    await say_text(accord, "nps ClientCorp 10 loved the kickoff", DANA)
    for member in (DANA, SAM, DI, BO):
        listed = readable(await say_text(accord, "nps", member))
        assert "ClientCorp Pty Ltd** · NPS 100 (1 answer)" in listed and "loved the kickoff" in listed
    with db.transaction() as session:
        session.add(Member(name="Other Partner", email="other@network.example", role="partner",
                           teams_id="29:user-9"))
    from tests.support.builders import user
    other = readable(await say_text(accord, "nps", user(9, "Other Partner")))
    assert "ClientCorp" not in other and "No scores recorded yet" in other


async def test_handoffs_lists_open_ones_and_what_is_overdue_without_quote_values(db, settings, network, accord,
                                                                                   clock):
    win(db, settings)
    clock["now"] = WON + 9 * DAY
    listed = readable(await say_text(accord, "handoffs", DI))
    assert "Open handoffs" in listed and "1 open, 1 with something overdue" in listed
    assert "delivery lead not named, welcome call overdue" in listed and VALUE not in listed
    assert "Your open handoffs" in readable(await say_text(accord, "show my handoffs", SAM))
    assert "0 open" in readable(await say_text(accord, "handoffs", DANA))  # not hers


async def test_accord_handoffs_on_the_command_line(db, settings, network, database_url, tmp_path):
    from tests.support import botprocess

    win(db, settings)
    done = botprocess.accord("handoffs", "--json", env={"DATABASE_URL": database_url}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    record = json.loads(line)
    assert (record["client"], record["owner"], record["state"]) == ("ClientCorp Pty Ltd", "Sam Partner", "kickoff")
    assert "value" not in record


# --- over HTTP, with real tokens ----------------------------------------------------------------------------------

async def test_over_http_a_platform_win_reaches_the_deal_owner_and_a_double_press_records_once(
        db, network, trusted_cloud, database_url, clock):
    from aiohttp.test_utils import TestClient, TestServer

    from app import create_app
    from tests.conftest import cloud_settings
    from tests.support.builders import activity, card_action, post_webhook
    from tests.support.turns import until

    settings = cloud_settings(trusted_cloud, database_url, quote_webhook_secret=SECRET)
    chat = f"a:personal-{SAM['id']}"

    async def post(body: dict):
        return await client.post("/api/messages", json=body, headers={"Authorization": trusted_cloud.auth_header()})

    def delivered(title: str) -> list[dict]:
        return [b for b in trusted_cloud.delivered(chat) if title in json.dumps(b, ensure_ascii=False)]

    async with TestClient(TestServer(create_app(settings))) as client:
        # Sam has talked to Accord, so Teams has a chat for the kickoff card.
        assert (await post(activity(text="help", sender=SAM, service_url=trusted_cloud.connector_url))).status == 200
        for body in (event(), event(event="won", at=WON.isoformat())):
            response = await post_webhook(client, "/api/quotes", body, secret=SECRET)
            assert response.status == 202, await response.text()
        (sent,) = await until(lambda: delivered("who leads delivery"))
        card = sent["attachments"][0]["content"]
        assert VALUE not in json.dumps(card) and "45000" not in json.dumps(card)
        submit = card["actions"][0]
        assert submit["type"] == "Action.Execute" and submit["verb"] == verbs.HANDOFF_KICKOFF
        data = submit["data"] | {"lead": str(network.members["dana"].id), "kickoff_date": "2026-03-05",
                                 "kickoff_time": "10:00"}
        answers = []
        for _ in range(2):  # the deal owner presses twice
            press_body = card_action(verb=verbs.HANDOFF_KICKOFF, data={k: v for k, v in data.items() if k != "verb"},
                                     sender=SAM, service_url=trusted_cloud.connector_url)
            response = await post(press_body)
            assert response.status == 200
            answers.append(readable(card_text((await response.json())["value"])))
        assert "Recorded" in answers[0] and "Dana Partner was named already" in answers[1]
        await until(lambda: delivered("Meet your delivery lead"))
    (row,) = handoffs(db)
    assert (row.state, row.delivery_lead_id) == ("onboarding", network.members["dana"].id)
    with db.transaction() as session:
        assert [c.action for c in changes(session, "handoff", row.id)] == ["started", "lead named"]
    assert len(outbox(db, f"handoff:{row.id}:intro")) == 2


async def test_the_digest_counts_handoffs_started_and_welcome_calls_made_on_time(db, settings, network, accord,
                                                                                   clock):
    from bot.rules.access import Viewer
    from bot.rules.digest import Period
    from bot.services.digest import build

    win(db, settings)
    (row,) = handoffs(db)
    clock["now"] = WON + 2 * DAY
    await press(accord, verbs.HANDOFF_WELCOME_DONE, DI, handoff_id=row.id)
    with db.transaction() as session:
        cards = build(session, settings, Period(WON - DAY, WON + 13 * DAY), Viewer(None, None, public=True))
    shown = readable("\n".join(card_text(c) for c in cards))
    assert "Won-client handoffs" in shown
    assert "1 handoff of won clients started; 1 welcome call made, 1 on time (within 7 days of the win)." in shown
    assert VALUE not in shown


async def test_a_quote_won_in_chat_starts_the_handoff_once(db, settings, network, accord, clock):
    recorded = await say_text(accord, "quote Acme Holdings $45k", SAM)
    assert "Quote recorded" in recorded
    answer = await say_text(accord, "won Acme", SAM)
    assert "Marked your quote for Acme Holdings won" in readable(answer) and "kickoff card" in answer
    (row,) = handoffs(db)
    sam = network.members["sam"].id
    assert row.owner_id == sam and outbox(db)[f"handoff:{row.id}:kickoff"].member_id == sam
    again = await say_text(accord, "won Acme", SAM)
    assert "no open quote for Acme Holdings" in readable(again)
    assert "no open quote" in readable(await say_text(accord, "won Acme", DANA))
    assert len(handoffs(db)) == 1
    with db.transaction() as session:
        from storage.models import Quote
        (quote,) = session.exec(select(Quote)).all()
        assert [c.action for c in changes(session, "quote", quote.id)] == ["created", "won"]


async def test_onboarding_cannot_be_done_before_the_lead_is_named(db, settings, network, accord, clock):
    win(db, settings)
    (row,) = handoffs(db)
    assert "Name the delivery lead" in await press_text(accord, verbs.HANDOFF_ONBOARDED, SAM, handoff_id=row.id)
    assert "Only the delivery lead" in await press_text(accord, verbs.HANDOFF_ONBOARDED, BO, handoff_id=row.id)
    assert handoffs(db)[0].state == "kickoff" and f"handoff:{row.id}:satisfaction" not in outbox(db)
