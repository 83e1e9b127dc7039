"""Disputes and sanctions: who sees what, the process, publication to the partner channel, and the evidence kept."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.rules import disputes as rules
from bot.rules.access import Viewer
from bot.rules.disputes import DisputeFacts
from storage import disputes as store
from storage.history import changes
from storage.models import Dispute, OutboxMessage, Sanction
from tests.conftest import set_partner_channel
from tests.support.builders import ADA, BO, CHANNEL_ID, DANA, DI, SAM, activity
from tests.support.registry_seed import seed
from tests.support.turns import actions, card_of, card_text, press, run, say, say_text, text_of

SYDNEY = ZoneInfo("Australia/Sydney")
HOSTILE = "<at>Boss</at> **Urgent** [click](https://evil.example)"
HOSTILE_SHOWN = "\\<at\\>Boss\\</at\\> \\*\\*Urgent\\*\\* \\[click\\]\\(https:\u2060//evil.\u2060example\\)"


# --- the rules, table-driven -------------------------------------------------------------------------------------

RAISER, AGAINST, COORDINATOR, OTHER_PARTNER, BD, DIRECTOR, ADMIN = 1, 2, 4, 3, 5, 6, 7


def facts(published=False, against=AGAINST, coordinator=COORDINATOR, state="open", raiser_role="partner",
          against_role="partner"):
    return DisputeFacts(9, RAISER, against, coordinator, state, published, raiser_role, against_role)


@pytest.mark.parametrize("viewer, published, expected", [
    (Viewer(RAISER, "partner"), False, "full"),
    (Viewer(AGAINST, "partner"), False, "full"),
    (Viewer(COORDINATOR, "director"), False, "full"),
    (Viewer(OTHER_PARTNER, "partner"), False, "nothing"),
    (Viewer(OTHER_PARTNER, "partner"), True, "outcome"),
    (Viewer(BD, "bd"), False, "nothing"),
    (Viewer(BD, "bd"), True, "outcome"),
    (Viewer(DIRECTOR, "director"), False, "full"),
    (Viewer(ADMIN, "admin"), False, "full"),
    (Viewer(None, None), True, "outcome"),
    (Viewer(None, None), False, "nothing"),
    # A card in a channel shows what everyone there may see, whoever asked.
    (Viewer(RAISER, "partner", public=True), False, "nothing"),
    (Viewer(DIRECTOR, "director", public=True), False, "nothing"),
    (Viewer(DIRECTOR, "director", public=True), True, "outcome"),
])
def test_sight_follows_the_visibility_table(viewer, published, expected):
    assert rules.sight(viewer, facts(published)) == expected


def test_a_dispute_against_the_network_has_one_party():
    against_network = facts(against=None)
    assert against_network.parties == {RAISER}
    assert rules.sight(Viewer(AGAINST, "partner"), against_network) == "nothing"


@pytest.mark.parametrize("state, to, allowed", [
    ("open", "in mediation", True), ("open", "resolved", True), ("in mediation", "resolved", True),
    ("in mediation", "open", False), ("in mediation", "in mediation", False), ("resolved", "open", False),
    ("resolved", "in mediation", False), ("resolved", "resolved", False), ("open", "open", False),
])
def test_transitions(state, to, allowed):
    problem = rules.move_problem(state, to)
    assert (problem is None) is allowed
    if state == "resolved":
        assert "final" in problem


@pytest.mark.parametrize("against, raiser_role, against_role, must", [
    (None, "partner", None, True), (None, "bd", None, False), (None, "director", None, False),
    (AGAINST, "partner", "partner", False), (AGAINST, "director", "partner", False),
    (AGAINST, "partner", "bd", True), (AGAINST, "partner", "director", True), (AGAINST, "partner", "admin", True),
    (AGAINST, "bd", "director", False),  # the network's own people disputing among themselves: the coordinator decides
    (AGAINST, "partner", None, False),  # a member with no role is not the network
])
def test_a_partners_dispute_with_the_network_or_its_people_must_be_published(against, raiser_role, against_role, must):
    assert rules.must_publish(facts(against=against, raiser_role=raiser_role, against_role=against_role)) is must


@pytest.mark.parametrize("viewer, dispute, expected", [
    (Viewer(DIRECTOR, "director"), facts(coordinator=None), ("take",)),
    (Viewer(ADMIN, "admin"), facts(coordinator=None), ("take",)),
    (Viewer(AGAINST, "director"), facts(coordinator=None), ()),  # a party never coordinates their own dispute
    (Viewer(RAISER, "partner"), facts(coordinator=None), ()),
    (Viewer(DIRECTOR, "director"), facts(), ()),
    (Viewer(COORDINATOR, "director"), facts(), ("mediate", "resolve")),
    (Viewer(COORDINATOR, "director"), facts(state="in mediation"), ("resolve",)),
    (Viewer(COORDINATOR, "director"), facts(state="resolved"), ("publish", "sanction")),
    (Viewer(COORDINATOR, "director"), facts(state="resolved", published=True), ("sanction",)),
    (Viewer(ADMIN, "admin"), facts(state="resolved"), ()),  # sanctions are the directors'
    (Viewer(COORDINATOR, "director", public=True), facts(), ()),
])
def test_who_gets_which_buttons(viewer, dispute, expected):
    assert rules.actions(viewer, dispute) == expected


@pytest.mark.parametrize("action, viewer, shown", [
    ("resolved", Viewer(RAISER, "partner"), True),
    ("sanction", Viewer(RAISER, "partner"), False),
    ("sanction", Viewer(BD, "bd"), True),
    ("sanction", Viewer(DIRECTOR, "director"), True),
    ("sanction", Viewer(DIRECTOR, "director", public=True), False),
])
def test_partners_never_see_sanctions_in_a_timeline(action, viewer, shown):
    assert rules.shows_in_timeline(action, viewer) is shown


@pytest.mark.parametrize("text, day", [
    ("2026-06-30", date(2026, 6, 30)), ("30/6/2026", date(2026, 6, 30)), (" 2026-6-1 ", date(2026, 6, 1)),
    ("2026-02-30", None), ("next week", None), ("6/30", None), ("", None), (None, None),
])
def test_parse_day(text, day):
    assert rules.parse_day(text) == day


def test_a_sanction_lifts_at_the_start_of_its_day_in_the_network_zone(db):
    ends = rules.sanction_ends(date(2026, 6, 30), SYDNEY)
    assert ends == datetime(2026, 6, 29, 14, tzinfo=UTC)
    net = seed(db)
    dana, di = net.members["dana"].id, net.members["di"].id
    with db.transaction() as session:
        store.add_sanction(session, "", member_id=dana, text="No tenders", until=ends, imposed_by=di)
        assert [s.text for s in store.active_sanctions(session, dana, ends - timedelta(seconds=1))] == ["No tenders"]
        assert store.active_sanctions(session, dana, ends) == []


@pytest.mark.parametrize("entry, parts", [
    ("jane@example.com until 2026-06-30 No tenders for now", ("jane@example.com", "2026-06-30", "No tenders for now")),
    ("Dana Partner until 30/6/2026", ("Dana Partner", "30/6/2026", "")),
    ("  until 2026-06-30  ", ("", "2026-06-30", "")),  # nobody named: the mention, if any, says who
    ("sam@x.example UNTIL 2026-06-30\nline two", ("sam@x.example", "2026-06-30", "line two")),
    ("sam@x.example no more work", None),
    ("", None),
    (None, None),
])
def test_a_sanction_command_names_who_until_when_and_what(entry, parts):
    assert rules.sanction_entry(entry) == parts


TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("role, member, until, text, problem", [
    ("director", 2, date(2026, 6, 30), "No BD-won work allocated", None),
    ("partner", 2, date(2026, 6, 30), "x", "Only directors"),
    ("bd", 2, date(2026, 6, 30), "x", "Only directors"),
    ("admin", 2, date(2026, 6, 30), "x", "Only directors"),
    ("director", None, date(2026, 6, 30), "x", "Name the member"),
    ("director", 1, date(2026, 6, 30), "x", "on yourself"),
    ("director", 2, None, "x", "Give the date"),
    ("director", 2, TODAY, "x", "after today"),
    ("director", 2, date(2026, 6, 30), "x" * 501, "at most 500"),
])
def test_sanction_problems(role, member, until, text, problem):
    found = rules.sanction_problem(role, 1, member, text, until, TODAY)
    assert (found is None) if problem is None else (problem in found)


# --- through turns -----------------------------------------------------------------------------------------------

@pytest.fixture
def network(db):
    """The seeded network, its partner channel set: published disputes are posted there."""
    net = seed(db)
    set_partner_channel(db)
    return net


def disputes(db) -> list[Dispute]:
    with db.transaction() as session:
        return list(session.exec(select(Dispute).order_by(Dispute.id)))


def outbox_rows(db) -> dict[str, OutboxMessage]:
    with db.transaction() as session:
        return {r.idempotency_key: r for r in session.exec(select(OutboxMessage).order_by(OutboxMessage.id))}


def log_of(db, dispute_id: int) -> list[tuple[str, int | None]]:
    with db.transaction() as session:
        return [(c.action, c.changed_by) for c in changes(session, "dispute", dispute_id)]


async def raise_one(accord, db, sender=DANA, against="network", what="BD approached my client Mia directly.",
                    client="ClientCorp") -> Dispute:
    answer = await press(accord, "dispute.raise", sender, client=client, against=against, what=what)
    assert "Raised" in text_of(answer), text_of(answer)
    return disputes(db)[-1]


def ids(network, *keys) -> list[int]:
    return [network.members[k].id for k in keys]


async def test_the_form_lists_members_and_the_network_and_only_works_in_a_personal_chat(accord, network):
    form = await say(accord, "raise a dispute", DANA)
    (against,) = [e for e in form["body"] if e.get("id") == "against"]
    titles = [c["title"] for c in against["choices"]]
    assert titles[0] == "The network (BD team)" and "Sam Partner" in titles and "Dana Partner" not in titles
    assert against["style"] == "filtered"
    assert all(e.get("label") for e in form["body"] if e["type"].startswith("Input."))
    assert [a["verb"] for a in actions(form)] == ["dispute.raise"]
    assert "works in a personal chat" in await say(accord, "dispute", DANA, kind="channel")


@pytest.mark.parametrize("data, message", [
    ({"against": "network", "what": "   "}, "Say what happened."),
    ({"against": "", "what": "They took my client."}, "Choose whom the dispute is against"),
    ({"against": "SELF", "what": "They took my client."}, "against yourself"),
    ({"against": "nobody@network.example", "what": "They took my client."}, "No single member matches"),
    ({"against": "network", "what": "x" * 4001}, "too long"),
    ({"against": "network", "what": "They took my client.", "client": "Delta"}, "No single client matches"),
])
async def test_bad_input_returns_the_form_with_a_message_and_the_values_kept(accord, network, db, data, message):
    if data["against"] == "SELF":
        data = {**data, "against": str(network.members["dana"].id)}
    answer = await press(accord, "dispute.raise", DANA, **data)
    assert message in text_of(answer)
    inputs = {e["id"]: e.get("value") for e in answer["body"] if e.get("id")}
    assert inputs["what"] == data["what"].strip() and inputs["against"] == data["against"]
    assert inputs["client"] == data.get("client", "")
    assert disputes(db) == [] and outbox_rows(db) == {}


async def test_a_member_can_be_named_by_email_or_exact_name(accord, network, db):
    await raise_one(accord, db, against="SAM@network.example")
    await raise_one(accord, db, against="sam partner", what="Another matter.")
    assert [d.against_id for d in disputes(db)] == ids(network, "sam", "sam")


async def test_the_whole_process_for_a_partner_against_the_network(accord, network, db):
    dana, sam, bo, di, ada = ids(network, "dana", "sam", "bo", "di", "ada")
    row = await raise_one(accord, db)
    assert (row.raised_by, row.against_id, row.state, row.client_id) == (dana, None, "open",
                                                                         network.clients["clientcorp"].id)
    again = await press(accord, "dispute.raise", DANA, client="ClientCorp", against="network",
                        what="BD approached my client Mia directly.")
    assert "already raised" in text_of(again) and len(disputes(db)) == 1  # a double press is one dispute
    sent = outbox_rows(db)
    # The one director is asked to coordinate; nobody else hears of it (the network is not a member).
    assert list(sent) == [f"dispute:{row.id}:director:{di}"]
    director_card = json.loads(sent[f"dispute:{row.id}:director:{di}"].payload)["attachments"][0]["content"]
    assert "BD approached my client Mia directly." in card_text(director_card)
    assert [a["verb"] for a in actions(director_card)] == ["dispute.take"]

    refused = await press(accord, "dispute.move", DI, dispute_id=row.id)
    assert "a director must take it first" in text_of(refused)
    taken = await press(accord, "dispute.take", DI, dispute_id=row.id)
    assert "You coordinate this dispute now" in text_of(taken)
    assert [a.get("verb") or a["title"] for a in actions(taken)] == ["dispute.move", "Resolve…"]
    second = await press(accord, "dispute.take", ADA, dispute_id=row.id)
    assert "Di Director already coordinates dispute" in text_of(second)
    assert "not yours to see" in await press(accord, "dispute.take", SAM, dispute_id=row.id)
    assert f"dispute:{row.id}:taken:{dana}" in outbox_rows(db)

    not_coordinator = await press(accord, "dispute.move", ADA, dispute_id=row.id)
    assert "Only the coordinator, Di Director, can do that." in text_of(not_coordinator)
    moved = await press(accord, "dispute.move", DI, dispute_id=row.id, to="in mediation")
    assert "In mediation" in text_of(moved)
    again = await press(accord, "dispute.move", DI, dispute_id=row.id, to="in mediation")
    assert "already in mediation" in text_of(again)
    assert "Resolve it with an outcome" in text_of(await press(accord, "dispute.move", DI, dispute_id=row.id,
                                                                to="resolved"))

    (resolve_form,) = [a for a in actions(moved) if a["type"] == "Action.ShowCard"]
    assert "always published" in card_text(resolve_form["card"])  # no toggle: the rule decides
    assert not [e for e in resolve_form["card"]["body"] if e["type"] == "Input.Toggle"]
    incomplete = await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="settled", summary=" ")
    assert "Write a summary" in text_of(incomplete)
    assert disputes(db)[0].state == "in mediation"
    resolved = await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="settled",
                           summary="BD will pay a 10% introduction fee.", publish="false")
    assert "posted to the partner channel" in text_of(resolved)
    row = disputes(db)[0]
    assert (row.state, row.outcome, row.published_at is not None) == ("resolved", "settled", True)

    sent = outbox_rows(db)
    post = sent[f"dispute:{row.id}:published"]
    assert post.conversation_id == CHANNEL_ID
    shown = card_text(json.loads(post.payload)["attachments"][0]["content"])
    assert "ClientCorp Pty Ltd" in shown and "settled" in shown and "10% introduction fee" in shown
    assert "Dana Partner and the network" in shown and "Mia directly" not in shown  # the claim itself stays private
    assert {f"dispute:{row.id}:mediation:{dana}", f"dispute:{row.id}:resolved:{dana}"} <= set(sent)

    late = await press(accord, "dispute.move", DI, dispute_id=row.id, to="in mediation")
    assert "already resolved; a resolution is final" in text_of(late)
    assert "already published" in text_of(await say(accord, f"publish dispute {row.id}", DI))
    assert log_of(db, row.id) == [("raised", dana), ("taken", di), ("in mediation", di), ("resolved", di),
                                  ("published", di)]


async def test_a_dispute_between_partners_is_published_only_when_the_coordinator_chooses(accord, network, db):
    dana, sam = ids(network, "dana", "sam")
    row = await raise_one(accord, db, sender=SAM, against=str(dana), what="Dana quoted my client.")
    sent = outbox_rows(db)
    named = json.loads(sent[f"dispute:{row.id}:raised:{dana}"].payload)["attachments"][0]["content"]
    assert "A dispute names you" in card_text(named) and "Dana quoted my client." in card_text(named)
    assert actions(named) == []
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    taken = await press(accord, "dispute.take", DI, dispute_id=row.id)
    assert "You already coordinate" in text_of(taken)
    (resolve_form,) = [a for a in actions(taken) if a["type"] == "Action.ShowCard"]
    assert [e["id"] for e in resolve_form["card"]["body"] if e["type"] == "Input.Toggle"] == ["publish"]
    resolved = await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="not upheld",
                           summary="The client came through the website.", publish="false")
    assert "posted" not in text_of(resolved) and disputes(db)[0].published_at is None
    assert not [k for k in outbox_rows(db) if k.endswith(":published")]
    assert "not yours to see" in await say(accord, f"dispute {row.id}", BO)

    assert "Only the coordinator" in text_of(await press(accord, "dispute.publish", ADA, dispute_id=row.id))
    published = await press(accord, "dispute.publish", DI, dispute_id=row.id)
    assert "posted to the partner channel" in text_of(published)
    assert f"dispute:{row.id}:published" in outbox_rows(db)
    assert {f"dispute:{row.id}:published:{dana}", f"dispute:{row.id}:published:{sam}"} <= set(outbox_rows(db))
    outcome = text_of(await say(accord, f"dispute {row.id}", BO))
    assert "not upheld" in outcome and "Dana quoted my client." not in outcome


async def test_a_partners_dispute_against_a_bd_member_is_published_like_one_against_the_network(accord, network,
                                                                                                 db):
    (bo,) = ids(network, "bo")
    row = await raise_one(accord, db, sender=SAM, against=str(bo), what="Bo approached my client behind my back.")
    taken = await press(accord, "dispute.take", DI, dispute_id=row.id)
    (resolve_form,) = [a for a in actions(taken) if a["type"] == "Action.ShowCard"]
    assert "always published" in card_text(resolve_form["card"])  # no toggle: the rule decides
    resolved = await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="upheld",
                           summary="BD will hand the client back.", publish="false")
    assert "posted to the partner channel" in text_of(resolved)
    shown = card_text(json.loads(outbox_rows(db)[f"dispute:{row.id}:published"].payload)["attachments"][0]["content"])
    assert "upheld" in shown and "behind my back" not in shown  # the outcome, never the claim


async def test_publishing_can_be_chosen_when_resolving(accord, network, db):
    row = await raise_one(accord, db, sender=BO, what="A partner says we took their client; we did not.")
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="upheld", summary="Agreed.",
                publish="true")
    assert f"dispute:{row.id}:published" in outbox_rows(db)


async def test_a_director_who_is_a_party_cannot_coordinate_and_the_admins_are_asked(accord, network, db):
    dana, di, ada = ids(network, "dana", "di", "ada")
    row = await raise_one(accord, db, sender=DI, against=str(dana), what="Dana took a BD client off the platform.")
    sent = outbox_rows(db)
    assert f"dispute:{row.id}:director:{ada}" in sent and f"dispute:{row.id}:raised:{dana}" in sent
    assert "another director must coordinate" in text_of(await press(accord, "dispute.take", DI, dispute_id=row.id))
    assert "You coordinate" in text_of(await press(accord, "dispute.take", ADA, dispute_id=row.id))


async def test_each_role_sees_a_dispute_as_the_table_says(accord, network, db):
    row = await raise_one(accord, db, sender=SAM, against=str(network.members["dana"].id),
                          what="Dana quoted my client behind my back.")
    show = f"dispute {row.id}"
    for who in (SAM, DANA, DI, ADA):
        shown = await say_text(accord, show, who)
        assert "Dana quoted my client behind my back." in shown and "Timeline" in shown
    for who in (BO,):
        assert await say_text(accord, show, who) == "That dispute is not found, or not yours to see."
    assert await say_text(accord, "dispute 999", DI) == "That dispute is not found, or not yours to see."
    assert "Dana quoted my client" not in await say_text(accord, show, DI, kind="channel")

    listed = {who["name"]: await say_text(accord, "disputes", who) for who in (SAM, DANA, BO, DI, ADA)}
    assert all("Dana quoted my client" in listed[n] for n in ("Sam Partner", "Dana Partner", "Di Director",
                                                              "Ada Admin"))
    assert "Sam Partner vs Dana Partner" not in listed["Bo Business"]
    assert "raised the dispute" in listed["Dana Partner"]  # their own disputes come with the timeline

    await press(accord, "dispute.take", DI, dispute_id=row.id)
    await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="settled", summary="A 5% fee.",
                publish="true")
    for who in (BO, DANA, SAM):
        listed = await say_text(accord, "disputes", who)
        assert "A 5% fee." in listed
    bd_view = await say_text(accord, show, BO)
    assert "A 5% fee." in bd_view and "behind my back" not in bd_view and "Timeline" not in bd_view
    in_channel = await say_text(accord, "disputes", SAM, kind="channel")
    assert "A 5% fee." in in_channel and "behind my back" not in in_channel and "Your disputes" not in in_channel


async def test_actions_are_refused_outside_a_personal_chat(accord, network, db):
    row = await raise_one(accord, db)
    answer = await press(accord, "dispute.take", DI, kind="channel", dispute_id=row.id)
    assert "personal chat" in answer and disputes(db)[0].coordinator_id is None


async def test_hostile_text_is_shown_literally_everywhere(accord, network, db):
    row = await raise_one(accord, db, what=HOSTILE)
    di = network.members["di"].id
    director_card = json.loads(outbox_rows(db)[f"dispute:{row.id}:director:{di}"].payload)["attachments"][0]
    assert HOSTILE_SHOWN in card_text(director_card["content"])
    assert "entities" not in director_card["content"]["msteams"]
    assert HOSTILE_SHOWN in await say_text(accord, f"dispute {row.id}", DANA)
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="upheld", summary=HOSTILE)
    post = json.loads(outbox_rows(db)[f"dispute:{row.id}:published"].payload)["attachments"][0]["content"]
    assert HOSTILE_SHOWN in card_text(post) and HOSTILE not in card_text(post)


def in_a_month() -> date:
    return datetime.now(SYDNEY).date() + timedelta(days=30)


async def test_a_sanction_on_a_resolved_dispute_is_shown_to_bd_and_never_to_partners(accord, network, db):
    dana, di = ids(network, "dana", "di")
    row = await raise_one(accord, db, sender=DI, against=str(dana), what="Dana took a BD client off the platform.")
    await press(accord, "dispute.take", ADA, dispute_id=row.id)
    open_card = await press(accord, "dispute.sanction", DI, dispute_id=row.id, member_id=str(dana),
                            until=in_a_month().isoformat())
    assert "on a resolved dispute" in text_of(open_card)
    resolved = await press(accord, "dispute.resolve", ADA, dispute_id=row.id, outcome="upheld", summary="Confirmed.")
    assert "Record a sanction" not in text_of(resolved)  # the admin coordinates; sanctions are the directors'
    director_view = await say(accord, f"dispute {row.id}", DI)
    (form,) = [a for a in actions(director_view) if a["title"] == "Record a sanction…"]
    defaults = {e["id"]: e.get("value") for e in form["card"]["body"]}
    assert defaults == {"member_id": str(dana), "text": "No BD-won work allocated", "until": ""}

    past = await press(accord, "dispute.sanction", DI, dispute_id=row.id, member_id=str(dana), text="No work",
                       until="2020-01-01")
    assert "after today" in text_of(past)
    assert {e["id"]: e.get("value") for a in actions(past) if a["title"] == "Record a sanction…"
            for e in a["card"]["body"]}["text"] == "No work"
    assert "not yours to see" in await press(accord, "dispute.sanction", SAM, dispute_id=row.id,
                                              member_id=str(dana), until=in_a_month().isoformat())
    with db.transaction() as session:
        assert list(session.exec(select(Sanction))) == []

    until = in_a_month()
    done = await press(accord, "dispute.sanction", DI, dispute_id=row.id, member_id=str(dana),
                       text="No BD-won work allocated", until=until.isoformat())
    assert "Sanction recorded on Dana Partner" in text_of(done)
    with db.transaction() as session:
        (sanction,) = session.exec(select(Sanction)).all()
        assert (sanction.member_id, sanction.dispute_id, sanction.imposed_by) == (dana, row.id, di)
        assert sanction.until.astimezone(SYDNEY).date() == until
        assert [(c.action, c.changed_by) for c in changes(session, "sanction", sanction.id)] == [("imposed", di)]
    assert log_of(db, row.id)[-1] == ("sanction", di)

    record = await say_text(accord, "member dana@network.example", BO)
    assert "No BD-won work allocated" in record and f"until {until:%-d %b %Y}" in record and "partner" in record
    assert (await say(accord, "member dana@network.example", SAM)).startswith("Sorry, only")
    assert "recorded a sanction" in await say_text(accord, f"dispute {row.id}", DI)
    dana_view = await say_text(accord, f"dispute {row.id}", DANA)
    assert "recorded a sanction" not in dana_view and "No BD-won work" not in dana_view
    assert "No sanctions in force" in await say_text(accord, "member Sam Partner", BO)


async def test_a_sanction_in_chat_by_email_or_mention(accord, network, db):
    until = in_a_month()
    reply = await say_text(accord, f"sanction sam@network.example until {until.isoformat()} No tenders for now", DI)
    assert reply.startswith("Sanction recorded\nRecorded on Sam Partner: No tenders for now")
    mention = {"type": "mention", "text": "<at>Dana Partner</at>",
               "mentioned": {"id": DANA["id"], "name": "Dana Partner"}}
    reply = await say_text(accord, f"sanction <at>Dana Partner</at> until {until:%d/%m/%Y}", DI, entities=[mention])
    assert reply.startswith("Sanction recorded\nRecorded on Dana Partner: No BD-won work allocated")
    assert "not a date" in await say(accord, "sanction sam@network.example until soon", DI)
    assert "Write it as: sanction" in await say(accord, "sanction sam@network.example no more work", DI)
    assert "Name the member" in await say(accord, f"sanction nobody@x.example until {until.isoformat()}", DI)
    assert (await say(accord, f"sanction sam@network.example until {until.isoformat()}", BO)).startswith("Sorry")
    with db.transaction() as session:
        rows = session.exec(select(Sanction).order_by(Sanction.id)).all()
    assert [(s.member_id, s.text, s.dispute_id) for s in rows] == [
        (network.members["sam"].id, "No tenders for now", None),
        (network.members["dana"].id, "No BD-won work allocated", None)]
    record = await say_text(accord, "member <at>Dana Partner</at>", BO, entities=[mention])
    assert "Dana Partner" in record and "No BD-won work allocated" in record


@pytest.mark.parametrize("sender, shown, hidden", [
    (SAM, ["dispute", "disputes", "dispute N"], ["sanction EMAIL", "member NAME", "publish dispute N"]),
    (BO, ["dispute", "member NAME|EMAIL"], ["sanction EMAIL", "publish dispute N"]),
    (DI, ["sanction EMAIL until DATE [TEXT]", "member NAME|EMAIL", "publish dispute N"], []),
])
async def test_help_lists_the_dispute_commands_each_role_may_use(accord, network, sender, shown, hidden):
    help_text = card_text(await say(accord, "help", sender))
    assert all(c in help_text for c in shown) and not any(c in help_text for c in hidden)


async def test_directors_list_open_disputes_with_a_take_button_until_one_is_taken(accord, network, db):
    row = await raise_one(accord, db)
    listed = await say(accord, "open disputes", DI)
    takes = [a for e in listed["body"] if e["type"] == "Container" for i in e["items"] if i["type"] == "ActionSet"
             for a in i["actions"]]
    assert [(a["verb"], a["data"]["dispute_id"]) for a in takes] == [("dispute.take", row.id)]
    assert "coordinator: nobody yet" in card_text(listed)
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    listed = await say(accord, "disputes", ADA)
    assert "coordinator: Di Director" in card_text(listed) and "dispute.take" not in json.dumps(listed)


async def test_without_a_partner_channel_the_outcome_is_posted_once_a_channel_is_set(accord, db):
    seed(db)
    row = await raise_one(accord, db)
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    resolved = await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="upheld", summary="Sorry.")
    assert "no partner channel is set yet" in text_of(resolved) and disputes(db)[0].published_at is not None
    assert not [k for k in outbox_rows(db) if k.endswith(":published")]
    assert "Sorry." in await say_text(accord, f"dispute {row.id}", SAM)
    set_it = activity("channel", text="<at>Accord</at> set partner channel", sender=ADA)
    sent, _ = await run(accord, set_it)
    assert "1 published dispute outcome recorded without a partner channel follow" in card_text(card_of(sent[0]))
    (posted,) = [m for k, m in outbox_rows(db).items() if k.endswith(":published")]
    assert posted.conversation_id == CHANNEL_ID and "Sorry." in posted.payload
    again, _ = await run(accord, activity("channel", text="<at>Accord</at> set partner channel", sender=ADA))
    assert "recorded without a partner channel" not in card_text(card_of(again[0]))  # a new message, not a redelivery


@pytest.mark.parametrize("value", ["99999999999999999999", "2147483648", "0", "-1", "1.5", "abc", "²", None, [1]])
async def test_a_button_naming_no_possible_dispute_is_told_so(accord, network, db, value):
    await raise_one(accord, db)
    for verb in ("dispute.take", "dispute.move", "dispute.resolve", "dispute.publish", "dispute.sanction"):
        assert await press(accord, verb, DI, dispute_id=value) == "That dispute is not found, or not yours to see."
    assert log_of(db, disputes(db)[0].id) == [("raised", network.members["dana"].id)]


@pytest.mark.parametrize("text", ["dispute 99999999999999999999", "publish dispute 2147483648"])
async def test_a_dispute_number_too_big_for_any_row_is_not_found(accord, network, text):
    assert await say(accord, text, DI) == "That dispute is not found, or not yours to see."


@pytest.mark.parametrize("against, message", [
    ("99999999999999999999", "No single member matches “99999999999999999999”"),
    ("²", "No single member matches “²”"),
    ("sam\x00@network.example", "No single member matches"),
    ("Sam\x00Partner", "No single member matches"),
])
async def test_a_member_no_row_can_be_is_refused_on_the_form(accord, network, db, against, message):
    answer = await press(accord, "dispute.raise", DANA, against=against, what="They took my client.")
    assert message in text_of(answer)
    assert disputes(db) == [] and outbox_rows(db) == {}


async def test_a_name_with_a_nul_character_matches_nobody(accord, network, db):
    until = in_a_month().isoformat()
    assert "Name the member" in await say(accord, f"sanction sam\x00@network.example until {until}", DI)
    assert "No member matches" in await say(accord, "member Sam\x00Partner", BO)
    with db.transaction() as session:
        assert list(session.exec(select(Sanction))) == []


async def test_each_step_is_logged_with_what_it_changed(accord, network, db):
    dana, di = ids(network, "dana", "di")
    row = await raise_one(accord, db)
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    await press(accord, "dispute.move", DI, dispute_id=row.id, to="in mediation")
    await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="settled", summary="A 10% fee.")
    with db.transaction() as session:
        log = {c.action: c for c in changes(session, "dispute", row.id)}
    assert list(log) == ["raised", "taken", "in mediation", "resolved", "published"]
    assert (log["raised"].after["what"], log["raised"].after["state"]) == ("BD approached my client Mia directly.",
                                                                          "open")
    assert (log["taken"].before, log["taken"].after) == ({"coordinator_id": None}, {"coordinator_id": di})
    assert (log["in mediation"].before, log["in mediation"].after) == ({"state": "open"}, {"state": "in mediation"})
    resolved = log["resolved"]
    assert resolved.before == {"state": "in mediation"} and resolved.note == "settled"
    assert {k: resolved.after[k] for k in ("state", "outcome", "summary")} == {
        "state": "resolved", "outcome": "settled", "summary": "A 10% fee."}
    assert resolved.after["resolved_at"] is not None
    assert log["published"].before == {"published_at": None} and log["published"].after["published_at"]
    assert {c.changed_by for c in log.values()} == {dana, di}


async def test_a_move_that_loses_a_race_changes_and_logs_nothing(accord, network, db):
    row = await raise_one(accord, db)
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    with db.transaction() as session:
        stale = store.dispute(session, row.id)
        assert store.change(session, stale, "in mediation", by=network.members["di"].id, expect={"state": "open"},
                            state="in mediation")
        assert not store.change(session, stale, "in mediation", by=network.members["di"].id,
                                expect={"state": "open"}, state="in mediation")
    assert [a for a, _ in log_of(db, row.id)] == ["raised", "taken", "in mediation"]
