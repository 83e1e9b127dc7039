"""The won-client handoff in chat: the kickoff form, the welcome call, onboarding updates, surveys, handoffs, nps."""

from __future__ import annotations

from bot.router import Context
from bot.rules.access import INSIDERS, OVERSEERS
from bot.rules.handoff import COMMENT_LIMIT, check_score, kickoff_moment, may_update, parse_nps, parse_update
from bot.rules.words import HandoffState
from bot.services import delivery, handoff as service
from bot.services.quotes import quote_state, sync_flags
from bot.turn import Reply
from cards.base import done_card, no_client, plain, with_notes
from cards.handoff import (
    introduction_card,
    kickoff_card,
    kickoff_done_card,
    list_card,
    result_card,
    scores_card,
    survey_card,
)
from storage.handoffs import (
    add_score,
    add_update,
    handoff,
    handoffs_for_client,
    mark_onboarded,
    name_lead,
    open_quotes_of,
    welcome_done,
    win_quote,
)
from storage.history import record_change
from storage.members import display_name, member_by_id
from storage.models import Handoff
from storage.types import utcnow

GONE = "That handoff is no longer on record."
CLOSED = "That handoff is closed: the quote is no longer won, or the project's active time is over."


def kickoff(ctx: Context) -> list[Reply]:
    """The deal owner names the delivery lead and the kickoff call; both are introduced. A second press records
    nothing and shows what the first recorded."""
    row, gone = _pressed(ctx)
    if gone:
        return gone
    if ctx.member.id != row.owner_id and ctx.member.role not in OVERSEERS:
        return [Reply(text="Only the deal owner (or a director or admin) names the delivery lead.")]
    now = utcnow()
    view = service.view_of(ctx.session, ctx.settings, row)
    if row.state != HandoffState.kickoff:
        return [Reply(card=kickoff_done_card(view, ctx.settings.zone, [f"{plain(view.lead)} was named already."]))]
    values = {k: str(ctx.turn.value.get(k) or "") for k in ("lead", "kickoff_date", "kickoff_time")}
    lead = member_by_id(ctx.session, ctx.turn.number("lead"))
    problem = None if lead is not None and lead.role else "Choose the delivery lead from the list."
    kickoff_at, when_problem = kickoff_moment(values["kickoff_date"], values["kickoff_time"], ctx.settings.zone, now)
    if problem or when_problem:
        return [Reply(card=kickoff_card(view, service.people(ctx.session, row), ctx.settings.zone,
                                        error=problem or when_problem, values=values))]
    if not name_lead(ctx.session, row, lead.id, kickoff_at, by=ctx.member.id):
        view = service.view_of(ctx.session, ctx.settings, row)  # a press at the same moment named them
        return [Reply(card=kickoff_done_card(view, ctx.settings.zone, [f"{plain(view.lead)} was named already."]))]
    view = service.view_of(ctx.session, ctx.settings, row)
    zone = ctx.settings.zone
    told = [delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:intro:lead",
                               Reply(card=introduction_card(view, zone, for_lead=True)).payload(), lead.id,
                               caused_by=ctx.member.id)]
    if lead.id != row.owner_id:
        told.append(delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:intro:owner",
                                       Reply(card=introduction_card(view, zone, for_lead=False)).payload(),
                                       row.owner_id, caused_by=ctx.member.id))
    notes = [f"Recorded. {delivery.promises(told, 'the introduction')}"]
    return [Reply(card=kickoff_done_card(view, zone, notes))]


def welcome_made(ctx: Context) -> list[Reply]:
    """A director marks the executive welcome call made; the deal owner hears of it."""
    row, gone = _pressed(ctx)
    if gone:
        return gone
    if ctx.member.id != row.director_id and ctx.member.role not in OVERSEERS:
        return [Reply(text="Only a director (or an admin) marks the welcome call made.")]
    view = service.view_of(ctx.session, ctx.settings, row)
    if not welcome_done(ctx.session, row, utcnow(), by=ctx.member.id):
        return [Reply(card=done_card(f"Welcome call: {plain(view.client)}", "It was marked made already."))]
    text = f"{display_name(ctx.member)} made the executive welcome call to {view.client}."
    told = delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:welcome-made",
                              Reply(text=plain(text)).payload(), row.owner_id, caused_by=ctx.member.id)
    return [Reply(card=done_card(f"Welcome call made: {plain(view.client)}",
                                 f"Thank you. {told.promise('the news')}"))]


def onboarded(ctx: Context) -> list[Reply]:
    """The delivery lead marks onboarding done; the satisfaction check goes to them."""
    row, gone = _pressed(ctx)
    if gone:
        return gone
    if not may_update(ctx.member.id, row.delivery_lead_id, row.owner_id, ctx.member.role):
        return [Reply(text="Only the delivery lead, the deal owner, a director or an admin marks onboarding done.")]
    view = service.view_of(ctx.session, ctx.settings, row)
    if row.state == HandoffState.kickoff:
        return [Reply(text="Name the delivery lead on the kickoff card first.")]
    if row.state != HandoffState.onboarding or not mark_onboarded(ctx.session, row, utcnow(), by=ctx.member.id):
        return [Reply(card=done_card(f"Onboarding: {plain(view.client)}", "Onboarding was marked done already."))]
    who = row.delivery_lead_id or row.owner_id
    told = delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:satisfaction",
                              Reply(card=survey_card(view, service.SATISFACTION, ctx.settings.zone)).payload(), who,
                              caused_by=ctx.member.id)
    return [Reply(card=done_card(f"Onboarding done: {plain(view.client)}",
                                 f"Recorded. {told.promise('the satisfaction check')} An NPS survey follows every "
                                 "6 months while the project is active."))]


def score_submitted(ctx: Context) -> list[Reply]:
    """The delivery lead records a survey's score from its card; a second press records nothing."""
    row, gone = _pressed(ctx)
    if gone:
        return gone
    round_ = str(ctx.turn.value.get("round") or "")[:100]
    comment = (str(ctx.turn.value.get("comment") or "").strip() or None)
    return _score(ctx, row, round_, check_score(ctx.turn.value.get("score")), comment)


def update(ctx: Context) -> list[Reply]:
    """`update ClientCorp: ...`: an onboarding update for the deal owner and the client's holders."""
    ask, problem = parse_update(f"update {ctx.args.get('handoff', '')}")
    row, problem = _handoff_for(ctx, ask.client) if ask else (None, problem)
    if ask is None or row is None:
        return [Reply(text=problem or "")]
    note = add_update(ctx.session, row, ctx.member.id, ask.text)
    view = service.view_of(ctx.session, ctx.settings, row)
    text = plain(f"Onboarding update on {view.client} from {display_name(ctx.member)}: {ask.text}")
    readers = [i for i in dict.fromkeys([row.owner_id, *service.holders(ctx.session, row, utcnow())])
               if i != ctx.member.id]
    told = [delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:update:{note.id}:{reader}",
                               Reply(text=text).payload(), reader, caused_by=ctx.member.id) for reader in readers]
    said = delivery.promises(told, "the update") if told else "Nobody else holds the client to tell."
    return [Reply(text=f"Update recorded for {plain(view.client)}. {said}")]


def nps_record(ctx: Context) -> list[Reply]:
    """`nps ClientCorp 9 great kickoff`: a score recorded in chat, for the client's open handoff."""
    ask, problem = parse_nps(f"nps {ctx.args.get('nps', '')}")
    row, problem = _handoff_for(ctx, ask.client) if ask else (None, problem)
    if ask is None or row is None:
        return [Reply(text=problem or "")]
    round_ = f"chat:{ctx.turn.activity_id or utcnow().isoformat()}"[:100]
    return _score(ctx, row, round_, ask.score, ask.comment)


def won(ctx: Context) -> list[Reply]:
    """`won ClientCorp`: the asker's open quote for the client is won, as the platform would say; the handoff starts."""
    typed = str(ctx.args.get("won") or "").strip()
    if not typed:
        return [Reply(text="Write it as: won ClientCorp (your open quote for that client).")]
    found = ctx.clients.match(ctx.session, typed)
    if found.match is None:
        return [Reply(text=no_client(typed, [c.name for c in found.candidates]))]
    name = found.match.name
    rows = open_quotes_of(ctx.session, ctx.member.id, found.match.client_id)
    if not rows:
        return [Reply(text=plain(f"You have no open quote for {name} to mark won (quote {name} VALUE records one)."))]
    row, now = rows[0], utcnow()
    before = quote_state(ctx.session, row)
    if not win_quote(ctx.session, row, now):
        return [Reply(text=plain(f"Your quote for {name} changed at the same moment: it is now {row.status}."))]
    record_change(ctx.session, "quote", row.id, "won", by=ctx.member.id, before=before,
                  after=quote_state(ctx.session, row), note="marked won in chat")
    sync_flags(ctx.session, ctx.settings, row, now)
    started = service.quote_won(ctx.session, ctx.settings, row, str(before["status"]), now)
    more = f" {started.promise('the kickoff card')} Name the delivery lead and the kickoff call on it." \
        if started else ""
    return [Reply(text=plain(f"Marked your quote for {name} won.") + more)]


def listing(ctx: Context) -> list[Reply]:
    """`handoffs`: open handoffs (BD, directors, admins: all; others: theirs) and what is overdue."""
    views = service.listing(ctx.session, ctx.settings, ctx.member.id, ctx.member.role, utcnow())
    return [Reply(card=list_card(views, ctx.settings.zone, everyone=ctx.member.role in INSIDERS))]


def nps_listing(ctx: Context) -> list[Reply]:
    """`nps`: satisfaction and NPS results by client, as the asker may see them."""
    results = service.score_results(ctx.session, ctx.member.id, ctx.member.role)
    return [Reply(card=scores_card(results, ctx.settings.zone))]


def _score(ctx: Context, row: Handoff, round_: str, score: int | None, comment: str | None) -> list[Reply]:
    if not may_update(ctx.member.id, row.delivery_lead_id, row.owner_id, ctx.member.role):
        return [Reply(text="Only the delivery lead, the deal owner, a director or an admin records a score.")]
    view = service.view_of(ctx.session, ctx.settings, row)
    if score is None:
        return [Reply(card=survey_card(view, round_, ctx.settings.zone, error="A score is a number from 0 to 10."))]
    if comment and len(comment) > COMMENT_LIMIT:
        return [Reply(text=f"Keep the comment under {COMMENT_LIMIT} characters.")]
    found = add_score(ctx.session, row, round_, ctx.member.id, score, comment, utcnow())
    if found is None:
        return [Reply(card=done_card(f"Score: {plain(view.client)}", "This survey's score was recorded already."))]
    result = service.score_view(found, view.client, display_name(ctx.member))
    card = Reply(card=result_card(result, ctx.settings.zone)).payload()
    told = [delivery.to_member(ctx.session, ctx.settings, f"handoff:{row.id}:score:{found.id}:{reader}", card,
                               reader, caused_by=ctx.member.id)
            for reader in service.result_audience(ctx.session, row) if reader != ctx.member.id]
    said = delivery.promises(told, "the result")
    return [Reply(card=with_notes(result_card(result, ctx.settings.zone), [said] if said else []))]


def _pressed(ctx: Context) -> tuple[Handoff | None, list[Reply]]:
    """The handoff a card's button names, or what to say instead: it is gone, or closed (its buttons do nothing)."""
    row = handoff(ctx.session, ctx.turn.number("handoff_id"))
    if row is None:
        return row, [Reply(text=GONE)]
    return row, [Reply(text=CLOSED)] if row.state == HandoffState.closed else []


def _handoff_for(ctx: Context, typed: str) -> tuple[Handoff | None, str | None]:
    """The client's open handoff the asker may update, or why there is none."""
    found = ctx.clients.match(ctx.session, typed)
    if found.match is None:
        return None, no_client(typed, [c.name for c in found.candidates])
    rows = [r for r in handoffs_for_client(ctx.session, found.match.client_id)
            if may_update(ctx.member.id, r.delivery_lead_id, r.owner_id, ctx.member.role)]
    if not rows:
        return None, plain(f"No open handoff for {found.match.name} that you lead.")
    return rows[0], None
