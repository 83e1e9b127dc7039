"""A member named as referrer on the public web form hears of it as an unverified quote, cut short, once a day."""

# Anyone can fill in the form and name any member, so the note is the visitor's words, marked as such, per sender.

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.rules.enquiries import referrer_notice_key
from bot.services.enquiries import receive
from bot.webhooks import EnquiryIn
from cards import verbs
from tests.support.builders import BO
from tests.support.turns import message_text, press, readable, sent_to

SYDNEY = ZoneInfo("Australia/Sydney")
MORNING = datetime(2026, 3, 2, 22, 0, tzinfo=UTC)  # 9 am on Tuesday 3 March in Sydney
TAIL = "TAIL-OF-A-LONG-COMPANY"


@pytest.fixture
def network(channel_network):
    """Enquiries are posted to the partner channel."""
    return channel_network


def web_form(accord, db, n: int, now: datetime = MORNING, email: str | None = "zed@visitor.example",
             name: str = "Zed Visitor", company: str = "Visitor Co", referred_by: str = "sam@network.example") -> None:
    """A website-form enquiry as the public webhook accepts it, naming a member as the referrer."""
    body = {"id": f"form-{n}", "person": {"name": name, **({"email": email} if email else {})}, "company": company,
            "message": "Please call me", "referred_by": referred_by}
    with db.transaction() as session:
        receive(session, accord.settings, accord.clients, EnquiryIn.model_validate(body).incoming(), now=now)


def notices(db, network) -> list[str]:
    return [readable(message_text(m)) for m in sent_to(db, network.members["sam"].id, "enquiry")]


def test_the_member_named_hears_of_it_as_an_unverified_quote_cut_short(accord, network, db):
    web_form(accord, db, 1, name="**Urgent** [pay here](https://evil.example)", company="A" * 270 + TAIL)
    (notice,) = notices(db, network)
    assert "The website form says" in notice and "unverified" in notice.lower()
    assert "pay here" in notice and TAIL not in notice  # the visitor's words, at most 300 characters of them
    (raw,) = sent_to(db, network.members["sam"].id, "enquiry")
    assert "[pay here](https:" not in raw["text"] and "**Urgent**" not in raw["text"]  # shown, not rendered


def test_at_most_one_notice_a_day_for_each_sender(accord, network, db):
    web_form(accord, db, 1)
    web_form(accord, db, 2, now=MORNING + timedelta(hours=1), name="Someone Else")  # the same email
    web_form(accord, db, 3, now=MORNING + timedelta(hours=2), email="ZED@visitor.example")  # in other case
    assert len(notices(db, network)) == 1
    web_form(accord, db, 4, now=MORNING + timedelta(hours=3), email="other@visitor.example")  # another sender
    web_form(accord, db, 5, now=MORNING + timedelta(days=1), company="Again")  # the next day in Sydney
    assert len(notices(db, network)) == 3


def test_a_sender_without_email_is_counted_by_name(accord, network, db):
    for n, name in enumerate(["Zed Visitor", "zed  visitor", "Ann Other"], start=1):
        web_form(accord, db, n, email=None, name=name)
    assert len(notices(db, network)) == 2


@pytest.mark.parametrize("a, b, same", [
    ((7, "zed@x.example", "Zed", MORNING), (7, "ZED@x.example", "Someone", MORNING + timedelta(hours=14)), True),
    ((7, "zed@x.example", "Zed", MORNING), (8, "zed@x.example", "Zed", MORNING), False),  # another member
    ((7, None, "Zed Visitor", MORNING), (7, None, " zed visitor ", MORNING), True),
    ((7, None, "Zed", MORNING), (7, "zed@x.example", "Zed", MORNING), False),
    # Sydney's midnight (13:00 UTC in summer) starts a new day, not UTC's.
    ((7, "zed@x.example", "Zed", datetime(2026, 3, 2, 12, 59, tzinfo=UTC)),
     (7, "zed@x.example", "Zed", datetime(2026, 3, 2, 13, 1, tzinfo=UTC)), False),
    ((7, "zed@x.example", "Zed", datetime(2026, 3, 2, 13, 1, tzinfo=UTC)),
     (7, "zed@x.example", "Zed", datetime(2026, 3, 2, 23, 59, tzinfo=UTC)), True),
])
def test_the_notice_key_is_one_per_member_sender_and_network_day(a, b, same):
    assert (referrer_notice_key(*a, SYDNEY) == referrer_notice_key(*b, SYDNEY)) is same


async def test_an_enquiry_bd_logged_is_told_as_bd_heard_it(accord, network, db):
    for person in ("Zed Visitor", "Ann Other"):
        await press(accord, verbs.ENQUIRY_LOG, BO, source="phone", person=person, company="Visitor Co",
                    referred_by="sam@network.example")
    said = notices(db, network)
    assert len(said) == 2 and all("said you referred them" in s and "unverified" not in s.lower() for s in said)
