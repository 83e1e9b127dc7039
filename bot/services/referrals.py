"""Referrals over time: reminders to recipients who have not acknowledged, and a referral as its people may read it."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.rules.referrals import next_moves, reminder_due
from bot.services import delivery
from bot.settings import Settings
from bot.turn import Reply
from cards.referrals import ReferralView, recipient_card
from storage.members import display_name, member_by_id
from storage.models import Member, Referral
from storage.referrals import mark_reminded, unacknowledged
from storage.registry import client


def remind(session: Session, settings: Settings, now: datetime) -> int:
    """Remind recipients, once, of introductions unacknowledged after the business days allowed."""
    sent = 0
    for row in unacknowledged(session):
        if not reminder_due(row.created_at, now, settings.referral_reminder_business_days, settings.zone):
            continue
        card = recipient_card(view_of(session, row), next_moves(row.state), settings.zone, reminder=True)
        delivery.to_member(session, settings, f"referral:{row.id}:reminder", Reply(card=card).payload(),
                           row.recipient_id)
        mark_reminded(session, row, now)
        sent += 1
    return sent


def view_of(session: Session, row: Referral) -> ReferralView:
    """What the referral cards show."""
    return view_from(row, client(session, row.client_id).name, member_by_id(session, row.introducer_id),
                 member_by_id(session, row.recipient_id))


def view_from(row: Referral, client_name: str, introducer: Member, recipient: Member) -> ReferralView:
    return ReferralView(row.id, client_name, row.contact_name, row.contact_email, display_name(introducer),
                        display_name(recipient), row.note, row.state, row.created_at)
