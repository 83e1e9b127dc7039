"""Referrals: `refer John Doe at ClientCorp to @Member`, the recipient's answers, either party's updates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.router import Context, normalise
from bot.rules.access import OVERSEERS
from bot.rules.phrasings import REFER
from bot.rules.referrals import MENTION, ReferralAsk, check_move, next_moves, parse_refer, update_problem
from bot.rules.understanding import read
from bot.services import delivery, referrals as services
from bot.services.fees import prompt_for_referral
from bot.services.leads import referral_lead
from bot.services.ownership import give_won_work
from bot.services.referrals import view_from, view_of
from bot.turn import Reply, Turn, number
from cards.base import done_card, no_client, plain
from cards.referrals import ReferralView, confirmation, list_card, recipient_card, status_text, with_update_box
from storage.members import display_name, find_member, member_by_email, member_named
from storage.models import Member, ReferralState, ReferralUpdate
from storage.referrals import add_referral, latest_updates, move_referral, referral, referrals_involving, same_recent
from storage.types import utcnow

# Teams may deliver a message again when Accord was slow to take it; the same introduction from the same member this
# soon is that message again, not a second introduction.
REDELIVERY = timedelta(minutes=2)
DONE = {ReferralState.acknowledged: "Acknowledged", ReferralState.in_progress: "Marked in progress",
        ReferralState.won: "Marked won", ReferralState.lost: "Marked lost"}


def refer(ctx: Context) -> list[Reply]:
    """`refer John Doe <john@clientcorp.com> at ClientCorp to @Member [note]`, or `to member@email`."""
    # The router's text has the @mention removed; read the message again with each person as a token.
    text, people = _with_mentions(ctx.turn)
    reading = next((r for r in read(text).readings if r.intent == REFER), None)
    ask, problem = parse_refer(f"refer {dict(reading.args)['referral']}" if reading else text)
    if problem:
        return [Reply(text=problem)]
    recipient, problem = _recipient(ctx.session, ask, people)
    if problem:
        return [Reply(text=problem)]
    if recipient.id == ctx.member.id:
        return [Reply(text="You cannot refer a client to yourself.")]
    found = ctx.clients.match(ctx.session, ask.client)
    if found.match is None:
        return [Reply(text=no_client(ask.client, [c.name for c in found.candidates]))]
    fields = {"client_id": found.match.client_id, "contact_name": ask.name or None, "contact_email": ask.email,
              "introducer_id": ctx.member.id, "recipient_id": recipient.id, "note": ask.note}
    known = same_recent(ctx.session, utcnow() - REDELIVERY, **fields)
    if known is not None:  # Teams delivered the same message again: the introduction is recorded already
        waiting = delivery.status(ctx.session, ctx.settings, known.recipient_id)
        return [_recorded(view_of(ctx.session, known), waiting.promise("a card to acknowledge it"))]
    row = add_referral(ctx.session, state=ReferralState.introduced, **fields)
    view = view_of(ctx.session, row)
    card = recipient_card(view, next_moves(row.state), ctx.settings.zone)
    sent = delivery.to_member(ctx.session, ctx.settings, f"referral:{row.id}:recipient", Reply(card=card).payload(),
                              recipient.id, caused_by=ctx.member.id)
    return [_recorded(view, sent.promise("a card to acknowledge it"))]


def _recorded(view: ReferralView, promise: str) -> Reply:
    """The introducer's confirmation card."""
    return Reply(card=with_update_box(done_card("Introduction recorded", confirmation(view, promise)), view.id,
                                      plain(view.recipient_name)))


def acknowledge(ctx: Context) -> list[Reply]:
    """The recipient acknowledges the introduction."""
    return _move(ctx, ReferralState.acknowledged)


def set_state(ctx: Context) -> list[Reply]:
    """The recipient reports in progress, won or lost."""
    to = str(ctx.turn.value.get("to") or "")
    if to not in {s.value for s in ReferralState}:
        return [Reply(text="Choose acknowledged, in progress, won or lost.")]
    return _move(ctx, to)


def listing(ctx: Context) -> list[Reply]:
    """`referrals`: the asker's introductions made and received, with where each stands."""
    rows = referrals_involving(ctx.session, ctx.member.id)
    public = ctx.turn.place.kind != "personal"
    latest = {} if public else latest_updates(ctx.session, [r.id for r, _, _, _ in rows])
    views = [(r, replace(view_from(r, c.name, i, rc), latest=_latest(latest.get(r.id)))) for r, c, i, rc in rows]
    made = [v for r, v in views if r.introducer_id == ctx.member.id]
    received = [v for r, v in views if r.recipient_id == ctx.member.id]
    return [Reply(card=list_card(made, received, ctx.settings.zone, public))]


def add_update(ctx: Context) -> list[Reply]:
    """`referral 12 update: sent the proposal today`: a short update the other member is told of."""
    return _update(ctx, number(ctx.args.get("number")), str(ctx.args.get("update") or ""))


def update_pressed(ctx: Context) -> list[Reply]:
    """The "Add update" button on a referral card, with the text in its box."""
    return _update(ctx, ctx.turn.number("referral_id"), str(ctx.turn.value.get("update") or ""))


def _update(ctx: Context, referral_id: int | None, text: str) -> list[Reply]:
    row = referral(ctx.session, referral_id)
    party = row is not None and ctx.member.id in (row.introducer_id, row.recipient_id)
    if row is None or not (party or ctx.member.role in OVERSEERS):  # nobody else learns that referral N exists
        which = f" {referral_id}" if referral_id else ""
        return [Reply(text=f"No referral{which} of yours is on record. Your referrals: referrals")]
    problem = update_problem(text.strip(), party=party, role=ctx.member.role)
    if problem:
        return [Reply(text=problem)]
    told = services.add_update(ctx.session, ctx.settings, row, ctx.member, text.strip())
    return [Reply(text=" ".join([f"Update added to referral {row.id}.", *(d.promise("it") for d in told)]))]


def _latest(found: tuple[ReferralUpdate, Member] | None) -> tuple[str, datetime, str] | None:
    """A referral's newest update as the list shows it: who, when, what."""
    return (display_name(found[1]), found[0].created_at, found[0].text) if found else None


def _move(ctx: Context, to: str) -> list[Reply]:
    row = referral(ctx.session, ctx.turn.number("referral_id"))
    if row is None:
        return [Reply(text="That introduction is no longer on record.")]
    problem = check_move(row.state, to, recipient=ctx.member.id == row.recipient_id, role=ctx.member.role)
    if problem:
        return [Reply(text=problem)]
    if not move_referral(ctx.session, row, to, by=ctx.member.id):
        return [Reply(text=f"This introduction changed at the same moment: it is now {row.state}.")]
    view = view_of(ctx.session, row)
    told = delivery.to_member(ctx.session, ctx.settings, f"referral:{row.id}:{to}:introducer",
                              Reply(text=status_text(view, ctx.member.name or "The recipient")).payload(),
                              row.introducer_id, caused_by=ctx.member.id)
    done = f"{DONE[to]}. {told.promise('the news')}"
    if to == ReferralState.won:
        give_won_work(ctx.session, ctx.settings, f"referral:{row.id}", row.client_id, row.recipient_id,
                      row.introducer_id, utcnow(), by=ctx.member.id)
        prompt_for_referral(ctx.session, ctx.settings, row)
        done += " Accord has sent you a card about a referral fee to them."
    lead = referral_lead(ctx.session, row.id, row.recipient_id, ctx.viewer)  # the card keeps its score and Qualify
    return [Reply(card=recipient_card(view, next_moves(row.state), ctx.settings.zone, lead=lead)), Reply(text=done)]


def _with_mentions(turn: Turn) -> tuple[str, list[tuple[str, str]]]:
    """The normalised text with each mentioned person as @mention<N>, and the people as (Teams id, name)."""
    ids: list[str] = []
    names: dict[str, list[str]] = {}
    text = turn.text or ""
    for mention in turn.mentions:
        if mention.teams_id not in names:
            ids.append(mention.teams_id)
        names.setdefault(mention.teams_id, []).append(mention.name)
        text = text.replace(mention.text, f" {MENTION}{ids.index(mention.teams_id)} ", 1)
    # One person split over several tags ("<at>Sam</at> <at>Partner</at>") is one token.
    text = re.sub(rf"({MENTION}(\d+))(\s+{MENTION}\2\b)+", r"\1", text)
    return normalise(text), [(teams_id, " ".join(names[teams_id])) for teams_id in ids]


def _recipient(session: Session, ask: ReferralAsk, people: list[tuple[str, str]]) -> tuple[Member | None, str | None]:
    if ask.recipient_email:
        found = member_by_email(session, ask.recipient_email)
        return (found, None) if found else (None, f"No member has the email {plain(ask.recipient_email)}.")
    if ask.mention is None or ask.mention >= len(people):
        return None, "@mention the member you refer to, or give their email."
    teams_id, name = people[ask.mention]
    # A member imported from the CRM may not have talked to Accord yet: then their exact name finds them.
    found = find_member(session, teams_id=teams_id) or member_named(session, name)
    return (found, None) if found else (None, f"{plain(name)} is not known to Accord yet; use their email instead.")


