"""Who owns ClientCorp? The answer in chat and cards, the compose-box search, and the holder notice."""

from __future__ import annotations

from bot.router import Context
from bot.rules.access import Viewer
from bot.rules.feedback import KEY_LENGTH, feedback_key
from bot.rules.matching import Match
from bot.services import delivery
from bot.services.relationships import coverage_for
from bot.services.who_owns import flag_facts, ownership_for
from bot.turn import Reply, number
from cards.base import done_card, plain
from cards.who_owns import MAX_CANDIDATES, ClientSummary, no_match_card, ownership_card, search_preview, search_title
from storage.feedback import ALIAS, NOT_THIS, give_feedback
from storage.registry import client, client_with_flags
from storage.types import utcnow

SEARCH_RESULTS = 8
GONE = "That client is no longer in the registry."
NO_ROLE = "Only members with a role can tell Accord about its matches. An admin can give you a role if you need one."


def ask(ctx: Context) -> list[Reply]:
    """Answer "who owns X" (or "who knows Person at X") with the holder card or a did-you-mean card."""
    found = ctx.matched.get(ctx.args["query"])
    if found is None or found.match is None:  # understanding did not wait for an index being built: this may
        found = ctx.clients.match(ctx.session, ctx.args["query"])
    if found.match is None:
        return [Reply(card=_no_match(found))]
    card = _answer(ctx, found.match.client_id, person=found.person, why=found.match.why, typed=ctx.args["query"])
    return [Reply(card=card) if card else Reply(text=GONE)]


def refresh(ctx: Context) -> list[Reply]:
    """Recompute a holder card in place (also used when a did-you-mean candidate is picked)."""
    card = _answer(ctx, ctx.turn.number("client_id"))
    return [Reply(card=card) if card else Reply(text=GONE)]


def pick(ctx: Context) -> list[Reply]:
    """A did-you-mean candidate picked: its holder card, asking whether to remember what was typed as its name."""
    card = _answer(ctx, ctx.turn.number("client_id"), typed=_typed(ctx), picked=True)
    return [Reply(card=card) if card else Reply(text=GONE)]


def not_this(ctx: Context) -> list[Reply]:
    """The text typed does not name this client (or none of the candidates): asked about again from now on."""
    text, wanted = _typed(ctx), ctx.turn.value.get("client_ids") or [ctx.turn.value.get("client_id")]
    ids = [n for n in map(number, wanted[:MAX_CANDIDATES] if isinstance(wanted, list) else []) if n]
    rows = [row for row in (client(ctx.session, n) for n in ids) if row is not None]
    if not text or not rows:
        return [Reply(text=GONE)]
    for row in rows:
        give_feedback(ctx.session, NOT_THIS, text, feedback_key(text), row.id, ctx.member.id, utcnow())
    names = ", ".join(plain(r.name) for r in rows)
    return [Reply(card=done_card("Thanks: noted", f"“{plain(text)}” is not {names}. From now on Accord asks which "
                                 "client is meant when anyone writes it; an admin reviews what members note."))]


def alias(ctx: Context) -> list[Reply]:
    """The client picked is the one the text meant: the text is proposed as its alias, for an admin to approve."""
    row, text = client(ctx.session, ctx.turn.number("client_id")), _typed(ctx)
    if row is None or not text:
        return [Reply(text=GONE)]
    _, new = give_feedback(ctx.session, ALIAS, text, feedback_key(text), row.id, ctx.member.id, utcnow())
    state = "suggested" if new else "already suggested"
    return [Reply(card=done_card("Thanks: suggested", f"“{plain(text)}” is {state} as another name for "
                                 f"{plain(row.name)}. Once an admin approves it, Accord answers it straight away."))]


def notify_holder(ctx: Context) -> list[Reply]:
    """Tell a holder, in their 1:1 chat, that the asker would like to talk about the client."""
    row = client(ctx.session, ctx.turn.number("client_id"))
    holder_id = ctx.turn.number("holder_id")
    # Only someone who holds the client now: the card may be older than the flag, and its data is the sender's.
    holder = next((f for f in flag_facts(ctx.session, row.id) if f.holder_id == holder_id), None) if row else None
    if holder is None:
        return [Reply(text="That client or holder is no longer on record.")]
    if holder_id == ctx.member.id:
        return [Reply(text="You are that holder.")]
    text = f"{plain(ctx.member.name)} would like to talk with you about {plain(row.name)}, which you hold."
    today = utcnow().astimezone(ctx.settings.zone).date()  # once a day as the network counts days
    told = delivery.to_member(ctx.session, ctx.settings,
                              f"notify-holder:{row.id}:{holder_id}:{ctx.member.id}:{today.isoformat()}",
                              Reply(text=text).payload(), holder_id, caused_by=ctx.member.id)
    return [Reply(text=told.promise(f"a message that you would like to talk about {plain(row.name)}"))]


def search(ctx: Context) -> list[Reply]:
    """Compose-box search: matching clients as previews; picking one inserts the card everyone may see."""
    text = str(ctx.turn.value.get("query") or "").strip()
    if not text:
        return []
    results = ctx.clients.search(ctx.session, text, SEARCH_RESULTS)
    public = Viewer(ctx.member.id, ctx.member.role, public=True)
    replies, now = [], utcnow()
    for candidate in results:
        row, flags = client_with_flags(ctx.session, candidate.client_id, now)
        if row is None:  # removed from the registry since the index was built
            continue
        summary, view = ownership_for(ctx.session, ctx.settings, row, flags, public)
        card = ownership_card(summary, view, zone=ctx.settings.zone, now=now, asker_id=None, public=True)
        replies.append(Reply(text=search_title(summary.name), card=card, summary=search_preview(view)))
    return replies


def _answer(ctx: Context, client_id: int | None, person: str | None = None, why: str | None = None,
            typed: str | None = None, picked: bool = False) -> dict | None:
    """The holder card for the asker, in private or, in a channel or group chat, as everyone there may see it;
    None when the registry no longer has the client."""
    now = utcnow()
    row, flags = client_with_flags(ctx.session, client_id, now)  # holders and coverage both start from them
    if row is None:
        return None
    summary, view = ownership_for(ctx.session, ctx.settings, row, flags, ctx.viewer)
    if typed and feedback_key(typed) == feedback_key(summary.name):
        typed = None  # the client's own name: nothing to say about the match
    covered = coverage_for(ctx.session, ctx.settings, row.id, ctx.viewer, now, flags)
    return ownership_card(summary, view, zone=ctx.settings.zone, now=now, asker_id=ctx.member.id,
                          public=ctx.viewer.public, person=person, why=why, typed=typed, picked=picked,
                          coverage=covered)


def _typed(ctx: Context) -> str:
    """What the asker had typed, as the card carries it back (the sender's data: text only, cut to size)."""
    text = ctx.turn.value.get("text")
    return " ".join(text.split())[:KEY_LENGTH] if isinstance(text, str) else ""


def _no_match(found: Match) -> dict:
    candidates = [ClientSummary(c.client_id, c.name, c.external_id, ()) for c in found.candidates]
    reason = None
    if found.kind == "email" and not found.candidates:
        reason = "A personal email address (such as gmail.com) does not tell which organisation someone is from."
    return no_match_card(found.query, candidates, reason)

