"""Every card Accord sends, built from representative and worst-case data: the input of the card lint and screenshots.

Each feature is one function returning (name, card) samples; add a feature by appending its function to FEATURES.
Worst cases are what the database allows: names at their column's length, 4,000-character messages, as many rows as a
handler puts on one card, and text that tries markdown, links and mentions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules import reach
from bot.rules.access import Viewer
from bot.rules.ownership import FlagFact, Ownership, ownership
from bot.turn import Mention
from cards import enquiries, help, members, understanding, who_owns
from cards.base import done_card, plain
from cards.leads import LeadShown

Sample = tuple[str, dict[str, Any]]

ZONE = ZoneInfo("Australia/Sydney")
NOW = datetime(2026, 11, 20, 3, 30, tzinfo=UTC)
# Text that would be markup, a link or a mention if it were not escaped.
HOSTILE = ("**Bold** _it_ [click](https://evil.example) <at>Everyone</at> # Title\n"
           "- item 1. x | y ~ `code` \\ www.evil.example")


def long_text(seed: str, length: int) -> str:
    """`seed` repeated (with spaces) to exactly `length` characters, as a full database column would hold."""
    return ((seed + " ") * (length // (len(seed) + 1) + 1))[:length]


def person(number: int) -> str:
    """A realistic member name."""
    first = ["Aroha", "Ben", "Chloé", "Dmitri", "Esther", "Farid", "Grace", "Hiroshi", "Isabel", "Jack", "Kiri", "Liam"]
    last = ["Ngata", "Okafor", "Lefèvre", "Ivanov", "O'Brien-Walsh", "Haddad", "Nguyen", "Tanaka", "da Silva", "Murphy"]
    return f"{first[number % len(first)]} {last[number % len(last)]}"


def help_cards() -> list[Sample]:
    """The help card for each kind of asker and place, the form of its Try buttons, and the welcome card."""
    from bot.commands import COMMANDS  # the real table, so the samples grow with every command added
    from bot.handlers.help import help_for
    from bot.rules.access import may_use
    from cards.help import TRIED

    def asked(role: str | None, kind: str = "personal") -> tuple[list, list]:
        return help_for([c for c in COMMANDS if may_use(c.roles, role)], kind)

    return [
        ("help", help.help_card("Grace Nguyen", "partner", *asked("partner"), public=False)),
        ("help-bd", help.help_card("Ben Okafor", "bd", *asked("bd"), public=False)),
        ("help-every-command", help.help_card(long_text("Maximilian-Alexander", 200), "admin", *asked("admin"),
                                              public=False)),
        ("help-no-role", help.help_card(HOSTILE, None, *asked(None), public=False)),
        ("help-channel", help.help_card("Grace Nguyen", "admin", *asked("admin", "channel"), public=True)),
        ("help-try", help.try_card("who owns Acme")),
        ("help-try-largest", help.try_card(long_text(HOSTILE, TRIED * 2))),
        *[(f"welcome-{kind}", help.welcome_card(kind)) for kind in ("personal", "channel", "groupChat")],
    ]


def _client(name: str = "ClientCorp Pty Ltd",
            domains: tuple[str, ...] = ("clientcorp.com.au",)) -> who_owns.ClientSummary:
    return who_owns.ClientSummary(7, name, "CRM-0042", domains)


def _flags(holders: int, contacts: int, longest: bool = False) -> list[FlagFact]:
    bases = ["active project", "active quote", "declared relationship", "introduction", "past project",
             "do-not-approach"]
    since = NOW - timedelta(days=400)

    def name(i: int) -> str:
        return long_text(f"{person(i)} {HOSTILE}", 200) if longest else person(i)

    facts = [FlagFact(100 + i, name(i), bases[i % len(bases)], since + timedelta(days=7 * i)) for i in range(holders)]
    for i in range(contacts):
        holder = i % max(holders, 1)
        padding = "firstname.middlename." * 14 if longest else ""  # an address at its column's length
        email = f"{padding}{person(i + 3).split()[0].lower()}.{i}@clientcorp.com.au"
        facts.append(FlagFact(100 + holder, name(holder), bases[(i + 5) % len(bases)], since,
                              long_text(f"{person(i + 3)} {i} {HOSTILE}", 200) if longest else f"{person(i + 3)} {i}",
                              email[-320:]))
    return facts


def _seen(facts: list[FlagFact], viewer: Viewer) -> Ownership:
    """The holders as `viewer` sees them, with partners' quotes visible to BD (the default)."""
    return ownership(facts, viewer, partner_quotes_visible_to_bd=True)


def who_owns_cards() -> list[Sample]:
    """The holder card as each viewer sees it, the biggest client on record, and the did-you-mean cards."""
    facts = _flags(holders=3, contacts=4)
    # More holders and contacts than the card lists, every name and email at its column's length.
    huge = _flags(holders=who_owns.MAX_HOLDERS + 15, contacts=who_owns.MAX_CONTACTS * 10, longest=True)
    worst = _client(long_text(HOSTILE, 300), tuple(f"{'sub' * 20}{i}.research-organisation.example.com.au"
                                                   for i in range(8)))
    card = who_owns.ownership_card
    held = [f for f in facts if f.basis != "do-not-approach"]
    return [
        ("who-owns-partner", card(_client(), _seen(facts, Viewer(100, "partner")), zone=ZONE, now=NOW,
                                  asker_id=100, public=False, why="alias “CCorp”", typed="CCorp")),
        ("who-owns-picked", card(_client(), _seen(facts, Viewer(100, "partner")), zone=ZONE, now=NOW,
                                 asker_id=100, public=False, typed="clientcorp group", picked=True)),
        ("who-owns-held", card(_client(), _seen(held, Viewer(7, "partner")), zone=ZONE, now=NOW, asker_id=7,
                               public=False, why="name without “Pty Ltd”")),
        ("who-owns-bd", card(_client(), _seen(facts, Viewer(900, "bd")), zone=ZONE, now=NOW, asker_id=900,
                             public=False, person="Liam Murphy 3")),
        ("who-owns-channel", card(_client(), _seen(facts, Viewer(None, None, public=True)), zone=ZONE, now=NOW,
                                  asker_id=None, public=True)),
        ("who-owns-no-holder", card(_client("Acme Widgets"), _seen([], Viewer(1, "partner")), zone=ZONE, now=NOW,
                                    asker_id=1, public=False)),
        ("who-owns-largest", card(worst, _seen(huge, Viewer(900, "admin")), zone=ZONE, now=NOW, asker_id=900,
                                  public=False, person=long_text(HOSTILE, 200), why=HOSTILE)),
        ("who-owns-did-you-mean", who_owns.no_match_card(
            "Delta", [who_owns.ClientSummary(i, n, None, ()) for i, n in enumerate(
                ["Delta Electricity", "Delta Air Lines", long_text("Delta Pacific Engineering Holdings", 300),
                 "Delta Agribusiness", "Delta Building Automation", "Delta Group"])])),
        ("who-owns-no-match", who_owns.no_match_card(
            long_text(HOSTILE, 300), [],
            "A personal email address (such as gmail.com) does not tell which organisation someone is from.")),
    ]


def history_cards() -> list[Sample]:
    """A client's history for a partner, in a channel, empty, and the longest: every row and field at its limit."""
    from cards.history import MAX_FIELDS, MAX_ROWS, HistoryRow, history_card

    def row(i: int, longest: bool = False) -> HistoryRow:
        at = NOW - timedelta(hours=5 * i)
        if longest:
            fields = tuple((long_text(HOSTILE, 40), long_text(HOSTILE, 4000), long_text(HOSTILE, 4000))
                           for _ in range(MAX_FIELDS + 3))
            return HistoryRow(at, f"Dispute {i}", long_text(HOSTILE, 100), long_text(HOSTILE, 200),
                              long_text(HOSTILE, 1000), fields)
        if i % 3 == 0:
            return HistoryRow(at, f"Referral fee {i}", "declined", person(i), "not owed: introduced by us",
                              (("state", "proposed", "declined"),))
        if i % 3 == 1:
            return HistoryRow(at, f"Flag {i}", "created", None, "import",
                              (("holder", "", person(i)), ("basis", "", "current work"),
                               ("since", "", "20 Nov 2026 14:30 AEDT")))
        return HistoryRow(at, f"Quote {i}", "won", None, "platform",
                          (("status", "submitted", "won"), ("value", "AUD 45,000", "AUD 52,500"),
                           ("splits", "", f"{person(i)} deal owner 90%; {person(i + 1)} referral fee 10%")))

    rows = [row(i) for i in range(6)]
    return [
        ("history-partner", history_card("ClientCorp Pty Ltd", rows, ZONE, public=False)),
        ("history-channel", history_card("ClientCorp Pty Ltd", rows[:2], ZONE, public=True)),
        ("history-empty", history_card("Acme Widgets", [], ZONE, public=False)),
        ("history-largest", history_card(long_text(HOSTILE, 300), [row(i, longest=True) for i in range(MAX_ROWS + 40)],
                                         ZONE, public=False, query=long_text(HOSTILE, 300))),
    ]


def search_results() -> list[Sample]:
    """What the compose-box search inserts: the holder card everyone may see, as the search handler builds it."""
    public = Viewer(None, None, public=True)
    return [("search-result", who_owns.ownership_card(_client(), _seen(_flags(2, 3), public), zone=ZONE, now=NOW,
                                                      asker_id=None, public=True))]


def _enquiry(**fields: Any) -> enquiries.EnquiryView:
    values = {"id": 42, "person": "Jane Doe", "company": "ClientCorp", "source": "web", "received_at": NOW,
              "state": "new"}
    if fields.get("holder") is not None:
        values["holder_name"] = fields["holder"].name
    return enquiries.EnquiryView(**(values | fields))


def enquiry_cards() -> list[Sample]:
    """The channel post, the holder's card and reminder, the list and the log form."""
    holder = Mention("29:1holder-teams-id", "Grace Nguyen")
    held = _enquiry(state="with holder", client_name="ClientCorp Pty Ltd", holder=holder,
                    holder_basis="active project", referred_by="Ben Okafor", message="We need help with a tender.")
    worst = _enquiry(person=long_text(HOSTILE, 200), company=long_text(HOSTILE, 300), source="email",
                     state="with holder", client_name=long_text("Commonwealth Scientific Organisation", 300),
                     holder=Mention("29:1" + "x" * 100, long_text("Maximilian-Alexander", 200)),
                     holder_basis="declared relationship", referred_by=long_text(HOSTILE, 200),
                     message=long_text(HOSTILE, 4000))
    rows = [_enquiry(id=i, person=person(i), company=f"Company {i}", source=["web", "email", "phone", "walk-in"][i % 4],
                     received_at=NOW - timedelta(hours=7 * i), state=list(enquiries.STATES)[i % 4],
                     holder=Mention(f"29:{i}", person(i + 1)) if i % 2 else None)
            for i in range(12)]
    # A full page (the handler lists at most 40), every name at its column's length.
    longest = [_enquiry(id=i, person=long_text(HOSTILE, 200), company=long_text(HOSTILE, 300), source="walk-in",
                        state="bd responding", holder=Mention(f"29:{i}", long_text("Maximilian-Alexander", 200)),
                        holder_basis="declared relationship") for i in range(40)]
    # In public (the channel, and for other partners) nobody reads why an enquiry went to its holder.
    public = replace(held, holder_basis=None)
    reasons = [replace(row, holder_basis=["do-not-approach", "current work"][i % 2]) if row.holder else row
               for i, row in enumerate(rows)]
    form_values = {"source": "walk-in", "person": long_text(HOSTILE, 200), "company": "ClientCorp",
                   "contact": "not-an-email", "notes": long_text(HOSTILE, 4000), "referred_by": "Ben"}
    return [
        ("enquiry-channel", enquiries.channel_card(public, ZONE)),
        ("enquiry-channel-no-holder", enquiries.channel_card(_enquiry(company=None, source="phone"), ZONE)),
        ("enquiry-channel-holder-not-in-teams", enquiries.channel_card(
            _enquiry(state="with holder", client_name="ClientCorp Pty Ltd", holder_name="Grace Nguyen"), ZONE)),
        ("enquiry-channel-responding", enquiries.channel_card(_enquiry(
            state="responding", client_name="ClientCorp Pty Ltd", holder=holder), ZONE)),
        ("enquiry-channel-bd-responding", enquiries.channel_card(_enquiry(state="bd responding"), ZONE)),
        ("enquiry-channel-closed", enquiries.channel_card(_enquiry(state="closed"), ZONE)),
        ("enquiry-channel-largest", enquiries.channel_card(replace(worst, holder_basis=None), ZONE)),
        ("enquiry-logged-by-bd", enquiries.channel_card(held, ZONE)),  # BD's own answer to `log enquiry`
        ("enquiry-holder", enquiries.holder_card(held, ZONE)),
        ("enquiry-holder-largest", enquiries.holder_card(worst, ZONE)),
        ("enquiry-reminder", enquiries.holder_card(held, ZONE, reminder=True)),
        ("enquiry-list", enquiries.list_card(rows, ZONE, days=14, more=0)),
        ("enquiry-list-with-reasons", enquiries.list_card(reasons, ZONE, days=14, more=0)),
        ("enquiry-list-largest", enquiries.list_card(longest, ZONE, days=14, more=1234)),
        ("enquiry-list-empty", enquiries.list_card([], ZONE, days=14, more=0)),
        ("enquiry-log-form", enquiries.log_form()),
        ("enquiry-log-form-error", enquiries.log_form("Person is required: who called or walked in?", form_values)),
    ]


def fee_cards() -> list[Sample]:
    """The deal owner's prompt, a fee card for each party and state, and the open history."""
    from bot.rules.fees import Honour, Tally
    from cards import fees

    def line(i: int, longest: bool = False, **fee: Any) -> fees.PromptLine:
        name = long_text(f"{person(i)} {HOSTILE}", 200) if longest else person(i)
        return fees.PromptLine(100 + i, name, ("declared relationship", "do-not-approach"), 10,
                               "an active relationship", **fee)

    lines = (line(1), line(2, fee_state="proposed", fee_percent=12.5),
             line(3, fee_state="no fee", fee_reason="They were paid on the previous quote."),
             line(4, fee_state="declined", fee_percent=3, fee_reason="Below the guideline"))
    many = tuple(line(i, longest=True, fee_state="declined" if i % 2 else None, fee_percent=5,
                      fee_reason=long_text(HOSTILE, 1000)) for i in range(fees.MAX_HOLDERS + 5))

    def fee(state: str, longest: bool = False) -> fees.FeeView:
        if longest:
            return fees.FeeView(7, long_text(HOSTILE, 300), long_text(HOSTILE, 200), long_text(HOSTILE, 200),
                                "declared relationship", 12.75, state, long_text(HOSTILE, 1000), NOW)
        return fees.FeeView(7, "ClientCorp Pty Ltd", "Grace Nguyen", "Ben Okafor", "past project", 10, state,
                            "Below the guideline" if state == "declined" else None, NOW)

    busy = Tally(12, 9, 7, 6, 2, 1, 11.3)
    honour = Honour(1, 9, 5, 1, 1, 1, 0, 1, ())
    states = ("agreed", "awaiting", "unanswered", "paid", "no fee", "declined")
    feed = [fees.LineView("ClientCorp Pty Ltd", person(1), person(i), 10 if i % 3 else None, states[i % 6], NOW)
            for i in range(8)]
    hostile = [fees.LineView(long_text(HOSTILE, 300), long_text(HOSTILE, 200), long_text(HOSTILE, 200), 12.75,
                             states[i % 6], NOW) for i in range(fees.MAX_LINES + 10)]
    rows = [fees.SummaryRow(person(i), busy, busy, Tally() if i % 3 else busy, honour if i % 2 else None,
                            tuple(feed[:i])) for i in range(6)]
    longest = [fees.SummaryRow(long_text(HOSTILE, 200), busy, busy, busy, honour, tuple(hostile))
               for _ in range(fees.MAX_MEMBERS + 60)]
    return [
        ("fee-prompt", fees.prompt_card(fees.PromptView("ClientCorp Pty Ltd", lines, quote_id=12))),
        ("fee-prompt-referral", fees.prompt_card(fees.PromptView("Acme Holdings", (line(5),), referral_id=3))),
        ("fee-prompt-largest", fees.prompt_card(fees.PromptView(long_text(HOSTILE, 300), many, quote_id=12))),
        ("fee-proposed-payee", fees.fee_card(fee("proposed"), ["agreed", "declined"], ZONE,
                                             title=fees.notice_title("Grace Nguyen", "proposed"))),
        ("fee-agreed-payee", fees.fee_card(fee("agreed"), ["invoiced"], ZONE)),
        ("fee-invoiced-payer", fees.fee_card(fee("invoiced"), ["paid"], ZONE,
                                             title=fees.notice_title("Ben Okafor", "invoiced"))),
        ("fee-paid", fees.fee_card(fee("paid"), [], ZONE)),
        ("fee-declined-largest", fees.fee_card(fee("declined", longest=True), [], ZONE,
                                               title=fees.notice_title(long_text(HOSTILE, 200), "declined"))),
        ("fee-history", fees.summary_card(rows, "This fortnight (since 9 Nov)", ZONE)),
        ("fee-history-largest", fees.summary_card(longest, "This fortnight (since 9 Nov)", ZONE)),
        ("fee-history-empty", fees.summary_card([], "This fortnight (since 9 Nov)", ZONE)),
        ("fee-lines-member", fees.lines_card(f"Referral fees: {person(1)}", honour, feed, ZONE)),
        ("fee-lines-largest", fees.lines_card(long_text(HOSTILE, 300), honour, hostile, ZONE)),
        ("fee-lines-empty", fees.lines_card("Referral fees: Acme Holdings", None, [], ZONE)),
    ]


def quote_cards() -> list[Sample]:
    """The overlap notice with and without the new quote's details, the chat confirmation, and the quote list."""
    from cards import quotes

    def view(i: int, details: bool = True, longest: bool = False) -> quotes.QuoteView:
        def text(seed: str, length: int) -> str:
            return long_text(f"{seed} {HOSTILE}", length) if longest else seed

        splits = tuple(quotes.SplitView(text(person(n), 200), "referral_fee" if n else "deal_owner", 12.5 if n else 75)
                       for n in range(20 if longest else 3))
        shown = quotes.QuoteDetails("won" if i % 3 == 0 else "open", 4_500_050 * i, "AUD", i % 2 == 0, splits)
        return quotes.QuoteView(i, 7, text("ClientCorp Pty Ltd", 300), text(person(i), 200), NOW - timedelta(days=i),
                                shown if details else None)

    mine = tuple(view(i) for i in range(1, 3))
    many = tuple(view(i, longest=True) for i in range(1, 40))
    many_views = [view(i, longest=True) for i in range(1, quotes.MAX_LISTED + 1)]
    return [
        ("quote-overlap-private", quotes.overlap_card(quotes.OverlapNotice(view(9, details=False), mine), ZONE)),
        ("quote-overlap-shown", quotes.overlap_card(quotes.OverlapNotice(view(9), mine[:1]), ZONE)),
        ("quote-overlap-largest", quotes.overlap_card(quotes.OverlapNotice(view(99, longest=True), many), ZONE)),
        ("quote-recorded", quotes.recorded_card(view(4), ["Grace Nguyen", "Ben Okafor"], "you, BD, directors and "
                                                "admins", ZONE)),
        ("quote-recorded-alone", quotes.recorded_card(view(5, longest=True), [], "everyone in the network", ZONE)),
        ("quote-list", quotes.list_card(list(mine), None, ZONE)),
        ("quote-list-insider", quotes.list_card(list(mine), [view(6, details=False), view(8)], ZONE)),
        ("quote-list-empty", quotes.list_card([], [], ZONE)),
        ("quote-list-largest", quotes.list_card(many_views, many_views, ZONE)),
    ]


def referral_cards() -> list[Sample]:
    """The recipient's card and reminder, and the list of referrals made and received."""
    from cards import referrals

    def view(i: int = 3, state: str = "introduced", longest: bool = False) -> referrals.ReferralView:
        if longest:
            return referrals.ReferralView(i, long_text(HOSTILE, 300), long_text(HOSTILE, 200),
                                          ("x" * 300 + "@clientcorp.com.au")[-320:], long_text(HOSTILE, 200),
                                          long_text(HOSTILE, 200), long_text(HOSTILE, 1000), state, NOW,
                                          (long_text(HOSTILE, 200), NOW, long_text(HOSTILE, 500)))
        return referrals.ReferralView(i, "ClientCorp Pty Ltd", "John Doe", "john@clientcorp.com.au", person(i),
                                      person(i + 1), "Keen on a leadership pilot next quarter.", state,
                                      NOW - timedelta(days=i), (person(i), NOW, "Sent the proposal today.")
                                      if i % 2 else None)

    moves = ("acknowledged", "in progress", "won", "lost")
    states = ["introduced", "acknowledged", "in progress", "won", "lost"]
    made = [view(i, states[i % 5]) for i in range(6)]
    full = [view(i, states[i % 5], longest=True) for i in range(referrals.LIST_LIMIT + 5)]
    return [
        ("referral-recipient", referrals.recipient_card(view(), moves, ZONE)),
        ("referral-recipient-largest", referrals.recipient_card(view(longest=True), moves, ZONE)),
        ("referral-reminder", referrals.recipient_card(view(), moves, ZONE, reminder=True)),
        ("referral-won", referrals.recipient_card(view(state="won"), (), ZONE)),
        ("referral-list", referrals.list_card(made, made[:2], ZONE, public=False)),
        ("referral-list-channel", referrals.list_card(made, made[:2], ZONE, public=True)),
        ("referral-list-largest", referrals.list_card(full, full, ZONE, public=False)),
        ("referral-list-empty", referrals.list_card([], [], ZONE, public=True)),
    ]


def dispute_cards() -> list[Sample]:
    """The raise form, a dispute at each step with its buttons, the lists, the channel post, a member's record."""
    from cards import disputes as d

    def view(number: int = 12, **fields: Any) -> d.DisputeView:
        values = {"id": number, "sight": "full", "client": "ClientCorp Pty Ltd", "raiser": person(number),
                  "against": None, "state": "open", "created_at": NOW - timedelta(days=3),
                  "what": "BD approached my client Mia Chen directly about a renewal."}
        return d.DisputeView(**(values | fields))

    steps = tuple(d.Step(NOW - timedelta(days=5 - n), person(n), action, "settled" if action == "resolved" else None)
                  for n, action in enumerate(["raised", "taken", "in mediation", "resolved", "published"]))
    name, hostile = long_text("Maximilian-Alexander", 200), long_text(HOSTILE, 200)
    worst_steps = tuple(d.Step(NOW, name, action, long_text(HOSTILE, 1000)) for action in list(d.STEPS) * 3)
    longest = {"client": long_text(HOSTILE, 300), "raiser": hostile, "against": hostile, "coordinator": name}
    worst = view(999999, **longest, what=long_text(HOSTILE, 4000), state="resolved", outcome="not upheld",
                 summary=long_text(HOSTILE, 4000), resolved_at=NOW, timeline=worst_steps,
                 actions=("publish", "sanction"), sanctionable=((1, hostile), (2, name)))
    resolved = view(state="resolved", coordinator=person(3), outcome="settled", summary="BD pays a 10% fee.",
                    resolved_at=NOW, published_at=NOW, timeline=steps, actions=("sanction",),
                    sanctionable=((1, "Ben Okafor"),))
    outcome = view(sight="outcome", what=None, state="resolved", coordinator=person(3), outcome="upheld",
                   summary="BD will pay a 10% introduction fee.", resolved_at=NOW, published_at=NOW)
    worst_outcome = view(999999, sight="outcome", **longest, state="resolved", outcome="not upheld", what=None,
                         summary=long_text(HOSTILE, 4000), resolved_at=NOW, published_at=NOW)
    # One more row than a list shows, as the handler fetches; each row as long as its columns allow.
    full = d.LIST_ROWS + 1
    rows = [view(i, **longest, what=long_text(HOSTILE, 4000), actions=("take",)) for i in range(full)]
    own = [view(i, **longest, what=long_text(HOSTILE, 4000), state="resolved", outcome="settled",
                timeline=worst_steps) for i in range(full)]
    people = [(i, long_text(person(i), 200)) for i in range(300)]
    form_values = {"client": long_text(HOSTILE, 300), "against": "7", "what": long_text(HOSTILE, 4000)}
    sanctions = tuple(d.SanctionView(long_text(HOSTILE, 500), NOW + timedelta(days=90), name, NOW, 999999)
                      for _ in range(full))
    coordinating = view(coordinator=person(3), actions=("mediate", "resolve"), must_publish=True, timeline=steps[:2])
    mediating = view(against=person(5), state="in mediation", coordinator=person(3), actions=("resolve",),
                     timeline=steps[:3])
    return [
        ("dispute-raise-form", d.raise_form([(i, person(i)) for i in range(40)])),
        ("dispute-raise-form-largest", d.raise_form(people, long_text(HOSTILE, 400), form_values)),
        ("dispute-new-for-director", d.dispute_card(view(actions=("take",), timeline=steps[:1]), ZONE,
                                                    title="New dispute 12: who will coordinate it?")),
        ("dispute-coordinator-open", d.dispute_card(coordinating, ZONE, note="You coordinate this dispute now.")),
        ("dispute-coordinator-mediation", d.dispute_card(mediating, ZONE, error="Write a summary of the resolution.",
                                                         values={"outcome": "settled", "publish": "true"})),
        ("dispute-resolved", d.dispute_card(resolved, ZONE)),
        ("dispute-resolved-largest", d.dispute_card(worst, ZONE, title=long_text(HOSTILE, 300),
                                                    note=long_text(HOSTILE, 500), error=long_text(HOSTILE, 300))),
        ("dispute-outcome", d.outcome_card(outcome, ZONE)),
        ("dispute-outcome-largest", d.outcome_card(worst_outcome, ZONE)),
        ("dispute-list-director-largest", d.list_card(own, rows, [worst_outcome] * full, ZONE, overseer=True,
                                                      public=False)),
        ("dispute-list-partner-largest", d.list_card(own, [], [worst_outcome] * full, ZONE, overseer=False,
                                                     public=False)),
        ("dispute-list-empty", d.list_card([], [], [], ZONE, overseer=False, public=False)),
        ("dispute-list-channel", d.list_card([], [], [outcome], ZONE, overseer=False, public=True)),
        ("member-record", d.member_card(d.MemberView("Ben Okafor", "ben@network.example", "partner", "Okafor & Co",
                                                     sanctions[:1]), ZONE)),
        ("member-record-largest", d.member_card(d.MemberView(name, long_text(HOSTILE, 320), "partner", hostile,
                                                             sanctions), ZONE)),
        ("member-record-clean", d.member_card(d.MemberView("Ben Okafor", None, "partner", None, ()), ZONE)),
    ]


def digest_cards() -> list[Sample]:
    """The digest in the channel, for a director, empty, and split: the first and a continuation card at full size."""
    from bot.rules import digest as rules
    from cards.digest import digest_cards as cards

    period = rules.Period(NOW - timedelta(days=14), NOW, "2026-11-20T03:30:00+00:00")

    def rows(n: int, longest: bool = False) -> rules.Rows:
        def text(seed: str, i: int, length: int) -> str:
            return long_text(f"{seed} {i} {HOSTILE}", length) if longest else f"{seed} {i}"

        at = [NOW - timedelta(days=13, hours=-i) for i in range(n)]
        return rules.Rows(
            approaches=[rules.ApproachRow(i, text("Client", i, 300), text(person(i), i, 200), "planned",
                                          text(person(i + 1), i, 200), at[i]) for i in range(n)],
            enquiries=[rules.EnquiryRow(i, at[i], text(person(i), i, 200), text("Company", i, 300), "web",
                                        "with holder", text(person(i + 2), i, 200)) for i in range(n)],
            quotes=[rules.QuoteRow(i, text("Client", i, 300), 3, text(person(3), i, 200), i % 2 == 0,
                                   "submitted", 123_456_789_00, "AUD", i % 3 == 0, at[i]) for i in range(n)],
            fees=[rules.FeeRow(i, text("Client", i, 300), text(person(i), i, 200), text(person(i + 1), i, 200), 12.5,
                               "agreed", at[i], at[i], (rules.FeeEvent("agreed", "agreed", at[i]),))
                  for i in range(n)],
            disputes=[rules.DisputeRow(i, text("Client", i, 300), 1, text(person(1), i, 200), 2,
                                       text(person(2), i, 200), text("What happened", i, 4000), "resolved",
                                       "not upheld", text("Summary", i, 4000), at[i], at[i], at[i] if i % 2 else None)
                      for i in range(n)])

    def digest(data: rules.Rows, viewer: Viewer) -> list[dict[str, Any]]:
        return cards(rules.sections(data, period, viewer), period, ZONE, public=viewer.public)

    channel, director = Viewer(None, None, public=True), Viewer(3, "director")
    split = digest(rows(400, longest=True), channel)
    return [
        ("digest-channel", digest(rows(4), channel)[0]),
        ("digest-director", digest(rows(4), director)[0]),
        ("digest-empty", digest(rules.Rows(), channel)[0]),
        ("digest-largest-first", split[0]),
        ("digest-largest-continued", split[len(split) // 2]),
    ]


def approach_cards() -> list[Sample]:
    """The form, the collision warning, the holder's consent card, the channel post, one approach and the lists."""
    from cards import approaches as a

    def view(i: int, state: str = "planned", longest: bool = False) -> a.ApproachView:
        def text(seed: str, length: int) -> str:
            return long_text(f"{seed} {HOSTILE}", length) if longest else seed

        email = ("firstname.middlename." * 15 if longest else "") + "john@clientcorp.com.au"
        bd = Mention(f"29:{i}", long_text(person(i), 200) if longest else person(i))
        return a.ApproachView(i, text("ClientCorp Pty Ltd", 300), text(person(i), 200), state,
                              NOW - timedelta(days=i), bd,
                              text("John Doe", 200), email[-320:], text("Renewal of the leadership programme.", 1000),
                              text(person(i + 1), 200) if i % 3 == 0 else None)

    target = a.Target(7, "ClientCorp Pty Ltd", "John Doe", "john@clientcorp.com.au", "Renewal of the programme.")
    worst = a.Target(7, long_text(HOSTILE, 300), long_text(HOSTILE, 200), ("x" * 320 + "@c.com.au")[-320:],
                     long_text(HOSTILE, 1000))
    found = [(person(1), "active project"), (person(2), "do-not-approach: John Doe")]
    crowd = [(long_text(f"{person(i)} {HOSTILE}", 200), long_text(f"do-not-approach: {HOSTILE}", 250))
             for i in range(25)]
    rows = [view(i, ["planned", "active"][i % 2]) for i in range(1, 6)]
    full = [view(i, ["planned", "active"][i % 2], longest=True) for i in range(40)]  # more than a list shows
    values = {"client": long_text(HOSTILE, 300), "contact_name": long_text(HOSTILE, 200),
              "contact_email": "not-an-email", "note": long_text(HOSTILE, 1000)}
    return [
        ("approach-form", a.form()),
        ("approach-form-error", a.form("No single client matches that name. Did you mean: Acme Ltd; Acme Group?",
                                       values)),
        ("approach-collision", a.collision_card(target, found)),
        ("approach-collision-largest", a.collision_card(worst, crowd)),
        ("approach-consent", a.consent_card(a.ConsentView(5, person(9), target, ("active project",)))),
        ("approach-consent-answered", a.consent_card(a.ConsentView(5, person(9), target, ("active project",),
                                                                   answer="agree"), "Recorded on your behalf.")),
        ("approach-consent-largest", a.consent_card(a.ConsentView(5, long_text(HOSTILE, 200), worst,
                                                                  tuple(r for _, r in crowd)))),
        ("approach-request", a.request_card(a.RequestView(7, "Acme Ltd", person(1), NOW, "Upsell the coaching",
                                                           others=(f"{person(2)} (active project)",)), ZONE)),
        ("approach-request-largest", a.request_card(a.RequestView(7, long_text(HOSTILE, 300), long_text(HOSTILE, 200),
                                                                  NOW, long_text(HOSTILE, 1000),
                                                                  others=tuple(r for r, _ in crowd)), ZONE,
                                                    error="Give a reason to decline: the partner is told it.")),
        ("approach-request-declined", a.request_card(a.RequestView(7, "Acme Ltd", person(1), NOW, None, "declined",
                                                                   person(9), long_text(HOSTILE, 500)), ZONE,
                                                     "The partner is told why.")),
        ("approach-channel", a.channel_card(view(3), ZONE)),
        ("approach-channel-largest", a.channel_card(view(3, longest=True), ZONE)),
        ("approach-one", a.approach_card(view(4, "active"), ZONE, "Recorded and posted in the partner channel.")),
        ("approach-closed", a.closed_card("Approach cancelled", "Nothing was recorded, and nobody was told.")),
        ("approach-list", a.list_card("Approaches BD is making", rows, ZONE, changeable=frozenset({1, 2}))),
        ("approach-list-mine", a.list_card("Your approaches", rows, ZONE, changeable=frozenset(v.id for v in rows),
                                           which="mine")),
        ("approach-list-empty", a.list_card("Approaches BD is making", [], ZONE, empty="No open approaches.")),
        ("approach-list-largest", a.list_card("Approaches BD is making", full, ZONE,
                                              changeable=frozenset(v.id for v in full), more=999)),
    ]


def dna_cards() -> list[Sample]:
    """The do-not-approach form, with every line it can refuse, and what it added."""
    from bot.rules.dna import MAX_LINES
    from cards import dna

    lines = "\n".join(long_text(f"{person(i)} <{person(i).split()[0].lower()}@x.example> at {HOSTILE}", 199)
                      for i in range(MAX_LINES))
    problems = [(n, f"no single client matches “{long_text(HOSTILE, 250)}”") for n in range(1, MAX_LINES + 1)]
    added = [dna.Added(100 + i, f"{person(i)} <{person(i).split()[0].lower()}@clientcorp.com.au>",
                       "ClientCorp Pty Ltd", i % 3 != 0, (person(i + 5),) if i == 1 else ()) for i in range(4)]
    others = tuple(long_text(HOSTILE, 200) for _ in range(5))  # more members than a line names
    many = [dna.Added(100 + i, long_text(HOSTILE, 200) + " <" + ("x" * 320 + "@c.com.au")[-320:] + ">",
                      long_text(HOSTILE, 300), True, others) for i in range(MAX_LINES)]
    listed = [dna.Listed(n, 100 + n, f"{person(n)} <{person(n).split()[0].lower()}@clientcorp.com.au>" if n % 4 else "",
                         "ClientCorp Pty Ltd") for n in range(1, 6)]
    longest = [dna.Listed(n, 10**9 + n, long_text(HOSTILE, 200) + " <" + ("x" * 320 + "@c.com.au")[-320:] + ">",
                          long_text(HOSTILE, 300)) for n in range(1, dna.LIST_ROWS + 31)]
    return [
        ("dna-list", dna.list_card(listed)),
        ("dna-list-removed", dna.list_card(listed[:2], f"Removed 3: {plain(listed[2].who)} at ClientCorp Pty Ltd. "
                                                       "The entries after it moved up by one.")),
        ("dna-list-empty", dna.list_card([])),
        ("dna-list-largest", dna.list_card(longest, plain(long_text(HOSTILE, 600)))),
        ("dna-added-one", dna.added_card(added[1:2])),
        ("dna-form", dna.form()),
        ("dna-form-problems", dna.form("John Doe at Nowhere Ltd\nJane <jane@acme.com>", [(1, "no client matches "
                                       "“Nowhere Ltd”"), (2, "write it as Name <email> at Client")])),
        ("dna-form-largest", dna.form(lines, problems)),
        ("dna-added", dna.added_card(added)),
        ("dna-added-largest", dna.added_card(many)),
    ]


def confirmation_cards() -> list[Sample]:
    """What Accord answers once something is done: the partner channel, an introduction, a sanction, the digest."""
    from cards import referrals

    view = referrals.ReferralView(12, "ClientCorp Pty Ltd", "John Doe", "john@clientcorp.com.au", person(1), person(2),
                                  None, "introduced", NOW)
    worst = referrals.ReferralView(10**9, long_text(HOSTILE, 300), long_text(HOSTILE, 200),
                                   ("x" * 320 + "@clientcorp.com.au")[-320:], long_text(HOSTILE, 200),
                                   long_text(HOSTILE, 200), None, "introduced", NOW)
    waiting = (f"{plain(long_text(HOSTILE, 200))} will get a card to acknowledge it as soon as they are reachable in "
               "Teams (not in the partner team yet).")
    return [
        ("done-partner-channel", done_card("Partner channel set", "Done: Deals is now the partner channel. Enquiries, "
                                           "BD approaches and the fortnightly digest will be posted here. 3 recent "
                                           "enquiries and 1 open BD approach recorded without a partner channel "
                                           "follow.")),
        ("done-introduction", done_card("Introduction recorded", referrals.confirmation(view))),
        ("done-introduction-largest", done_card("Introduction recorded", referrals.confirmation(worst, waiting))),
        ("done-sanction", done_card("Sanction recorded", "Recorded on Ben Okafor: No BD-won work allocated, until "
                                    "30 Jun 2027. BD sees it on their record.")),
    ]


def member_cards() -> list[Sample]:
    """The admins' reachability list: a launch day with most partners not in Teams yet, and the longest names."""
    reasons = ["not in the partner team yet", "no email on record", "two people in Teams share this email",
               "left every team Accord is in"]
    rows = [members.MemberRow(person(i), f"partner{i}@network.example", "partner", i % 3 == 0, i % 5 == 0,
                              reasons[i % 4]) for i in range(30)]
    worst = [members.MemberRow(long_text(HOSTILE, 200), long_text("x", 300) + "@example.com", "director", False,
                               False, reasons[i % 4]) for i in range(80)]
    remedies = sorted({reach.REMEDIES[r] for r in reasons if r in reach.REMEDIES} | {reach.LINK_REMEDY})
    return [("members-reach", members.reach_card(rows, remedies)),
            ("members-reach-largest", members.reach_card(worst, remedies))]


def understanding_cards() -> list[Sample]:
    """Answers that run no command: "did you mean" (two clients, a question about approaching) and small talk."""
    from bot.rules import phrasings as intents

    longest = long_text(HOSTILE, 300)  # a client's name at its column's length
    asked = [understanding.Button(intents.WHO_OWNS, {"query": "ClientCorp"}, "ClientCorp Pty Ltd"),
             understanding.Button(intents.APPROACH, {"target": "ClientCorp: renewal"}, "ClientCorp Pty Ltd")]
    worst = [understanding.Button(intents.WHO_OWNS, {"query": longest}, longest) for _ in range(3)]
    quick = [understanding.Button(i, {}) for i in (intents.DNA_LIST, intents.ENQUIRIES, intents.REFERRALS)]
    return [("did-you-mean", understanding.did_you_mean_card(asked)),
            ("did-you-mean-largest", understanding.did_you_mean_card(worst)),
            ("small-talk", understanding.small_talk_card("greeting", "Grace Nguyen", quick)),
            ("small-talk-largest", understanding.small_talk_card("thanks", long_text(HOSTILE, 200), quick))]


def scorecard_cards() -> list[Sample]:
    """A partner's own scorecard, one not eligible under a sanction, and the longest name and reasons."""
    from bot.rules.scorecard import Activity, scorecard
    from cards.scorecard import ScorecardView, scorecard_card

    def view(name: str, activity: Activity, value: int = 0) -> ScorecardView:
        card = scorecard(activity)
        return ScorecardView(name, card.score, card.word, card.eligible, card.parts, value,
                             NOW - timedelta(days=90), NOW,
                             (31, 48, 55, 60, 62, 71, card.score, 88))

    busy = Activity(quotes_created=5, quotes_won=2, referrals_given=1, fees_owed=4, fees_within=3,
                    fees_unanswered=1, response_hours=(2.5, 6, 30))
    return [("scorecard", scorecard_card(view("Grace Nguyen", busy, 4_500_000), ZONE)),
            ("scorecard-not-eligible", scorecard_card(view("Sam Partner", Activity(disputes_upheld=1,
                                                                                   sanctioned=True)), ZONE)),
            ("scorecard-largest", scorecard_card(view(long_text(HOSTILE, 200), Activity(
                quotes_created=10**6, quotes_won=10**6, referrals_given=10**6, referrals_received=10**6,
                fees_owed=10**6, fees_within=10**5, fees_outside=10**5, fees_reasoned=10**5, fees_unanswered=10**5,
                disputes_upheld=10**6, disputes_dismissed=10**6, response_hours=(10**6,)), 10**15), ZONE))]


def lead_cards() -> list[Sample]:
    """Qualified leads: the channel post and the holder's card with a score, the list by score, an introduction."""
    from bot.rules.leads import Bant, budget_shown, grade, score
    from cards import referrals

    def lead(bant: Bant, exact: bool, version: int = 1) -> LeadShown:
        result = score(bant)
        return LeadShown(result.score, grade(result.score), result.reasons, budget_shown(bant, exact), bant.authority,
                         bant.need, bant.timeline, version)

    hot = Bant(45_000, 45_000, "decision maker", "stated clearly", "within 3 months")
    warm = Bant(40_000, 900_000_000, "influencer", "vague", "3 to 12 months")
    holder = Mention("29:1holder-teams-id", "Grace Nguyen")
    held = _enquiry(state="responding", client_name="ClientCorp Pty Ltd", holder=holder, holder_basis="active project")
    worst = _enquiry(person=long_text(HOSTILE, 200), company=long_text(HOSTILE, 300), source="email",
                     state="with holder", client_name=long_text("Commonwealth Scientific Organisation", 300),
                     holder=Mention("29:1" + "x" * 100, long_text("Maximilian-Alexander", 200)),
                     holder_basis="declared relationship", message=long_text(HOSTILE, 4000),
                     lead=lead(warm, exact=True, version=2**31 - 1))
    leads = [lead(Bant(None, None, "unknown", "unknown", "none"), False), lead(warm, False), lead(hot, False)]
    ranked = [_enquiry(id=i, person=person(i), company=f"Company {i}", received_at=NOW - timedelta(hours=7 * i),
                       state="with holder", holder=Mention(f"29:{i}", person(i + 1)),
                       lead=leads[i % 3] if i < 9 else None) for i in range(12)]
    ranked.sort(key=lambda v: -v.lead.score if v.lead else 1)
    longest = [_enquiry(id=i, person=long_text(HOSTILE, 200), company=long_text(HOSTILE, 300), source="walk-in",
                        state="bd responding", holder=Mention(f"29:{i}", long_text("Maximilian-Alexander", 200)),
                        holder_basis="declared relationship", lead=lead(warm, True)) for i in range(40)]
    introduction = referrals.ReferralView(3, "ClientCorp Pty Ltd", "John Doe", "john@clientcorp.com.au", person(3),
                                          person(4), "Keen on a leadership pilot next quarter.", "acknowledged",
                                          NOW - timedelta(days=3))
    moves = ("in progress", "won", "lost")
    return [
        ("lead-enquiry-channel", enquiries.channel_card(replace(held, holder_basis=None, lead=lead(hot, False)), ZONE)),
        ("lead-enquiry-channel-unqualified", enquiries.channel_card(held, ZONE)),
        ("lead-enquiry-holder", enquiries.holder_card(replace(held, lead=lead(warm, True)), ZONE)),
        ("lead-enquiry-holder-largest", enquiries.holder_card(worst, ZONE)),
        ("lead-enquiry-list-by-score", enquiries.list_card(ranked, ZONE, days=14, more=0, by_score=True)),
        ("lead-enquiry-list-by-score-largest", enquiries.list_card(longest, ZONE, days=14, more=1234, by_score=True)),
        ("lead-referral", referrals.recipient_card(introduction, moves, ZONE, lead=lead(hot, True))),
        ("lead-digest", _lead_digest()),
    ]


def _lead_digest() -> dict[str, Any]:
    """The digest's enquiries section with how many were qualified, and how fast."""
    from bot.rules import digest as rules
    from bot.rules.leads import QualifiedRow
    from cards.digest import digest_cards

    period = rules.Period(NOW - timedelta(days=14), NOW, "2026-11-20T03:30:00+00:00")
    at = [NOW - timedelta(days=13, hours=-i) for i in range(4)]
    data = rules.Rows(enquiries=[rules.EnquiryRow(i, at[i], person(i), f"Company {i}", "web", "with holder",
                                                  person(i + 2)) for i in range(4)],
                      qualified=[QualifiedRow(i, at[i], at[i] + timedelta(hours=3 * i + 1)) for i in range(3)])
    channel = Viewer(None, None, public=True)
    return digest_cards(rules.sections(data, period, channel), period, ZONE, public=True)[0]




def handoff_cards() -> list[Sample]:
    """The won-client handoff: the kickoff form, introductions, the welcome call, surveys, results and lists."""
    from cards import handoff as h

    def view(longest: bool = False, **fields: Any) -> h.HandoffView:
        name = long_text(HOSTILE, 200) if longest else None
        values: dict[str, Any] = {
            "id": 999999 if longest else 7, "client": long_text(HOSTILE, 300) if longest else "ClientCorp Pty Ltd",
            "owner": name or "Grace Nguyen", "won_at": NOW - timedelta(days=2), "state": "kickoff",
            "director": name or "Ben Okafor", "welcome_by": NOW + timedelta(days=5)}
        return h.HandoffView(**(values | fields))

    named = {"state": "onboarding", "lead": "Hiroshi Tanaka", "kickoff_at": NOW + timedelta(days=3)}
    worst_named = {"state": "onboarding", "lead": long_text(HOSTILE, 200), "kickoff_at": NOW + timedelta(days=3)}
    team = [(i, person(i)) for i in range(12)]
    crowd = [(i, long_text(f"{person(i)} {HOSTILE}", 200)) for i in range(h.MAX_CHOICES + 50)]
    score = h.ScoreView("ClientCorp Pty Ltd", 9, "Great kickoff; the sponsor wants a second cohort.", "Hiroshi Tanaka",
                        NOW, "NPS survey")
    worst_score = h.ScoreView(long_text(HOSTILE, 300), 3, long_text(HOSTILE, 1000), long_text(HOSTILE, 200), NOW,
                              "satisfaction check")
    late = ("delivery lead not named", "welcome call overdue", "NPS survey due")
    rows = [view(**named, overdue=late[:i % 3]) for i in range(4)]
    worst_rows = [view(True, **worst_named, overdue=late) for _ in range(h.LIST_LIMIT + 1)]
    results = [("ClientCorp Pty Ltd", 50, [score, worst_score]), ("Acme Holdings", None, [])]
    worst_results = [(long_text(HOSTILE, 300), -100, [worst_score] * (h.SCORES_PER_CLIENT + 1))
                     for _ in range(h.SCORE_CLIENTS + 1)]
    return [
        ("handoff-kickoff", h.kickoff_card(view(), team, ZONE)),
        ("handoff-kickoff-largest", h.kickoff_card(view(True), crowd, ZONE, error=long_text(HOSTILE, 300),
                                                   values={"lead": "3", "kickoff_date": "2026-12-01"})),
        ("handoff-kickoff-done", h.kickoff_done_card(view(**named), ZONE, ["Recorded. Both will get it in Teams."])),
        ("handoff-intro-lead", h.introduction_card(view(**named), ZONE, for_lead=True)),
        ("handoff-intro-owner-largest", h.introduction_card(view(True, **worst_named), ZONE, for_lead=False)),
        ("handoff-welcome", h.welcome_card(view(), ZONE)),
        ("handoff-welcome-reminder", h.welcome_card(view(), ZONE, stage="reminder")),
        ("handoff-welcome-escalation-largest", h.welcome_card(view(True), ZONE, stage="escalation")),
        ("handoff-satisfaction", h.survey_card(view(**named), "onboarding", ZONE)),
        ("handoff-nps-survey-largest", h.survey_card(view(True, **worst_named), "2027-06-01T00:00:00+00:00", ZONE,
                                                     due=NOW, error=long_text(HOSTILE, 300))),
        ("handoff-result", h.result_card(score, ZONE)),
        ("handoff-result-largest", h.result_card(worst_score, ZONE)),
        ("handoff-list", h.list_card(rows, ZONE, everyone=True)),
        ("handoff-list-empty", h.list_card([], ZONE, everyone=False)),
        ("handoff-list-largest", h.list_card(worst_rows, ZONE, everyone=True)),
        ("nps-list", h.scores_card(results, ZONE)),
        ("nps-list-largest", h.scores_card(worst_results, ZONE)),
    ]


def relationship_cards() -> list[Sample]:
    """Declared relationships, the form, the reminder, coverage on the who-owns card, and warm introductions."""
    from bot.rules.relationships import DECLARED, PAST_PROJECT, Evidence, KnownContact, Link, coverage, strength
    from cards import relationships as rel

    def power(n: int) -> Any:
        return strength([Evidence(DECLARED, NOW - timedelta(days=40 * n), confirmed=n % 2 == 0)]
                        + [Evidence(PAST_PROJECT, NOW - timedelta(days=90 * k)) for k in range(n % 4)], NOW, ZONE)

    def declared(i: int, longest: bool = False) -> rel.Declared:
        if longest:
            return rel.Declared(i, long_text(HOSTILE, 300), long_text(HOSTILE, 200),
                                ("x" * 300 + "@clientcorp.com.au")[-320:], "decision maker", "former colleague",
                                NOW - timedelta(days=i), power(i))
        return rel.Declared(i, "ClientCorp Pty Ltd", person(i), f"contact{i}@clientcorp.com.au",
                            ["decision maker", "influencer", None, "procurement"][i % 4],
                            ["worked together", None, "introduced"][i % 3], NOW - timedelta(days=20 * i), power(i))

    contacts = [KnownContact(i, person(i), f"contact{i}@clientcorp.com.au",
                             ["decision maker", "influencer", None][i % 3],
                             frozenset({999}) if i == 2 else frozenset()) for i in range(1, 5)]
    links = ([Link(100 + i, person(20 + i), None, power(i + 1)) for i in range(4)]
             + [Link(100 + i, person(20 + i), i, power(i)) for i in range(1, 5)])
    many = [KnownContact(i, long_text(HOSTILE, 200), ("x" * 300 + "@clientcorp.com.au")[-320:], "user")
            for i in range(rel.MAX_ROWS + 10)]
    many_links = [Link(i, long_text(HOSTILE, 200), i, power(i)) for i in range(rel.MAX_ROWS + 10)] + [
        Link(i, long_text(HOSTILE, 200), None, power(i)) for i in range(5)]
    private = coverage(contacts, links, Viewer(900, "bd"))
    public = coverage(contacts, links, Viewer(None, None, public=True))
    facts = _flags(holders=3, contacts=2)
    candidates = sorted((rel.Candidate(100 + i, person(20 + i), power(4 - i)) for i in range(4)),
                        key=lambda c: -c.strength.score)
    longest = [rel.Candidate(i, long_text(HOSTILE, 200), power(i)) for i in range(rel.MAX_ROWS + 5)]
    request = rel.RequestView(7, person(3), "ClientCorp Pty Ltd", "Grace Nguyen", power(3), "asked")
    return [
        ("relationships-mine", rel.declared_card([declared(i) for i in range(1, 5)], ZONE)),
        ("relationships-declared", rel.declared_card([declared(1)], ZONE, title="Relationship declared",
                                                     note="Declared: this is coverage, not a claim on the client.")),
        ("relationships-empty", rel.declared_card([], ZONE)),
        ("relationships-largest", rel.declared_card([declared(i, longest=True) for i in range(rel.MAX_ROWS + 5)],
                                                    ZONE, note="Confirmed: thank you.")),
        ("relationships-form", rel.form()),
        ("relationships-form-problems", rel.form(long_text(HOSTILE, 4000),
                                                 [(n, long_text(HOSTILE, 300)) for n in range(1, 15)])),
        ("relationship-reminder", rel.reminder_card(rel.ReminderView(
            3, "ClientCorp Pty Ltd", "Sarah Smith", "sarah@clientcorp.com.au", NOW - timedelta(days=181),
            NOW + timedelta(days=30)), ZONE)),
        ("who-owns-coverage-bd", who_owns.ownership_card(
            _client(), _seen(facts, Viewer(900, "bd")), zone=ZONE, now=NOW, asker_id=900, public=False,
            coverage=private)),
        ("who-owns-coverage-channel", who_owns.ownership_card(
            _client(), _seen(facts, Viewer(None, None, public=True)), zone=ZONE, now=NOW, asker_id=None,
            public=True, coverage=public)),
        ("who-owns-coverage-largest", who_owns.ownership_card(
            _client(), _seen(facts, Viewer(900, "admin")), zone=ZONE, now=NOW, asker_id=900, public=False,
            coverage=coverage(many, many_links, Viewer(900, "admin")))),
        ("introducers", rel.introducers_card(1, "ClientCorp Pty Ltd", None, candidates, can_ask=True)),
        ("introducers-to-person-channel", rel.introducers_card(1, "ClientCorp Pty Ltd", "Grace Nguyen", candidates,
                                                               can_ask=False)),
        ("introducers-none", rel.introducers_card(1, "Acme Widgets", None, [], can_ask=True)),
        ("introducers-largest", rel.introducers_card(1, long_text(HOSTILE, 300), long_text(HOSTILE, 200), longest,
                                                     can_ask=True)),
        ("introduction-request", rel.request_card(request)),
        ("introduction-request-answered", rel.request_card(replace(request, state="accepted", strength=None))),
        ("introduction-request-largest", rel.request_card(rel.RequestView(
            7, long_text(HOSTILE, 200), long_text(HOSTILE, 300), long_text(HOSTILE, 200), power(5), "asked"))),
    ]


# One line per feature: its function returns that feature's samples.
FEATURES: list[Callable[[], list[Sample]]] = [
    help_cards,
    who_owns_cards,
    history_cards,
    search_results,
    enquiry_cards,
    fee_cards,
    scorecard_cards,
    quote_cards,
    referral_cards,
    dispute_cards,
    digest_cards,
    approach_cards,
    dna_cards,
    confirmation_cards,
    member_cards,
    understanding_cards,
    lead_cards,
    handoff_cards,
    relationship_cards,
]


def samples() -> list[Sample]:
    """Every sample card of every feature, in gallery order."""
    return [sample for feature in FEATURES for sample in feature()]


def main() -> None:
    """Print the gallery as JSON, [{"name", "card"}, ...], for the Node lint and screenshot tools."""
    print(json.dumps([{"name": name, "card": card} for name, card in samples()], ensure_ascii=False))


if __name__ == "__main__":
    main()
