"""Who is quoting is private too: to those a partner's quote is kept from, its flag is "current work"."""

# The word quote, the status and the value stay with the quote's owner, BD by setting, directors and admins; a quote
# the network's own people started is public.

from __future__ import annotations

import pytest

from bot import cli
from bot.core import Accord
from storage.quotes import quote_id_of
from tests.conftest import make_settings
from tests.support.builders import ADA, BO, DANA, DI, SAM, compose_search
from tests.support.turns import card_text, readable, run, say_text, sent_to


def private_to(shown: str) -> bool:
    """True when an answer names Dana as holding Acme without saying she is quoting."""
    return "Dana Partner" in shown and "current work" in shown and "quote" not in shown.lower()


def quoting(shown: str) -> bool:
    """True when an answer says Dana is quoting."""
    return "Dana Partner" in shown and "active quote" in shown


@pytest.fixture
def without_bd(database_url, db) -> Accord:
    """Accord where partners chose to keep their quotes from BD (PARTNER_QUOTES_VISIBLE_TO_BD=false)."""
    return Accord(make_settings(database_url=database_url, partner_quotes_visible_to_bd=False), db)


@pytest.mark.parametrize("asker, kind, sees_quote", [
    (SAM, "personal", False),  # another partner
    (DANA, "personal", True),  # the quote's owner
    (BO, "personal", True),  # BD, by the default setting
    (DI, "personal", True), (ADA, "personal", True),
    (DANA, "groupChat", False), (BO, "channel", False), (DI, "channel", False),  # every public view
])
async def test_who_owns_says_current_work_to_those_who_may_not_see_the_quote(accord, network, asker, kind,
                                                                               sees_quote):
    await say_text(accord, "quote Acme 45000", DANA)
    shown = readable(await say_text(accord, "who owns Acme", asker, kind))
    assert quoting(shown) if sees_quote else private_to(shown)


async def test_bd_sees_current_work_when_partners_keep_their_quotes_from_bd(without_bd, network):
    await say_text(without_bd, "quote Acme 45000", DANA)
    assert private_to(readable(await say_text(without_bd, "who owns Acme", BO)))
    warned = readable(await say_text(without_bd, "approach Acme: an intro", BO))
    assert private_to(warned)


async def test_the_compose_box_search_result_says_current_work(accord, network):
    await say_text(accord, "quote Acme 45000", DANA)
    _, response = await run(accord, compose_search("acme", DANA))
    (found, *_) = response.body["composeExtension"]["attachments"]
    assert private_to(readable(card_text(found["content"])))


async def test_the_command_line_answers_as_the_member_named(accord, network, database_url, monkeypatch, tmp_path,
                                                            capsys):
    await say_text(accord, "quote Acme 45000", DANA)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    for email, sees_quote in (("sam@network.example", False), ("di@network.example", True)):
        assert cli.main(["who-owns", "Acme", "--as", email]) == 0
        shown = capsys.readouterr().out
        assert quoting(shown) if sees_quote else private_to(shown)


async def test_a_bd_quote_is_public(accord, network):
    await say_text(accord, "quote Acme 45000", BO)
    for asker, kind in ((SAM, "personal"), (DANA, "channel")):
        shown = readable(await say_text(accord, "who owns Acme", asker, kind))
        assert "Bo Business" in shown and "active quote" in shown


async def test_the_fee_prompt_names_another_partners_quote_as_current_work(accord, network, db):
    await say_text(accord, "quote Acme 45000", DANA)
    await say_text(accord, "quote Acme 30000", SAM)
    (prompt,) = sent_to(db, network.members["sam"].id, "fee-prompt:")
    shown = readable(card_text(prompt["attachments"][0]["content"]))
    (dana,) = [line for line in shown.splitlines() if "Dana Partner" in line]  # the prompt is about Sam's own quote
    assert private_to(dana) and "suggested 15%" in dana  # as much as active work earns


@pytest.mark.parametrize("source, quote_id", [
    ("quote:12", 12), ("quote:2147483647", 2147483647), ("quote:2147483648", None), ("quote:0", None),
    ("quote:", None), ("quote:１２", None), ("import:quotes.csv", None), ("chat", None), ("quote:12:x", None),
])
def test_a_flag_names_its_quote_by_its_source(source, quote_id):
    assert quote_id_of(source) == quote_id
