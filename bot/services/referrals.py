"""Referrals over time: reminders to recipients who have not acknowledged (the introducer hears of them), notices
to introducers of referrals gone quiet, updates from either party, and a referral as its people may read it."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.rules.access import Viewer
from bot.rules.referrals import next_moves, quiet_due, reminder_due, told_of_update
from bot.services import delivery
from bot.services.leads import referral_lead
from bot.settings import Settings
from bot.turn import Reply
from cards.referrals import ReferralView, quiet_text, recipient_card, reminded_text, update_text
from storage.members import display_name, member_by_id
from storage.models import Member, Referral
from storage.referrals import add_update as add_update_row, mark_quiet, mark_reminded, still_open, unacknowledged
from storage.registry import client
from storage.types import utcnow


def remind(session: Session, settings: Settings, now: datetime) -> int:
    """Remind recipients, once, of introductions unacknowledged after the business days allowed."""
    sent = 0
    for row in unacknowledged(session):
        if not reminder_due(row.created_at, now, settings.referral_reminder_business_days, settings.zone):
            continue
        lead = referral_lead(session, row.id, row.recipient_id, Viewer(row.recipient_id, None))
        card = recipient_card(view_of(session, row), next_moves(row.state), settings.zone, reminder=True, lead=lead)
        delivery.to_member(session, settings, f"referral:{row.id}:reminder", Reply(card=card).payload(),
                           row.recipient_id)
        mark_reminded(session, row, now)
        view = view_of(session, row)
        delivery.to_member(session, settings, f"referral:{row.id}:reminder:introducer",
                           Reply(text=reminded_text(view)).payload(), row.introducer_id)
        sent += 1
    return sent


def tell_quiet(session: Session, settings: Settings, now: datetime) -> int:
    """Tell introducers, once per quiet spell, of referrals with no change or update for REFERRAL_QUIET_DAYS."""
    told = 0
    for row, last in still_open(session):
        if not quiet_due(last, now, settings.referral_quiet_days, settings.zone, row.quiet_told_at):
            continue
        if not mark_quiet(session, row, last, now):  # another replica told them first
            continue
        delivery.to_member(session, settings, f"referral:{row.id}:quiet:{last.isoformat()}",
                           Reply(text=quiet_text(view_of(session, row), settings.referral_quiet_days)).payload(),
                           row.introducer_id)
        told += 1
    return told


def add_update(session: Session, settings: Settings, row: Referral, by: Member, text: str) -> list[delivery.Delivery]:
    """Keep a party's update and tell the other (both, when a director or admin adds it); who is told, and when."""
    kept = add_update_row(session, row.id, by.id, text, utcnow())
    said = Reply(text=update_text(view_of(session, row), display_name(by), text)).payload()
    return [delivery.to_member(session, settings, f"referral:{row.id}:update:{kept.id}:{member_id}", said, member_id,
                               caused_by=by.id)
            for member_id in told_of_update(row.introducer_id, row.recipient_id, by.id)]


def view_of(session: Session, row: Referral) -> ReferralView:
    """What the referral cards show."""
    return view_from(row, client(session, row.client_id).name, member_by_id(session, row.introducer_id),
                 member_by_id(session, row.recipient_id))


def view_from(row: Referral, client_name: str, introducer: Member, recipient: Member) -> ReferralView:
    return ReferralView(row.id, client_name, row.contact_name, row.contact_email, display_name(introducer),
                        display_name(recipient), row.note, row.state, row.created_at)
