"""A partner asks BD to approach a client they hold; a BD member accepts (the approach is theirs to make, on the
partner's behalf, and work won from it is the partner's) or declines with a reason. Policy seed 000: "if we do
approach clients on your behalf ... because you have requested we support upselling or reaching out, the resulting
projects are owned by you"."""

from __future__ import annotations

from sqlmodel import Session

from bot.router import Context
from bot.rules.access import Viewer
from bot.rules.approaches import LIMITS, decline_problem, split_note
from bot.rules.ownership import FlagFact, as_seen
from bot.rules.words import RequestState, Role
from bot.services import delivery
from bot.services.approaches import client_name, named_client, record
from bot.services.delivery import promises
from bot.services.who_owns import flag_facts
from bot.turn import Reply
from cards.approaches import RequestView, Target, request_card
from cards.base import done_card, no_client_text, plain, shown
from storage import outbox
from storage.approaches import REQUEST_FIELDS, add_request, answer_request, link_request, open_request, request
from storage.history import record_change, snapshot
from storage.members import display_name, member_by_id, members_with_role
from storage.models import ApproachRequest
from storage.types import utcnow

# What the verb table tells anyone else who presses this feature's buttons.
BD_ONLY = "Only BD members answer a partner's request to approach a client."
SHAPE = "Write it as: ask BD to approach ClientCorp: what you would like them to do"


def ask(ctx: Context) -> list[Reply]:
    """`ask BD to approach ClientCorp: note`: for a client the partner holds, a card to every BD member."""
    found = _client_and_note(ctx, str(ctx.args.get("target") or ""))
    if isinstance(found, str):
        return [Reply(text=found)]
    client_id, name, note = found
    flags = flag_facts(ctx.session, client_id)
    refusal = _refusal(ctx, client_id, name, flags)
    if refusal is not None:
        return [refusal]
    row = add_request(ctx.session, client_id=client_id, partner_id=ctx.member.id, note=note, created_at=utcnow())
    record_change(ctx.session, "approach_request", row.id, RequestState.asked, by=ctx.member.id,
                  after=snapshot(row, REQUEST_FIELDS))
    card = Reply(card=request_card(_view(ctx.session, row, _others(ctx, flags)), ctx.settings.zone)).payload()
    sent = [delivery.to_member(ctx.session, ctx.settings, f"approach-request:{row.id}:bd:{member.id}", card,
                               member.id, caused_by=ctx.member.id)  # a key each: every BD member gets one card
            for member in members_with_role(ctx.session, Role.bd)]
    return [Reply(card=done_card(f"Asked BD: {plain(name)}", f"{promises(sent, 'your request')} Whoever accepts "
                                 "approaches the client on your behalf, and work won from it is yours; the answer "
                                 "comes to you here."))]


def accept(ctx: Context) -> list[Reply]:
    """A BD member takes the request on: the approach is recorded on the partner's behalf and announced."""
    row = request(ctx.session, ctx.turn.number("request_id"))
    if row is None:
        return [Reply(text="That request is no longer on record.")]
    if not answer_request(ctx.session, row, RequestState.accepted, ctx.member.id, utcnow()):
        return [Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone,
                                        "Someone answered it first; their answer stands."))]
    name = client_name(ctx.session, row)
    # The partner's note stays on the request (BD and the partner see it); the channel post carries no note.
    made, posted = record(ctx.session, ctx.settings, ctx.member.id, Target(row.client_id, name), by=ctx.member.id,
                          on_behalf=row.partner_id)
    link_request(ctx.session, row, made.id)
    _log_answer(ctx, row)
    _tell_partner(ctx, row, f"{plain(display_name(ctx.member))} (BD) accepted your request and approaches "
                            f"{plain(name)} on your behalf; work won from it is yours.")
    outcome = ("You accepted: the approach is recorded on behalf of "
               f"{plain(display_name(member_by_id(ctx.session, row.partner_id)))}"
               + (" and announced in the partner channel." if posted else "; no partner channel is set to announce "
                  "it in.") + " Move it on under 'my approaches'.")
    return [Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone, outcome))]


def decline(ctx: Context) -> list[Reply]:
    """A BD member declines the request, with a reason the partner is told."""
    row = request(ctx.session, ctx.turn.number("request_id"))
    if row is None:
        return [Reply(text="That request is no longer on record.")]
    reason = str(ctx.turn.value.get("reason") or "").strip()
    problem = decline_problem(reason) if row.state == RequestState.asked else None
    if problem:
        return [Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone, error=problem))]
    if not answer_request(ctx.session, row, RequestState.declined, ctx.member.id, utcnow(), reason):
        return [Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone,
                                        "Someone answered it first; their answer stands."))]
    _log_answer(ctx, row)
    told = _tell_partner(ctx, row, f"{plain(display_name(ctx.member))} (BD) declined your request to approach "
                                   f"{plain(client_name(ctx.session, row))}: {plain(reason)}")
    return [Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone, told.promise("the reason")))]


def _refusal(ctx: Context, client_id: int, name: str, flags: list[FlagFact]) -> Reply | None:
    """Why this partner may not ask about this client now (not a holder, asked already, no BD); None if they may."""
    if not any(f.holder_id == ctx.member.id for f in flags):
        return Reply(text=f"Only a partner who holds {plain(name)} (a flag of theirs: a quote, a project, a declared "
                          "relationship, an introduction or a do-not-approach entry) can ask BD to approach it on "
                          f"their behalf. To see who holds it: who owns {plain(name)}")
    earlier = open_request(ctx.session, client_id, ctx.member.id)
    if earlier is not None:
        return Reply(card=done_card(f"Already asked: {plain(name)}", f"You asked BD on "
                                    f"{shown(earlier.created_at, ctx.settings.zone)}; the answer comes to you here."))
    if not members_with_role(ctx.session, Role.bd):
        return Reply(text="Nobody in Accord has the BD role yet, so there is nobody to ask; an admin can set one.")
    return None


def _client_and_note(ctx: Context, text: str) -> tuple[int, str, str | None] | str:
    """The client the partner named and their note; or what to tell them when it is unclear."""
    head, note = split_note(text)
    if note and len(note) > LIMITS["note"]:
        return f"Keep the note to {LIMITS['note']} characters."
    found, tail, hints = named_client(ctx.clients, ctx.session, head, note)
    if found is None:
        return no_client_text(head, hints) + ("" if head else f"\n\n{SHAPE}")
    return found.match.client_id, found.match.name, tail


def _view(session: Session, row: ApproachRequest, others: tuple[str, ...] = ()) -> RequestView:
    answered = member_by_id(session, row.answered_by) if row.answered_by else None
    return RequestView(row.id, client_name(session, row), display_name(member_by_id(session, row.partner_id)),
                       row.created_at, row.note, row.state, display_name(answered) if answered else None, row.reason,
                       others)


def _others(ctx: Context, flags: list[FlagFact]) -> tuple[str, ...]:
    """The client's other holders and their basis as BD may read them: BD may want to talk to them first."""
    seen = as_seen(flags, Viewer(None, Role.bd), ctx.settings.partner_quotes_visible_to_bd)
    return tuple(dict.fromkeys(f"{f.holder_name} ({f.basis})" for f in seen if f.holder_id != ctx.member.id))


def _log_answer(ctx: Context, row: ApproachRequest) -> None:
    """Keep the answer in the change log, and show it on the other BD members' cards in place of the buttons."""
    record_change(ctx.session, "approach_request", row.id, row.state, by=ctx.member.id,
                  before={"state": RequestState.asked}, after=snapshot(row, REQUEST_FIELDS))
    answered = Reply(card=request_card(_view(ctx.session, row), ctx.settings.zone)).payload()
    for member in members_with_role(ctx.session, Role.bd):
        key = f"approach-request:{row.id}:bd:{member.id}"
        if member.id != ctx.member.id and outbox.by_key(ctx.session, key) is not None:
            delivery.to_member(ctx.session, ctx.settings, f"{key}:answered", answered, member.id, replaces=key)


def _tell_partner(ctx: Context, row: ApproachRequest, text: str) -> delivery.Delivery:
    return delivery.to_member(ctx.session, ctx.settings, f"approach-request:{row.id}:answer",
                              Reply(text=text).payload(), row.partner_id, caused_by=ctx.member.id)
