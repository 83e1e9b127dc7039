"""The won-client handoff (seed 004): started when a quote is won, then kept moving by the scheduler.

Every message goes through the outbox under a key naming the handoff and the step, and every step that a job takes
is claimed by a guarded update of the moment it sets (reminded, escalated, asked): of two replicas, or a restarted
process, only one sends it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.access import INSIDERS
from bot.rules.handoff import (
    Clock,
    nps,
    nps_reminder_due,
    overdue,
    pick_director,
    welcome_due_by,
    welcome_escalation_due,
    welcome_reminder_due,
)
from bot.rules.words import HandoffState, QuoteStatus, Role
from bot.services import delivery
from bot.settings import Settings
from bot.turn import Reply
from cards.handoff import HandoffView, ScoreView, kickoff_card, survey_card, welcome_card
from storage.handoffs import close_handoff, handoff_of_quote, last_director, open_handoffs, scores, stamp, start_handoff
from storage.members import display_name, list_members, members_with_role
from storage.models import Handoff, NpsScore, Quote
from storage.registry import active_flags, client, members_by_id

SATISFACTION = "onboarding"  # the survey round that follows onboarding; later rounds are named by their due date
CARD_KINDS = {SATISFACTION: "satisfaction check"}


def quote_won(session: Session, settings: Settings, row: Quote, was: str | None,
              now: datetime) -> delivery.Delivery | None:
    """Start the handoff when a quote has just become won (from the platform or in chat), once per quote (the
    kickoff card's delivery); close it if the platform takes the win back (a won quote corrected to lost or
    withdrawn)."""
    known = handoff_of_quote(session, row.id)
    if known is not None and row.status != QuoteStatus.won and known.state != HandoffState.closed:
        close_handoff(session, known, by=None, note=f"the quote is now {row.status}")
    if row.status != QuoteStatus.won or was == QuoteStatus.won or known is not None:
        return None
    return start(session, settings, row, row.closed_at or now)


def start(session: Session, settings: Settings, quote: Quote, won_at: datetime) -> delivery.Delivery | None:
    """Record the handoff, send the deal owner the kickoff card and the director the welcome call; the kickoff card's
    delivery, or None if the quote had its handoff already."""
    directors = [d.id for d in members_with_role(session, Role.director)]
    director = pick_director(directors, _preferred(session, quote, won_at), last_director(session))
    row = start_handoff(session, quote_id=quote.id, client_id=quote.client_id, owner_id=quote.owner_id,
                        state=HandoffState.kickoff.value, won_at=won_at, director_id=director)
    if row is None:
        return None
    view = view_of(session, settings, row)
    card = kickoff_card(view, people(session, row), settings.zone)
    kickoff = delivery.to_member(session, settings, f"handoff:{row.id}:kickoff", Reply(card=card).payload(),
                                 row.owner_id)
    if row.director_id is not None:
        delivery.to_member(session, settings, f"handoff:{row.id}:welcome",
                           Reply(card=welcome_card(view, settings.zone)).payload(), row.director_id)
    else:
        text = (f"{view.client} was won, and the network has no director to make the executive welcome call. "
                "Give someone the director role (accord set-role) and they will be asked on the next handoff.")
        delivery.to_admins(session, settings, f"handoff:{row.id}:no-director", Reply(text=text).payload())
    return kickoff


def run(session: Session, settings: Settings, now: datetime) -> int:
    """The scheduler's pass: day-5 reminders, day-8 escalations, NPS surveys due, projects ended; how many sent."""
    sent = 0
    project = timedelta(days=settings.project_active_days)
    directors = [d.id for d in members_with_role(session, Role.director)]
    for row, _ in open_handoffs(session):
        clock = clock_of(row)
        if now >= row.won_at + project:
            if close_handoff(session, row, by=None, note="the project's active time is over"):
                continue
        if welcome_escalation_due(clock, now):  # past the reminder's day: a replica that lost the stamp sends nothing
            if stamp(session, row, "welcome_escalated_at", now):
                card = Reply(card=welcome_card(view_of(session, settings, row), settings.zone, stage="escalation"))
                readers = directors or [a.id for a in members_with_role(session, Role.admin)]
                for director in readers:
                    delivery.to_member(session, settings, f"handoff:{row.id}:welcome-escalation:{director}",
                                       card.payload(), director)
                sent += bool(readers)
        elif welcome_reminder_due(clock, now) and row.director_id and stamp(session, row, "welcome_reminded_at", now):
            card = Reply(card=welcome_card(view_of(session, settings, row), settings.zone, stage="reminder"))
            delivery.to_member(session, settings, f"handoff:{row.id}:welcome-reminder", card.payload(),
                               row.director_id)
            sent += 1
        due = nps_reminder_due(clock, now)
        if due is not None and stamp(session, row, "nps_asked_at", due, expect=row.nps_asked_at):
            who = row.delivery_lead_id or row.owner_id
            card = survey_card(view_of(session, settings, row), due.isoformat(), settings.zone, due=due)
            delivery.to_member(session, settings, f"handoff:{row.id}:nps:{due:%Y%m%d}", Reply(card=card).payload(),
                               who)
            sent += 1
    return sent


def clock_of(row: Handoff) -> Clock:
    """The handoff's dates, for the rules."""
    return Clock(row.state, row.won_at, row.welcome_done_at, row.welcome_reminded_at, row.welcome_escalated_at,
                 row.onboarded_at, row.last_nps_at, row.nps_asked_at)


def view_of(session: Session, settings: Settings, row: Handoff, now: datetime | None = None) -> HandoffView:
    """What the handoff cards show: names and dates, never the quote's value."""
    people = members_by_id(session, [i for i in (row.owner_id, row.delivery_lead_id, row.director_id) if i])
    lead = people.get(row.delivery_lead_id) if row.delivery_lead_id else None
    director = people.get(row.director_id) if row.director_id else None
    return HandoffView(row.id, client(session, row.client_id).name, display_name(people[row.owner_id]), row.won_at,
                       row.state, display_name(lead) if lead else None, row.kickoff_at,
                       display_name(director) if director else None, welcome_due_by(row.won_at), row.welcome_done_at,
                       tuple(overdue(clock_of(row), now)) if now else ())


def people(session: Session, row: Handoff | None = None) -> list[tuple[int, str]]:
    """Who can be named delivery lead: every member with a role, by name; the deal owner and the client's holders
    first, so they are on the card however large the network."""
    first = [] if row is None else [row.owner_id, *holders(session, row, row.won_at)]
    found = [(m.id, display_name(m)) for m in list_members(session) if m.role]
    return sorted(found, key=lambda p: (p[0] not in first, first.index(p[0]) if p[0] in first else 0,
                                        p[1].casefold(), p[0]))


def involves(row: Handoff, member_id: int) -> bool:
    """True for the handoff's deal owner, delivery lead and welcome-call director."""
    return member_id in (row.owner_id, row.delivery_lead_id, row.director_id)


def listing(session: Session, settings: Settings, member_id: int | None, role: str | None,
            now: datetime) -> list[HandoffView]:
    """Open handoffs the member may see (None: everyone's, for the command line), with what is overdue."""
    return [view_of(session, settings, row, now) for row, _ in open_handoffs(session)
            if member_id is None or role in INSIDERS or involves(row, member_id)]


def score_results(session: Session, member_id: int | None, role: str | None
                  ) -> list[tuple[str, int | None, list[ScoreView]]]:
    """Scores by client that the member may see, each client with its NPS."""
    rows = [(s, h, c) for s, h, c in scores(session) if member_id is None or role in INSIDERS or involves(h, member_id)]
    names = members_by_id(session, [s.member_id for s, _, _ in rows])
    grouped: dict[str, list[ScoreView]] = {}
    for s, _, c in rows:
        grouped.setdefault(c.name, []).append(score_view(s, c.name, display_name(names[s.member_id])))
    return [(name, nps([v.score for v in views]), views) for name, views in grouped.items()]


def score_view(score: NpsScore, client_name: str, by: str) -> ScoreView:
    return ScoreView(client_name, score.score, score.comment, by, score.created_at,
                     CARD_KINDS.get(score.round, "NPS survey"))


def result_audience(session: Session, row: Handoff) -> list[int]:
    """Who hears of a score: the deal owner, the delivery lead and the directors, once each."""
    ids = [row.owner_id, row.delivery_lead_id] + [d.id for d in members_with_role(session, Role.director)]
    return list(dict.fromkeys(i for i in ids if i))


def holders(session: Session, row: Handoff, now: datetime) -> list[int]:
    """The client's holders (flags in force), who hear of onboarding updates with the deal owner."""
    return list(dict.fromkeys(f.holder_id for f in active_flags(session, [row.client_id], at=now)))


def _preferred(session: Session, quote: Quote, at: datetime) -> list[int]:
    """Directors to ask first: one who holds the client, then one of the firm of the deal owner or another holder."""
    flags = active_flags(session, [quote.client_id], at=at)
    ids = list(dict.fromkeys([f.holder_id for f in flags] + [quote.owner_id]))
    found = members_by_id(session, ids)
    directors = members_with_role(session, Role.director)
    holding = [i for i in ids if found.get(i) and found[i].role == Role.director]
    firms = [found[i].firm for i in [quote.owner_id, *ids] if found.get(i) and found[i].firm]
    same_firm = [d.id for firm in firms for d in directors if d.firm == firm]
    return list(dict.fromkeys(holding + same_firm))
