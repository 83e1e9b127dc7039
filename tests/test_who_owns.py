"""Who owns ClientCorp? Asked in each scope by each role, with the card's buttons and the compose-box search."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import event

from bot.clients import ClientIndex
from bot.core import Accord
from bot.turn import Place, Turn, User
from storage import outbox
from storage.db import save
from storage.members import member_by_id
from storage.models import Client
from storage.registry import put_flag
from storage.types import utcnow
from tests.support.builders import ADA, BO, DANA, DI, SAM, SERVICE_URL, TENANT, card_action, compose_search
from tests.support.turns import actions, card_text, run, say


def notify_buttons(card: dict) -> list[dict]:
    """The holder card's "Notify" buttons, behind its "Notify a holder" button."""
    shown = [a["card"] for a in actions(card) if a["type"] == "Action.ShowCard"]
    return [b for c in shown for block in c["body"] for b in block["actions"] if b["verb"] == "whoOwns.notifyHolder"]


@pytest.mark.parametrize("phrasing", [
    "who owns ClientCorp?", "Who owns clientcorp pty ltd", "who has ClientCorp", "who holds CCorp",
    "owner of clientcorp.com.au", "who owns https://www.clientcorp.com.au/about", "holder of ClientCorp",
    "who owns “ClientCorp”", "who owns someone@clientcorp.com.au",
])
async def test_the_phrasings_people_use_find_the_client(accord, network, phrasing):
    card = await say(accord, phrasing, SAM)
    assert card["body"][0]["text"] == "ClientCorp Pty Ltd"


@pytest.mark.parametrize("phrasing, answer", [
    ("who owns Delta (the electronics one)?", "Delta Electronics"),
    ("who owns delta - not the electronics one", "Delta Air Lines"),
    ("who owns Delta (the Taiwanese one)", "No single client matches"),  # no people of Taiwan in the table: asked
])
async def test_words_after_a_name_say_which_namesake(accord, network, phrasing, answer):
    assert (await say(accord, phrasing, SAM))["body"][0]["text"] == answer


@pytest.mark.parametrize("pasted", ["Invoice INV-20931 ClientCorp Pty Ltd",
                                    "had a call with the CFO of ClientCorp yesterday",
                                    "FW: ClientCorp Pty Ltd engagement letter", "ClientCorp engagement letter"])
async def test_a_name_inside_a_pasted_text_finds_the_client(accord, network, pasted):
    assert (await say(accord, f"who owns {pasted}", SAM))["body"][0]["text"] == "ClientCorp Pty Ltd"


async def test_another_partner_sees_holders_and_bases_but_not_do_not_approach_details(accord, network):
    text = card_text(await say(accord, "who owns ClientCorp", SAM))
    assert "Dana Partner" in text and "past project, do-not-approach" in text
    assert "Sam Partner" in text and "declared relationship" in text
    assert "Held by you and 1 other" in text
    assert "John Doe" not in text and "john@" not in text
    assert "A protected contact" in text
    assert "Mia Chen (mia@" in text  # Sam's own contact, with its address


async def test_the_owner_of_a_do_not_approach_entry_sees_its_details(accord, network):
    text = card_text(await say(accord, "who owns ClientCorp", DANA))
    assert "John Doe (john@" in text
    assert "Mia Chen" in text and "mia@" not in text  # another partner's contact: the name, not the address


@pytest.mark.parametrize("sender", [BO, DI, ADA])
async def test_bd_directors_and_admins_see_every_detail_in_private(accord, network, sender):
    text = card_text(await say(accord, "who owns ClientCorp", sender))
    assert "John Doe (john@" in text and "Mia Chen (mia@" in text


@pytest.mark.parametrize("kind", ["channel", "groupChat"])
@pytest.mark.parametrize("sender", [DANA, ADA])
async def test_an_answer_in_a_channel_or_group_chat_shows_only_what_everyone_may_see(accord, network, kind, sender):
    card = await say(accord, "who owns ClientCorp", sender, kind)
    text = card_text(card)
    assert "Dana Partner" in text and "Sam Partner" in text
    assert "John Doe" not in text and "@" not in text.replace("@\u2060", "")
    assert "everyone here may see" in text
    assert "Held by you" not in text


async def test_who_knows_a_person_at_a_client(accord, network):
    bd = card_text(await say(accord, "who knows John Doe at ClientCorp", BO))
    assert "**John Doe** is covered by Dana Partner (do-not-approach)." in bd
    partner = card_text(await say(accord, "who knows John Doe from ClientCorp", SAM))
    assert "John Doe is not among the contacts you can see" in partner
    assert "covered by Dana" not in partner


async def test_no_match_says_so_plainly(accord, network):
    card = await say(accord, "who owns Zebra Unicorn Labs", SAM)
    assert card["body"][0]["text"] == "No single client matches"
    assert "Accord has no client matching" in card_text(card)
    assert actions(card) == []


async def test_a_free_mail_address_is_not_a_client(accord, network):
    card = await say(accord, "who owns jane.doe@gmail.com", SAM)
    assert "does not tell which organisation" in card_text(card)


async def test_close_candidates_are_offered_and_picking_one_answers(accord, network):
    card = await say(accord, "who owns Delta", SAM)
    titles = {a["title"] for a in actions(card)}
    assert {"Delta Air Lines", "Delta Electronics"} <= titles
    pick = next(a for a in actions(card) if a["title"] == "Delta Electronics")
    _, response = await run(accord, card_action(verb=pick["verb"], data=pick["data"], sender=SAM))
    assert response.body["value"]["body"][0]["text"] == "Delta Electronics"
    assert "No holder on record" in card_text(response.body["value"])


async def test_refresh_recomputes_the_card_in_place_for_the_presser(accord, network):
    card = await say(accord, "who owns ClientCorp", SAM)
    refresh = next(a for a in actions(card) if a["title"] == "Refresh")
    assert refresh["type"] == "Action.Execute" and refresh["fallback"]["type"] == "Action.Submit"
    _, response = await run(accord, card_action(verb=refresh["verb"], data=refresh["data"], sender=BO))
    assert response.status == 200
    assert "John Doe (john@" in card_text(response.body["value"])  # computed for BO, who pressed it


async def test_notify_holder_queues_a_message_to_the_holder_once_a_day(accord, network, db):
    card = await say(accord, "who owns ClientCorp", SAM)
    notify = notify_buttons(card)
    assert [a["title"] for a in notify] == ["Notify Dana"]  # not Sam, who asked
    for _ in range(2):
        _, response = await run(accord, card_action(verb=notify[0]["verb"], data=notify[0]["data"], sender=SAM))
        assert response.body["type"] == "application/vnd.microsoft.activity.message"
        assert "Dana Partner will get a message" in response.body["value"]
    with db.transaction() as session:
        (queued,) = outbox.unfinished(session)
    assert queued.member_id == network.members["dana"].id
    assert json.loads(queued.payload)["text"] == (
        "Sam Partner would like to talk with you about ClientCorp Pty Ltd, which you hold.")


async def test_compose_box_search_previews_clients_and_inserts_the_public_card(accord, network):
    _, response = await run(accord, compose_search("delta", BO))
    result = response.body["composeExtension"]
    assert result["type"] == "result"
    titles = [a["preview"]["content"]["title"] for a in result["attachments"]]
    assert {"Delta Air Lines", "Delta Electronics"} <= set(titles)
    _, response = await run(accord, compose_search("clientcorp", BO))
    (first, *_) = response.body["composeExtension"]["attachments"]
    assert first["preview"]["content"]["text"] == "Held by Sam Partner, Dana Partner"
    inserted = card_text(first["content"])
    assert "John Doe" not in inserted and "everyone here may see" in inserted


async def test_an_empty_compose_box_search_returns_no_results(accord, network):
    _, response = await run(accord, compose_search("", BO))
    assert response.body["composeExtension"]["attachments"] == []


async def test_names_with_markup_are_shown_literally(accord, network, db):
    with db.transaction() as session:
        row = Client(name="x")
        save(session, row, name="**Bold** [Co](https://evil.example) <at>Boss</at>", external_id="C-666")
    _, response = await run(accord, card_action(verb="whoOwns.refresh", data={"client_id": row.id}, sender=SAM))
    title = response.body["value"]["body"][0]["text"]
    assert title.startswith("\\*\\*Bold\\*\\* \\[Co\\]") and "\\<at\\>" in title


async def test_the_search_preview_escapes_holder_names_for_its_html_text(accord, network, db):
    with db.transaction() as session:
        dana = member_by_id(session, network.members["dana"].id)
        save(session, dana, name='<img src=x onerror="alert(1)"> Dana & Co')
    _, response = await run(accord, compose_search("clientcorp", BO))
    (first, *_) = response.body["composeExtension"]["attachments"]
    # A thumbnail card's text is HTML to Teams; its title is shown as it is.
    assert first["preview"]["content"]["text"] == (
        "Held by Sam Partner, &lt;img src=x onerror=&quot;alert&#40;1&#41;&quot;&gt; Dana &amp; Co")
    assert first["preview"]["content"]["title"] == "ClientCorp Pty Ltd"


async def test_the_search_preview_title_shows_markup_in_a_client_name_literally(accord, network, db):
    with db.transaction() as session:
        save(session, session.get(Client, network.clients["acme"].id),
             name="Acme [Win](https://evil.example) <b>Big</b> <img src=x>")
    _, response = await run(accord, compose_search("acme", BO))
    title = response.body["composeExtension"]["attachments"][0]["preview"]["content"]["title"]
    assert title == ("Acme &#91;Win&#93;&#40;https:\u2060//evil.\u2060example&#41; &lt;b&gt;Big&lt;/b&gt; "
                     "&lt;img src=x&gt;")


HUGE = 10**30  # beyond any INTEGER id: the look-up must answer "not found", not fail in the database


@pytest.mark.parametrize("verb", ["whoOwns.refresh", "whoOwns.pick"])
@pytest.mark.parametrize("data", [{}, {"client_id": None}, {"client_id": "abc"}, {"client_id": [1]},
                                  {"client_id": HUGE}, {"client_id": str(2**40)}, {"client_id": -1}])
async def test_garbled_card_data_gets_a_clear_answer(accord, network, verb, data):
    _, response = await run(accord, card_action(verb=verb, data=data, sender=SAM))
    assert response.status == 200
    assert response.body["value"] == "That client is no longer in the registry."


@pytest.mark.parametrize("data", [{}, {"client_id": "x", "holder_id": 1}, {"client_id": HUGE, "holder_id": HUGE},
                                  {"holder_id": 2**40}])
async def test_notify_holder_with_garbled_card_data_queues_nothing(accord, network, db, data):
    data = {"client_id": network.clients["clientcorp"].id, **data}
    _, response = await run(accord, card_action(verb="whoOwns.notifyHolder", data=data, sender=SAM))
    assert response.body["value"] == "That client or holder is no longer on record."
    with db.transaction() as session:
        assert outbox.unfinished(session) == []


async def test_only_a_current_holder_of_that_client_can_be_notified(accord, network, db):
    clientcorp, acme = network.clients["clientcorp"].id, network.clients["acme"].id
    for client_id, holder in [(clientcorp, "bo"), (acme, "dana")]:  # Bo holds nothing; Dana holds ClientCorp only
        data = {"client_id": client_id, "holder_id": network.members[holder].id}
        _, response = await run(accord, card_action(verb="whoOwns.notifyHolder", data=data, sender=SAM))
        assert response.body["value"] == "That client or holder is no longer on record."
    mine = {"client_id": clientcorp, "holder_id": network.members["sam"].id}
    _, response = await run(accord, card_action(verb="whoOwns.notifyHolder", data=mine, sender=SAM))
    assert response.body["value"] == "You are that holder."
    with db.transaction() as session:
        assert outbox.unfinished(session) == []


async def test_a_holder_with_a_blank_name_still_gets_a_notify_button(accord, network, db):
    with db.transaction() as session:
        save(session, member_by_id(session, network.members["dana"].id), name="   ")
    card = await say(accord, "who owns ClientCorp", SAM)
    assert [a["title"] for a in notify_buttons(card)] == ["Notify holder"]


def verdict(card: dict) -> tuple[str, str]:
    """The card's one-line answer and the colour of its standing."""
    (box,) = [b for b in card["body"] if b["type"] == "Container"]
    return box["items"][0]["text"].strip("*"), box["style"]


async def test_the_card_leads_with_a_one_line_verdict_in_the_colour_of_its_standing(accord, network, db):
    # Held with a protected contact: Dana's do-not-approach entry on ClientCorp.
    assert verdict(await say(accord, "who owns ClientCorp", BO)) == ("Held by Sam Partner and 1 other", "attention")
    assert verdict(await say(accord, "who owns ClientCorp", SAM)) == ("Held by you and 1 other", "attention")
    free = await say(accord, "who owns Acme Holdings", SAM)
    assert verdict(free) == ("No one holds Acme Holdings yet: free to approach", "good")
    with db.transaction() as session:
        put_flag(session, None, by=None, via="test", client_id=network.clients["acme"].id,
                 holder_id=network.members["dana"].id, basis="active project", since=utcnow())
    assert verdict(await say(accord, "who owns Acme Holdings", SAM)) == ("Held by Dana Partner", "warning")
    assert [a["title"] for a in notify_buttons(await say(accord, "who owns Acme Holdings", SAM))] == ["Notify Dana"]
    mine = await say(accord, "who owns Acme Holdings", DANA)
    assert verdict(mine) == ("Held by you", "warning")
    assert [a["title"] for a in actions(mine)] == ["Refresh"]  # no button to notify yourself


async def test_how_the_client_was_matched_is_small_print_at_the_foot(accord, network):
    card = await say(accord, "who owns CCorp", SAM)
    footer = next(block for block in card["body"] if block.get("text", "").startswith("Matched by"))
    assert footer["size"] == "Small" and footer["separator"] and footer["text"].startswith("Matched by alias")
    assert "matched" not in card["body"][1]["text"].lower()  # the line under the name is the client's own


async def test_a_who_owns_turn_reads_the_database_a_few_times_not_once_per_fact(settings, db, network):
    # Each statement is a round trip to PostgreSQL: under load they, not the matcher, set how many answers a second.
    accord = Accord(settings, db, ClientIndex(poll=3600))  # its worker builds the index, then keeps quiet
    place = Place(f"a:personal-{SAM['id']}", "personal", SERVICE_URL, tenant_id=TENANT)
    asked = Turn("message", User(SAM["id"], SAM["name"], SAM["aadObjectId"], tenant_id=TENANT), place,
                 text="who owns ClientCorp")
    statements: list[str] = []

    def seen(connection, cursor, statement, *rest) -> None:
        statements.append(statement)
    accord.start_index()
    try:
        assert await asyncio.to_thread(accord.clients.wait_ready, 10)
        await asyncio.to_thread(accord.handle, asked)  # Sam's first turn records him and this chat
        event.listen(db.engine, "before_cursor_execute", seen)
        (reply,) = await asyncio.to_thread(accord.handle, asked)
        event.remove(db.engine, "before_cursor_execute", seen)
    finally:
        await asyncio.to_thread(accord.stop_index)
    assert reply.card["body"][0]["text"] == "ClientCorp Pty Ltd"
    # The asker with what waits for them, the conversation, whether the registry changed, what members said of this
    # text, the client with its flags, and the two reads of coverage.
    assert len(statements) <= 7, "\n\n".join(statements)
