"""Disputes: raised by anyone, coordinated by a director, resolved on values, outcomes published; sanctions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from sqlmodel import Session

from bot.router import Context
from bot.rules import disputes as rules
from bot.rules.access import OVERSEERS, Viewer
from bot.rules.disputes import DisputeFacts
from bot.services import delivery
from bot.services.disputes import facts_of, post_outcome, view_for
from bot.services.members import member_meant
from bot.settings import Settings
from bot.turn import Reply, number
from cards.base import done_card, no_client_text, plain
from cards.disputes import (
    LIST_ROWS,
    NETWORK,
    DisputeView,
    MemberView,
    SanctionView,
    dispute_card,
    list_card,
    member_card,
    raise_form,
)
from storage import disputes as store
from storage.members import display_name, member_by_id, members_with_role, typed_member
from storage.models import Dispute, Member
from storage.network import partner_channel
from storage.registry import members_by_id
from storage.types import utcnow

# What the verb table tells anyone else who presses this feature's guarded buttons.
MEMBERS_ONLY = "Disputes are raised by members of the network, in their personal chat with Accord."

log = logging.getLogger(__name__)
DOUBLE_PRESS = timedelta(minutes=10)  # the same form sent again this soon is one dispute, not two
NOT_YOURS = "That dispute is not found, or not yours to see."
RACED = "The dispute changed at the same moment; this is where it stands now."


@dataclass(frozen=True)
class Pressed:
    """A dispute a button or command acts on, with what the rules need and who is acting."""

    row: Dispute
    facts: DisputeFacts
    viewer: Viewer
    coordinator: str


def _on_one(act: Callable[[Context, Pressed], list[Reply]]) -> Callable[[Context], list[Reply]]:
    """A button or command on one dispute: `act` runs only for someone who may see it in full, in a personal chat."""
    @wraps(act)
    def handler(ctx: Context) -> list[Reply]:
        viewer = ctx.viewer
        if viewer.public:
            return [Reply(text="Disputes are handled in your personal chat with Accord.")]
        row = store.dispute(ctx.session, number(ctx.args.get("number") or ctx.turn.value.get("dispute_id")))
        facts, coordinator = facts_of(ctx.session, row) if row else (None, "")
        if row is None or rules.sight(viewer, facts) != rules.FULL:
            return [Reply(text=NOT_YOURS)]
        return act(ctx, Pressed(row, facts, viewer, coordinator))
    return handler


def form(ctx: Context) -> list[Reply]:
    """`dispute`: the form to raise one."""
    return [Reply(card=raise_form(_people(ctx)))]


def raise_submitted(ctx: Context) -> list[Reply]:
    """The filled-in form: store the dispute, tell the directors and the member named, confirm to the raiser."""
    values = _values(ctx, "client", "against", "what")
    against_id, problem = _against(ctx.session, values["against"])
    client_id, unmatched = _client(ctx, values["client"])
    problem = problem or unmatched or rules.raise_problem(values["what"], ctx.member.id, against_id)
    if problem:
        return [Reply(card=raise_form(_people(ctx), problem, values))]
    row, new = _raise(ctx.session, ctx.settings, ctx.member, client_id, against_id, values["what"])
    note = ("Raised. The directors have it; one of them will coordinate it, and you will hear at each step."
            if new else "You already raised this dispute; here it is.")
    return [Reply(card=dispute_card(view_for(ctx.session, row, ctx.viewer), ctx.settings.zone, note=note))]


def listing(ctx: Context) -> list[Reply]:
    """`disputes`: directors get the open ones; everyone their own with the timeline, and published outcomes."""
    viewer, limit = ctx.viewer, LIST_ROWS + 1  # one more than a list shows, so the card can say there are more
    overseer = not viewer.public and viewer.role in OVERSEERS
    open_ones = _views(ctx.session, store.unresolved(ctx.session, limit), viewer) if overseer else []
    mine = [] if viewer.public else _views(ctx.session, store.involving(ctx.session, ctx.member.id, limit), viewer)
    if overseer:  # the open ones are listed already; their own resolved ones may still want publishing
        mine = [v for v in mine if v.state == rules.RESOLVED]
    public = Viewer(ctx.member.id, ctx.member.role, public=True)
    outcomes = _views(ctx.session, store.published(ctx.session, limit), public)
    return [Reply(card=list_card(mine, open_ones, outcomes, ctx.settings.zone, overseer, viewer.public))]


def show(ctx: Context) -> list[Reply]:
    """`dispute N`: one dispute as the asker may see it."""
    row = store.dispute(ctx.session, number(ctx.args.get("number")))
    view = view_for(ctx.session, row, ctx.viewer) if row else None
    if view is None:
        return [Reply(text=NOT_YOURS)]
    return [Reply(card=dispute_card(view, ctx.settings.zone))]


@_on_one
def take(ctx: Context, found: Pressed) -> list[Reply]:
    """A director takes the dispute as its coordinator; a second director is told who already has it."""
    problem = rules.take_problem(found.viewer, found.facts, found.coordinator)
    if problem is None and not store.change(ctx.session, found.row, "taken", by=ctx.member.id,
                                            expect={"coordinator_id": None}, coordinator_id=ctx.member.id):
        facts, coordinator = facts_of(ctx.session, found.row)  # another director took it at the same moment
        problem = rules.take_problem(found.viewer, facts, coordinator)
    if problem:
        return _answer(ctx, found.row, error=problem)
    return _told(ctx, found.row, "taken", f"{display_name(ctx.member)} coordinates dispute {found.row.id}",
                 "You coordinate this dispute now; the parties have been told.")


@_on_one
def mediate(ctx: Context, found: Pressed) -> list[Reply]:
    """The coordinator moves the dispute to mediation."""
    to, before = str(ctx.turn.value.get("to") or rules.MEDIATION), found.row.state
    # Resolving needs an outcome and a summary, so it has its own form rather than a plain move.
    problem = (rules.coordinator_problem(found.viewer, found.facts, found.coordinator)
               or ("Resolve it with an outcome and a summary (Resolve…)." if to == rules.RESOLVED else None)
               or rules.move_problem(before, to))
    if problem:
        return _answer(ctx, found.row, error=problem)
    if not store.change(ctx.session, found.row, to, by=ctx.member.id, expect={"state": before}, state=to):
        return _answer(ctx, found.row, error=RACED)
    return _told(ctx, found.row, "mediation", f"Dispute {found.row.id} is in mediation",
                 "In mediation; the parties have been told.")


@_on_one
def resolve(ctx: Context, found: Pressed) -> list[Reply]:
    """The coordinator resolves the dispute; a partner's dispute with the network is always published."""
    values, before = _values(ctx, "outcome", "summary", "publish"), found.row.state
    problem = (rules.coordinator_problem(found.viewer, found.facts, found.coordinator)
               or rules.move_problem(before, rules.RESOLVED)
               or rules.resolution_problem(values["outcome"], values["summary"]))
    if problem:
        return _answer(ctx, found.row, error=problem, values=values)
    if not store.change(ctx.session, found.row, rules.RESOLVED, by=ctx.member.id, expect={"state": before},
                        note=values["outcome"], state=rules.RESOLVED, outcome=values["outcome"],
                        summary=values["summary"], resolved_at=utcnow()):
        return _answer(ctx, found.row, error=RACED)
    published = ""
    if rules.must_publish(found.facts) or values["publish"] == "true":
        published = " " + _publish(ctx.session, ctx.settings, found.row, ctx.member.id)
    return _told(ctx, found.row, "resolved", f"Dispute {found.row.id} is resolved: {values['outcome']}",
                 f"Resolved; the parties have been told.{published}")


@_on_one
def publish(ctx: Context, found: Pressed) -> list[Reply]:
    """The coordinator publishes a resolved dispute's outcome to the partner channel (button or command)."""
    problem = rules.publish_problem(found.viewer, found.facts, found.coordinator)
    if problem:
        return _answer(ctx, found.row, error=problem)
    done = _publish(ctx.session, ctx.settings, found.row, ctx.member.id)
    return _told(ctx, found.row, "published", f"The outcome of dispute {found.row.id} is published", done)


@_on_one
def sanction(ctx: Context, found: Pressed) -> list[Reply]:
    """A director records a sanction on a party of a resolved dispute, from its card."""
    values = _values(ctx, "member_id", "text", "until")
    if rules.SANCTION not in rules.actions(found.viewer, found.facts):
        return _answer(ctx, found.row, error="Only directors record sanctions, on a resolved dispute.")
    member_id = number(values["member_id"])
    member = member_by_id(ctx.session, member_id) if member_id in found.facts.parties else None
    if member is None:
        return _answer(ctx, found.row, error="Choose one of the parties.", values=values)
    problem = _impose(ctx, member, values["text"], values["until"], found.row.id)
    if problem:
        return _answer(ctx, found.row, error=problem, values=values)
    return _answer(ctx, found.row, note=f"Sanction recorded on {display_name(member)}; BD sees it on their record.")


def sanction_command(ctx: Context) -> list[Reply]:
    """`sanction EMAIL until DATE [TEXT]`: a sanction on any member, outside a dispute."""
    entry = rules.sanction_entry(ctx.args.get("entry"))
    if entry is None:
        return [Reply(text="Write it as: sanction jane@example.com until 2026-06-30 No BD-won work allocated")]
    who, until, text = entry
    member = member_meant(ctx.session, who, ctx.turn.mentions)
    problem = _impose(ctx, member, text, until, None)
    if problem:
        return [Reply(text=plain(problem))]
    return [Reply(card=done_card("Sanction recorded", f"Recorded on {plain(display_name(member))}: "
                                 f"{plain(text or rules.DEFAULT_SANCTION)}, until {rules.parse_day(until):%-d %b %Y}. "
                                 "BD sees it on their record."))]


def member_record(ctx: Context) -> list[Reply]:
    """`member NAME|EMAIL|@mention`: role, firm and sanctions in force, for BD and the directors."""
    member = member_meant(ctx.session, ctx.args.get("who"), ctx.turn.mentions)
    if member is None:
        return [Reply(text=f"No member matches “{plain(ctx.args.get('who') or '')}”: use their email or their "
                           "exact name.")]
    rows = store.active_sanctions(ctx.session, member.id, utcnow())
    imposers = members_by_id(ctx.session, {s.imposed_by for s in rows})
    sanctions = tuple(SanctionView(s.text, s.until, display_name(imposers.get(s.imposed_by)), s.created_at,
                                   s.dispute_id) for s in rows)
    view = MemberView(display_name(member), member.email, member.role, member.firm, sanctions)
    return [Reply(card=member_card(view, ctx.settings.zone))]


def _raise(session: Session, settings: Settings, raiser: Member, client_id: int | None, against_id: int | None,
           what: str) -> tuple[Dispute, bool]:
    known = store.same_recent(session, raiser.id, against_id, client_id, what, utcnow() - DOUBLE_PRESS)
    if known is not None:
        return known, False
    row = store.add_dispute(session, client_id=client_id, raised_by=raiser.id, against_id=against_id, what=what,
                            state=rules.OPEN)
    parties = {raiser.id, against_id}
    # Someone must coordinate: without a director who is not a party, the admins are asked.
    coordinators = [m for m in members_with_role(session, "director") if m.id not in parties] or [
        m for m in members_with_role(session, "admin") if m.id not in parties]
    for member in coordinators:
        _tell(session, settings, row, member, "director", f"New dispute {row.id}: who will coordinate it?")
    if against_id is not None:
        _tell(session, settings, row, member_by_id(session, against_id), "raised", "A dispute names you")
    return row, True


def _publish(session: Session, settings: Settings, row: Dispute, by: int) -> str:
    """Mark the outcome published and post it to the partner channel; what happened, for the coordinator."""
    if not store.change(session, row, "published", by=by, expect={"published_at": None}, published_at=utcnow()):
        return "The outcome was already published."
    channel = partner_channel(session)
    if channel is None:
        log.warning("dispute %s: no partner channel is set; its outcome is posted once one is", row.id)
        return ("The outcome is published (everyone sees it under 'disputes'); no partner channel is set yet, so it "
                "is posted there once an admin sets one.")
    post_outcome(session, settings, row, channel.conversation_id)
    return "The outcome is posted to the partner channel."


def _impose(ctx: Context, member: Member | None, text: str, until: str | None,
            dispute_id: int | None) -> str | None:
    """Record a sanction (and, on a dispute, a step of its timeline); the problem if it cannot be recorded."""
    day = rules.parse_day(until)
    if until and day is None:
        return f"“{until}” is not a date: write it as 2026-06-30 or 30/6/2026."
    zone = ctx.settings.zone
    text = text or rules.DEFAULT_SANCTION
    problem = rules.sanction_problem(ctx.member.role, ctx.member.id, member.id if member else None, text, day,
                                     utcnow().astimezone(zone).date())
    if problem:
        return problem
    store.add_sanction(ctx.session, f"{display_name(member)}: {text}, until {day:%-d %b %Y}", member_id=member.id,
                       dispute_id=dispute_id, text=text, until=rules.sanction_ends(day, zone),
                       imposed_by=ctx.member.id)
    return None


def _tell(session: Session, settings: Settings, row: Dispute, member: Member, step: str, title: str) -> None:
    view = view_for(session, row, Viewer(member.id, member.role))
    if view is None:
        return
    delivery.to_member(session, settings, f"dispute:{row.id}:{step}:{member.id}",
                       Reply(card=dispute_card(view, settings.zone, title=title)).payload(), member.id)


def _told(ctx: Context, row: Dispute, step: str, title: str, note: str) -> list[Reply]:
    """Tell the parties (but not the presser) of a step, and show the presser the dispute as it now stands."""
    for member_id in (row.raised_by, row.against_id):
        if member_id is not None and member_id != ctx.member.id:
            _tell(ctx.session, ctx.settings, row, member_by_id(ctx.session, member_id), step, title)
    return _answer(ctx, row, note=note)


def _answer(ctx: Context, row: Dispute, *, note: str | None = None, error: str | None = None,
            values: dict[str, str] | None = None) -> list[Reply]:
    view = view_for(ctx.session, row, ctx.viewer)
    if view is None:
        return [Reply(text=plain(error or note or NOT_YOURS))]
    return [Reply(card=dispute_card(view, ctx.settings.zone, note=note, error=error, values=values))]


def _views(session: Session, rows: list[Dispute], viewer: Viewer) -> list[DisputeView]:
    return [v for v in (view_for(session, row, viewer) for row in rows) if v is not None]


def _values(ctx: Context, *keys: str) -> dict[str, str]:
    """The named fields of a submitted card as trimmed text; a missing one is empty."""
    return {key: str(ctx.turn.value.get(key) or "").strip() for key in keys}


def _people(ctx: Context) -> list[tuple[int, str]]:
    return [(m.id, display_name(m)) for m in store.members_to_name(ctx.session) if m.id != ctx.member.id]


def _against(session: Session, value: str) -> tuple[int | None, str | None]:
    """The member a dispute is against (None: the network), from the form's choice, an email or an exact name."""
    if not value:
        return None, "Choose whom the dispute is against: a member, or the network."
    if value == NETWORK:
        return None, None
    if value.isdecimal():  # the form's choices carry member ids
        member = member_by_id(session, number(value))
    else:
        member = typed_member(session, value)
    if member is None:
        return None, f"No single member matches “{value}”: choose one from the list."
    return member.id, None


def _client(ctx: Context, text: str) -> tuple[int | None, str | None]:
    if not text:
        return None, None
    found = ctx.clients.match(ctx.session, text)
    if found.match is not None:
        return found.match.client_id, None
    names = [c.name for c in found.candidates]
    return None, no_client_text(text, names, "Leave it empty if the client is not in the registry.")
