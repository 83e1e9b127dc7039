"""BD approaches: checked against every claim on the client before anything is recorded, then announced."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.router import Context
from bot.rules.access import INSIDERS, Viewer
from bot.rules.approaches import (
    AGREE,
    DECLINE,
    LEAD,
    LIMITS,
    WON,
    ApproachFact,
    Collision,
    QuoteFact,
    collisions,
    consent_outcome,
    holders_to_ask,
    input_problem,
    may_change,
    move_problem,
    on_behalf_of,
    split_contact,
    split_note,
)
from bot.rules.ownership import as_seen
from bot.rules.quotes import may_see_quote
from bot.services import delivery
from bot.services.approaches import channel_post, client_name, named_client, record, view_of
from bot.services.ownership import give_won_work
from bot.services.who_owns import flag_facts
from bot.settings import Settings
from bot.turn import Reply
from cards.approaches import (
    ANSWERS,
    LIST_ROWS,
    ConsentView,
    Target,
    approach_card,
    closed_card,
    collision_card,
    consent_card,
    form,
    list_card,
)
from cards.base import no_client_text, plain
from storage import outbox
from storage.approaches import (
    CONSENT_FIELDS,
    add_consent,
    answer_consent,
    approach,
    approaches_of,
    asked_together,
    consent,
    link_consents,
    open_approaches,
    open_on,
    open_requests,
    set_state,
    unanswered_consents,
)
from storage.history import record_change, snapshot
from storage.members import display_name, member_by_id
from storage.models import Approach, ApproachConsent, Member
from storage.quotes import open_quotes
from storage.registry import client, members_by_id
from storage.types import utcnow

# What the verb table tells anyone else who presses this feature's guarded buttons.
INSIDERS_ONLY = "Only BD, directors and admins can record approaches."

SHAPE = "Write it as: approach ClientCorp: a note, or approach John Doe <john@clientcorp.com> at ClientCorp: a note"


def start(ctx: Context) -> list[Reply]:
    """`approach ClientCorp [note]`: check for collisions, then record it or show who holds the client."""
    text = ctx.args.get("target")
    if not text:
        return [Reply(card=form())]
    target = _understand(ctx, text)
    return [Reply(text=plain(target))] if isinstance(target, str) else _attempt(ctx, target)


def form_submitted(ctx: Context) -> list[Reply]:
    """The filled-in approach form."""
    values = {k: str(ctx.turn.value.get(k) or "").strip() for k in LIMITS}
    problem = input_problem(values) or ("" if values["client"] else "Give the client.")
    if problem:
        return [Reply(card=form(problem, values))]
    found = ctx.clients.match(ctx.session, values["client"])
    if found.match is None:
        return [Reply(card=form(no_client_text(values["client"], [c.name for c in found.candidates]), values))]
    return _attempt(ctx, Target(found.match.client_id, found.match.name, values["contact_name"] or found.person,
                                values["contact_email"].lower() or None, values["note"] or None))


def cancel(ctx: Context) -> list[Reply]:
    """BD decides not to approach a held client: nothing was recorded, nobody is told."""
    row = client(ctx.session, ctx.turn.number("client_id"))
    name = plain(row.name) if row else "the client"
    return [Reply(card=closed_card("Approach cancelled", f"Nothing was recorded about {name}, and nobody was told."))]


def ask_holder(ctx: Context) -> list[Reply]:
    """Ask every colliding holder for consent, each in a 1:1 card; nothing is recorded until all agree."""
    target = _target_from(ctx)
    if isinstance(target, str):
        return [Reply(text=plain(target))]
    found = _collisions(ctx.session, ctx.settings, ctx.member, target)
    if not found:  # whatever was in the way has ended since the warning
        return _attempt(ctx, target)
    waiting = _waiting(ctx.session, target.client_id, ctx.member.id)
    if waiting:
        return [Reply(card=closed_card(f"Already asked: {plain(target.client_name)}",
                                       f"You asked {_names(waiting)}; their answers come to you here."))]
    asked, unreachable, now = [], [], utcnow()
    for holder_id, _ in holders_to_ask(found):
        reasons = tuple(c.why for c in found if c.holder_id == holder_id)
        told = _ask(ctx, target, holder_id, reasons, now)
        (unreachable if told.waiting else asked).append(told)
    text = " ".join(filter(None, [
        f"Accord asked {_names([d.name for d in asked])} whether you may approach "
        f"{plain(target.client_name)}." if asked else "",
        *(f"Waiting for {plain(d.name)} to be reachable in Teams ({d.reach.reason}): they get the request as soon "
          "as they are." for d in unreachable),
        "Each answer comes to you here; nothing is recorded unless every holder agrees."]))
    return [Reply(card=closed_card(f"Asked: {plain(target.client_name)}", text))]


def agree(ctx: Context) -> list[Reply]:
    """The holder lets BD approach, on the holder's behalf."""
    return _answer(ctx, AGREE)


def lead(ctx: Context) -> list[Reply]:
    """The holder would rather approach the client themselves."""
    return _answer(ctx, LEAD)


def decline(ctx: Context) -> list[Reply]:
    """The holder says no."""
    return _answer(ctx, DECLINE)


def change_state(ctx: Context) -> list[Reply]:
    """planned -> active | dropped, active -> won | dropped; the channel post changes in place."""
    row = approach(ctx.session, ctx.turn.number("approach_id"))
    to = str(ctx.turn.value.get("state") or "")
    if row is None:
        return [Reply(text="That approach is no longer on record.")]
    if not may_change(ctx.member.id, ctx.member.role, row.member_id):
        return [Reply(text="Only the BD member who recorded this approach, directors and admins can change it.")]
    problem = move_problem(row.state, to)
    if problem:
        return [Reply(text=problem)]
    if not set_state(ctx.session, row, to, by=ctx.member.id):
        return [Reply(text=f"This approach changed at the same moment: it is now {row.state}.")]
    _update_post(ctx.session, ctx.settings, row)
    notice = f"{plain(client_name(ctx.session, row))} is now {to}."
    if to == WON and row.on_behalf_of:
        give_won_work(ctx.session, ctx.settings, f"approach:{row.id}", row.client_id, row.on_behalf_of, None,
                      utcnow(), by=ctx.member.id)
        notice += _won_for_holder(ctx.session, ctx.settings, row)
    return [Reply(card=_after_change(ctx, row, notice))]


def mine(ctx: Context) -> list[Reply]:
    """`my approaches`: open ones first, then the latest closed, with buttons to move them on."""
    return [Reply(card=_mine_card(ctx))]


def everyone(ctx: Context) -> list[Reply]:
    """`approaches`: everyone's planned and active approaches, newest first."""
    return [Reply(card=_all_card(ctx))]


def _attempt(ctx: Context, target: Target) -> list[Reply]:
    zone = ctx.settings.zone
    already = next((a for a, _ in open_on(ctx.session, target.client_id) if a.member_id == ctx.member.id), None)
    if already is not None:
        view = view_of(ctx.session, already, private=True)
        return [Reply(card=approach_card(view, zone, "You already have this approach on record."))]
    found = _collisions(ctx.session, ctx.settings, ctx.member, target)
    if found:
        return [Reply(card=collision_card(target, [(c.holder_name, c.why) for c in found]))]
    row, posted = record(ctx.session, ctx.settings, ctx.member.id, target, by=ctx.member.id)
    return [Reply(card=approach_card(view_of(ctx.session, row, private=True), zone, _recorded(posted)))]


def _collisions(session: Session, settings: Settings, asker: Member, target: Target) -> list[Collision]:
    quotes = open_quotes(session, target.client_id)
    owners = members_by_id(session, [q.owner_id for q in quotes])
    viewer = Viewer(asker.id, asker.role)
    quote_facts = []
    for quote in quotes:
        owner = owners.get(quote.owner_id)
        seen = may_see_quote(viewer, quote.owner_id, quote.partner_quote, settings.partner_quotes_visible_to_bd)
        quote_facts.append(QuoteFact(quote.owner_id, display_name(owner), quote.status if seen else None, quote.tender))
    approach_facts = [ApproachFact(a.member_id, display_name(m), a.state, a.contact_name, a.contact_email)
                      for a, m in open_on(session, target.client_id)]
    flags = as_seen(flag_facts(session, target.client_id), viewer, settings.partner_quotes_visible_to_bd)
    return collisions(asker.id, flags, quote_facts, approach_facts, target.contact_name, target.contact_email)


def _understand(ctx: Context, text: str) -> Target | str:
    """The client, contact and note in what BD typed; or what to tell them when it is unclear."""
    head, note = split_note(text)
    name, email, rest = split_contact(head)
    found, tail, hints = named_client(ctx.clients, ctx.session, rest, note)
    if found is None:
        return no_client_text(rest, hints) + (f"\n\n{SHAPE}" if note is None else "")
    target = Target(found.match.client_id, found.match.name, name or found.person, email, tail)
    values = {"contact_name": target.contact_name or "", "contact_email": email or "", "note": tail or ""}
    return input_problem(values) or target


def _target_from(ctx: Context) -> Target | str:
    value = ctx.turn.value
    row = client(ctx.session, ctx.turn.number("client_id"))
    if row is None:
        return "That client is no longer in the registry."
    values = {k: str(value.get(k) or "").strip() for k in ("contact_name", "contact_email", "note")}
    return input_problem(values) or Target(row.id, row.name, values["contact_name"] or None,
                                           values["contact_email"].lower() or None, values["note"] or None)


def _ask(ctx: Context, target: Target, holder_id: int, reasons: tuple[str, ...], now: datetime) -> delivery.Delivery:
    row = add_consent(ctx.session, client_id=target.client_id, asked_by=ctx.member.id, holder_id=holder_id,
                      contact_name=target.contact_name, contact_email=target.contact_email, note=target.note,
                      created_at=now)
    record_change(ctx.session, "consent", row.id, "asked", by=ctx.member.id, after=snapshot(row, CONSENT_FIELDS))
    card = consent_card(ConsentView(row.id, display_name(ctx.member), target, reasons))
    return delivery.to_member(ctx.session, ctx.settings, f"approach-consent:{row.id}", Reply(card=card).payload(),
                              holder_id, caused_by=ctx.member.id)


def _waiting(session: Session, client_id: int, asked_by: int) -> list[str]:
    """Holders who have not answered a request of this BD member's that can still succeed."""
    rows = unanswered_consents(session, client_id, asked_by)
    live = [r for r in rows if consent_outcome(c.answer for c in asked_together(session, r)) == "waiting"]
    return list(_names_of(session, [r.holder_id for r in live]).values())


def _answer(ctx: Context, answer: str) -> list[Reply]:
    row = consent(ctx.session, ctx.turn.number("consent_id"))
    if row is None:
        return [Reply(text="That request is no longer on record.")]
    if row.holder_id != ctx.member.id:
        return [Reply(text="Only the holder who was asked can answer this request.")]
    asked_together(ctx.session, row, lock=True)  # re-reads `row` too, after any concurrent answer
    if not answer_consent(ctx.session, row, answer, utcnow()):
        return [Reply(text=f"You already answered this request (you {ANSWERS.get(row.answer, row.answer)}); "
                           "that answer stands.")]
    # Read again now that this answer is written: on SQLite only the write waits for another holder's answer to be
    # committed, so a read made before it may miss that answer, and then nobody would record the approach.
    together = asked_together(ctx.session, row, lock=True)
    record_change(ctx.session, "consent", row.id, answer, by=ctx.member.id, before={"answer": None},
                  after={"answer": answer})
    target = _target_of(ctx.session, row)
    status = _settle(ctx, row, together, target)
    said = {AGREE: "agreed to your approach to", LEAD: "would rather lead, themselves, with",
            DECLINE: "declined your approach to"}[answer]
    delivery.to_member(ctx.session, ctx.settings, f"approach-consent:{row.id}:answer",
                       Reply(text=f"{plain(display_name(ctx.member))} {said} {plain(target.client_name)}. "
                                  f"{status}").payload(), row.asked_by)
    view = ConsentView(row.id, display_name(member_by_id(ctx.session, row.asked_by)), target, (), answer)
    return [Reply(card=consent_card(view, status))]


def _settle(ctx: Context, row: ApproachConsent, together: list[ApproachConsent], target: Target) -> str:
    """Record the approach once every holder asked has agreed; say where the request stands."""
    outcome = consent_outcome(c.answer for c in together)
    if outcome == "refused":
        return "No approach is recorded: a holder would rather lead or declined."
    if outcome == "waiting":
        pending = _names_of(ctx.session, [c.holder_id for c in together if c.answer is None])
        return f"Still waiting for: {_names(list(pending.values()))}."
    holder = on_behalf_of((c.holder_id, c.answer) for c in together)
    made, posted = record(ctx.session, ctx.settings, row.asked_by, target, by=ctx.member.id, on_behalf=holder)
    link_consents(ctx.session, together, made.id)
    holder_name = plain(display_name(member_by_id(ctx.session, holder)))
    return (f"Every holder agreed: the approach is recorded on behalf of {holder_name} (work won from it is theirs). "
            f"{_recorded(posted)}")


def _target_of(session: Session, row: ApproachConsent) -> Target:
    return Target(row.client_id, client_name(session, row), row.contact_name, row.contact_email, row.note)


def _update_post(session: Session, settings: Settings, row: Approach) -> None:
    original = outbox.by_key(session, f"approach:{row.id}:channel")
    if original is None:  # never announced (no partner channel then): nothing to update
        return
    outbox.enqueue(session, f"approach:{row.id}:channel:{row.state}", channel_post(session, settings, row),
                   conversation_id=original.conversation_id, deadline=settings.delivery_deadline,
                   replaces=original.idempotency_key)


def _won_for_holder(session: Session, settings: Settings, row: Approach) -> str:
    holder = display_name(member_by_id(session, row.on_behalf_of))
    name = plain(client_name(session, row))
    delivery.to_member(session, settings, f"approach:{row.id}:won:holder",
                       Reply(text=f"BD won work at {name} from an approach made on your behalf: the work belongs to "
                                  "you.").payload(), row.on_behalf_of)
    return f" It was approached on behalf of {plain(holder)}, so the work belongs to {plain(holder)}."


def _after_change(ctx: Context, row: Approach, notice: str) -> dict:
    which = ctx.turn.value.get("list")
    if which == "mine":
        return _mine_card(ctx, notice)
    if which == "all":
        return _all_card(ctx, notice)
    return approach_card(view_of(ctx.session, row, private=ctx.turn.place.kind == "personal"), ctx.settings.zone,
                         notice)


def _mine_card(ctx: Context, notice: str | None = None) -> dict:
    private = ctx.turn.place.kind == "personal"
    rows, total = approaches_of(ctx.session, ctx.member.id, LIST_ROWS)
    views = [view_of(ctx.session, a, private) for a in rows]
    return list_card("Your approaches", views, ctx.settings.zone, changeable=frozenset(v.id for v in views),
                     which="mine", notice=notice, more=total - len(rows), asked=_asked(ctx),
                     empty="You have no approaches on record. Plan one with: approach ClientCorp: a note")


def _asked(ctx: Context) -> tuple[str, ...]:
    """The asker's consent requests still unanswered, saying which wait for a holder Teams cannot reach yet."""
    rows = [r for r in open_requests(ctx.session, ctx.member.id, LIST_ROWS)
            if consent_outcome(c.answer for c in asked_together(ctx.session, r)) == "waiting"]
    waiting = outbox.waiting_for(ctx.session, [f"approach-consent:{r.id}" for r in rows])
    names = _names_of(ctx.session, [r.holder_id for r in rows])
    lines = []
    for row in rows:
        holder = plain(names.get(row.holder_id, "a member"))
        why = waiting.get(f"approach-consent:{row.id}")
        status = f"waiting for {holder} to be reachable ({why})" if why is not None else f"asked {holder}"
        lines.append(f"{plain(client_name(ctx.session, row))}: {status}")
    return tuple(lines)


def _all_card(ctx: Context, notice: str | None = None) -> dict:
    private = ctx.turn.place.kind == "personal"
    rows, total = open_approaches(ctx.session, LIST_ROWS)
    views = [view_of(ctx.session, a, private and ctx.member.role in INSIDERS) for a in rows]
    # Buttons only in a personal chat: in a channel everyone sees them, and most could not use them.
    changeable = frozenset(a.id for a in rows if private and may_change(ctx.member.id, ctx.member.role, a.member_id))
    return list_card("Approaches BD is making", views, ctx.settings.zone, changeable=changeable, which="all",
                     notice=notice, more=total - len(rows), empty="BD has no planned or active approaches.")


def _recorded(posted: bool) -> str:
    if posted:
        return "Recorded and announced in the partner channel."
    return "Recorded, but not announced: no partner channel is set (an admin can set one with @Accord set partner " \
           "channel)."


def _names_of(session: Session, ids: list[int]) -> dict[int, str]:
    people = members_by_id(session, ids)
    return {i: display_name(people.get(i)) for i in dict.fromkeys(ids)}


def _names(names: list[str]) -> str:
    """Names escaped and joined as a sentence says them: "A", "A and B", "A, B and C"."""
    shown = [plain(n) for n in names]
    if len(shown) < 2:
        return shown[0] if shown else "nobody"
    return ", ".join(shown[:-1]) + " and " + shown[-1]
