"""Enquiries: every inbound approach is posted in the partner channel, and the holder hears first."""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

from bot.router import Context
from bot.rules.access import INSIDERS
from bot.rules.enquiries import may_route
from bot.services.enquiries import LIST_DAYS, Incoming, receive, update_channel_post, view_of, views_of
from bot.turn import Reply
from cards.enquiries import channel_card, holder_card, list_card, log_form
from storage.enquiries import enquiries_since, enquiry, set_state
from storage.leads import leads_of
from storage.models import Enquiry
from storage.types import utcnow

# What the verb table tells anyone else who presses this feature's guarded buttons.
INSIDERS_ONLY = "Only BD, directors and admins can log enquiries."

log = logging.getLogger(__name__)
LIST_LIMIT = 40


def respond(ctx: Context) -> list[Reply]:
    """The holder will answer the enquirer."""
    return _route(ctx, "responding", "You are answering this enquiry; the channel now shows you are responding.")


def pass_to_bd(ctx: Context) -> list[Reply]:
    """The holder hands the enquiry to the BD team."""
    return _route(ctx, "bd responding", "Passed to BD; the channel now shows BD is responding.")


def not_mine(ctx: Context) -> list[Reply]:
    """The holder says the client is not theirs: BD takes it."""
    return _route(ctx, "bd responding", "Noted that this is not your client; BD will respond.")


def close(ctx: Context) -> list[Reply]:
    """The enquiry has been dealt with."""
    return _route(ctx, "closed", "Closed; the channel now shows it is closed.")


def recent(ctx: Context) -> list[Reply]:
    """`enquiries`: the last 14 days with their state."""
    since = utcnow() - timedelta(days=LIST_DAYS)
    rows = enquiries_since(ctx.session, since)
    views = views_of(ctx.session, ctx.settings, rows[:LIST_LIMIT], ctx.viewer)
    return [Reply(card=list_card(views, ctx.settings.zone, LIST_DAYS, max(0, len(rows) - LIST_LIMIT)))]


def by_score(ctx: Context) -> list[Reply]:
    """`enquiries by score`: the last 14 days, the highest lead score first and those not qualified last."""
    rows = enquiries_since(ctx.session, utcnow() - timedelta(days=LIST_DAYS))
    scores = {i: lead.score for i, lead in leads_of(ctx.session, "enquiry", [r.id for r in rows]).items()}
    rows.sort(key=lambda r: -scores.get(r.id, -1))  # stable: newest first within a score
    views = views_of(ctx.session, ctx.settings, rows[:LIST_LIMIT], ctx.viewer)
    card = list_card(views, ctx.settings.zone, LIST_DAYS, max(0, len(rows) - LIST_LIMIT), by_score=True)
    return [Reply(card=card)]


def log_form_reply(ctx: Context) -> list[Reply]:
    """`log enquiry`: the form for a phone call or walk-in."""
    return [Reply(card=log_form())]


def log_submitted(ctx: Context) -> list[Reply]:
    """The filled-in form: store the enquiry like any other, and show where it went."""
    values = {k: str(ctx.turn.value.get(k) or "").strip() for k in ("source", "person", "company", "contact",
                                                                     "notes", "referred_by")}
    problem = _form_problem(values)
    if problem:
        return [Reply(card=log_form(problem, values))]
    contact = values["contact"]
    email = contact.lower() if "@" in contact else None
    digest = hashlib.sha256("|".join(values.values()).encode()).hexdigest()[:16]
    incoming = Incoming(source_key=f"{values['source']}:{ctx.member.id}:{digest}", source=values["source"],
                        received_at=utcnow(), person_name=values["person"], person_email=email,
                        person_phone=None if email else contact or None, company=values["company"] or None,
                        message=values["notes"] or None, referred_by=values["referred_by"] or None)
    row, _ = receive(ctx.session, ctx.settings, ctx.clients, incoming, logged_by=ctx.member.id)
    return [Reply(card=channel_card(view_of(ctx.session, ctx.settings, row, ctx.viewer), ctx.settings.zone))]


def _form_problem(values: dict[str, str]) -> str | None:
    if values["source"] not in ("phone", "walk-in"):
        return "Choose how the enquiry came in."
    if not values["person"]:
        return "Give the person's name."
    if any("\x00" in v for v in values.values()):
        return "Remove the NUL characters from the form."
    if not values["company"] and not values["contact"]:
        return "Give the company, or a phone number or email for the person."
    too_long = [k for k, n in (("person", 200), ("company", 300), ("contact", 320), ("notes", 4000),
                               ("referred_by", 200)) if len(values[k]) > n]
    return f"Too long: {', '.join(too_long)}." if too_long else None


def _route(ctx: Context, state: str, done: str) -> list[Reply]:
    row = enquiry(ctx.session, ctx.turn.number("enquiry_id"))
    if row is None:
        return [Reply(text="That enquiry is no longer on record.")]
    if ctx.member.id != row.holder_id and ctx.member.role not in INSIDERS:
        return [Reply(text="Only the holder or the BD team can route this enquiry.")]
    if not may_route(row.state):
        return [Reply(text="That enquiry is closed; it cannot be routed any more.")]
    set_state(ctx.session, row, state)
    update_channel_post(ctx.session, ctx.settings, row, f"{state}:{row.updated_at.timestamp()}")
    return [pressed_card(ctx, row), Reply(text=done)]


def pressed_card(ctx: Context, row: Enquiry) -> Reply:
    """Pressed on the channel post, the answer replaces that post; pressed on a 1:1 card, that card, for its reader."""
    if ctx.turn.place.kind == "channel":
        return Reply(card=channel_card(view_of(ctx.session, ctx.settings, row), ctx.settings.zone))
    return Reply(card=holder_card(view_of(ctx.session, ctx.settings, row, ctx.viewer), ctx.settings.zone))


