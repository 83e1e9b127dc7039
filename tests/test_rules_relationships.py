"""Relationships as pure rules: declarations as typed, strength, freshness, coverage, and who may see contacts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.rules.access import Viewer
from bot.rules.relationships import (
    ACTIVE_PROJECT,
    APPROACH,
    DECLARED,
    DOUBTED,
    ENQUIRY,
    FRESH,
    LAPSE,
    PAST_PROJECT,
    QUOTE,
    REFERRAL_GIVEN,
    REMIND,
    Declaration,
    Evidence,
    KnownContact,
    Link,
    Strength,
    bar,
    coverage,
    freshness,
    gap_line,
    parse_declaration,
    strength,
)

SYDNEY = ZoneInfo("Australia/Sydney")
NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def days(n: float) -> datetime:
    return NOW - timedelta(days=n)


@pytest.mark.parametrize("text, declared", [
    ("I know Sarah Smith <sarah@clientcorp.com> at ClientCorp",
     Declaration("Sarah Smith", "sarah@clientcorp.com", "ClientCorp")),
    ("Sarah Smith <Sarah@ClientCorp.com> at ClientCorp, decision maker, worked together",
     Declaration("Sarah Smith", "sarah@clientcorp.com", "ClientCorp", "decision maker", "worked together")),
    ("i know Sam Lee at Hitachi, Ltd. (procurement; former colleague)",
     Declaration("Sam Lee", None, "Hitachi, Ltd.", "procurement", "former colleague")),
    ("I know Jo Bloggs at Acme as a decision maker - introduced",
     Declaration("Jo Bloggs", None, "Acme", "decision maker", "introduced")),
    ("I know <kim@uni.edu> from University at Buffalo, user",
     Declaration(None, "kim@uni.edu", "University at Buffalo", "user")),
    ("I know Ana Ruiz at Acme, influencer", Declaration("Ana Ruiz", None, "Acme", "influencer")),
])
def test_a_declaration_is_read_into_its_parts(text, declared):
    assert parse_declaration(text) == declared


@pytest.mark.parametrize("text", ["I know ClientCorp", "I know at ClientCorp", "", "I know Jo\x00 at Acme"])
def test_a_malformed_declaration_says_how_to_write_it(text):
    assert isinstance(parse_declaration(text), str)


# Half-life 180 days; points: declared 30, active project 45, past project 30, quote 20, referral 15, enquiry 10,
# approach 10; score = 100 * (1 - exp(-sum / 50)).
@pytest.mark.parametrize("evidence, score, word, made_of", [
    ([], 0, "none", "nothing on record"),
    ([Evidence(DECLARED, NOW)], 45, "medium", "declared today"),
    ([Evidence(DECLARED, days(180))], 26, "weak", "declared 180 days ago"),
    ([Evidence(DECLARED, days(40), confirmed=True)], 40, "medium", "declared, confirmed 40 days ago"),
    ([Evidence(DECLARED, NOW), Evidence(ACTIVE_PROJECT, days(300), ongoing=True)], 78, "strong",
     "an active project; declared today"),
    ([Evidence(PAST_PROJECT, datetime(2026, 3, 10, tzinfo=UTC)), Evidence(PAST_PROJECT, datetime(2025, 3, 10,
                                                                                                 tzinfo=UTC)),
      Evidence(DECLARED, days(40), confirmed=True)], 54, "medium",
     "2 projects, last in March; declared, confirmed 40 days ago"),
    ([Evidence(PAST_PROJECT, days(730))], 4, "weak", "a project, last in December 2024"),
    ([Evidence(PAST_PROJECT, days(5000))], 1, "weak", "a project, last in March 2013"),  # known: never nothing
    ([Evidence(PAST_PROJECT, days(10)) for _ in range(5)], 94, "strong", "5 projects, last in November"),
    ([Evidence(QUOTE, days(30)), Evidence(REFERRAL_GIVEN, days(30)), Evidence(ENQUIRY, days(30)),
      Evidence(APPROACH, days(30))], 62, "strong",
     "a quote, last in November; a referral given, last in November; an enquiry handled, last in November; "
     "an approach agreed, last in November"),
    ([Evidence(DECLARED, NOW + timedelta(days=3))], 45, "medium", "declared today"),  # a clock ahead counts as now
    # "I don't know them well", answered to an introduction request, halves it until they declare or confirm again.
    ([Evidence(DECLARED, days(40)), Evidence(DOUBTED, days(5))], 23, "weak",
     "declared 40 days ago; said they do not know them well 5 days ago, so it counts half"),
    ([Evidence(DECLARED, days(2)), Evidence(DOUBTED, days(5))], 45, "medium", "declared 2 days ago"),
    ([Evidence(PAST_PROJECT, days(10)), Evidence(DOUBTED, days(1))], 25, "weak",
     "a project, last in November; said they do not know them well 1 day ago, so it counts half"),
])
def test_strength_from_dated_evidence(evidence, score, word, made_of):
    assert strength(evidence, NOW, SYDNEY) == Strength(score, word, made_of)


def test_recency_and_frequency_both_count():
    one_old, one_new = strength([Evidence(PAST_PROJECT, days(400))], NOW, SYDNEY), strength(
        [Evidence(PAST_PROJECT, days(10))], NOW, SYDNEY)
    three_new = strength([Evidence(PAST_PROJECT, days(10))] * 3, NOW, SYDNEY)
    assert one_old.score < one_new.score < three_new.score <= 100
    assert strength([Evidence(PAST_PROJECT, days(180))], NOW, SYDNEY, half_life_days=90).score < strength(
        [Evidence(PAST_PROJECT, days(180))], NOW, SYDNEY).score


@pytest.mark.parametrize("score, shown", [(0, "□" * 10), (1, "■" + "□" * 9), (45, "■" * 4 + "□" * 6),
                                          (55, "■" * 6 + "□" * 4), (100, "■" * 10)])
def test_the_bar(score, shown):
    assert bar(score) == shown


# Confirm every 180 days; one reminder; lapses max(14, 180 // 6) = 30 days after the reminder.
@pytest.mark.parametrize("confirmed, reminded, state", [
    (days(10), None, FRESH),
    (days(179), None, FRESH),
    (days(180), None, REMIND),
    (days(400), None, REMIND),  # overdue and never reminded: reminded first, never lapsed unwarned
    (days(200), days(20), FRESH),  # reminded 20 days ago: still in its grace
    (days(215), days(35), LAPSE),
    (days(181), days(300), REMIND),  # a reminder from before the last confirmation does not count
])
def test_freshness(confirmed, reminded, state):
    assert freshness(confirmed, reminded, NOW, 180) == state


def s(score: int) -> Strength:
    return Strength(score, "strong" if score >= 60 else "medium" if score >= 30 else "weak", "")


CONTACTS = [KnownContact(1, "Sarah Smith", "sarah@cc.com", "decision maker"),
            KnownContact(2, "Raj Patel", "raj@cc.com", "influencer"),
            KnownContact(3, "Lee Wong", "lee@cc.com", None)]
LINKS = [Link(10, "Dana", None, s(70)), Link(11, "Sam", None, s(40)), Link(12, "Bo", None, s(55)),
         Link(10, "Dana", 1, s(60)), Link(11, "Sam", 1, s(30)), Link(11, "Sam", 2, s(45)), Link(12, "Bo", 3, s(20))]


@pytest.mark.parametrize("viewer, emails", [
    (Viewer(10, "partner"), {"Sarah Smith": "sarah@cc.com", "Raj Patel": None, "Lee Wong": None}),  # Dana's own
    (Viewer(11, "partner"), {"Sarah Smith": "sarah@cc.com", "Raj Patel": "raj@cc.com", "Lee Wong": None}),
    (Viewer(13, "partner"), {"Sarah Smith": None, "Raj Patel": None, "Lee Wong": None}),  # another partner
    (Viewer(12, "bd"), {"Sarah Smith": "sarah@cc.com", "Raj Patel": "raj@cc.com", "Lee Wong": "lee@cc.com"}),
    (Viewer(14, "director"), {"Sarah Smith": "sarah@cc.com", "Raj Patel": "raj@cc.com", "Lee Wong": "lee@cc.com"}),
    (Viewer(14, "admin", public=True), {"Sarah Smith": None, "Raj Patel": None, "Lee Wong": None}),  # a channel
    (Viewer(10, "partner", public=True), {"Sarah Smith": None, "Raj Patel": None, "Lee Wong": None}),
])
def test_coverage_shows_contact_emails_only_to_their_declarers_and_insiders(viewer, emails):
    view = coverage(CONTACTS, LINKS, viewer)
    assert {c.name: c.email for c in view.contacts} == emails


def test_coverage_by_role_with_the_strongest_coverer_and_the_gaps():
    view = coverage(CONTACTS, LINKS, Viewer(13, "partner"))
    assert [(c.role, c.name, c.coverer, c.strength.score, c.others) for c in view.contacts] == [
        ("decision maker", "Sarah Smith", "Dana", 60, 1), ("influencer", "Raj Patel", "Sam", 45, 0),
        (None, "Lee Wong", "Bo", 20, 0)]
    assert view.gaps == ("procurement", "user")
    assert gap_line(view.gaps) == "No one covers procurement or user."
    assert [b.member_name for b in view.best] == ["Dana", "Bo", "Sam"]


@pytest.mark.parametrize("gaps, line", [
    ((), "Every role is covered."), (("procurement",), "No one covers procurement."),
    (("influencer", "procurement", "user"), "No one covers influencer, procurement or user.")])
def test_gap_lines(gaps, line):
    assert gap_line(gaps) == line


def test_no_contacts_means_every_role_is_a_gap_and_no_one_is_best_placed():
    view = coverage([], [], Viewer(1, "partner"))
    assert view.contacts == () and view.best == () and len(view.gaps) == 4


@pytest.mark.parametrize("viewer, shown", [
    (Viewer(10, "partner"), ("Sarah Smith", "sarah@cc.com")),  # her do-not-approach holder, who also covers her
    (Viewer(11, "partner"), ("a protected contact", None)),  # another partner, even one who covers her too
    (Viewer(13, "partner"), ("a protected contact", None)),
    (Viewer(12, "bd"), ("Sarah Smith", "sarah@cc.com")),
    (Viewer(12, "bd", public=True), ("a protected contact", None)),
])
def test_a_do_not_approach_contact_stays_protected_in_coverage(viewer, shown):
    protected = [KnownContact(1, "Sarah Smith", "sarah@cc.com", "decision maker", protected_by=frozenset({10}))]
    (row,) = coverage(protected, LINKS, viewer).contacts
    assert (row.name, row.email) == shown
