"""Pure rules and helpers, table-driven."""

from datetime import UTC

import pytest

from bot.commands import COMMANDS, VERBS, build_router
from bot.router import Verb, normalise, plain_text
from bot.rules.access import ADMINS, INSIDERS, MEMBERS, SCOPES, may_use, usable_here
from bot.rules.understanding import read
from cards import verbs
from cards.base import plain


@pytest.mark.parametrize("allowed, role, expected", [
    (None, None, True),
    (None, "partner", True),
    (ADMINS, "admin", True),
    (ADMINS, "partner", False),
    (ADMINS, "director", False),
    (ADMINS, None, False),
    (INSIDERS, "bd", True),
    (INSIDERS, "partner", False),
])
def test_may_use(allowed, role, expected):
    assert may_use(allowed, role) is expected


@pytest.mark.parametrize("scopes, kind, expected", [
    ({"channel"}, "channel", True),
    ({"channel"}, "personal", False),
    ({"personal", "groupChat", "channel"}, "groupChat", True),
])
def test_usable_here(scopes, kind, expected):
    assert usable_here(scopes, kind) is expected


@pytest.mark.parametrize("raw, expected", [
    ("<at>Accord</at> set partner channel", "set partner channel"),
    ("<at>Accord</at>&nbsp;help?", "help"),
    ("  Help!  ", "Help"),
    ("<p><at>Accord Bot</at> who owns Acme?</p>", "who owns Acme"),
    ("", ""),
    (None, ""),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("text, command", [
    ("help", "help"),
    ("HELP", "help"),
    ("what can I do", "help"),
    ("set partner channel", "set partner channel"),
    ("Set this as the partner channel", "set partner channel"),
    ("make this the partner channel", "set partner channel"),
    ("set partner channel for ever", None),
    ("helpme", None),
])
def test_commands_match_the_phrasings_people_use(text, command):
    readings = read(plain_text(text)).readings
    found = [c.usage for c in COMMANDS if readings and c.intent == readings[0].intent]
    assert found == ([command] if command else [])


@pytest.mark.parametrize("raw, shown", [
    ("Acme Pty Ltd", "Acme Pty Ltd"),
    ("**bold** _it_", r"\*\*bold\*\* \_it\_"),
    ("[click](https://evil.example)", "\\[click\\]\\(https:\u2060//evil.\u2060example\\)"),
    ("<at>Boss</at>", r"\<at\>Boss\</at\>"),
    ("1. first", "1\\. first"),
    ("- item", "\\- item"),
    ("# Title", "\\# Title"),
    ("jane@acme.com", "jane@\u2060acme.\u2060com"),
    ("O'Brien & Sons", "O'Brien & Sons"),
    ("", ""),
    (None, ""),
])
def test_plain_shows_user_text_literally(raw, shown):
    assert plain(raw) == shown


def test_every_verb_has_a_handler_and_declares_who_may_press_it_and_what_others_are_told():
    assert set(VERBS) == set(verbs.ALL)
    router = build_router()
    for name in verbs.ALL:
        verb = router.verbs[name]
        assert isinstance(verb, Verb) and callable(verb.handler), name
        assert verb.roles is None or verb.roles <= MEMBERS, name
        guarded = verb.roles is not None or verb.scopes != SCOPES
        assert bool(verb.refusal) == guarded, name  # a guarded button says why not; an open one has nothing to say


def _fact(holder, basis, days_ago, email=None):
    from datetime import datetime, timedelta

    from bot.rules.ownership import FlagFact

    since = datetime(2026, 1, 1, tzinfo=UTC) - timedelta(days=days_ago)
    return FlagFact(holder, f"H{holder}", basis, since, "Contact" if email else None, email)


@pytest.mark.parametrize("facts, email, expected", [
    ([], "a@x.example", None),
    ([_fact(1, "past project", 900), _fact(2, "active quote", 10)], None, 2),
    ([_fact(1, "active project", 10), _fact(2, "active quote", 400)], None, 1),
    ([_fact(1, "declared relationship", 10), _fact(2, "declared relationship", 400)], None, 2),  # oldest first
    ([_fact(1, "active project", 10), _fact(2, "do-not-approach", 5, "ann@x.example")], "Ann@X.example", 2),
    ([_fact(1, "active project", 10), _fact(2, "do-not-approach", 5, "bob@x.example")], "ann@x.example", 1),
])
def test_who_hears_first_about_an_enquiry(facts, email, expected):
    from bot.rules.enquiries import first_holder

    found = first_holder(facts, email)
    assert (found.holder_id if found else None) == expected


@pytest.mark.parametrize("received, days, due", [
    ("2026-11-23T10:00", 2, "2026-11-25T10:00"),  # Monday -> Wednesday
    ("2026-11-26T15:30", 2, "2026-11-30T15:30"),  # Thursday -> Monday
    ("2026-11-27T09:00", 1, "2026-11-30T09:00"),  # Friday -> Monday
    ("2026-11-28T11:00", 2, "2026-12-02T00:00"),  # Saturday counts from Monday 00:00 -> Wednesday
    ("2026-11-29T23:00", 1, "2026-12-01T00:00"),  # Sunday -> Tuesday 00:00
])
def test_business_days_are_counted_in_the_network_zone(received, days, due):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.rules.enquiries import business_days_later

    sydney = ZoneInfo("Australia/Sydney")
    start = datetime.fromisoformat(received).replace(tzinfo=sydney)
    assert business_days_later(start, days, sydney) == datetime.fromisoformat(due).replace(tzinfo=sydney)


@pytest.mark.parametrize("raw, expected", [
    ("dna add John Doe <john@clientcorp.com> at ClientCorp", "dna add John Doe <john@clientcorp.com> at ClientCorp"),
    ("<p>dna add John Doe &lt;john@clientcorp.com&gt; at ClientCorp</p>",
     "dna add John Doe <john@clientcorp.com> at ClientCorp"),
    ('dna add Jo <a href="mailto:jo@x.com">jo@x.com</a> at X', "dna add Jo jo@x.com at X"),
])
def test_normalise_keeps_typed_angle_brackets_and_drops_markup(raw, expected):
    assert normalise(raw) == expected
