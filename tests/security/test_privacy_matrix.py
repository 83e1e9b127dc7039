"""The privacy matrix: every datum of the visibility table, for every reader, on every surface: 0 leaks, 0 misses."""

# The table is "Who may see what" in the domain notes. The network is seeded through the paths people use, each datum
# carrying distinctive markers; every surface is rendered for every reader and searched for them. A leak is a marker
# found where its datum is not allowed; a miss, one absent where the surface is meant to show it to that reader.

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlmodel import select

from bot import cli
from bot.core import Accord
from bot.rules.access import Viewer
from bot.rules.digest import Period
from bot.rules.ownership import BASIS_ORDER
from bot.services.digest import build
from bot.services.enquiries import Incoming, receive, remind
from cards import verbs
from storage.disputes import add_dispute
from storage.fees import add_fee
from storage.models import OutboxMessage
from storage.network import partner_channel
from storage.types import utcnow
from tests.conftest import make_settings
from tests.support.builders import ADA, BO, DANA, DI, SAM, activity, compose_search, mention_bot
from tests.support.turns import card_of, card_text, message_text, press, readable, run, say

# The readers: the partner who holds ClientCorp (and quotes Acme), another partner, BD, a director, an admin, and the
# public view (whatever is posted to, or answered in, a channel or group chat, whoever asked).
HOLDER, OTHER, BD, DIRECTOR, ADMIN, PUBLIC = "holder", "other", "bd", "director", "admin", "public"
PEOPLE = {HOLDER: DANA, OTHER: SAM, BD: BO, DIRECTOR: DI, ADMIN: ADA}
KEYS = {HOLDER: "dana", OTHER: "sam", BD: "bo", DIRECTOR: "di", ADMIN: "ada"}
ROLES = (*PEOPLE, PUBLIC)
EVERYONE = frozenset(ROLES)
MEMBERS = frozenset(PEOPLE)
OVERSEERS = frozenset({DIRECTOR, ADMIN})

# Surfaces. Families group those that show the same kind of answer; a marker that is an everyday word elsewhere
# (a basis category) is searched for only within its family.
WHO_OWNS, REFRESH, SEARCH, CLI = "chat: who owns", "card: Refresh", "compose-box search", "cli: who-owns --as"
ENQUIRIES, APPROACHES, FEES, DISPUTES, DISPUTE = ("chat: enquiries", "chat: approaches", "chat: fees",
                                                  "chat: disputes", "chat: dispute N")
QUOTES, DIGEST_CHAT, DNA_LIST, DNA_ADD = "chat: quotes", "chat: digest", "chat: dna list", "chat: dna add"
DIGEST = "digest built for the reader"
ENQUIRY_MESSAGES, OTHER_MESSAGES, EMAILS = "1:1 enquiry cards and notes", "other 1:1 messages", "emails"
CHANNEL_POSTS = "posts in the partner channel"
OWNERSHIP = frozenset({WHO_OWNS, REFRESH, SEARCH, CLI})
ENQUIRY_TEXT = frozenset({ENQUIRIES, ENQUIRY_MESSAGES, CHANNEL_POSTS, DIGEST, DIGEST_CHAT})


@dataclass(frozen=True)
class Datum:
    """One row of the visibility table, as the test finds it: its markers, who may see it, and where it must show."""

    name: str
    markers: tuple[str, ...]  # any of them, found where the datum is not allowed, is a leak
    allowed: frozenset[str]
    shows: dict[str, frozenset[str]] = field(default_factory=dict)  # surface -> readers it must be shown to
    family: frozenset[str] | None = None  # None: searched for on every surface
    shown_as: tuple[str, ...] = ()  # what must show, if not any of the markers

    @property
    def expected(self) -> tuple[str, ...]:
        """The strings one of which must be found where the datum must show."""
        return self.shown_as or self.markers


def data(bd_sees_partner_quotes: bool) -> list[Datum]:
    """The visibility table of the domain notes, with the setting that lets BD see partners' quotes."""
    bd = frozenset({BD}) if bd_sees_partner_quotes else frozenset()
    owner_and_overseers = OVERSEERS | bd  # besides the quote's owner
    dana_quote, sam_quote = frozenset({HOLDER}) | owner_and_overseers, frozenset({OTHER}) | owner_and_overseers
    insiders = frozenset({BD}) | OVERSEERS
    ownership = {WHO_OWNS: EVERYONE, REFRESH: EVERYONE, CLI: MEMBERS, SEARCH: frozenset({PUBLIC})}
    digests = {DIGEST: EVERYONE, DIGEST_CHAT: MEMBERS}
    return [
        Datum("a client's holder and basis category", ("past project",), EVERYONE, ownership),
        Datum("a declared relationship: who covers whom", ("Mia Chen",), EVERYONE, ownership),
        Datum("a declared relationship: the contact's email", ("mia@clientcorp.com.au",),
              frozenset({OTHER}) | insiders, {s: frozenset({OTHER}) | insiders for s in (WHO_OWNS, REFRESH, CLI)}),
        Datum("that a partner is quoting a client", ("active quote",), dana_quote,
              {s: dana_quote for s in (WHO_OWNS, REFRESH, CLI)}, family=OWNERSHIP),
        Datum("a partner's quote details (Dana's)", ("913,579",), dana_quote,
              {QUOTES: dana_quote, **{s: dana_quote - {PUBLIC} for s in digests},
               OTHER_MESSAGES: owner_and_overseers, EMAILS: owner_and_overseers}),
        Datum("a partner's quote details (Sam's)", ("357,159",), sam_quote,
              {QUOTES: sam_quote, **{s: sam_quote for s in digests},
               OTHER_MESSAGES: owner_and_overseers, EMAILS: owner_and_overseers}),
        Datum("a BD quote's details", ("824,613",), EVERYONE, {QUOTES: frozenset({BD}) | OVERSEERS, **digests}),
        # Dana's two entries; Sam protects the second too, typing only its address, so he may read that but no more.
        Datum("a do-not-approach entry's details", ("John Doe", "john@clientcorp.com.au", "Quill Marrow"),
              frozenset({HOLDER}) | insiders,
              {**{s: frozenset({HOLDER}) | insiders for s in (WHO_OWNS, REFRESH, CLI)}, DNA_LIST: {HOLDER}}),
        Datum("an enquiry and where it went", ("Vero Enquirer",), EVERYONE,
              {ENQUIRIES: EVERYONE, DIGEST: EVERYONE, CHANNEL_POSTS: frozenset({PUBLIC}),
               ENQUIRY_MESSAGES: frozenset({HOLDER, OTHER, BD})}),
        Datum("why an enquiry went to its holder", BASIS_ORDER, frozenset({HOLDER}) | insiders,
              {ENQUIRIES: frozenset({HOLDER}) | insiders, ENQUIRY_MESSAGES: frozenset({HOLDER, BD})},
              family=ENQUIRY_TEXT, shown_as=("do-not-approach",)),  # Dana's entry for the sender's address
        Datum("an approach", ("Delta Electronics",), EVERYONE,
              {APPROACHES: EVERYONE, **digests, CHANNEL_POSTS: frozenset({PUBLIC})}),
        Datum("the referral fee history", ("12.5%",), EVERYONE, {FEES: EVERYONE, **digests}),
        Datum("a dispute's details", ("Saffron grievance", "Cobalt details"), frozenset({HOLDER}) | OVERSEERS,
              {s: frozenset({HOLDER}) | OVERSEERS for s in (DISPUTES, DISPUTE, DIGEST, DIGEST_CHAT)}),
        Datum("a published dispute outcome", ("Cobalt outcome",), EVERYONE,
              {DISPUTES: EVERYONE, DISPUTE: EVERYONE, **digests}),
    ]


# --- the network ------------------------------------------------------------------------------------------------


async def seed_everything(accord: Accord, db, network) -> tuple[dict | str, list[int]]:
    """Every datum, through the paths people use where there is one: Sam's answer to his entry, the disputes' ids."""
    m, c = {k: v.id for k, v in network.members.items()}, {k: v.id for k, v in network.clients.items()}
    await say(accord, "dna add Quill Marrow <quill.marrow@clientcorp.com.au> at ClientCorp", DANA)
    # Earlier quotes for Delta Air Lines by BD, a director and an admin (network quotes), then Dana's and Sam's: every
    # earlier owner hears of each later quote, as far as they may see it.
    for who, text in [(BO, "quote Delta Air Lines 824613"), (DI, "quote Delta Air Lines 1000"),
                      (ADA, "quote Delta Air Lines 2000"), (DANA, "quote Delta Air Lines 913579"),
                      (DANA, "quote Acme 913579"), (SAM, "quote Delta Air Lines 357159")]:
        await say(accord, text, who)
    await say(accord, "approach Delta Electronics: Orchid plan", BO)
    now = utcnow()
    with db.transaction() as session:
        add_fee(session, by=m["sam"], quote_id=None, client_id=c["clientcorp"], payer_id=m["sam"], payee_id=m["dana"],
                basis="past project", percent=12.5, state="proposed")
        disputes = [add_dispute(session, client_id=c["clientcorp"], raised_by=m["dana"],
                                what="Saffron grievance: BD called John").id,
                    add_dispute(session, client_id=c["acme"], raised_by=m["dana"], what="Cobalt details of the claim",
                                state="resolved", coordinator_id=m["di"], outcome="upheld",
                                summary="Cobalt outcome: an apology", resolved_at=now, published_at=now).id]
        # From the public web form: Dana protects the sender's address; the sender names Sam as their referrer.
        receive(session, accord.settings, accord.clients,
                Incoming("web:matrix-1", "web", now - timedelta(hours=1), "Vero Enquirer",
                         "quill.marrow@clientcorp.com.au", None, "ClientCorp", "Please call", "sam@network.example"))
    with db.transaction() as session:
        remind(session, accord.settings, now + timedelta(days=10))  # nobody acted: Dana and BD are reminded
    await say(accord, "digest now", ADA)  # the period so far, posted to the partner channel
    return await say(accord, "dna add Q. M. <quill.marrow@clientcorp.com.au> at ClientCorp", SAM), disputes


# --- the surfaces ---------------------------------------------------------------------------------------------------


@dataclass
class Rendered:
    """What each reader was shown on each surface: the readable text, and everything the client received."""

    shown: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    received: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, role: str, surface: str, content: dict | str) -> None:
        """Record one answer, message or card (a dict) or plain text."""
        text = content if isinstance(content, str) else (card_text(content) if content.get("type") == "AdaptiveCard"
                                                         else message_text(content))
        self.shown.setdefault((role, surface), []).append(readable(text))
        raw = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        self.received.setdefault((role, surface), []).append(readable(raw))


async def chat(rendered: Rendered, accord: Accord, network, disputes: list[int]) -> None:
    """The chat commands and the Refresh button, in each scope: personal for its asker, others for everyone there."""
    c = network.clients
    commands = [(WHO_OWNS, "who owns ClientCorp"), (WHO_OWNS, "who owns Acme"), (ENQUIRIES, "enquiries"),
                (APPROACHES, "approaches"), (FEES, "fees"), (DISPUTES, "disputes"),
                *((DISPUTE, f"dispute {n}") for n in disputes)]
    private_only = [(QUOTES, "quotes"), (DIGEST_CHAT, "digest"), (DNA_LIST, "dna list")]
    for role, sender in PEOPLE.items():
        for kind, reader in (("personal", role), ("groupChat", PUBLIC), ("channel", PUBLIC)):
            for surface, text in commands + (private_only if kind == "personal" else []):
                for answer in await _answers(accord, text, sender, kind):
                    rendered.add(reader, surface, answer)
            for client in ("clientcorp", "acme"):
                rendered.add(reader, REFRESH, await press(accord, verbs.WHO_OWNS_REFRESH, sender, kind=kind,
                                                          client_id=c[client].id))
        for query in ("clientcorp", "acme"):
            _, response = await run(accord, compose_search(query, sender))
            for found in response.body["composeExtension"]["attachments"]:
                rendered.add(PUBLIC, SEARCH, found["content"])
                rendered.add(PUBLIC, SEARCH, found["preview"]["content"]["text"])


async def _answers(accord: Accord, text: str, sender: dict, kind: str) -> list[dict | str]:
    """Every reply to one message (mentioning the bot in a channel): its card, or its text."""
    sent, _ = await run(accord, activity(kind, text=mention_bot(text) if kind == "channel" else text, sender=sender))
    assert sent, text
    return [card_of(reply) if reply.attachments else reply.text for reply in sent]


def command_line(rendered: Rendered, database_url: str, bd_sees: bool, monkeypatch, tmp_path, capsys) -> None:
    """`accord who-owns CLIENT --as EMAIL`, run in this process as an operator runs it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("PARTNER_QUOTES_VISIBLE_TO_BD", str(bd_sees).lower())
    for role, key in KEYS.items():
        for client in ("ClientCorp", "Acme"):
            assert cli.main(["who-owns", client, "--as", f"{key}@network.example"]) == 0
            rendered.add(role, CLI, capsys.readouterr().out)


def messages(rendered: Rendered, db, network) -> None:
    """Everything queued for a member (1:1 cards and notes, emails) and for the partner channel."""
    roles = {network.members[key].id: role for role, key in KEYS.items()}
    with db.transaction() as session:
        channel = partner_channel(session).conversation_id
        rows = session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    for row in rows:
        payload = json.loads(row.payload)
        if row.conversation_id == channel:
            rendered.add(PUBLIC, CHANNEL_POSTS, payload)
        elif row.channel == "email":
            mail = payload["message"]
            rendered.add(roles[row.member_id], EMAILS, f"{mail['subject']}\n{mail['body']['content']}")
        elif row.member_id in roles:
            surface = ENQUIRY_MESSAGES if row.idempotency_key.startswith("enquiry") else OTHER_MESSAGES
            rendered.add(roles[row.member_id], surface, payload)


def digests(rendered: Rendered, accord: Accord, db, network) -> None:
    """The digest as the partner channel gets it, and as each member asking for it would."""
    now = utcnow()
    period = Period(now - timedelta(days=30), now + timedelta(days=1))
    viewers = {role: Viewer(network.members[key].id, network.members[key].role) for role, key in KEYS.items()}
    with db.transaction() as session:
        for role, viewer in {**viewers, PUBLIC: Viewer(None, None, public=True)}.items():
            for content in build(session, accord.settings, period, viewer):
                rendered.add(role, DIGEST, content)


# --- the matrix -----------------------------------------------------------------------------------------------------


def leaks_and_misses(rendered: Rendered, table: list[Datum]) -> tuple[list[str], list[str]]:
    """Every marker found where its datum is not allowed, and every one missing where it must show."""
    leaks, misses = [], []
    for datum in table:
        for (role, surface), texts in rendered.received.items():
            if role in datum.allowed or (datum.family is not None and surface not in datum.family):
                continue
            leaks += [f"{datum.name} ({str(marker)!r}) shown to {role} on {surface}"
                      for marker in datum.markers if any(marker in text for text in texts)]
        for surface, readers in datum.shows.items():
            for role in readers:
                texts = rendered.shown.get((role, surface), [])
                if not any(marker in text for marker in datum.expected for text in texts):
                    misses.append(f"{datum.name} not shown to {role} on {surface}")
    return leaks, misses


@pytest.mark.parametrize("bd_sees", [True, False], ids=["partner quotes visible to BD", "partner quotes kept from BD"])
async def test_every_datum_is_shown_exactly_where_the_visibility_table_allows(database_url, db, channel_network,
                                                                           bd_sees, monkeypatch, tmp_path, capsys):
    settings = make_settings(database_url=database_url, partner_quotes_visible_to_bd=bd_sees,
                             graph_tenant_id="tenant", graph_client_id="app", graph_client_secret="secret",
                             mail_from="accord@network.example")  # so overlap notices go by email too
    accord = Accord(settings, db)
    added, disputes = await seed_everything(accord, db, channel_network)
    rendered = Rendered()
    rendered.add(OTHER, DNA_ADD, added)
    await chat(rendered, accord, channel_network, disputes)
    command_line(rendered, database_url, bd_sees, monkeypatch, tmp_path, capsys)
    messages(rendered, db, channel_network)
    digests(rendered, accord, db, channel_network)
    leaks, misses = leaks_and_misses(rendered, data(bd_sees))
    assert leaks == [] and misses == []


@pytest.mark.parametrize("bd_sees", [True, False])
def test_the_table_asks_no_surface_to_show_a_datum_to_someone_it_is_kept_from(bd_sees):
    for datum in data(bd_sees):
        for surface, readers in datum.shows.items():
            assert readers <= datum.allowed, (datum.name, surface)


def test_the_matrix_finds_a_leak_and_a_miss():
    rendered = Rendered()
    rendered.add(OTHER, WHO_OWNS, "John Doe <john@clientcorp.com.au>")  # Dana's entry, shown to another partner
    rendered.add(HOLDER, DNA_LIST, "Your do-not-approach list is empty.")
    rendered.add(PUBLIC, CHANNEL_POSTS, "Held by Dana Partner, past project.")  # a reason, in public
    rendered.add(PUBLIC, WHO_OWNS, "Dana Partner: past project")  # a basis category: for everyone
    leaks, misses = leaks_and_misses(rendered, data(True))
    assert leaks == ["a do-not-approach entry's details ('John Doe') shown to other on chat: who owns",
                     "a do-not-approach entry's details ('john@clientcorp.com.au') shown to other on chat: who owns",
                     "why an enquiry went to its holder ('past project') shown to public on posts in the partner "
                     "channel"]
    assert "a do-not-approach entry's details not shown to holder on chat: dna list" in misses
