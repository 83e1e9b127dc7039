"""Why an enquiry went to its holder is for the holder, BD, directors and admins; in public only "Held by <holder>"."""

# Otherwise anyone could send the public web form with a guessed address and learn who protects whom, and how.

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core import Accord
from bot.rules.access import Viewer
from bot.rules.digest import Period
from bot.rules.ownership import BASIS_ORDER
from bot.services.digest import build
from bot.services.enquiries import Incoming, receive, remind
from bot.services.quotes import sync_flags
from cards import verbs
from storage.quotes import add_quote
from tests.conftest import make_settings
from tests.support.builders import BO, DANA, DI, SAM
from tests.support.turns import card_text, message_text, press, queued, readable, say_text, sent_to

RECEIVED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REASON = "do-not-approach"  # the seed: Dana protects John Doe <john@clientcorp.com.au> (and had a past project)


def no_reason(text: str) -> bool:
    """True when the text gives no basis at all for where the enquiry went."""
    return not any(basis in text for basis in BASIS_ORDER)


@pytest.fixture
def network(channel_network):
    """Enquiries are posted to the partner channel."""
    return channel_network


def enquire(accord, db, n: int = 1, email: str = "john@clientcorp.com.au", company: str = "ClientCorp",
            referred_by: str | None = None, received: datetime = RECEIVED) -> int:
    """A website-form enquiry, handled as the webhook hands it over."""
    incoming = Incoming(f"web:form-{n}", "web", received, "Zed Visitor", email, None, company, "Hello",
                        referred_by)
    with db.transaction() as session:
        row, _ = receive(session, accord.settings, accord.clients, incoming)
        return row.id


def shown(payload: dict) -> str:
    return readable(message_text(payload))


def test_the_channel_post_names_the_holder_but_not_why(accord, network, db):
    enquiry_id = enquire(accord, db, referred_by="sam@network.example")
    channel = shown(queued(db, f"enquiry:{enquiry_id}:channel")[f"enquiry:{enquiry_id}:channel"])
    assert "Held by <at>Dana Partner</at>" in channel and no_reason(channel)
    (holder,) = sent_to(db, network.members["dana"].id, f"enquiry:{enquiry_id}:holder")
    assert REASON in shown(holder)  # the holder's own card may say why
    (referrer,) = sent_to(db, network.members["sam"].id, "enquiry:")
    assert "Dana Partner" in shown(referrer) and no_reason(shown(referrer))


@pytest.mark.parametrize("asker, kind, told", [
    (SAM, "personal", False), (DANA, "personal", True), (BO, "personal", True), (DI, "personal", True),
    (BO, "channel", False), (DANA, "groupChat", False),
])
async def test_the_enquiries_list_says_why_only_to_those_who_may_know(accord, network, db, asker, kind, told):
    enquire(accord, db, received=datetime.now(UTC) - timedelta(hours=1))  # the list shows 14 days
    listed = readable(await say_text(accord, "enquiries", asker, kind))
    assert "Zed Visitor" in listed and "Dana Partner" in listed
    assert (REASON in listed) is told and (told or no_reason(listed))


async def test_routing_it_in_the_channel_keeps_the_reason_out_of_the_post(accord, network, db):
    enquiry_id = enquire(accord, db)
    answer = await press(accord, verbs.ENQUIRY_PASS_TO_BD, BO, kind="channel", enquiry_id=enquiry_id)
    assert "BD responding" in readable(card_text(answer)) and no_reason(readable(card_text(answer)))
    for key, payload in queued(db, f"enquiry:{enquiry_id}:channel").items():
        assert no_reason(shown(payload)), key


def test_the_public_digest_says_where_an_enquiry_went_but_not_why(accord, network, db):
    enquire(accord, db)
    with db.transaction() as session:
        cards = build(session, accord.settings, Period(RECEIVED - timedelta(days=1), RECEIVED + timedelta(days=1)),
                      Viewer(None, None, public=True))
    text = readable("\n".join(card_text(c) for c in cards))
    assert "Zed Visitor" in text and "Dana Partner" in text and no_reason(text)


def test_a_reminder_tells_bd_the_reason_as_bd_may_read_it(database_url, network, db):
    accord = Accord(make_settings(database_url=database_url, partner_quotes_visible_to_bd=False), db)
    with db.transaction() as session:  # Dana quotes for Acme, which nobody else holds
        row = add_quote(session, client_id=network.clients["acme"].id, owner_id=network.members["dana"].id,
                        opened_at=RECEIVED - timedelta(days=30))
        sync_flags(session, accord.settings, row, RECEIVED)
    enquiry_id = enquire(accord, db, email="ann@acme.example", company="Acme Holdings")
    with db.transaction() as session:
        assert remind(session, accord.settings, RECEIVED + timedelta(days=7)) == 1
    (to_bo,) = sent_to(db, network.members["bo"].id, f"enquiry:{enquiry_id}:reminder")
    (to_dana,) = sent_to(db, network.members["dana"].id, f"enquiry:{enquiry_id}:reminder")
    assert "current work" in shown(to_bo) and "quote" not in shown(to_bo).lower()
    assert "active quote" in shown(to_dana)
