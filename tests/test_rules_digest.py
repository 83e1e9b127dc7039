"""The digest's pure parts: the schedule's arithmetic, what each section shows to whom, and the cards' split."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.rules.access import Viewer
from bot.rules.digest import (
    ApproachRow,
    DisputeRow,
    EnquiryRow,
    FeeEvent,
    FeeRow,
    Period,
    QuoteRow,
    Rows,
    Schedule,
    reached_in,
    sections,
)
from bot.rules.quotes import is_partner_quote
from bot.turn import Reply
from cards.digest import digest_cards
from tests.support.turns import card_text, teams_size

SYDNEY = ZoneInfo("Australia/Sydney")
UTC = UTC
MONDAY_9 = "0 9 * * mon"


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SYDNEY)


def schedule(cron: str = MONDAY_9, anchor: date = date(2026, 1, 5), every: int = 2) -> Schedule:
    return Schedule(cron, SYDNEY, anchor, every)


# ---- schedule ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case, plan, now, last, after", [
    ("on the anchor's digest time", schedule(), local(2026, 1, 5, 9), local(2026, 1, 5, 9), local(2026, 1, 19, 9)),
    ("a second before it", schedule(), local(2026, 1, 5, 8, 59, 59), local(2025, 12, 22, 9), local(2026, 1, 5, 9)),
    ("the odd Monday carries none", schedule(), local(2026, 1, 12, 10), local(2026, 1, 5, 9), local(2026, 1, 19, 9)),
    ("the next even Monday", schedule(), local(2026, 1, 19, 9, 0, 0, 500), local(2026, 1, 19, 9),
     local(2026, 2, 2, 9)),
    ("an anchor in mid-week counts its week", schedule(anchor=date(2026, 1, 7)), local(2026, 1, 13),
     local(2026, 1, 5, 9), local(2026, 1, 19, 9)),
    ("an anchor in the future sets the parity", schedule(anchor=date(2027, 1, 11)), local(2026, 1, 13),
     local(2026, 1, 12, 9), local(2026, 1, 26, 9)),
    ("every week", schedule(every=1), local(2026, 1, 14), local(2026, 1, 12, 9), local(2026, 1, 19, 9)),
    ("every four weeks", schedule(every=4), local(2026, 1, 20), local(2026, 1, 5, 9), local(2026, 2, 2, 9)),
    ("daily, in digest weeks only", schedule("0 18 * * *"), local(2026, 1, 12, 19), local(2026, 1, 11, 18),
     local(2026, 1, 19, 18)),
    ("daily, inside a digest week", schedule("0 18 * * *"), local(2026, 1, 7, 12), local(2026, 1, 6, 18),
     local(2026, 1, 7, 18)),
    ("DST ends in Sydney (AEDT to AEST)", schedule(), local(2026, 4, 13, 9), local(2026, 4, 13, 9),
     local(2026, 4, 27, 9)),
    ("DST starts in Sydney (AEST to AEDT)", schedule(), local(2026, 10, 11, 12), local(2026, 9, 28, 9),
     local(2026, 10, 12, 9)),
    ("every minute stays cheap", schedule("* * * * *"), local(2026, 1, 6, 10, 30, 45), local(2026, 1, 6, 10, 30),
     local(2026, 1, 6, 10, 31)),
    ("every minute, in the week with none", schedule("* * * * *"), local(2026, 1, 14, 10),
     local(2026, 1, 11, 23, 59), local(2026, 1, 19, 0, 0)),
])
def test_digest_times(case, plan, now, last, after):
    assert plan.last_fire_at_or_before(now) == last, case
    assert plan.next_fire_after(now) == after, case
    assert plan.last_fire_at_or_before(now).tzinfo == UTC


def test_a_period_across_the_end_of_daylight_saving_is_an_hour_longer():
    period = schedule().scheduled(local(2026, 4, 13, 9))
    assert (period.start, period.end) == (datetime(2026, 3, 29, 22, tzinfo=UTC), datetime(2026, 4, 12, 23, tzinfo=UTC))
    assert period.end - period.start == timedelta(days=14, hours=1)
    assert period.key == "2026-04-12T23:00:00+00:00"


@pytest.mark.parametrize("late, posts", [(timedelta(0), True), (timedelta(hours=3), True), (timedelta(hours=24), True),
                                         (timedelta(hours=24, seconds=1), False), (timedelta(days=3), False),
                                         (-timedelta(seconds=1), False)])
def test_a_digest_is_due_up_to_a_day_after_its_time(late, posts):
    fire = local(2026, 1, 19, 9)
    period = schedule().due(fire + late)
    assert period == (Period(local(2026, 1, 5, 9), fire, "2026-01-18T22:00:00+00:00") if posts else None)


def test_so_far_runs_from_the_last_digest_time_to_now_and_has_no_key():
    now = local(2026, 1, 12, 15)
    assert schedule().so_far(now) == Period(local(2026, 1, 5, 9), now, None)
    assert schedule().latest(now).key == "2026-01-04T22:00:00+00:00"


def test_a_crontab_that_never_meets_a_digest_week_gives_no_time():
    never = schedule("0 9 30 2 *")  # 30 February
    assert never.last_fire_at_or_before(local(2026, 1, 12)) is None
    assert never.due(local(2026, 1, 12)) is None
    assert never.so_far(local(2026, 1, 12)).start == local(2025, 12, 29)


def test_the_schedule_is_quick_enough_to_check_every_few_minutes():
    plan, now = schedule(), local(2026, 1, 30, 12)
    started = time.perf_counter()
    for _ in range(20):
        plan.due(now)
    assert (time.perf_counter() - started) / 20 < 0.05


@pytest.mark.parametrize("every, word", [(1, "week"), (2, "fortnight"), (4, "period")])
def test_the_period_has_a_name(every, word):
    assert schedule(every=every).word == word


# ---- content and visibility ----------------------------------------------------------------------------------------

PERIOD = Period(datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 19, tzinfo=UTC), "k")
IN, BEFORE, AFTER = datetime(2026, 1, 10, tzinfo=UTC), datetime(2025, 12, 1, tzinfo=UTC), \
    datetime(2026, 1, 20, tzinfo=UTC)
DANA, SAM, BO, DI = 1, 2, 3, 4  # partner, partner, bd, director
CHANNEL = Viewer(None, None, public=True)
AS = {"dana": Viewer(DANA, "partner"), "sam": Viewer(SAM, "partner"), "bo": Viewer(BO, "bd"),
      "di": Viewer(DI, "director"), "ada": Viewer(5, "admin")}


def quote(id: int, owner_id: int, role: str, **fields) -> QuoteRow:
    base = dict(client=f"Client {id}", owner=f"Owner {owner_id}", status="open", value_cents=1_234_550,
                currency="AUD", tender=False, opened_at=IN)
    return QuoteRow(id, owner_id=owner_id, partner_quote=is_partner_quote(role), **{**base, **fields})


def dispute(id: int, **fields) -> DisputeRow:
    base = dict(client="ClientCorp", raised_by_id=DANA, raised_by="Dana", against_id=None, against=None,
                what=f"What happened in {id}", state="open", outcome=None, summary=None, created_at=IN,
                resolved_at=None, published_at=None)
    return DisputeRow(id, **{**base, **fields})


def fee(id: int, **fields) -> FeeRow:
    base = dict(client="ClientCorp", payer="Bo", payee="Dana", percent=10.0, state="proposed", created_at=BEFORE,
                updated_at=BEFORE, events=())
    return FeeRow(id, **{**base, **fields})


def shown(rows: Rows, viewer: Viewer, **options) -> dict[str, list]:
    """Section title -> the ids of its rows, group by group."""
    return {s.title: [(g.title, [r.id for r in g.rows]) for g in s.groups]
            for s in sections(rows, PERIOD, viewer, **options)}


def test_approaches_new_in_the_period_and_those_still_active():
    rows = Rows(approaches=[ApproachRow(1, "A", "Bo", "planned", None, IN),
                            ApproachRow(2, "B", "Bo", "won", None, IN),
                            ApproachRow(3, "C", "Bo", "active", "Dana", BEFORE),
                            ApproachRow(4, "D", "Bo", "dropped", None, BEFORE),
                            ApproachRow(5, "E", "Bo", "planned", None, AFTER)])
    assert shown(rows, CHANNEL)["BD approaches"] == [("New this fortnight (2)", [1, 2]),
                                                     ("Still planned or active (1)", [3])]


def test_enquiries_received_in_the_period_in_order():
    rows = Rows(enquiries=[EnquiryRow(n, at, f"P{n}", None, "web", "new", None)
                           for n, at in [(1, IN + timedelta(hours=1)), (2, IN), (3, BEFORE), (4, PERIOD.end),
                                         (5, PERIOD.start)]])
    assert shown(rows, CHANNEL)["Inbound enquiries and where they went"] == [(None, [5, 2, 1])]


@pytest.mark.parametrize("viewer, bd_sees, expected", [
    (CHANNEL, True, [1, 4]),
    (AS["dana"], True, [1, 2, 4]),
    (AS["sam"], True, [1, 3, 4]),
    (AS["bo"], True, [1, 2, 3, 4]),
    (AS["bo"], False, [1, 4]),
    (AS["di"], False, [1, 2, 3, 4]),
    (AS["ada"], False, [1, 2, 3, 4]),
])
def test_open_quotes_as_each_viewer_may_see_them(viewer, bd_sees, expected):
    rows = Rows(quotes=[quote(1, BO, "bd"), quote(2, DANA, "partner"), quote(3, SAM, "partner"),
                        quote(4, BO, "bd", tender=True), quote(5, BO, "bd", status="won"),
                        quote(6, BO, "bd", opened_at=AFTER)])
    ((_, ids),) = [groups for title, groups in shown(rows, viewer, bd_sees_partner_quotes=bd_sees).items()
                   if "quotes" in title][0]
    assert ids == expected


def test_fees_recorded_agreed_and_paid_by_the_change_log_or_else_the_last_update():
    rows = Rows(fees=[
        fee(1, created_at=IN),
        fee(2, state="agreed", updated_at=IN, events=(FeeEvent("agreed", "agreed", IN),)),
        fee(3, state="paid", updated_at=IN, events=(FeeEvent("agreed", "agreed", BEFORE),
                                                    FeeEvent("set state", "paid", IN))),
        fee(4, state="agreed", updated_at=IN, events=(FeeEvent("agreed", "agreed", BEFORE),)),  # edited, not agreed
        fee(5, state="paid", updated_at=IN),  # nothing logged: the last update tells
        fee(6, state="paid", updated_at=BEFORE),
    ])
    assert shown(rows, CHANNEL)["Referral fees"] == [("Recorded (1)", [1]), ("Agreed (1)", [2]),
                                                     ("Paid (2)", [3, 5])]


def test_the_periods_declined_fees_and_unanswered_fee_decisions_are_outcomes_too():
    rows = Rows(fees=[fee(1, state="declined", updated_at=IN, events=(FeeEvent("declined", "declined", IN),)),
                      fee(2, state="declined", updated_at=BEFORE, events=(FeeEvent("declined", "declined", BEFORE),))],
                unanswered=[fee(7, state="unanswered", percent=None, updated_at=IN),
                            fee(8, state="unanswered", percent=None, updated_at=BEFORE),
                            fee(9, state="unanswered", percent=None, updated_at=AFTER)])
    assert shown(rows, CHANNEL)["Referral fees"] == [("Declined (1)", [1]),
                                                     ("Unanswered: no fee decision in time (1)", [7])]


def test_a_fee_logged_twice_counts_in_the_period_of_either():
    row = fee(1, state="paid", events=(FeeEvent("paid", None, BEFORE), FeeEvent("paid", None, IN)))
    assert reached_in(row, "paid", PERIOD)
    # Logged only before the period: a later edit (updated_at) does not make it paid again.
    earlier = fee(2, state="paid", updated_at=IN, events=(FeeEvent("paid", None, BEFORE),))
    assert not reached_in(earlier, "paid", PERIOD) and not reached_in(row, "agreed", PERIOD)


def test_disputes_channel_sees_counts_and_published_outcomes_only():
    rows = Rows(disputes=[
        dispute(1),
        dispute(2, against_id=SAM, against="Sam"),
        dispute(3, created_at=BEFORE, state="resolved", resolved_at=IN, published_at=IN, outcome="upheld",
                summary="Fee paid late."),
        dispute(4, created_at=BEFORE, state="resolved", resolved_at=IN, outcome="settled", against_id=SAM),
        dispute(5, created_at=BEFORE, state="resolved", resolved_at=BEFORE, published_at=IN, outcome="not upheld"),
    ])
    (disputes,) = [s for s in sections(rows, PERIOD, CHANNEL) if s.title == "Disputes"]
    assert disputes.notes == ("2 disputes opened, 2 resolved this fortnight.",)
    assert [(g.kind, [r.id for r in g.rows]) for g in disputes.groups] == [("dispute-outcome", [5, 3])]
    for who, opened, outcomes in [("sam", [2], [5, 3, 4]), ("dana", [1, 2], [5, 3, 4]), ("bo", [], [5, 3]),
                                  ("di", [1, 2], [5, 3, 4])]:
        groups = dict(shown(rows, AS[who])["Disputes"])
        assert groups.get(f"Outcomes ({len(outcomes)})") == outcomes, who
        assert groups.get("Opened: details you may see", []) == opened, who


def test_empty_sections_say_so():
    result = sections(Rows(), PERIOD, CHANNEL)
    assert all(s.is_empty for s in result)
    assert [s.empty for s in result] == ["No BD approaches this fortnight.", "No inbound enquiries this fortnight.",
                                         "No open BD quotes or tenders.",
                                         "No referral fees recorded, agreed or paid this fortnight.",
                                         "No disputes opened or resolved this fortnight.",
                                         "No handoffs started or welcome calls made this fortnight."]
    (only,) = digest_cards(result, PERIOD, SYDNEY, public=True)
    text = card_text(only)
    assert "Transparency digest" in text and "1 of" not in text
    assert "Mon 5 Jan 2026 11:00 AEDT to Mon 19 Jan 2026 11:00 AEDT" in text
    assert "No BD approaches this fortnight." in text and "everyone in the partner channel" in text


# ---- cards ---------------------------------------------------------------------------------------------------------

HOSTILE = "<at>Everyone</at> **bold** [link](https://evil.example) evil.example\n- item"


def test_hostile_text_is_shown_literally():
    rows = Rows(approaches=[ApproachRow(1, HOSTILE, HOSTILE, "planned", HOSTILE, IN)],
                enquiries=[EnquiryRow(1, IN, HOSTILE, HOSTILE, "web", "new", HOSTILE)],
                quotes=[quote(1, BO, "bd", client=HOSTILE, owner=HOSTILE, currency="<b>")],
                fees=[fee(1, created_at=IN, client=HOSTILE, payer=HOSTILE, payee=HOSTILE)],
                disputes=[dispute(1, resolved_at=IN, published_at=IN, outcome=HOSTILE, summary=HOSTILE)])
    (only,) = digest_cards(sections(rows, PERIOD, CHANNEL), PERIOD, SYDNEY, public=True)
    text = card_text(only)
    assert "<at>" not in text and "](" not in text and "evil.example" not in text and "\n- " not in text
    assert "\\<at\\>Everyone\\</at\\>" in text and "\\*\\*bold\\*\\*" in text
    assert "entities" not in only["msteams"]


def test_rows_show_money_to_the_cent_and_long_dispute_text_cut_short():
    rows = Rows(quotes=[quote(1, BO, "bd"), quote(2, BO, "bd", value_cents=5_000_000, currency="NZD"),
                        quote(3, BO, "bd", value_cents=None)],
                disputes=[dispute(1, against_id=SAM, summary="s" * 400, what="w" * 400, resolved_at=IN,
                                  state="resolved", outcome="settled")])
    (only,) = digest_cards(sections(rows, PERIOD, AS["di"]), PERIOD, SYDNEY, public=False)
    text = card_text(only)
    assert "**Client 1** · Quote by Owner 3 · open · AUD 12,345.50" in text
    assert "**Client 2** · Quote by Owner 3 · open · NZD 50,000\n" in text + "\n"
    assert "**Client 3** · Quote by Owner 3 · open\n" in text + "\n"
    assert "**settled** (not published): " + "s" * 299 + "…" in text
    assert "resolved: " + "w" * 299 + "…" in text and "w" * 300 not in text


def big_rows(n: int) -> Rows:
    """n rows spread over every section, with long (and non-ASCII) text to fill cards quickly."""
    words = "Zürich “quoted” Pty Ltd " * 6
    per = n // 5
    return Rows(
        approaches=[ApproachRow(i, f"Approach {i:05d} {words}", "Bo", "planned", "Dana", IN) for i in range(per)],
        enquiries=[EnquiryRow(i, IN + timedelta(seconds=i), f"Enquirer {i:05d}", words, "email", "new", "Dana")
                   for i in range(per)],
        quotes=[quote(i, BO, "bd", client=f"Quote {i:05d} {words}") for i in range(per)],
        fees=[fee(i, created_at=IN, client=f"Fee {i:05d} {words}") for i in range(per)],
        disputes=[dispute(i, resolved_at=IN, published_at=IN, outcome="settled", summary=f"Summary {i:05d} {words}")
                  for i in range(per)],
    )


def test_two_thousand_rows_split_into_ordered_cards_under_80_kb_with_nothing_lost():
    cards = digest_cards(sections(big_rows(2000), PERIOD, CHANNEL), PERIOD, SYDNEY, public=True)
    assert len(cards) > 3
    for n, card in enumerate(cards, start=1):
        assert teams_size(Reply(card=card).payload()) < 80 * 1024
        assert card["body"][0]["text"] == f"Transparency digest, {n} of {len(cards)}"
    every = "\n".join(card_text(c) for c in cards)
    for label in ("Approach", "Enquirer", "Quote", "Fee", "Summary"):
        found = [int(line.split(label + " ")[1][:5]) for line in every.splitlines() if f"{label} 0" in line]
        assert found == list(range(400)), label
    starts = [c["body"][3]["text"] for c in cards[1:]]
    assert all(s.endswith("(continued)") or s in {"Inbound enquiries and where they went", "Referral fees"}
               for s in starts), starts


def test_a_heading_never_ends_a_card():
    cards = digest_cards(sections(big_rows(2000), PERIOD, CHANNEL), PERIOD, SYDNEY, public=True)
    for card in cards[:-1]:
        last = card["body"][-1]
        assert last.get("weight") != "Bolder", last["text"]


def test_enquiries_qualified_in_the_period_and_how_fast():
    from bot.rules.leads import QualifiedRow

    rows = Rows(qualified=[QualifiedRow(1, IN, IN + timedelta(hours=2)), QualifiedRow(2, BEFORE, IN),
                           QualifiedRow(3, IN, IN + timedelta(hours=5)), QualifiedRow(4, IN, AFTER)])
    (section,) = [s for s in sections(rows, PERIOD, CHANNEL) if s.title.startswith("Inbound")]
    # Enquiry 2 arrived before the period: it counts when it was qualified, its wait as long as it was.
    assert section.notes == ("3 enquiries qualified this fortnight; median 5 h from arrival to qualification.",)
    (empty,) = [s for s in sections(Rows(), PERIOD, CHANNEL) if s.title.startswith("Inbound")]
    assert empty.notes == () and empty.is_empty
