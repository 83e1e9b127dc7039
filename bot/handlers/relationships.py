"""Relationships: `I know Sarah Smith <sarah@clientcorp.com> at ClientCorp`, your relationships, re-confirming, and
warm introductions (`who can introduce me to ClientCorp`, the request, the answer that becomes a referral)."""

from __future__ import annotations

from bot.handlers.lines import read_lines
from bot.router import Context
from bot.rules.matching import Match
from bot.rules.relationships import Declaration, may_see_details, parse_declaration, strength
from bot.rules.words import IntroductionState
from bot.services import delivery
from bot.services.relationships import introduce as introduce_as_referral, relationships_with
from bot.turn import Reply
from cards.base import done_card, no_client, plain
from cards.relationships import Candidate, Declared, RequestView, declared_card, form, introducers_card, request_card
from storage import relationships as store
from storage.members import display_name, member_by_id
from storage.registry import client
from storage.types import utcnow

SHAPE_HINT = "Write it as: I know Sarah Smith <sarah@clientcorp.com> at ClientCorp, decision maker, worked together"
ECHO = 80
ANSWERS = {IntroductionState.accepted, IntroductionState.not_now, IntroductionState.not_well}
MEMBERS_ONLY = "Only members with a role can declare relationships or ask for introductions."


def declare(ctx: Context) -> list[Reply]:
    """`I know Sarah Smith <sarah@clientcorp.com> at ClientCorp[, decision maker][, worked together]`."""
    said = parse_declaration(str(ctx.args.get("relationship") or ""))
    if isinstance(said, str):
        return [Reply(text=SHAPE_HINT)]
    found = ctx.clients.match(ctx.session, said.client)
    if found.match is None:
        return [Reply(text=no_client(said.client, [c.name for c in found.candidates]))]
    row_id, new = _declare(ctx, found, said, "chat")
    what = "Declared" if new else "Confirmed again"
    return [Reply(card=declared_card(_mine(ctx, {row_id}), ctx.settings.zone, title=f"Relationship {what.lower()}",
                                     note=f"{what}: this is coverage, not a claim on the client. See them all with: "
                                          "my relationships"))]


def declare_form(ctx: Context) -> list[Reply]:
    """`relationships form`: declare many at once."""
    return [Reply(card=form())]


def declare_many(ctx: Context) -> list[Reply]:
    """The submitted form: every line is checked first; one bad line declares nothing and says which and why."""
    text = str(ctx.turn.value.get("relationships") or "")
    good, bad = read_lines(ctx, text, parse_declaration, ("relationship", "relationships"), ECHO)
    if bad:
        return [Reply(card=form(text, bad))]
    ids = {_declare(ctx, found, said, "form")[0] for said, found in good}
    return [Reply(card=declared_card(_mine(ctx, ids), ctx.settings.zone, title="Relationships declared",
                                     note=f"{len(ids)} declared. See them all with: my relationships"))]


def listing(ctx: Context) -> list[Reply]:
    """`my relationships`: the asker's own, in full, with strengths and buttons to re-confirm or end each."""
    return [Reply(card=declared_card(_mine(ctx), ctx.settings.zone))]


def confirm(ctx: Context) -> list[Reply]:
    """"Still in touch": the declaration is fresh again."""
    row = _own(ctx)
    if row is None:
        return [Reply(text="That relationship is not one of yours on record.")]
    store.confirm(ctx.session, row, by=ctx.member.id, now=utcnow())
    return [Reply(card=declared_card(_mine(ctx), ctx.settings.zone, note="Confirmed: thank you."))]


def end(ctx: Context) -> list[Reply]:
    """"No longer": the declaration lapses now (the change log keeps it)."""
    row = _own(ctx)
    if row is None or not store.end(ctx.session, row, by=ctx.member.id, now=utcnow()):
        return [Reply(card=declared_card(_mine(ctx), ctx.settings.zone, note="That relationship has already ended."))]
    return [Reply(card=declared_card(_mine(ctx), ctx.settings.zone, note="Ended: it no longer counts."))]


def introducers(ctx: Context) -> list[Reply]:
    """`who can introduce me to ClientCorp` (or `to Sarah Smith at ClientCorp`): members ranked by strength."""
    target = str(ctx.args.get("target") or "").strip()
    found = ctx.clients.match(ctx.session, target)  # "Sarah Smith at ClientCorp" reads as a person and a client
    if found.match is None:
        return [Reply(text=no_client(target, [c.name for c in found.candidates]))]
    person = found.person
    client_id = found.match.client_id
    _, candidates = _candidates(ctx, client_id, person)
    can_ask = ctx.turn.place.kind == "personal" and ctx.member.role is not None
    return [Reply(card=introducers_card(client_id, found.match.name, person, candidates, can_ask))]


def ask(ctx: Context) -> list[Reply]:
    """"Ask <member>": send them a request for an introduction, once per open request."""
    row = client(ctx.session, ctx.turn.number("client_id"))
    introducer_id = ctx.turn.number("introducer_id")
    person = str(ctx.turn.value.get("contact") or "")[:200] or None
    # The button's data is the sender's: the member asked must still have a relationship on record here.
    contact_id, candidates = _candidates(ctx, row.id, person) if row else (None, [])
    chosen = next((c for c in candidates if c.member_id == introducer_id), None)
    if row is None or chosen is None:
        return [Reply(text="That member has no relationship with this client on record any more.")]
    request, new = store.ask_introduction(ctx.session, client_id=row.id, contact_id=contact_id,
                                          asker_id=ctx.member.id, introducer_id=chosen.member_id)
    view = RequestView(request.id, display_name(ctx.member), row.name, person, chosen.strength, request.state)
    sent = delivery.to_member(ctx.session, ctx.settings, f"introduction:{request.id}:request",
                              Reply(card=request_card(view)).payload(), chosen.member_id, caused_by=ctx.member.id)
    already = "" if new else "You had asked already. "
    return [Reply(card=done_card("Introduction requested", f"{already}{sent.promise('your request')} If they "
                                 "accept, it is recorded as their referral to you."))]


def answer(ctx: Context) -> list[Reply]:
    """The member asked answers: Accept (a referral to the asker), Not now, or I don't know them well."""
    request = store.introduction(ctx.session, ctx.turn.number("request_id"))
    to = str(ctx.turn.value.get("answer") or "")
    if request is None or to not in ANSWERS:
        return [Reply(text="That request is no longer on record.")]
    if request.introducer_id != ctx.member.id:
        return [Reply(text="Only the member asked for this introduction can answer it.")]
    if not store.answer_introduction(ctx.session, request, to, by=ctx.member.id):
        return [Reply(card=request_card(_request_view(ctx, request))),
                Reply(text=f"You have answered this request already: {request.state}.")]
    asker = member_by_id(ctx.session, request.asker_id)
    row = client(ctx.session, request.client_id)
    if to == IntroductionState.accepted:
        referral, told = introduce_as_referral(ctx.session, ctx.settings, request)
        done = (f"Recorded as your referral {referral.id} of {plain(row.name)} to {plain(display_name(asker))}. "
                f"{told.promise('the referral card')} You hear of each update.")
    else:
        why = "not now" if to == IntroductionState.not_now else "they do not know them well enough"
        text = (f"{plain(display_name(ctx.member))} cannot introduce you to {plain(row.name)} ({why}). "
                "Try the next one on the list: who can introduce me to " + plain(row.name))
        told = delivery.to_member(ctx.session, ctx.settings, f"introduction:{request.id}:{to}",
                                  Reply(text=text).payload(), request.asker_id, caused_by=ctx.member.id)
        done = f"Thanks. {told.promise('your answer')}"
    return [Reply(card=request_card(_request_view(ctx, request))), Reply(text=done)]


def _request_view(ctx: Context, request) -> RequestView:
    contact = store.contact(ctx.session, request.contact_id)
    return RequestView(request.id, display_name(member_by_id(ctx.session, request.asker_id)),
                       client(ctx.session, request.client_id).name, contact.name if contact else None, None,
                       request.state)


def _candidates(ctx: Context, client_id: int, person: str | None) -> tuple[int | None, list[Candidate]]:
    """The known contact named (if any), and the members who could introduce the asker, strongest first: to that
    person first when one is named and known."""
    known = relationships_with(ctx.session, ctx.settings, client_id, utcnow())
    contact_id = _known_contact(ctx, known.contacts, person)
    links = [lk for lk in known.links if lk.contact_id == contact_id and lk.member_id != ctx.member.id
             and lk.strength.score > 0]
    if person and contact_id is not None:  # those who know the person first, then the client's other coverers
        named = {lk.member_id for lk in links}
        links += [lk for lk in known.links if lk.contact_id is None and lk.member_id not in named
                  and lk.member_id != ctx.member.id and lk.strength.score > 0]
    links.sort(key=lambda lk: (lk.contact_id is None, -lk.strength.score, lk.member_name))
    return contact_id, [Candidate(lk.member_id, lk.member_name, lk.strength) for lk in links]


def _known_contact(ctx: Context, contacts, person: str | None) -> int | None:
    """The known contact the asker names; a protected (do-not-approach) one only for those who may know of it."""
    if not person:
        return None
    wanted = " ".join(person.split()).casefold()
    return next((c.contact_id for c in contacts if (" ".join(c.name.split()).casefold() == wanted
                                                    or (c.email or "") == wanted)
                 and (not c.protected_by or any(may_see_details(ctx.viewer, m) for m in c.protected_by))), None)


def _declare(ctx: Context, found: Match, said: Declaration, source: str) -> tuple[int, bool]:
    client_id = found.match.client_id
    contact = store.contact_for(ctx.session, ctx.member.id, client_id, said.name, said.email)
    row, new = store.declare(ctx.session, member_id=ctx.member.id, client_id=client_id, contact_id=contact.id,
                             contact_role=said.contact_role, how_known=said.how_known, source=source, now=utcnow())
    return row.id, new


def _own(ctx: Context):
    row = store.relationship(ctx.session, ctx.turn.number("relationship_id"))
    return row if row is not None and row.member_id == ctx.member.id else None


def _mine(ctx: Context, only: set[int] | None = None) -> list[Declared]:
    """The asker's relationships in force (or just `only`), each with its strength to that contact."""
    now, out = utcnow(), []
    cache: dict[int, dict] = {}
    for row, client_row, contact in store.of_member(ctx.session, ctx.member.id):
        if only is not None and row.id not in only:
            continue
        if client_row.id not in cache:
            known = relationships_with(ctx.session, ctx.settings, client_row.id, now)
            cache[client_row.id] = {(lk.member_id, lk.contact_id): lk.strength for lk in known.links}
        value = cache[client_row.id].get((ctx.member.id, row.contact_id)) or strength([], now, ctx.settings.zone)
        out.append(Declared(row.id, client_row.name, contact.name if contact else None,
                            contact.email if contact else None, row.contact_role, row.how_known, row.confirmed_at,
                            value))
    return out
